import {type Key, useInput, useStdin} from 'ink';
import {type Dispatch, useCallback} from 'react';
import type {QuizScreenAction, QuizScreenContext} from './quiz-screen-state.js';

export type QuizKeysOptions = {
	readonly isActive: boolean;
	readonly now: () => number;
};

/** Hands key events to the quiz reducer, which splits typed-ahead input and reads the keymap. */
export function useQuizKeys(dispatch: Dispatch<QuizScreenAction>, context: QuizScreenContext, {isActive, now}: QuizKeysOptions): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback((input: string, key: Key) => {
		dispatch({type: 'keys', input, key, now: now(), context});
	}, [dispatch, context, now]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && isActive});
}
