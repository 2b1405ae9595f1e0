/**
The slideshow's state as a presenter console sees it, and the console's
commands as the slideshow reads them. The slideshow stays the one owner of
position and timer; this is only what it tells and what it is told.
*/
import {createLatest} from '../protocol/listeners.js';
import type {EndOffer, RemoteCommand, ShowState} from '../protocol/protocol.js';
import type {SlideshowState} from './slideshow-types.js';

/** Where console commands come from (the socket, or a test); returns how to stop listening. */
export type CommandSource = {
	readonly subscribe: (listener: (command: RemoteCommand, count: number | undefined) => void) => () => void;
	/** How many consoles are connected: told at once, then on every change. Returns how to stop listening. */
	readonly consoles?: (listener: (count: number) => void) => () => void;
};

/** The query of the search last run when it matches this slide in its notes only. */
const notesHitOf = (state: SlideshowState): string | undefined => {
	const {search, position} = state;
	if (search === undefined || position.atEnd) {
		return undefined;
	}

	const here = search.hits.filter(hit => hit.slide === position.slide);
	return here.length > 0 && here.every(hit => hit.inNotes === true) ? search.query : undefined;
};

export function showStateOf(state: SlideshowState, pageCount: number, endOffer: EndOffer = 'none'): ShowState {
	const {slide, step, page, atEnd} = state.position;
	const notesHit = notesHitOf(state);
	return {
		slide,
		step,
		page,
		pageCount: Math.max(1, pageCount),
		atEnd,
		blackout: state.overlay === 'blackout',
		timer: state.timer,
		slideStartedMs: state.slideStartedMs,
		pacedFrom: state.pacedFrom,
		endOffer,
		...(notesHit === undefined ? {} : {notesHit}),
	};
}

type Fed = CommandSource & {
	readonly push: (command: RemoteCommand, count: number | undefined) => void;
	readonly setConsoles: (count: number) => void;
};

/** A command source fed by hand: the socket server pushes into it. */
export function createCommandSource(): Fed {
	const commands = new Set<(command: RemoteCommand, count: number | undefined) => void>();
	// Consoles can attach before the slideshow listens: a new listener hears the count now.
	const consoles = createLatest(0);
	return {
		subscribe(listener) {
			commands.add(listener);
			return () => {
				commands.delete(listener);
			};
		},
		consoles: consoles.subscribe,
		push(command, count) {
			for (const listener of commands) {
				listener(command, count);
			}
		},
		setConsoles: consoles.set,
	};
}
