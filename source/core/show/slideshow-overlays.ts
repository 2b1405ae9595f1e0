/**
What the slideshow shows over or beside the slides: the help (paged), the
overview (a highlight moved through the slide titles), blackout, the
footer, and the speaker notes beside the slide with their scroll.
*/
import type {SlideshowCommand} from '../keys/slideshow-keys.js';
import {navigate} from './navigation.js';
import {moveTo} from './slideshow-navigation.js';
import type {Overlay, SlideshowContext, SlideshowState} from './slideshow-types.js';

type OverlayCommand = Extract<SlideshowCommand,
	'overview' | 'overview-up' | 'overview-down' | 'overview-open' | 'help' | 'blackout' | 'footer' | 'presenter' | 'notes-down' | 'notes-up' | 'close'
>;

const toggle = (state: SlideshowState, overlay: Overlay): SlideshowState => ({
	...state,
	overlay: state.overlay === overlay ? 'none' : overlay,
});

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** The overview's highlight kept on a slide of the deck. */
export const overviewIndexIn = (index: number, context: SlideshowContext): number => clamp(index, 0, context.slideCount - 1);

/** Scrolls the notes by `delta` lines, kept inside what the notes, as laid out, can show. */
const scrollNotes = (state: SlideshowState, delta: number, context: SlideshowContext): SlideshowState => {
	const range = context.notesRange?.(state.position.slide, state.position.step) ?? {auto: 0, max: 0};
	const notesScroll = clamp(range.auto + state.notesScroll + delta, 0, range.max) - range.auto;
	return notesScroll === state.notesScroll ? state : {...state, notesScroll};
};

const overviewCommand = (state: SlideshowState, command: SlideshowCommand, context: SlideshowContext): SlideshowState | undefined => {
	const highlight = (index: number): SlideshowState => ({...state, overviewIndex: overviewIndexIn(index, context)});
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

/**
A command as the open overlay reads it, before anything else does: in the
help the paging keys turn its pages, in the overview the moves go through
its titles. `undefined` when the overlay leaves the command to the rest.
*/
export function inOverlay(state: SlideshowState, command: SlideshowCommand, context: SlideshowContext): SlideshowState | undefined {
	if (state.overlay === 'help' && (command === 'next' || command === 'previous')) {
		const last = Math.max(1, context.helpPageCount ?? 1) - 1;
		const helpPage = Math.min(Math.max(0, state.helpPage + (command === 'next' ? 1 : -1)), last);
		return helpPage === state.helpPage ? state : {...state, helpPage};
	}

	return state.overlay === 'overview' ? overviewCommand(state, command, context) : undefined;
}

export function overlayCommand(state: SlideshowState, command: OverlayCommand, context: SlideshowContext): SlideshowState {
	switch (command) {
		case 'overview': {
			return {...toggle(state, 'overview'), overviewIndex: state.position.atEnd ? context.slideCount - 1 : state.position.slide};
		}

		case 'overview-up':
		case 'overview-down':
		case 'overview-open': {
			// Outside the overview there is nothing to highlight or open.
			return state;
		}

		case 'help': {
			return {...toggle(state, 'help'), helpPage: 0};
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

		case 'close': {
			// On a slide, Esc clears the search highlight; in an overlay it closes it.
			return state.overlay === 'none' ? {...state, search: undefined} : {...state, overlay: 'none'};
		}
	}
}
