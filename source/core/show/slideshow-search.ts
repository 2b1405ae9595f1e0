/**
The slideshow's search: the prompt typed into, the search run over every
slide and its notes, and `n`/`N` from hit to hit, through reveals too.
*/
import type {KeyToken} from '../keys/key-tokens.js';
import type {SlideshowCommand} from '../keys/slideshow-keys.js';
import {navigate, type Position} from './navigation.js';
import {moveTo} from './slideshow-navigation.js';
import type {Hit, SlideshowContext, SlideshowState} from './slideshow-types.js';

type SearchCommand = Extract<SlideshowCommand, 'search' | 'search-next' | 'search-previous'>;

/**
Goes to a search hit: the step that reveals it and the page it is on. A hit
in the notes opens them, unless the show is presented: then the notes stay
off the shared screen and the console marks the hit (see `showStateOf`).
*/
const gotoHit = (state: SlideshowState, {slide, step, inNotes}: Hit, query: string, context: SlideshowContext): SlideshowState => {
	const page = inNotes ? 0 : context.matchPage?.(slide, step, query) ?? 0;
	const moved = moveTo(state, navigate(state.position, {type: 'goto', slide, step, page}, context));
	return inNotes && !state.presented ? {...moved, presenter: true} : moved;
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
		return {...closed, search, answer: `No match for “${query}”`};
	}

	// The first match on this slide or after it, wrapping round.
	const current = state.position.atEnd ? context.slideCount : state.position.slide;
	const index = Math.max(0, hits.findIndex(hit => hit.slide >= current));
	return {
		...gotoHit({...closed, search}, hits[index]!, query, context),
		answer: describeHit(index, hits),
	};
};

const stepSearch = (state: SlideshowState, direction: 1 | -1, context: SlideshowContext): SlideshowState => {
	const {search} = state;
	if (search === undefined) {
		return {...state, message: 'No search yet: press / to search'};
	}

	if (search.hits.length === 0) {
		return {...state, answer: `No match for “${search.query}”`};
	}

	const {hits} = search;
	const index = direction === 1
		? hits.findIndex(hit => compareToPosition(hit, state.position) > 0)
		: hits.findLastIndex(hit => compareToPosition(hit, state.position) < 0);
	// Wrap round at either end.
	const wrapped = index === -1 ? (direction === 1 ? 0 : hits.length - 1) : index;
	return {
		...gotoHit(state, hits[wrapped]!, search.query, context),
		answer: describeHit(wrapped, hits),
	};
};

export function searchCommand(state: SlideshowState, command: SearchCommand, context: SlideshowContext): SlideshowState {
	switch (command) {
		case 'search': {
			return {...state, overlay: 'search', draft: ''};
		}

		case 'search-next': {
			return stepSearch(state, 1, context);
		}

		case 'search-previous': {
			return stepSearch(state, -1, context);
		}
	}
}

/** Typing at the search prompt: text goes into the query, Enter runs it, Esc cancels. */
export const editSearch = (state: SlideshowState, token: KeyToken, context: SlideshowContext): SlideshowState => {
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

/** The search last run, run again over a deck read again, so its hits are where the matches are now. */
export function searchAgain(state: SlideshowState, context: SlideshowContext): SlideshowState {
	const query = state.search?.query;
	return query === undefined ? state : {...state, search: {query, hits: context.search(query)}};
}
