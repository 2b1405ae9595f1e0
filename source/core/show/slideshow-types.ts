/**
The slideshow's state, context and actions: the shapes its reducer
(slideshow-state.ts) and the pieces it is composed of (navigation, search,
overlays, timer, remote commands) share.
*/
import type {RemoteCommand} from '../protocol/protocol.js';
import type {TalkCopy} from '../records/talk-record.js';
import type {RehearsalLog} from '../talk/rehearsal.js';
import type {Timer} from '../talk/timer.js';
import type {KeyFlags, KeyToken} from '../keys/key-tokens.js';
import type {NavigationContext, Position} from './navigation.js';

export type Overlay = 'none' | 'help' | 'overview' | 'search' | 'blackout';

/** `quiz`: the presenter's own quiz; `room`: the quiz for the room, on the same screen. */
export type Outcome = 'quit' | 'quiz' | 'room';

/** Where a search query shows: a slide (0-based) and the first step that shows it. */
export type Hit = {
	readonly slide: number;
	readonly step: number;
	/** The match is in the speaker notes (of that step), not on the slide. */
	readonly inNotes?: boolean;
};

export type Search = {
	readonly query: string;
	/** In deck order, one per slide and step, so `n` walks through reveals too. */
	readonly hits: readonly Hit[];
};

/** Picking up a talk that ended without a quit (slideshow-pickup.ts). */
export type PickUp = {
	/** Copies are still taken: no key or console command has moved the show. */
	readonly open: boolean;
	/** When the newest copy seen was taken (epoch ms), whether or not it was picked up. */
	readonly newest?: number;
	/** 1-based slide the talk was picked up at, while `R` can still start afresh. */
	readonly taken?: number;
	/** `R` has just started afresh: the timer waits again once the move to the opening slide has settled. */
	readonly afresh?: boolean;
};

/** A copy of the last talk, and what is known about how it ended. */
export type TalkOffer = {
	readonly copy: TalkCopy;
	/** It ended with a quit (only the store knows; a console's copy is of a show that went away). */
	readonly ended: boolean;
	/** The deck's slide slugs now, to place the copy by. */
	readonly slugs: readonly string[];
};

export type SlideshowState = {
	readonly position: Position;
	readonly overlay: Overlay;
	/** Page of the help overlay, when it needs more than one. */
	readonly helpPage: number;
	readonly footer: boolean;
	/** Keys of a sequence being typed: `g`, or the digits of a slide number. */
	readonly pending: readonly KeyToken[];
	/** The search query being typed at the prompt. */
	readonly draft: string;
	/** The search last run; its matches are highlighted while it is set. */
	readonly search?: Search;
	/**
	A one-line note for the status line (a notice as the show opens, a talk
	picked up, …): the presenter's, so a presented show tells it to its
	consoles instead (see slideshow-status.ts).
	*/
	readonly message?: string;
	/**
	A one-line answer to what was typed at this keyboard (a search's matches,
	a slide that does not exist): it names no flag and no key, so a show
	presented with `--present` and no console may keep it on screen.
	*/
	readonly answer?: string;
	/** 1-based slide the last session ended on, while `r` can still go there. */
	readonly resumeSlide?: number;
	/** The "press r to resume" hint is showing: on the opening slide, for its first seconds. */
	readonly resumeHint: boolean;
	/** A key has been pressed; until then the footer says that `?` lists the keys. */
	readonly pressed: boolean;
	/** 0-based slide highlighted in the overview. */
	readonly overviewIndex: number;
	/** The talk's timer; it starts when the show first moves to another slide. */
	readonly timer: Timer;
	/** The timer's reading when the current slide was entered (for pacing). */
	readonly slideStartedMs: number;
	/** 0-based slide the timer started on: pacing leaves out the slides before it. */
	readonly pacedFrom: number;
	/** Speaker notes and the next step shown beside the slide (`p`). */
	readonly presenter: boolean;
	/**
	The show is presented: a console has attached, or `--present` said so.
	Nothing private (notes, key hints, personal history) goes on this screen
	then. Sticky: a console that crashes and comes back must not let the
	screen flash them in between.
	*/
	readonly presented: boolean;
	/** A console has attached in this run: the presenter's notes go to it, never to this screen (sticky, as `presented`). */
	readonly consoled: boolean;
	/**
	The show holds the channel and has just opened: its opening note waits off
	the screen for a moment, so a console that is waiting to attach can take it
	before the room sees it (`release-message` ends the wait).
	*/
	readonly messageHeld: boolean;
	/** Lines the notes are scrolled from where the current step's notes start. */
	readonly notesScroll: number;
	/** With `--rehearse`: the time each slide has had. */
	readonly rehearsal?: RehearsalLog;
	/** Set once: the screen is done and the app should exit with this. */
	readonly outcome?: Outcome;
	/** Whether a copy of the last talk is taken, or was: absent in a rehearsal. */
	readonly pickUp?: PickUp;
};

