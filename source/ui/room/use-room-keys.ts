import {type Key, useInput, useStdin} from 'ink';
import {type Dispatch, useCallback} from 'react';
import type {RoomScreenAction, RoomScreenContext} from './room-screen-state.js';

export type RoomKeysOptions = {
	readonly isActive: boolean;
	readonly now: () => number;
};

/** Hands key events to the room screen's reducer, which reads them through the room keymap. */
export function useRoomKeys(dispatch: Dispatch<RoomScreenAction>, context: RoomScreenContext, {isActive, now}: RoomKeysOptions): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback((input: string, key: Key) => {
		dispatch({type: 'keys', input, key, now: now(), context});
	}, [dispatch, context, now]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && isActive});
}
