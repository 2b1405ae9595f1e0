/**
Everything the slideshow screen remembers, changed only by this reducer. Key
events arrive raw (`input`, `key`) and are split and read here, so keys typed
faster than React renders each still count.
*/
import type {RemoteCommand} from '../protocol/protocol.js';
import {observe, type RehearsalLog, startRehearsal} from '../talk/rehearsal.js';
import {elapsedMs, idleTimer, startTimer, type Timer, toggleTimer} from '../talk/timer.js';
import {type KeyFlags, type KeyToken, toKeyTokens} from '../keys/key-tokens.js';
import {readKey} from '../keys/keymap.js';
import {type SlideshowCommand, slideshowKeys, type SlideshowScope} from '../keys/slideshow-keys.js';
import {type NavigationContext, navigate, normalize, type Position, startPosition} from './navigation.js';

export type Overlay = 'none' | 'help' | 'overview' | 'search' | 'blackout';

export type Outcome = 'quit' | 'quiz';

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
	/** A one-line note for the status line (search result, unknown command …). */
	readonly message?: string;
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
	/** Lines the notes are scrolled from where the current step's notes start. */
	readonly notesScroll: number;
	/** With `--rehearse`: the time each slide has had. */
	readonly rehearsal?: RehearsalLog;
	/** Set once: the screen is done and the app should exit with this. */
	readonly outcome?: Outcome;
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
	/**
	Where the last session ended, learnt once the show is on screen (the store
	opens after the first frame). Offered only if nothing has moved yet.
	*/
	| {readonly type: 'resume-known'; readonly resumeSlide: number}
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
};

export function initialState(options: InitialOptions = {}): SlideshowState {
	const start = Math.max(1, options.startSlide ?? 1);
	const resume = options.resumeSlide;
	const resumeSlide = resume !== undefined && resume > 1 && resume !== start ? resume : undefined;
	const {rehearse} = options;
	return {
		position: startPosition(start - 1),
		overlay: 'none',
		helpPage: 0,
		footer: true,
		pending: [],
		draft: '',
		resumeSlide,
		message: options.message,
		resumeHint: resumeSlide !== undefined,
		pressed: false,
		overviewIndex: start - 1,
		// A rehearsal times the opening slide too.
		timer: rehearse ? startTimer(idleTimer, rehearse.now) : idleTimer,
		slideStartedMs: 0,
		pacedFrom: start - 1,
		presenter: false,
		notesScroll: 0,
		...(rehearse ? {rehearsal: observe(startRehearsal(rehearse.slideCount, rehearse.now), start - 1, rehearse.now)} : {}),
	};
}

export function scopeOf(state: SlideshowState): SlideshowScope | undefined {
	switch (state.overlay) {
		case 'none': {
			return state.position.atEnd ? 'end' : 'slides';
		}

		case 'help':
		case 'overview': {
			return state.overlay;
		}

		default: {
			return undefined;
		}
	}
}

const moveTo = (state: SlideshowState, position: Position): SlideshowState => ({
	...state,
	position,
	// The hint is for getting back to where you were; once there it has done its job.
	resumeSlide: !position.atEnd && position.slide + 1 === state.resumeSlide ? undefined : state.resumeSlide,
});

/** Goes to a search hit: the step that reveals it and the page it is on; a hit in the notes opens them. */
const gotoHit = (state: SlideshowState, {slide, step, inNotes}: Hit, query: string, context: SlideshowContext): SlideshowState => {
	const page = inNotes ? 0 : context.matchPage?.(slide, step, query) ?? 0;
	const moved = moveTo(state, navigate(state.position, {type: 'goto', slide, step, page}, context));
	return inNotes ? {...moved, presenter: true} : moved;
};

/** Orders hits and positions: by slide, then step. The end screen is after every hit. */
const compareToPosition = (hit: Hit, position: Position): number => {
	if (position.atEnd) {
		return -1;
	}

	return hit.slide === position.slide ? hit.step - position.step : hit.slide - position.slide;
};

