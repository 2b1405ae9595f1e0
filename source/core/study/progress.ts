/**
Progress at a glance, from the score history and the review schedules: each
question's last few results, what is due, and the slides behind the weakest
questions. Pure; `scores` and the quiz intro lay it out.
*/
import type {Deck, Question} from '../deck/types.js';
import type {Attempt} from '../records/attempt.js';
import {type ScheduleBook, scheduleOf} from '../records/schedule-file.js';
import {dueQueue} from './due.js';

/** How many of the last attempts the per-question grid shows. */
export const gridLength = 8;

/** A question's result in each of the last attempts, oldest first: right, wrong, or not asked (null). */
export function recentResults(attempts: readonly Attempt[], questionId: string, count = gridLength): ReadonlyArray<boolean | null> {
	return attempts.slice(-count).map(attempt => attempt.answers.find(answer => answer.questionId === questionId)?.right ?? null);
}

/** `✔✘·✔`: glyphs, so the grid reads without colour. */
export const gridGlyphs = (results: ReadonlyArray<boolean | null>): string =>
	results.map(result => (result === null ? '·' : (result ? '✔' : '✘'))).join('');

export type DueSummary = {
	/** Questions of the deck due today. */
	readonly today: number;
	/** Due in the seven days after today. */
	readonly thisWeek: number;
	/** ISO 8601: when the first question not due today is due. */
	readonly next: string | null;
};

/** Among `questions` (the deck's now, or every id the book holds when the deck is not at hand). */
export function dueSummary(questions: ReadonlyArray<Pick<Question, 'id'>>, book: ScheduleBook | undefined, now: Date): DueSummary {
	const queue = dueQueue(questions, id => scheduleOf(book, id), now);
	return {today: queue.due.length, thisWeek: queue.thisWeek, next: queue.next?.toISOString() ?? null};
}

export type WeakSlide = {
	readonly slide: number;
	readonly title: string;
	/** The weak questions it teaches, worst first. */
	readonly questions: readonly string[];
	/** Share of their answers that were right, whole percent. */
	readonly accuracy: number;
};

type Tally = {readonly questionId: string; readonly asked: number; readonly right: number};

/**
The slides to read again: those behind questions answered wrong more than
right's share allows (under 100%), weakest first (lowest accuracy, then most
misses), at most `limit`. A question without a slide is left out.
*/
export function weakestSlides(deck: Deck | undefined, tallies: readonly Tally[], limit = 3): WeakSlide[] {
	const questions = new Map(deck?.quiz?.questions.map(question => [question.id, question]));
	const bySlide = new Map<number, {questions: string[]; asked: number; right: number}>();
	for (const tally of tallies) {
		const slide = questions.get(tally.questionId)?.slide;
		if (slide === undefined || tally.right >= tally.asked) {
			continue;
		}

		const entry = bySlide.get(slide) ?? {questions: [], asked: 0, right: 0};
		entry.questions.push(tally.questionId);
		entry.asked += tally.asked;
		entry.right += tally.right;
		bySlide.set(slide, entry);
	}

	return [...bySlide]
		.map(([slide, {questions: ids, asked, right}]) => ({slide, title: deck?.slides[slide - 1]?.title ?? '', questions: ids, accuracy: Math.round((right / asked) * 100), misses: asked - right}))
		.sort((a, b) => a.accuracy - b.accuracy || b.misses - a.misses || a.slide - b.slide)
		.slice(0, limit)
		.map(({slide, title, questions: ids, accuracy}) => ({slide, title, questions: ids, accuracy}));
}