export type SlideshowContext = NavigationContext & {
	/** The deck has a quiz and the caller wants it offered at the end. */
	readonly offerQuiz: boolean;
	/** Where the query occurs in the deck. */
	readonly search: (query: string) => readonly Hit[];
	/** The page of a slide at a step where the query first shows, if known. */
	readonly matchPage?: (slide: number, step: number, query: string) => number | undefined;
	/** Pages the help overlay needs at this terminal size. */
	readonly helpPageCount?: number;
	/**
	Where the notes of a slide at a step start (`auto`, the line the current
	step's notes begin on) and how far they can scroll (`max`), as laid out now.
	*/
	readonly notesRange?: (slide: number, step: number) => {readonly auto: number; readonly max: number};
	/** Lines one notes-scroll key moves. */
	readonly notesPage?: number;
};

export type SlideshowAction =
	| {
		readonly type: 'keys';
		readonly input: string;
		readonly key: KeyFlags;
		readonly context: SlideshowContext;
		/** The clock when the key was read; the timer reads it. */
		readonly now?: number;
	}
	/** A command from a presenter console: the keymap's name for it, as if its key were pressed here. */
	| {
		readonly type: 'command';
		readonly command: RemoteCommand;
		readonly count?: number;
		readonly context: SlideshowContext;
		readonly now?: number;
	}
	/** The resume hint has been seen long enough. */
	| {readonly type: 'hide-resume-hint'}
	/** The opening note has waited long enough for a console: with none attached, this screen may show it. */
	| {readonly type: 'release-message'}
	/** Presenter consoles connected now. */
	| {readonly type: 'consoles'; readonly count: number}
	/**
	Where the last session ended, learnt once the show is on screen (the store
	opens after the first frame). Offered only if nothing has moved yet.
	*/
	| {readonly type: 'resume-known'; readonly resumeSlide: number}
	/** A copy of the last talk, from a console that held it: taken if newer than any seen and nothing has moved yet. */
	| {readonly type: 'pick-up'; readonly offer: TalkOffer; readonly context: SlideshowContext; readonly now: number}
	/**
	The deck was read again (`--watch`): the show stands at `position` in the
	new version (see `positionAfterReload`), its timer and pacing untouched.
	*/
	| {readonly type: 'reload'; readonly position: Position; readonly context: SlideshowContext};

export type InitialOptions = {
	/** 1-based. */
	readonly startSlide?: number;
	readonly resumeSlide?: number;
	/** Record a rehearsal from `now`: the timer runs from the start. */
	readonly rehearse?: {readonly slideCount: number; readonly now: number};
	/** A one-line note for the status line as the slideshow opens. */
	readonly message?: string;
	/** `--present`: presented from the start, with or without a console. */
	readonly present?: boolean;
	/** The show holds the channel: hold the opening note off the screen until `release-message` (see `messageHeld`). */
	readonly holdMessage?: boolean;
	/**
	The store's copy of the last talk, picked up unless it ended with a quit
	(or `startSlide` is given, or this is a rehearsal); `slideCount` and
	`stepCount` of the deck place it before anything is laid out.
	*/
	readonly pickUp?: {readonly offer?: TalkOffer; readonly context: NavigationContext; readonly now: number};
};
