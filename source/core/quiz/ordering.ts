import type {Question} from '../deck/types.js';
import {shuffled, type Random} from './shuffle.js';

/** How many times this person got each question wrong, by question id. */
export type MissCounts = ReadonlyMap<string, number>;

export type OrderOptions = {
	readonly misses?: MissCounts;
	/** Shuffle instead of putting the most-missed questions first. */
	readonly shuffle?: boolean;
	readonly random: Random;
};

/**
The order to ask questions in. By default the ones missed most often come
first, so practice goes where it is needed; `Array#sort` is stable, so ties
(including every never-missed question) keep deck order.
*/
export function orderQuestions(questions: readonly Question[], options: OrderOptions): Question[] {
	if (options.shuffle) {
		return shuffled(questions, options.random);
	}

	const misses = options.misses ?? new Map<string, number>();
	const missed = (question: Question): number => misses.get(question.id) ?? 0;
	return [...questions].sort((a, b) => missed(b) - missed(a));
}
