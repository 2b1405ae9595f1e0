import {useEffect} from 'react';
import type {SlideshowAction} from '../../core/show/slideshow-types.js';

/** Ends the wait of the opening note (see `messageHeld`) after `holdMs`. */
export function useMessageHold(dispatch: (action: SlideshowAction) => void, held: boolean, holdMs: number): void {
	useEffect(() => {
		if (!held) {
			return undefined;
		}

		const timer = setTimeout(() => {
			dispatch({type: 'release-message'});
		}, holdMs);
		return () => {
			clearTimeout(timer);
		};
	}, [held, holdMs, dispatch]);
}
