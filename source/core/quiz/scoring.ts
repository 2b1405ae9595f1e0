import type {Question} from '../deck/types.js';
import type {Answer} from '../records/attempt.js';
import type {Grade} from '../records/schedule-file.js';

/**
What the person did with a question. Choice indexes are in the deck's ORIGINAL
option order, so a score means the same thing whatever order the options were
shown in.
*/
export type Response =
	| {readonly kind: 'choice'; readonly chosen: readonly number[]}
	| {readonly kind: 'card'; readonly knew: boolean; readonly rating?: Grade};

const normalized = (indexes: readonly number[]): number[] =>
	[...new Set(indexes)].sort((a, b) => a - b);

const sameSet = (a: readonly number[], b: readonly number[]): boolean => {
	const left = normalized(a);
	const right = normalized(b);
	return left.length === right.length && left.every((value, index) => value === right[index]);
};

/**
Whether a response is right. A mismatched response (a card verdict for a
choice question or the reverse) is a caller bug, not a wrong answer, so it
throws rather than quietly costing the person a point.
*/
export function isRight(question: Question, response: Response): boolean {
	if (question.kind === 'card') {
		if (response.kind !== 'card') {
			throw new TypeError(`Question ${question.id} is a card: it takes a knew-it verdict, not a choice`);
		}

		return response.knew;
	}

	if (response.kind !== 'choice') {
		throw new TypeError(`Question ${question.id} takes a choice, not a knew-it verdict`);
	}

	if (question.kind === 'single') {
		const [only, ...rest] = normalized(response.chosen);
		return only !== undefined && rest.length === 0 && question.correct.includes(only);
	}

	// Choose-all-that-apply: a partial selection, or one extra, is wrong.
	return sameSet(response.chosen, question.correct);
}

export function scoreAnswer(question: Question, response: Response, ms: number): Answer {
	const right = isRight(question, response);
	return response.kind === 'card'
		? {questionId: question.id, chosen: [], knew: response.knew, ...(response.rating ? {rating: response.rating} : {}), right, ms}
		: {questionId: question.id, chosen: normalized(response.chosen), right, ms};
}

/** Whole-number percentage; an empty quiz counts as 0 %, not NaN. */
export function percentage(score: number, total: number): number {
	return total > 0 ? Math.round((score / total) * 100) : 0;
}
