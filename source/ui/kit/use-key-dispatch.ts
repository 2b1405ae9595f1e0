import {type Key, useInput, useStdin} from 'ink';
import {useCallback} from 'react';

/** One key event as Ink read it, for a screen's reducer, with the screen's context and the time it was read. */
export type KeysAction<Context> = {
	readonly type: 'keys';
	readonly input: string;
	readonly key: Key;
	readonly now: number;
	readonly context: Context;
};

export type KeyDispatchOptions = {
	/** Only the screen on top reads keys. */
	readonly isActive: boolean;
	readonly now: () => number;
};

/**
Hands every key event to a screen's reducer as it is. Splitting typed-ahead
input and reading the keymap happen in the reducer, where keys arriving in
one read each count: state kept here, between renders, would see only one.
*/
export function useKeyDispatch<Context>(dispatch: (action: KeysAction<Context>) => void, context: Context, {isActive, now}: KeyDispatchOptions): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback((input: string, key: Key) => {
		dispatch({type: 'keys', input, key, now: now(), context});
	}, [dispatch, context, now]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && isActive});
}
