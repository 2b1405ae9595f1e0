import {useInput, useStdin} from 'ink';
import {type Dispatch, useCallback} from 'react';
import type {Clock} from '../use-elapsed.js';
import type {SlideshowAction, SlideshowContext} from './slideshow-state.js';

/**
Hands every key event to the reducer as it is, with the time it was read.
Splitting typed-ahead input and reading the keymap happen in the reducer,
where two fast keys both count.
*/
export function useSlideshowKeys(
	dispatch: Dispatch<SlideshowAction>,
	context: SlideshowContext,
	clock: Clock,
	options: {readonly isActive: boolean},
): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
		dispatch({type: 'keys', input, key, context, now: clock()});
	}, [dispatch, context, clock]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && options.isActive});
}
