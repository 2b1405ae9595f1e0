import {Box, useApp, useIsScreenReaderEnabled} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Deck} from '../../core/deck/types.js';
import {type Budgets, completeBudgets} from '../../core/talk/budgets.js';
import type {ShowState} from '../../core/protocol/protocol.js';
import type {RehearsalLog} from '../../core/talk/rehearsal.js';
import {describeKeys} from '../../core/keys/keymap.js';
import {slideshowKeys} from '../../core/keys/slideshow-keys.js';
import {bodyWidth, type Highlighter, MIN_BODY_HEIGHT, type Page, searchSlides} from '../../core/layout/index.js';
import {layoutNotes, type NotesLayout, notesOf, notesTop} from '../kit/panes/notes-layout.js';
import {notesRows, notesWidth} from '../kit/panes/NotesPane.js';
import {panelNotesHeight, PresenterPanel} from './PresenterPanel.js';
import {gap, splitForNotes} from '../kit/panes/split.js';
import type {Clock} from '../kit/use-elapsed.js';
import {type TerminalSize, useTerminalSize} from '../kit/use-terminal-size.js';
import {useImmediateReducer} from '../kit/use-immediate-reducer.js';
import {useKeyDispatch} from '../kit/use-key-dispatch.js';
import {useLeave} from '../kit/use-leave.js';
import {Blackout} from './Blackout.js';
import {EndScreen} from './EndScreen.js';
import {Footer} from './Footer.js';
import {HelpOverlay, helpLayout} from '../kit/HelpOverlay.js';
import {Overview} from './Overview.js';
import {type CommandSource, showStateOf} from '../../core/show/show-state.js';
import {SlideBody} from '../kit/SlideBody.js';
import {createSlideLayouts} from '../kit/slide-pages.js';
import {initialState, slideshowReducer} from '../../core/show/slideshow-state.js';
import type {Outcome, SlideshowAction, SlideshowContext, SlideshowState} from '../../core/show/slideshow-types.js';
import {StatusLine} from './StatusLine.js';
import {MIN_SIZE, TooSmall} from '../kit/TooSmall.js';
import {useDeckReload} from '../kit/use-deck-reload.js';
import {useWarmPages} from '../kit/use-warm-pages.js';

export type SlideshowResult = {
	readonly next: Outcome;
	/** With `rehearse`: the time each slide had. */
	readonly rehearsal?: RehearsalLog;
};

type Props = {
	readonly deck: Deck;
	readonly highlighter?: Highlighter;
	/** Draw links as OSC 8 hyperlinks (decided before rendering). */
	readonly hyperlinks: boolean;
	/** Offer the deck's quiz on the end screen. */
	readonly offerQuiz: boolean;
	/** 1-based slide to open on. */
	readonly startSlide?: number;
	/** 1-based slide the last session ended on: `r` goes there. */
	readonly resumeSlide?: number;
	/** Asked once the first frame is drawn, for a `resumeSlide` that takes opening the store to know. */
	readonly laterResumeSlide?: () => Promise<number | undefined>;
	/** Called with the 1-based slide number whenever it changes. */
	readonly onPosition?: (slide: number) => void;
	/** A one-line warning shown on the status line until the first key. */
	readonly notice?: string;
	/** What is wrong with the deck file now (`--watch`), on the status line until it is fixed. */
	readonly banner?: string;
	/** Seconds per slide to pace against (see `planBudgets`). */
	readonly budgets?: Budgets;
	/** Time every slide, for the rehearsal kept on exit; the timer runs from the start. */
	readonly rehearse?: boolean;
	/** Commands from presenter consoles. */
	readonly remote?: CommandSource;
	/** Told where the show is after every change, for presenter consoles. */
	readonly onShowState?: (state: ShowState) => void;
	readonly clock?: Clock;
	/** Milliseconds between timer updates (tests make it short). */
	readonly tickInterval?: number;
	/** How long the resume hint shows (tests make it short). */
	readonly resumeHintMs?: number;
};

