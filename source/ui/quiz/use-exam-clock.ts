import {type Dispatch, useEffect} from 'react';
import type {QuizScreenAction} from './quiz-screen-types.js';

export type ExamClockOptions = {
	/** A timed exam is under way. */
	readonly running: boolean;
	readonly now: () => number;
	/** Ms between readings; the reducer redraws only when the second shown changes. */
	readonly interval?: number;
};

/** Reads the clock for a timed exam's countdown, and so submits the exam when time runs out. */
export function useExamClock(dispatch: Dispatch<QuizScreenAction>, {running, now, interval = 200}: ExamClockOptions): void {
	useEffect(() => {
		if (!running) {
			return;
		}

		const timer = setInterval(() => {
			dispatch({type: 'tick', now: now()});
		}, interval);
		return () => {
			clearInterval(timer);
		};
	}, [dispatch, running, now, interval]);
}
