/** Pure summaries of a deck's score history, for the results and scores screens. */
import type {Quiz} from '../deck/types.js';
import {percentage} from '../quiz/scoring.js';
import type {Attempt} from '../records/attempt.js';

export const attemptPercentage = (attempt: Pick<Attempt, 'score' | 'total'>): number =>
	percentage(attempt.score, attempt.total);

/**
The highest percentage (rounds can differ in size, so raw scores don't
compare); the earliest wins a tie, since that is when the record was set.
*/
export function bestAttempt(attempts: readonly Attempt[]): Attempt | undefined {
	let best: Attempt | undefined;
	for (const attempt of attempts) {
		if (!best || attemptPercentage(attempt) > attemptPercentage(best)) {
			best = attempt;
		}
	}

	return best;
}

export type HistoryStats = {
	readonly count: number;
	readonly best?: Attempt;
	readonly last?: Attempt;
	/** The attempt before `last`, to show a trend ("up 10 %"). */
	readonly previous?: Attempt;
	/** Mean percentage, rounded; absent with no attempts. */
	readonly average?: number;
};

/** `attempts` oldest first, as `history()` returns them. */
export function historyStats(attempts: readonly Attempt[]): HistoryStats {
	if (attempts.length === 0) {
		return {count: 0};
	}

	const total = attempts.reduce((sum, attempt) => sum + attemptPercentage(attempt), 0);
	const previous = attempts.at(-2);
	return {
		count: attempts.length,
		best: bestAttempt(attempts)!,
		last: attempts.at(-1)!,
		...(previous ? {previous} : {}),
		average: Math.round(total / attempts.length),
	};
}

export type QuestionAccuracy = {
	readonly questionId: string;
	readonly asked: number;
	readonly right: number;
	/** Whole-number percentage right. */
	readonly accuracy: number;
};

/** Per question, worst first; ties keep the order questions first appeared in. */
export function questionAccuracy(attempts: readonly Attempt[]): QuestionAccuracy[] {
	const tally = new Map<string, {asked: number; right: number}>();
	for (const attempt of attempts) {
		for (const answer of attempt.answers) {
			const entry = tally.get(answer.questionId) ?? {asked: 0, right: 0};
			entry.asked++;
			entry.right += answer.right ? 1 : 0;
			tally.set(answer.questionId, entry);
		}
	}

	return [...tally]
		.map(([questionId, {asked, right}]) => ({questionId, asked, right, accuracy: percentage(right, asked)}))
		.sort((a, b) => (a.right / a.asked) - (b.right / b.asked));
}

/** Misses per question id: the input `orderQuestions` uses to ask weak spots first. */
export function missCounts(attempts: readonly Attempt[]): Map<string, number> {
	const misses = new Map<string, number>();
	for (const attempt of attempts) {
		for (const answer of attempt.answers) {
			if (!answer.right) {
				misses.set(answer.questionId, (misses.get(answer.questionId) ?? 0) + 1);
			}
		}
	}

	return misses;
}

const bars = '▁▂▃▄▅▆▇█';

/** One bar per percentage (clamped to 0–100): 0 % is `▁`, 100 % is `█`. */
export function sparkline(percentages: readonly number[]): string {
	return percentages
		.map(value => bars[Math.round((Math.min(100, Math.max(0, value)) / 100) * (bars.length - 1))] ?? bars[0])
		.join('');
}

/** Whether the deck's quiz changed since an attempt, so old scores may not compare. */
export function quizChanged(attempt: Pick<Attempt, 'quizHash'>, quiz: Pick<Quiz, 'hash'>): boolean {
	return attempt.quizHash !== quiz.hash;
}
