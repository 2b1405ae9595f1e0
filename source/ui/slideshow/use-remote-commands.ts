import {useEffect} from 'react';
import type {CommandSource} from '../../core/show/show-state.js';
import type {SlideshowAction, SlideshowContext} from '../../core/show/slideshow-types.js';

/** Presenter consoles drive the same reducer as the keys: their commands are the keymap's own. */
export function useRemoteCommands(remote: CommandSource | undefined, dispatch: (action: SlideshowAction) => void, context: SlideshowContext, clock: () => number): void {
	useEffect(() => remote?.subscribe((command, count) => {
		dispatch({type: 'command', command, count, context, now: clock()});
	}), [remote, dispatch, context, clock]);
	// A console attaching makes the show a presented one (see the reducer's `consoles`).
	useEffect(() => remote?.consoles?.(count => {
		dispatch({type: 'consoles', count});
	}), [remote, dispatch]);
}