const describeHit = (index: number, hits: readonly Hit[]): string =>
	`Match ${index + 1} of ${hits.length}: slide ${hits[index]!.slide + 1}${hits[index]!.inNotes ? ', in the notes' : ''}`;

const runSearch = (state: SlideshowState, context: SlideshowContext): SlideshowState => {
	const query = state.draft.trim();
	const closed: SlideshowState = {...state, overlay: 'none', draft: ''};
	if (query === '') {
		return closed;
	}

	const hits = context.search(query);
	const search = {query, hits};
	if (hits.length === 0) {
		return {...closed, search, message: `No match for “${query}”`};
	}

	// The first match on this slide or after it, wrapping round.
	const current = state.position.atEnd ? context.slideCount : state.position.slide;
	const index = Math.max(0, hits.findIndex(hit => hit.slide >= current));
	return {
		...gotoHit({...closed, search}, hits[index]!, query, context),
		message: describeHit(index, hits),
	};
};

const stepSearch = (state: SlideshowState, direction: 1 | -1, context: SlideshowContext): SlideshowState => {
	const {search} = state;
	if (search === undefined) {
		return {...state, message: 'No search yet: press / to search'};
	}

	if (search.hits.length === 0) {
		return {...state, message: `No match for “${search.query}”`};
	}

	const {hits} = search;
	const index = direction === 1
		? hits.findIndex(hit => compareToPosition(hit, state.position) > 0)
		: hits.findLastIndex(hit => compareToPosition(hit, state.position) < 0);
	// Wrap round at either end.
	const wrapped = index === -1 ? (direction === 1 ? 0 : hits.length - 1) : index;
	return {
		...gotoHit(state, hits[wrapped]!, search.query, context),
		message: describeHit(wrapped, hits),
	};
};

const toggle = (state: SlideshowState, overlay: Overlay): SlideshowState => ({
	...state,
	overlay: state.overlay === overlay ? 'none' : overlay,
});

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** Scrolls the notes by `delta` lines, kept inside what the notes, as laid out, can show. */
const scrollNotes = (state: SlideshowState, delta: number, context: SlideshowContext): SlideshowState => {
	const range = context.notesRange?.(state.position.slide, state.position.step) ?? {auto: 0, max: 0};
	const notesScroll = clamp(range.auto + state.notesScroll + delta, 0, range.max) - range.auto;
	return notesScroll === state.notesScroll ? state : {...state, notesScroll};
};

const overviewCommand = (state: SlideshowState, command: SlideshowCommand, context: SlideshowContext): SlideshowState | undefined => {
	const highlight = (index: number): SlideshowState => ({...state, overviewIndex: clamp(index, 0, context.slideCount - 1)});
	switch (command) {
		case 'overview-up': {
			return highlight(state.overviewIndex - 1);
		}

		case 'overview-down': {
			return highlight(state.overviewIndex + 1);
		}

		case 'first': {
			return highlight(0);
		}

		case 'last': {
			return highlight(context.slideCount - 1);
		}

		case 'overview-open': {
			return {...moveTo(state, navigate(state.position, {type: 'goto', slide: state.overviewIndex}, context)), overlay: 'none'};
		}

		default: {
			return undefined;
		}
	}
};

