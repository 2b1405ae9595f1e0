import {useIsScreenReaderEnabled} from 'ink';
import {useMemo, useState} from 'react';
import type {ImageSource} from '../../core/images/types.js';
import type {Deck} from '../../core/deck/types.js';
import {type Highlighter, type Page, searchSlides} from '../../core/layout/index.js';
import type {Subscribe} from '../../core/protocol/listeners.js';
import type {ShowState} from '../../core/protocol/protocol.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import {type CommandSource, showStateOf} from '../../core/show/show-state.js';
import {endOfferOf} from '../../core/show/slideshow-navigation.js';
import {initialState, slideshowReducer} from '../../core/show/slideshow-state.js';
import {type SlideshowAction, type SlideshowContext} from '../../core/show/slideshow-types.js';
import {type Budgets, completeBudgets} from '../../core/talk/budgets.js';
import {notesTop} from '../kit/panes/notes-layout.js';
import {notesRows} from '../kit/panes/NotesPane.js';
import {createSlideLayouts} from '../kit/slide-pages.js';
import {MIN_SIZE, TooSmall} from '../kit/TooSmall.js';
import {useDeckReload} from '../kit/use-deck-reload.js';
import {useHold} from '../kit/use-hold.js';
import type {Clock} from '../kit/use-elapsed.js';
import {useImmediateReducer} from '../kit/use-immediate-reducer.js';
import {useKeyDispatch} from '../kit/use-key-dispatch.js';
import {useTerminalSize} from '../kit/use-terminal-size.js';
import {useWarmPages} from '../kit/use-warm-pages.js';
import {Blackout} from './Blackout.js';
import {Footer} from './Footer.js';
import {PanelSplit} from './PanelSplit.js';
import {panelNotesHeight, PresenterPanel} from './PresenterPanel.js';
import {SlideshowBody} from './SlideshowBody.js';
import {SlideshowFrame} from './SlideshowFrame.js';
import {slideshowLayout} from './slideshow-layout.js';
import {consoleNoteOf, statusOf} from './slideshow-status.js';
import {useNotesLayout} from './use-notes-layout.js';
import {useRemoteCommands} from './use-remote-commands.js';
import {useKeepTalk} from './use-keep-talk.js';
import {useResumeSlide} from './use-resume-slide.js';
import {useShowReports} from './use-show-reports.js';
import {useSlideshowHelp} from './use-slideshow-help.js';
import {useTalkOffers} from './use-talk-offers.js';
import {useLeavingDispatch, useSlideshowExit} from './use-slideshow-exit.js';
import {ImageSourceProvider, useCellPixels, useImageSizes} from '../kit/images.js';

type Props = {
	readonly deck: Deck;
	readonly highlighter?: Highlighter;
	/**
	The deck's images: their sizes lay out their cells; their pixels are
	decoded on demand. Without it (or for an image it cannot draw) an image is
	its alt text.
	*/
	readonly images?: ImageSource;
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
	/** `--present`: presented from the start, as when a console attaches (nothing private on this screen). */
	readonly present?: boolean;
	/** `--max-width`: the most columns a slide takes; else the deck's `max_width`, else the terminal's width. */
	readonly maxWidth?: number;
	/** Commands from presenter consoles, and how many are connected. */
	readonly remote?: CommandSource;
	/** Told where the show is after every change, for presenter consoles. */
	readonly onShowState?: (state: ShowState) => void;
	/** The store's copy of the last talk of this deck: picked up if it ended without a quit. */
	readonly keptTalk?: {readonly copy: TalkCopy; readonly ended: boolean};
	/** Copies of the talk offered by consoles that followed a slideshow that went away; with it, the show takes them. */
	readonly talkOffers?: Subscribe<TalkCopy>;
	/** Told a copy of the talk whenever it changes, to keep. */
	readonly onTalk?: (copy: TalkCopy) => void;
	readonly clock?: Clock;
	/** Milliseconds between timer updates (tests make it short). */
	readonly tickInterval?: number;
	/** How long the resume hint shows (tests make it short). */
	readonly resumeHintMs?: number;
	/** With `remote`: how long the opening note waits off the screen for a console to attach and take it. */
	readonly messageHoldMs?: number;
};

const emptyPage: Page = {lines: [], continued: false, more: false};

const noClock: Clock = Date.now;

const releaseMessage: SlideshowAction = {type: 'release-message'};

/** The store's copy of the last talk, placed on the deck by its slides and steps alone: nothing is laid out yet. */
const pickUpOptions = (deck: Deck, kept: {readonly copy: TalkCopy; readonly ended: boolean} | undefined, now: number) => ({
	...(kept ? {offer: {...kept, slugs: deck.slides.map(slide => slide.slug)}} : {}),
	context: {
		slideCount: deck.slides.length,
		stepCount: (slide: number) => Math.max(1, deck.slides[slide]?.steps.length ?? 1),
		// Pages depend on the terminal: a picked-up step opens on its first.
		pageCount: () => 1,
	},
	now,
});

