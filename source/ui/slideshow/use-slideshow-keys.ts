import {useInput, useStdin} from 'ink';
import {type Dispatch, useCallback} from 'react';
import type {Overlay, SlideshowAction, SlideshowContext} from './slideshow-state.js';

/**
Hands every key event to the reducer as it is. Splitting typed-ahead input and
reading the keymap happen in the reducer, where two fast keys both count.
*/
export function useSlideshowKeys(
	dispatch: Dispatch<SlideshowAction>,
	context: SlideshowContext,
	options: {readonly isActive: boolean; readonly overlay?: Overlay},
): void {
	const {isRawModeSupported} = useStdin();
	const {overlay} = options;
	const handler = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
		dispatch({type: 'keys', input, key, context, overlay});
	}, [dispatch, context, overlay]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && options.isActive});
}
