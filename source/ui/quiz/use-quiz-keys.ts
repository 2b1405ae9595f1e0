import {type Key, useInput, useStdin} from 'ink';
import {type Dispatch, useCallback} from 'react';
import type {QuizScreenAction, QuizScreenContext} from './quiz-screen-state.js';

export type QuizKeysOptions = {
	readonly isActive: boolean;
	readonly now: () => number;
	/**
	Keys another input on the same screen owns. ink-select-input reads digits,
	arrows and Enter itself, and both listeners hear every key: if this hook
	passed Enter on as well, the reducer would read it again on the feedback
	screen the select just opened, and skip that screen.
	*/
	readonly skip?: (input: string, key: Key) => boolean;
};

/** Hands key events to the quiz reducer, which splits typed-ahead input and reads the keymap. */
export function useQuizKeys(dispatch: Dispatch<QuizScreenAction>, context: QuizScreenContext, {isActive, now, skip}: QuizKeysOptions): void {
	const {isRawModeSupported} = useStdin();
	const handler = useCallback((input: string, key: Key) => {
		if (skip?.(input, key)) {
			return;
		}

		dispatch({type: 'keys', input, key, now: now(), context});
	}, [dispatch, context, now, skip]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(handler, {isActive: Boolean(isRawModeSupported) && isActive});
}