/** The slideshow screen: slides, overlays and the end screen, driven by the keymap and by presenter consoles. */
export function Slideshow({
	deck,
	highlighter,
	images,
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
	present = false,
	maxWidth,
	remote,
	onShowState,
	keptTalk,
	talkOffers,
	onTalk,
	clock = noClock,
	tickInterval,
	resumeHintMs = 6000,
	messageHoldMs = 1000,
}: Props) {
	const size = useTerminalSize();
	const [initial] = useState(() => initialState({
		startSlide,
		resumeSlide,
		message: notice,
		present,
		// A console that waits retries every 200 ms: it attaches well within the hold, and the room never sees the note.
		holdMessage: remote !== undefined,
		...(rehearse ? {rehearse: {slideCount: deck.slides.length, now: clock()}} : {}),
		...(keptTalk || talkOffers ? {pickUp: pickUpOptions(deck, keptTalk, clock())} : {}),
	}));
	const [state, apply] = useImmediateReducer(slideshowReducer, initial);
	const dispatch = useLeavingDispatch(apply);
	// Notes beside the slide, unless an overlay takes the whole body.
	const frame = slideshowLayout(size, {footer: state.footer, panel: state.presenter && state.overlay !== 'help' && state.overlay !== 'overview', maxWidth: maxWidth ?? deck.meta.maxWidth});
	const {bodyHeight: height, fullWidth, split, slideWidth, slideHeight} = frame;
	const quizOffered = offerQuiz && deck.quiz !== undefined && deck.quiz.questions.length > 0;
	const {rows: helpRows, pageCount: helpPageCount, footnote: helpFootnote} = useSlideshowHelp({quizOffered, resumeSlide: state.resumeSlide, width: fullWidth, height});

	// A screen reader gets plain text: no block letters or box-drawing lines.
	const plain = useIsScreenReaderEnabled();
	// An image found broken as it is decoded leaves the sizes: the slides are laid out again, it as its alt text.
	const imageSizes = useImageSizes(images);
	const cellPixels = useCellPixels();
	const layouts = useMemo(() => createSlideLayouts(deck, {highlighter, linkUrls: !hyperlinks, plain, imageSizes, cellPixels}), [deck, highlighter, hyperlinks, plain, imageSizes, cellPixels]);
	const pages = useMemo(() => layouts.atSize(slideWidth, Math.max(1, slideHeight)), [layouts, slideWidth, slideHeight]);
	const searchQuery = state.search?.query;
	const notesHeight = split ? notesRows(panelNotesHeight(split.panel.height)) : 1;
	const notesLayout = useNotesLayout(deck, {width: split?.panel.width ?? fullWidth, searchQuery, plain});

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
	useRemoteCommands(remote, dispatch, context, clock);
	useTalkOffers(talkOffers, dispatch, deck.slides, context, clock);
	useResumeSlide(dispatch, {laterResumeSlide, hintShown: state.resumeHint, hintMs: resumeHintMs});
	useHold(dispatch, state.messageHeld, messageHoldMs, releaseMessage);
	useSlideshowExit(state);

	const {slide, step, page, atEnd} = state.position;
	const pageCount = pages.pageCount(slide, step);
	const endOffer = endOfferOf(state, context);
	const note = consoleNoteOf(state, banner);
	const shown = {...showStateOf(state, pageCount, endOffer), ...(note === undefined ? {} : {message: note})};
	useShowReports(shown, pageCount, {onPosition, onShowState});
	useKeepTalk(deck.slides, shown, rehearse ? undefined : onTalk, clock);

	if (frame.tooSmall) {
		return <TooSmall size={size} need={MIN_SIZE}/>;
	}

	if (state.overlay === 'blackout') {
		return <Blackout width={size.columns} height={frame.frameRows}/>;
	}

	const stepPages = pages.pagesFor(slide, step, searchQuery);
	const durationSeconds = deck.meta.duration === undefined ? undefined : deck.meta.duration * 60;
	const {timer, slideStartedMs, pacedFrom} = shown;
	const body = (
		<SlideshowBody
			deck={deck}
			overlay={state.overlay}
			helpRows={helpRows}
			helpFootnote={helpFootnote}
			helpPage={state.helpPage}
			overviewIndex={state.overviewIndex}
			slide={slide}
			page={stepPages[Math.min(page, stepPages.length - 1)] ?? emptyPage}
			atEnd={atEnd}
			endOffer={endOffer}
			presented={state.presented}
			hyperlinks={hyperlinks}
			fullWidth={fullWidth}
			height={height}
			slideWidth={slideWidth}
		/>
	);

	const screen = (
		<SlideshowFrame
			columns={size.columns}
			rows={frame.frameRows}
			bodyHeight={height}
			status={statusOf(state, banner)}
			footer={state.footer ? (
				<Footer
					deckTitle={deck.meta.title}
					slide={slide + 1}
					slideCount={deck.slides.length}
					atEnd={atEnd}
					width={size.columns - 4}
					timer={timer}
					durationSeconds={durationSeconds}
					keysHint={!state.pressed && !state.presented}
					rehearsing={state.rehearsal !== undefined}
					clock={clock}
					tickInterval={tickInterval}
				/>
			) : undefined}
		>
			{split ? (
				<PanelSplit
					split={split}
					panel={(
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
					)}
				>
					{body}
				</PanelSplit>
			) : body}
		</SlideshowFrame>
	);
	return <ImageSourceProvider source={images}>{screen}</ImageSourceProvider>;
}