// Rows around the slide body: the blank line above it, the status line, and the footer.
const marginTop = 1;
const statusRows = 1;
const footerRows = 1;

/**
Frame height: one row short of the window. A frame as tall as the window
makes Ink 6 clear the whole terminal on every render (it flickers).
*/
const frameRows = (size: TerminalSize): number => size.rows - 1;

const bodyRows = (size: TerminalSize, footer: boolean): number =>
	frameRows(size) - marginTop - statusRows - (footer ? footerRows : 0);

const emptyPage: Page = {lines: [], continued: false, more: false};

const statusOf = (state: SlideshowState, banner: string | undefined): {text: string; role: 'prompt' | 'hint' | 'muted' | 'error'} => {
	if (state.overlay === 'search') {
		return {text: `/${state.draft}▏  Enter search · Esc cancel`, role: 'prompt'};
	}

	if (state.message !== undefined) {
		return {text: state.message, role: 'hint'};
	}

	if (state.pending.length > 0) {
		const typed = state.pending.join('');
		return /^\d+$/.test(typed)
			? {text: `Go to slide ${typed}: Enter or G`, role: 'prompt'}
			: {text: `${typed}…`, role: 'prompt'};
	}

	if (banner !== undefined) {
		return {text: banner, role: 'error'};
	}

	if (state.resumeHint && state.resumeSlide !== undefined) {
		return {text: `Press r to resume at slide ${state.resumeSlide}`, role: 'hint'};
	}

	if (state.search !== undefined) {
		return {text: `/${state.search.query}: n next, N previous, Esc clear`, role: 'muted'};
	}

	return {text: '', role: 'muted'};
};

const noClock: Clock = Date.now;

const resultOf = (outcome: SlideshowState['outcome'], rehearsal: SlideshowState['rehearsal']): SlideshowResult => ({next: outcome ?? 'quit', ...(rehearsal ? {rehearsal} : {})});

/** Scopes whose keys the slideshow's help lists. */
export const slideshowHelpScopes = ['slides', 'end', 'help'] as const;

