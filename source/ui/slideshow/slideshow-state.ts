/**
Everything the slideshow screen remembers, changed only by this reducer. Key
events arrive raw (`input`, `key`) and are split and read here, so keys typed
faster than React renders each still count.
*/
import {type Command, type KeyFlags, type KeyToken, readKey, type Scope, toKeyTokens} from '../keymap.js';
import {type NavigationContext, navigate, normalize, type Position, startPosition} from './navigation.js';

export type Overlay = 'none' | 'help' | 'overview' | 'search' | 'blackout';

export type Outcome = 'quit' | 'quiz';

/** Where a search query shows: a slide (0-based) and the first step that shows it. */
export type Hit = {
	readonly slide: number;
	readonly step: number;
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
};

export type SlideshowAction =
	| {
		readonly type: 'keys';
		readonly input: string;
		readonly key: KeyFlags;
		readonly context: SlideshowContext;
		/**
		The overlay whose own keys hook read this. When that overlay has closed
		meanwhile (Enter in the overview picks a slide through SelectInput
		first), the key was meant for it and is dropped, not read on the slide.
		*/
		readonly overlay?: Overlay;
	}
	/** A slide picked in the overview (0-based). */
	| {readonly type: 'pick'; readonly slide: number; readonly context: SlideshowContext};

export function initialState(options: {readonly startSlide?: number; readonly resumeSlide?: number; readonly message?: string} = {}): SlideshowState {
	const start = Math.max(1, options.startSlide ?? 1);
	const resume = options.resumeSlide;
	return {
		position: startPosition(start - 1),
		overlay: 'none',
		helpPage: 0,
		footer: true,
		pending: [],
		draft: '',
		resumeSlide: resume !== undefined && resume > 1 && resume !== start ? resume : undefined,
		message: options.message,
	};
}

export function scopeOf(state: SlideshowState): Scope | undefined {
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

/** Goes to a search hit: the step that reveals it and the page it is on. */
const gotoHit = (state: SlideshowState, {slide, step}: Hit, query: string, context: SlideshowContext): SlideshowState => {
	const page = context.matchPage?.(slide, step, query) ?? 0;
	return moveTo(state, navigate(state.position, {type: 'goto', slide, step, page}, context));
};

/** Orders hits and positions: by slide, then step. The end screen is after every hit. */
const compareToPosition = (hit: Hit, position: Position): number => {
	if (position.atEnd) {
		return -1;
	}

	return hit.slide === position.slide ? hit.step - position.step : hit.slide - position.slide;
};

const describeHit = (index: number, hits: readonly Hit[]): string =>
	`Match ${index + 1} of ${hits.length}: slide ${hits[index]!.slide + 1}`;

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

const runCommand = (
	state: SlideshowState,
	command: Command,
	count: number | undefined,
	context: SlideshowContext,
): SlideshowState => {
	if (state.overlay === 'help' && (command === 'next' || command === 'previous')) {
		const last = Math.max(1, context.helpPageCount ?? 1) - 1;
		const helpPage = Math.min(Math.max(0, state.helpPage + (command === 'next' ? 1 : -1)), last);
		return helpPage === state.helpPage ? state : {...state, helpPage};
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
			const message = slide < 1 || slide > context.slideCount
				? `No slide ${slide}: the deck has ${context.slideCount}`
				: undefined;
			return {...moveTo(state, navigate(state.position, {type: 'goto', slide: slide - 1}, context)), message};
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
			return toggle(state, 'overview');
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

const readToken = (state: SlideshowState, token: KeyToken, context: SlideshowContext): SlideshowState => {
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

	const {pending, command, count} = readKey(state.pending, token, scope);
	// Keep the same object when nothing changes, so an ignored key re-renders nothing.
	const unchanged = pending.length === 0 && state.pending.length === 0 && state.message === undefined;
	const next: SlideshowState = unchanged ? state : {...state, pending, message: undefined};
	return command === undefined ? next : runCommand(next, command, count, context);
};

export function slideshowReducer(state: SlideshowState, action: SlideshowAction): SlideshowState {
	switch (action.type) {
		case 'keys': {
			if (action.overlay !== undefined && action.overlay !== state.overlay) {
				return state;
			}

			let next = state;
			for (const token of toKeyTokens(action.input, action.key)) {
				next = readToken(next, token, action.context);
			}

			// An ignored key keeps the same state object, so nothing re-renders.
			return next === state ? state : {...next, position: normalize(next.position, action.context)};
		}

		case 'pick': {
			if (state.overlay !== 'overview') {
				return state;
			}

			return {
				...moveTo(state, navigate(state.position, {type: 'goto', slide: action.slide}, action.context)),
				overlay: 'none',
			};
		}
	}
}