const runCommand = (
	state: SlideshowState,
	command: SlideshowCommand,
	count: number | undefined,
	context: SlideshowContext,
	now: number,
): SlideshowState => {
	if (state.overlay === 'help' && (command === 'next' || command === 'previous')) {
		const last = Math.max(1, context.helpPageCount ?? 1) - 1;
		const helpPage = Math.min(Math.max(0, state.helpPage + (command === 'next' ? 1 : -1)), last);
		return helpPage === state.helpPage ? state : {...state, helpPage};
	}

	if (state.overlay === 'overview') {
		const moved = overviewCommand(state, command, context);
		if (moved) {
			return moved;
		}
	}

	switch (command) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last': {
			return moveTo(state, navigate(state.position, {type: command}, context));
		}

		case 'reveal': {
			return moveTo(state, navigate(state.position, {type: 'reveal-all'}, context));
		}

		case 'goto': {
			const slide = count ?? 1;
			// A slide that does not exist moves nothing: the audience never sees the ending by mistake.
			if (slide < 1 || slide > context.slideCount) {
				return {...state, message: `No slide ${slide}: the deck has ${context.slideCount}`};
			}

			return {...moveTo(state, navigate(state.position, {type: 'goto', slide: slide - 1}, context)), overlay: state.overlay === 'overview' ? 'none' : state.overlay};
		}

		case 'start-quiz': {
			return context.offerQuiz ? {...state, outcome: 'quiz'} : state;
		}

		case 'resume': {
			if (state.resumeSlide === undefined) {
				return state;
			}

			return {
				...state,
				position: navigate(state.position, {type: 'goto', slide: state.resumeSlide - 1}, context),
				resumeSlide: undefined,
			};
		}

		case 'overview': {
			return {...toggle(state, 'overview'), overviewIndex: state.position.atEnd ? context.slideCount - 1 : state.position.slide};
		}

		case 'overview-up':
		case 'overview-down':
		case 'overview-open': {
			return state;
		}

		case 'help': {
			return {...toggle(state, 'help'), helpPage: 0};
		}

		case 'search': {
			return {...state, overlay: 'search', draft: ''};
		}

		case 'search-next': {
			return stepSearch(state, 1, context);
		}

		case 'search-previous': {
			return stepSearch(state, -1, context);
		}

		case 'blackout': {
			return {...state, overlay: 'blackout'};
		}

		case 'footer': {
			return {...state, footer: !state.footer};
		}

		case 'presenter': {
			return {...state, presenter: !state.presenter, notesScroll: 0};
		}

		case 'notes-down':
		case 'notes-up': {
			return scrollNotes(state, (command === 'notes-down' ? 1 : -1) * (context.notesPage ?? 5), context);
		}

		case 'timer': {
			const timer = toggleTimer(state.timer, now);
			// Started by hand: pacing counts from this slide.
			return state.timer.state === 'idle' ? {...state, timer, pacedFrom: slideIndex(state.position), slideStartedMs: 0} : {...state, timer};
		}

		case 'timer-reset': {
			return {...state, timer: idleTimer, slideStartedMs: 0};
		}

		case 'close': {
			// On a slide, Esc clears the search highlight; in an overlay it closes it.
			return state.overlay === 'none' ? {...state, search: undefined} : {...state, overlay: 'none'};
		}

		case 'quit': {
			return {...state, outcome: 'quit'};
		}
	}
};

/** Typing at the search prompt: text goes into the query, Enter runs it, Esc cancels. */
const editSearch = (state: SlideshowState, token: KeyToken, context: SlideshowContext): SlideshowState => {
	switch (token) {
		case 'enter': {
			return runSearch(state, context);
		}

		case 'escape': {
			return {...state, overlay: 'none', draft: ''};
		}

		case 'backspace': {
			return {...state, draft: [...state.draft].slice(0, -1).join('')};
		}

		case 'space': {
			return {...state, draft: `${state.draft} `};
		}

		default: {
			// Named keys (arrows, Tab …) are not text.
			return [...token].length === 1 ? {...state, draft: state.draft + token} : state;
		}
	}
};

const readToken = (state: SlideshowState, token: KeyToken, context: SlideshowContext, now: number): SlideshowState => {
	if (state.outcome !== undefined) {
		return state;
	}

	// Ctrl+C quits from anywhere, the search prompt and blackout included.
	if (token === 'ctrl+c') {
		return {...state, outcome: 'quit'};
	}

	if (state.overlay === 'blackout') {
		return {...state, overlay: 'none'};
	}

	if (state.overlay === 'search') {
		return editSearch(state, token, context);
	}

	const scope = scopeOf(state);
	if (scope === undefined) {
		return state;
	}

	const {pending, command, value} = readKey(slideshowKeys, scope, token, {pending: state.pending});
	// Keep the same object when nothing changes, so an ignored key re-renders nothing.
	const unchanged = pending.length === 0 && state.pending.length === 0 && state.message === undefined;
	const next: SlideshowState = unchanged ? state : {...state, pending, message: undefined};
	return command === undefined ? next : runCommand(next, command, value, context, now);
};