/** The slideshow screen: slides, overlays and the end screen, driven by the keymap and by presenter consoles. */
export function Slideshow({
	deck,
	highlighter,
	hyperlinks,
	offerQuiz,
	startSlide,
	resumeSlide,
	laterResumeSlide,
	onPosition,
	notice,
	banner,
	budgets,
	rehearse = false,
	remote,
	onShowState,
	clock = noClock,
	tickInterval,
	resumeHintMs = 6000,
}: Props) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const [initial] = useState(() => initialState({startSlide, resumeSlide, message: notice, ...(rehearse ? {rehearse: {slideCount: deck.slides.length, now: clock()}} : {})}));
	const [state, apply] = useImmediateReducer(slideshowReducer, initial);
	// q gives the terminal back from the key handler itself, before the
	// slideshow renders again: nothing is left to draw.
	const leave = useLeave();
	const dispatch = useCallback((action: SlideshowAction) => {
		const next = apply(action);
		if (next.outcome === 'quit' && leave) {
			leave(resultOf(next.outcome, next.rehearsal));
		}
	}, [apply, leave]);
	const height = bodyRows(size, state.footer);
	const quizOffered = offerQuiz && deck.quiz !== undefined && deck.quiz.questions.length > 0;
	// Notes beside the slide, unless an overlay takes the whole body.
	const split = state.presenter && state.overlay !== 'help' && state.overlay !== 'overview' ? splitForNotes(size.columns, height) : undefined;
	const width = split?.slide.width ?? bodyWidth(size.columns);
	const slideHeight = split?.slide.height ?? height;
	const fullWidth = bodyWidth(size.columns);

	// The overview's own keys are on its footnote; the help lists the slideshow's.
	const helpRows = useMemo(() => describeKeys(slideshowKeys, slideshowHelpScopes, {
		include: command => (command !== 'start-quiz' || quizOffered) && (command !== 'resume' || state.resumeSlide !== undefined),
	}), [quizOffered, state.resumeSlide]);
	// Laid out only once help is paged: the first slide should not wait for it.
	const helpPageCount = useMemo(() => {
		let count: number | undefined;
		return () => {
			count ??= helpLayout(helpRows, fullWidth, height).pageCount;
			return count;
		};
	}, [helpRows, fullWidth, height]);

	// A screen reader gets plain text: no block letters or box-drawing lines.
	const plain = useIsScreenReaderEnabled();
	const layouts = useMemo(() => createSlideLayouts(deck, {highlighter, linkUrls: !hyperlinks, plain}), [deck, highlighter, hyperlinks, plain]);
	const pages = useMemo(() => layouts.atSize(width, Math.max(1, slideHeight)), [layouts, width, slideHeight]);
	const searchQuery = state.search?.query;
	const notesHeight = split ? notesRows(panelNotesHeight(split.panel.height)) : 1;
	const notesLayout = useMemo(() => {
		const cache = new Map<string, NotesLayout>();
		const columns = notesWidth(split?.panel.width ?? fullWidth);
		return (slide: number, step: number): NotesLayout => {
			const key = `${slide}:${step}`;
			let layout = cache.get(key);
			const source = deck.slides[slide];
			if (layout === undefined && source) {
				layout = layoutNotes(notesOf(source), step, columns, {...(searchQuery === undefined ? {} : {highlight: searchQuery}), plain});
				cache.set(key, layout);
			}

			return layout ?? {lines: [], auto: 0};
		};
	}, [deck, split?.panel.width, fullWidth, searchQuery, plain]);

	const context = useMemo<SlideshowContext>(() => ({
		slideCount: deck.slides.length,
		stepCount: pages.stepCount,
		pageCount: pages.pageCount,
		revealPage: pages.revealPage,
		matchPage: pages.matchPage,
		offerQuiz: quizOffered,
		search: query => searchSlides(deck.slides, query),
		get helpPageCount() {
			return helpPageCount();
		},
		notesRange(slide, step) {
			const layout = notesLayout(slide, step);
			return {auto: notesTop(layout, notesHeight, 0), max: Math.max(0, layout.lines.length - notesHeight)};
		},
		notesPage: Math.max(1, notesHeight - 2),
	}), [deck, pages, quizOffered, helpPageCount, notesLayout, notesHeight]);
	useDeckReload(deck, state.position, position => {
		dispatch({type: 'reload', position, context});
	});
	useKeyDispatch(dispatch, context, {isActive: true, now: clock});
	useWarmPages(pages, state.position, context, state.search?.query);

	// Consoles drive the same reducer: their commands are the keymap's own.
	useEffect(() => remote?.subscribe((command, count) => {
		dispatch({type: 'command', command, count, context, now: clock()});
	}), [remote, dispatch, context, clock]);

	// Effects run after the commit that drew the first frame.
	const askedForResume = useRef(false);
	useEffect(() => {
		if (askedForResume.current || !laterResumeSlide) {
			return undefined;
		}

		askedForResume.current = true;
		let mounted = true;
		void laterResumeSlide().then(slide => {
			if (mounted && slide !== undefined) {
				dispatch({type: 'resume-known', resumeSlide: slide});
			}
		}, () => {
			// Without a store there is nothing to resume.
		});
		return () => {
			mounted = false;
		};
	}, [laterResumeSlide, dispatch]);

	useEffect(() => {
		if (!state.resumeHint) {
			return;
		}

		const timer = setTimeout(() => {
			dispatch({type: 'hide-resume-hint'});
		}, resumeHintMs);
		return () => {
			clearTimeout(timer);
		};
	}, [state.resumeHint, resumeHintMs, dispatch]);

	// Where the slideshow exits (unless it has already left); runSlideshow resolves with this.
	useEffect(() => {
		if (state.outcome !== undefined && !(state.outcome === 'quit' && leave)) {
			exit(resultOf(state.outcome, state.rehearsal));
		}
	}, [state.outcome, state.rehearsal, exit, leave]);

	const {slide, step, page, atEnd} = state.position;
	// Only changes are reported: opening the deck must not overwrite the saved
	// place the resume hint offers before the user has moved.
	const reported = useRef(slide);
	useEffect(() => {
		if (reported.current !== slide) {
			reported.current = slide;
			onPosition?.(slide + 1);
		}
	}, [slide, onPosition]);

	const pageCount = pages.pageCount(slide, step);
	const shown = showStateOf(state, pageCount);
	const {blackout, timer, slideStartedMs, pacedFrom} = shown;
	useEffect(() => {
		onShowState?.({slide, step, page, pageCount, atEnd, blackout, timer, slideStartedMs, pacedFrom});
	}, [onShowState, slide, step, page, pageCount, atEnd, blackout, timer, slideStartedMs, pacedFrom]);

	const tooSmall = size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows || height < MIN_BODY_HEIGHT;
	if (tooSmall) {
		return <TooSmall size={size} need={MIN_SIZE}/>;
	}

	if (state.overlay === 'blackout') {
		return <Blackout width={size.columns} height={frameRows(size)}/>;
	}

	const slideCount = deck.slides.length;
	const current = deck.slides[slide];
	const stepPages = pages.pagesFor(slide, step, searchQuery);
	const shownPage = stepPages[Math.min(page, stepPages.length - 1)] ?? emptyPage;
	const status = statusOf(state, banner);
	const label = `Slide ${slide + 1} of ${slideCount}${current?.title ? `: ${current.title}` : ''}`;
	const durationSeconds = deck.meta.duration === undefined ? undefined : deck.meta.duration * 60;

	let body;
	switch (state.overlay) {
		case 'help': {
			body = <HelpOverlay rows={helpRows} width={fullWidth} height={height} page={state.helpPage}/>;
			break;
		}

		case 'overview': {
			body = <Overview slides={deck.slides} highlight={state.overviewIndex} width={fullWidth} height={height}/>;
			break;
		}

		default: {
			body = atEnd
				? <EndScreen deckTitle={deck.meta.title} quizTitle={quizOffered ? deck.quiz?.title ?? 'Quiz' : undefined} width={width}/>
				: <SlideBody page={shownPage} width={width} hyperlinks={hyperlinks} label={label} notes={current?.notes ?? []}/>;
		}
	}

	if (split) {
		body = (
			<Box flexDirection={split.direction} columnGap={gap}>
				<Box width={split.slide.width} height={split.slide.height} flexDirection="column" overflow="hidden">
					{body}
				</Box>
				<PresenterPanel
					deck={deck}
					where={shown}
					notes={notesLayout(slide, step)}
					scroll={state.notesScroll}
					pacing={{timer, durationSeconds, budgets: budgets && completeBudgets(budgets), slide, atEnd, slideStartedMs, pacedFrom}}
					width={split.panel.width}
					height={split.panel.height}
					clock={clock}
					tickInterval={tickInterval}
					highlighter={highlighter}
				/>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={size.columns} height={frameRows(size)} overflow="hidden">
			<Box flexDirection="column" alignItems="center" height={height + marginTop} paddingTop={marginTop} overflow="hidden">
				{body}
			</Box>
			<Box paddingX={2} width={size.columns}>
				<StatusLine text={status.text} role={status.role}/>
			</Box>
			{state.footer ? (
				<Box paddingX={2} width={size.columns}>
					<Footer
						deckTitle={deck.meta.title}
						slide={slide + 1}
						slideCount={slideCount}
						atEnd={atEnd}
						width={size.columns - 4}
						timer={timer}
						durationSeconds={durationSeconds}
						keysHint={!state.pressed}
						rehearsing={state.rehearsal !== undefined}
						clock={clock}
						tickInterval={tickInterval}
					/>
				</Box>
			) : undefined}
		</Box>
	);
}
