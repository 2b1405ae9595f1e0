import {Box, useApp} from 'ink';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Deck} from '../../deck/types.js';
import {describeKeys} from '../keymap.js';
import {bodyWidth, type Highlighter, MIN_BODY_HEIGHT, type Page, searchSlides} from '../layout/index.js';
import type {Clock} from '../use-elapsed.js';
import {type TerminalSize, useTerminalSize} from '../use-terminal-size.js';
import {Blackout} from './Blackout.js';
import {EndScreen} from './EndScreen.js';
import {Footer} from './Footer.js';
import {HelpOverlay, helpLayout} from './HelpOverlay.js';
import {Overview} from './Overview.js';
import {SlideBody} from './SlideBody.js';
import {createSlideLayouts} from './slide-pages.js';
import {initialState, type Outcome, type SlideshowContext, type SlideshowState, slideshowReducer} from './slideshow-state.js';
import {StatusLine} from './StatusLine.js';
import {TooSmall} from './TooSmall.js';
import {useSlideshowKeys} from './use-slideshow-keys.js';
import {useWarmPages} from './use-warm-pages.js';

export type SlideshowResult = {readonly next: Outcome};

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
	/** Called with the 1-based slide number whenever it changes. */
	readonly onPosition?: (slide: number) => void;
	readonly clock?: Clock;
	/** Milliseconds between timer updates (tests make it short). */
	readonly tickInterval?: number;
};

/** The smallest terminal a frame is drawn in; below it the app says so. */
export const MIN_SIZE: TerminalSize = {columns: 40, rows: 12};

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

const statusOf = (state: SlideshowState): {text: string; role: 'prompt' | 'hint' | 'muted'} => {
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

	if (state.resumeSlide !== undefined) {
		return {text: `Press r to resume at slide ${state.resumeSlide}`, role: 'hint'};
	}

	if (state.search !== undefined) {
		return {text: `/${state.search.query}: n next, N previous, Esc clear`, role: 'muted'};
	}

	return {text: '', role: 'muted'};
};

const noClock: Clock = Date.now;

/** The slideshow screen: slides, overlays and the end screen, driven by the keymap. */
export function Slideshow({
	deck,
	highlighter,
	hyperlinks,
	offerQuiz,
	startSlide,
	resumeSlide,
	onPosition,
	clock = noClock,
	tickInterval,
}: Props) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const [startedAt] = useState(clock);
	const [state, dispatch] = useReducer(slideshowReducer, {startSlide, resumeSlide}, initialState);
	const width = bodyWidth(size.columns);
	const height = bodyRows(size, state.footer);
	const quizOffered = offerQuiz && deck.quiz !== undefined && deck.quiz.questions.length > 0;

	const helpRows = useMemo(() => describeKeys(command =>
		(command !== 'start-quiz' || quizOffered) && (command !== 'resume' || state.resumeSlide !== undefined)),
	[quizOffered, state.resumeSlide]);
	const helpPageCount = useMemo(() => helpLayout(helpRows, width, height).pageCount, [helpRows, width, height]);

	const layouts = useMemo(() => createSlideLayouts(deck, {highlighter, linkUrls: !hyperlinks}), [deck, highlighter, hyperlinks]);
	const pages = useMemo(() => layouts.atSize(width, Math.max(1, height)), [layouts, width, height]);
	const context = useMemo<SlideshowContext>(() => ({
		slideCount: deck.slides.length,
		stepCount: pages.stepCount,
		pageCount: pages.pageCount,
		matchPage: pages.matchPage,
		offerQuiz: quizOffered,
		search: query => searchSlides(deck.slides, query),
		helpPageCount,
	}), [deck, pages, quizOffered, helpPageCount]);
	// The overview listens for itself while it is open (see Overview).
	useSlideshowKeys(dispatch, context, {isActive: state.overlay !== 'overview'});
	useWarmPages(pages, state.position, context, state.search?.query);

	// The one place the slideshow exits; runSlideshow resolves with this.
	useEffect(() => {
		if (state.outcome !== undefined) {
			exit({next: state.outcome} satisfies SlideshowResult);
		}
	}, [state.outcome, exit]);

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

	const tooSmall = size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows || height < MIN_BODY_HEIGHT;
	if (tooSmall) {
		return <TooSmall size={size} need={MIN_SIZE}/>;
	}

	if (state.overlay === 'blackout') {
		return <Blackout width={size.columns} height={frameRows(size)}/>;
	}

	const slideCount = deck.slides.length;
	const current = deck.slides[slide];
	const stepPages = pages.pagesFor(slide, step, state.search?.query);
	const shown = stepPages[Math.min(page, stepPages.length - 1)] ?? emptyPage;
	const status = statusOf(state);
	const label = `Slide ${slide + 1} of ${slideCount}${current?.title ? `: ${current.title}` : ''}`;

	let body;
	switch (state.overlay) {
		case 'help': {
			body = <HelpOverlay rows={helpRows} width={width} height={height} page={state.helpPage}/>;
			break;
		}

		case 'overview': {
			body = (
				<Overview
					slides={deck.slides}
					current={slide}
					width={width}
					height={height}
					isFocused
					dispatch={dispatch}
					context={context}
				/>
			);
			break;
		}

		default: {
			body = atEnd
				? <EndScreen deckTitle={deck.meta.title} quizTitle={quizOffered ? deck.quiz?.title ?? 'Quiz' : undefined} width={width}/>
				: <SlideBody page={shown} width={width} hyperlinks={hyperlinks} label={label} notes={current?.notes ?? []}/>;
		}
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
						clock={clock}
						startedAt={startedAt}
						tickInterval={tickInterval}
					/>
				</Box>
			) : undefined}
		</Box>
	);
}
