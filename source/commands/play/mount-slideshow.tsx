import process from 'node:process';
import type {Deck} from '../../core/deck/types.js';
import type {ImageProtocol} from '../../core/images/protocol.js';
import type {ImageSource} from '../../core/images/types.js';
import {detectGraphics} from '../../io/terminal/detect-graphics.js';
import type {Budgets} from '../../core/talk/budgets.js';
import type {Subscribe} from '../../core/protocol/listeners.js';
import type {ShowState} from '../../core/protocol/protocol.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {deckNeedsHighlighter, loadHighlighter} from '../../core/layout/index.js';
import type {CommandSource} from '../../core/show/show-state.js';
import type {ImagesFor} from '../../ui/kit/use-live-images.js';
import {LiveSlideshow} from '../../ui/slideshow/LiveSlideshow.js';
import {Slideshow} from '../../ui/slideshow/Slideshow.js';
import {type SlideshowResult} from '../../ui/slideshow/use-slideshow-exit.js';

export type SlideshowOptions = ScreenOptions & {
	/** 1-based slide to open on, already resolved from --slide. */
	readonly startSlide?: number;
	/** Offer the deck's quiz on the end screen (Enter resolves with `{next: 'quiz'}`, or `{next: 'room'}` when presented). */
	readonly offerQuiz: boolean;
	/** 1-based slide the last session ended on; above 1, a hint offers `r` to go there. */
	readonly resumeSlide?: number;
	/** Or, asked once the first frame is drawn, where the last session ended. */
	readonly laterResumeSlide?: () => Promise<number | undefined>;
	/** Called with the 1-based slide number on every slide change, for the caller to save. */
	readonly onPosition?: (slide: number) => void;
	/** Called once the first frame is on screen, for work that can wait until then. */
	readonly afterFirstFrame?: () => void;
	/** A one-line warning for the status line as the slideshow opens. */
	readonly notice?: string;
	/** Seconds per slide to pace against. */
	readonly budgets?: Budgets;
	/** Time every slide; the result carries the log. */
	readonly rehearse?: boolean;
	/** `--present`: presented from the start, as when a console attaches. */
	readonly present?: boolean;
	/** `--max-width`: the most columns a slide takes, over the deck's `max_width`. */
	readonly maxWidth?: number;
	/** Commands from presenter consoles, and where to tell them the show's state. */
	readonly remote?: CommandSource;
	readonly onShowState?: (state: ShowState) => void;
	/** The store's copy of the last talk, consoles' copies, and where to keep the talk as it runs. */
	readonly keptTalk?: {readonly copy: TalkCopy; readonly ended: boolean};
	readonly talkOffers?: Subscribe<TalkCopy>;
	readonly onTalk?: (copy: TalkCopy) => void;
	/** The deck's images, their headers read (see io/images/image-source.ts); absent for a deck without any. */
	readonly images?: ImageSource;
	/** `--watch`: the deck as it is read again, and the budgets for each version of it. */
	readonly live?: {
		readonly feed: DeckFeed;
		readonly budgetsFor: (deck: Deck) => Budgets;
		/** Each version's images, their headers read again (open-deck.ts). */
		readonly imagesFor?: ImagesFor;
	};
	/** `--images`: how to draw them, in place of asking. */
	readonly imageProtocol?: ImageProtocol;
};

const isResult = (value: unknown): value is SlideshowResult =>
	typeof value === 'object' && value !== null && 'next' in value && (value.next === 'quit' || value.next === 'quiz' || value.next === 'room');

/** Plays a deck full-screen until the user quits or starts the quiz, then restores the terminal. */
export async function runSlideshow(deck: Deck, options: SlideshowOptions): Promise<SlideshowResult> {
	const described = describeScreen(options);
	// A watched deck may gain pictures at any save: its terminal is asked as it opens, as one with pictures is.
	const screen = options.images || options.live?.imagesFor ? {...described, graphics: await detectGraphics({...described, env: options.env ?? process.env, override: options.imageProtocol})} : described;
	// lowlight is large: only a deck with code pays for loading it (a watched one may gain code at any save).
	const highlighter = deckNeedsHighlighter(deck.slides) || options.live ? await loadHighlighter() : undefined;
	const props = {
		highlighter,
		// `--images off`: every picture is its alt text.
		images: screen.graphics?.protocol === 'off' ? undefined : options.images,
		hyperlinks: screen.hyperlinks,
		offerQuiz: options.offerQuiz,
		startSlide: options.startSlide,
		resumeSlide: options.resumeSlide,
		laterResumeSlide: options.laterResumeSlide,
		onPosition: options.onPosition,
		notice: options.notice,
		rehearse: options.rehearse,
		present: options.present,
		maxWidth: options.maxWidth,
		remote: options.remote,
		onShowState: options.onShowState,
		keptTalk: options.keptTalk,
		talkOffers: options.talkOffers,
		onTalk: options.onTalk,
	};
	const {live} = options;
	const imagesFor = screen.graphics?.protocol === 'off' ? undefined : live?.imagesFor;
	const result = await renderFullScreen(
		live ? <LiveSlideshow {...props} feed={live.feed} budgetsFor={live.budgetsFor} imagesFor={imagesFor}/> : <Slideshow {...props} deck={deck} budgets={options.budgets}/>,
		screen,
		options.afterFirstFrame,
	);
	return isResult(result) ? result : {next: 'quit'};
}
