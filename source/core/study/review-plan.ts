/**
What a review session asks: for each deck with schedules, the questions due
today, and when the next one is due once nothing is. Pure; the caller finds
the decks (a deck's file can move or vanish, which is reported, not fatal).
*/
import {deckWords} from '../text/shell-word.js';
import type {Deck, Question} from '../deck/types.js';
import {type ScheduleBook, scheduleOf} from '../records/schedule-file.js';
import {describeDue, dueQueue, isDue} from './due.js';
import {plural} from '../text/format.js';

export type ReviewCandidate = {
	readonly book: ScheduleBook;
	/** The deck, when its file could be opened; else why not. */
	readonly deck?: Deck;
	readonly problem?: string;
};

export type ReviewDeck = {
	readonly deck: Deck;
	readonly book: ScheduleBook;
	/** Longest overdue first. */
	readonly questions: readonly Question[];
};

export type ReviewPlan = {
	readonly decks: readonly ReviewDeck[];
	/** The first due date after today, across every deck. */
	readonly next?: {readonly at: Date; readonly title: string};
	/** Decks whose due questions cannot be asked, and why. */
	readonly notes: readonly string[];
};

export function planReview(candidates: readonly ReviewCandidate[], now: Date): ReviewPlan {
	const decks: ReviewDeck[] = [];
	const notes: string[] = [];
	let next: ReviewPlan['next'];
	for (const {book, deck, problem} of candidates) {
		const title = deck?.meta.title ?? book.deck?.title ?? book.deckId;
		if (!deck?.quiz) {
			const waiting = Object.values(book.questions).filter(schedule => isDue(schedule, now)).length;
			if (waiting > 0) {
				notes.push(`${title}: ${plural(waiting, 'question')} due, but ${problem ?? 'the deck has no quiz now'}`);
			}

			continue;
		}

		const queue = dueQueue(deck.quiz.questions, id => scheduleOf(book, id), now);
		if (queue.due.length > 0) {
			decks.push({deck, book, questions: queue.due});
		} else if (queue.next && (!next || queue.next < next.at)) {
			next = {at: queue.next, title};
		}
	}

	return {decks, ...(next ? {next} : {}), notes};
}

/** What `review` says when nothing is due. */
export function nothingDue(plan: ReviewPlan, now: Date, deckArgument?: string): string {
	if (plan.next) {
		return `Nothing is due for review. The next question is due ${describeDue(plan.next.at, now)}, on “${plan.next.title}”.`;
	}

	if (plan.notes.length > 0) {
		return 'Nothing that can be asked is due for review.';
	}

	return `Nothing to review yet: questions come up for review once you have answered them in a quiz (\`briefing-deck quiz${deckWords(deckArgument)}\`).`;
}