/** The slide a position stands for; the end screen counts as one past the last. */
const slideIndex = (position: Position): number => position.slide + (position.atEnd ? 1 : 0);

/** The slide a rehearsal is timing: not during blackout or help, nor while the timer is paused. */
const countingSlide = (state: SlideshowState): number | undefined =>
	state.timer.state === 'running' && state.overlay !== 'blackout' && state.overlay !== 'help' && !state.position.atEnd
		? state.position.slide
		: undefined;

/**
What follows from a change: on a new slide the timer starts (if it waits),
the slide's own clock restarts and the resume hint goes; a new step brings its
notes into view; a rehearsal notes which slide is timed now.
*/
const settle = (before: SlideshowState, after: SlideshowState, context: SlideshowContext, now: number): SlideshowState => {
	if (after === before) {
		return before;
	}

	let next: SlideshowState = {...after, position: normalize(after.position, context)};
	const newSlide = slideIndex(next.position) !== slideIndex(before.position);
	if (newSlide) {
		const timer = startTimer(next.timer, now);
		next = {
			...next,
			timer,
			pacedFrom: next.timer.state === 'idle' ? slideIndex(next.position) : next.pacedFrom,
			slideStartedMs: elapsedMs(timer, now),
			resumeHint: false,
		};
	}

	if (newSlide || next.position.step !== before.position.step) {
		next = {...next, notesScroll: 0};
	}

	if (next.rehearsal) {
		const rehearsal = observe(next.rehearsal, countingSlide(next), now);
		next = rehearsal === next.rehearsal ? next : {...next, rehearsal};
	}

	return next;
};

/** A console's command, read as if its key were pressed here with no overlay open. */
const runRemote = (state: SlideshowState, command: RemoteCommand, count: number | undefined, context: SlideshowContext, now: number): SlideshowState => {
	if (state.outcome !== undefined) {
		return state;
	}

	// As with a key here, the first one after a blackout only brings the slide back.
	if (state.overlay === 'blackout') {
		return {...state, overlay: 'none'};
	}

	const ready = state.overlay === 'none' && state.pending.length === 0 ? state : {...state, overlay: 'none' as const, draft: '', pending: []};
	return runCommand(ready, command, count, context, now);
};

export function slideshowReducer(state: SlideshowState, action: SlideshowAction): SlideshowState {
	switch (action.type) {
		case 'keys': {
			const now = action.now ?? 0;
			let next = state.pressed ? state : {...state, pressed: true};
			for (const token of toKeyTokens(action.input, action.key)) {
				next = readToken(next, token, action.context, now);
			}

			// An ignored key keeps the same state object, so nothing re-renders.
			return settle(state, next, action.context, now);
		}

		case 'command': {
			const now = action.now ?? 0;
			return settle(state, runRemote(state, action.command, action.count, action.context, now), action.context, now);
		}

		case 'hide-resume-hint': {
			return state.resumeHint ? {...state, resumeHint: false} : state;
		}

		case 'resume-known': {
			const here = state.position.slide + 1;
			const {resumeSlide} = action;
			if (state.pressed || state.resumeSlide !== undefined || resumeSlide <= 1 || resumeSlide === here) {
				return state;
			}

			return {...state, resumeSlide, resumeHint: true};
		}

		case 'reload': {
			const {context} = action;
			const query = state.search?.query;
			return {
				...state,
				position: normalize(action.position, context),
				overviewIndex: clamp(state.overviewIndex, 0, context.slideCount - 1),
				...(query === undefined ? {} : {search: {query, hits: context.search(query)}}),
			};
		}
	}
}
