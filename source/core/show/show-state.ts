/**
The slideshow's state as a presenter console sees it, and the console's
commands as the slideshow reads them. The slideshow stays the one owner of
position and timer; this is only what it tells and what it is told.
*/
import type {RemoteCommand, ShowState} from '../protocol/protocol.js';
import type {SlideshowState} from './slideshow-types.js';

/** Where console commands come from (the socket, or a test); returns how to stop listening. */
export type CommandSource = {
	readonly subscribe: (listener: (command: RemoteCommand, count: number | undefined) => void) => () => void;
};

export function showStateOf(state: SlideshowState, pageCount: number): ShowState {
	const {slide, step, page, atEnd} = state.position;
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
	};
}

/** A command source fed by hand: the socket server pushes into it. */
export function createCommandSource(): CommandSource & {readonly push: (command: RemoteCommand, count: number | undefined) => void} {
	const listeners = new Set<(command: RemoteCommand, count: number | undefined) => void>();
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		push(command, count) {
			for (const listener of listeners) {
				listener(command, count);
			}
		},
	};
}
