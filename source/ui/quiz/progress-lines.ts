/** The study parts of the quiz's screens: progress for the intro, and when the questions come back. */
import {deckWords} from '../../core/text/shell-word.js';
import type {Deck, Question} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {ScheduleBook} from '../../core/records/schedule-file.js';
import {attemptPercentage, questionAccuracy} from '../../core/study/stats.js';
import {describeDue} from '../../core/study/due.js';
import {dueSummary, recentResults, weakestSlides} from '../../core/study/progress.js';
import {plural} from '../../core/text/format.js';
import type {IntroProgress} from './intro-screen.js';

/** How many of the weakest questions the intro shows with their last results. */
const introGridRows = 3;

export function introProgress(deck: Deck, history: readonly Attempt[], book: ScheduleBook | undefined, now: Date): IntroProgress {
	const accuracy = questionAccuracy(history);
	const prompts = new Map(deck.quiz?.questions.map(question => [question.id, question.prompt]));
	return {
		percentages: history.map(attempt => attemptPercentage(attempt)),
		due: dueSummary(deck.quiz?.questions ?? [], book, now),
		// Questions still in the deck and missed at least once; the full grid is in `scores`.
		grid: accuracy
			.filter(entry => entry.right < entry.asked && prompts.has(entry.questionId))
			.slice(0, introGridRows)
			.map(entry => ({prompt: prompts.get(entry.questionId)!, recent: recentResults(history, entry.questionId)})),
		weakest: weakestSlides(deck, accuracy),
	};
}

/**
What the results say about the review schedules: what is due and when, or
why they were not saved.
*/
export function nextDueLines(questions: readonly Question[], book: ScheduleBook | undefined, note: string | undefined, clock: () => number, deckArgument?: string): string[] {
	const lines = note === undefined ? [] : [note];
	if (!book) {
		return lines;
	}

	const now = new Date(clock());
	const due = dueSummary(questions, book, now);
	if (due.today > 0) {
		return [...lines, `${plural(due.today, 'question')} due for review today: \`briefing-deck review${deckWords(deckArgument)}\`.`];
	}

	return due.next === null ? lines : [...lines, `Next review: ${describeDue(new Date(due.next), now)}.`];
}
