import {describe, expect, it} from 'vitest';
import {describeDue} from '../../source/core/study/due.js';
import {dueSummary, gridGlyphs, recentResults, weakestSlides} from '../../source/core/study/progress.js';
import {nothingDue, planReview} from '../../source/core/study/review-plan.js';
import {review} from '../../source/core/study/scheduler.js';
import type {ScheduleBook} from '../../source/core/records/schedule-file.js';
import {makeAttempt} from '../store/make-attempt.js';
import {deck} from '../ui/quiz/fixture.js';

const local = (day: number, hour: number): Date => new Date(2026, 0, day, hour);
const answered = (results: Record<string, boolean>) => makeAttempt({
	deckId: 'facts',
	answers: Object.entries(results).map(([questionId, right]) => ({questionId, chosen: [], right, ms: 1})),
});

const book = (questions: ScheduleBook['questions'], deckId = 'facts'): ScheduleBook => ({schema: 'briefing-deck/schedules', version: 1, deckId, questions});

describe('recentResults', () => {
	it('gives the last attempts\' results oldest first, null where the question was not asked', () => {
		const attempts = [answered({capital: false}), answered({capital: true, primes: false}), answered({primes: true})];
		expect(recentResults(attempts, 'capital')).toEqual([false, true, null]);
		expect(recentResults(attempts, 'primes', 2)).toEqual([false, true]);
		expect(gridGlyphs(recentResults(attempts, 'capital'))).toBe('✘✔·');
	});
});

describe('weakestSlides', () => {
	it('ranks the slides behind missed questions, weakest first, and leaves out what was always right', () => {
		const slides = weakestSlides(deck, [
			{questionId: 'capital', asked: 4, right: 3},
			{questionId: 'primes', asked: 4, right: 1},
			{questionId: 'boiling', asked: 4, right: 0},
		]);
		// `boiling` has no slide; `primes` (25%) before `capital` (75%).
		expect(slides).toEqual([
			{slide: 3, title: 'Prime numbers', questions: ['primes'], accuracy: 25},
			{slide: 2, title: 'Cities of France', questions: ['capital'], accuracy: 75},
		]);
		expect(weakestSlides(deck, [{questionId: 'capital', asked: 2, right: 2}])).toEqual([]);
	});
});

describe('dueSummary and describeDue', () => {
	it('counts what is due today and this week among the questions given', () => {
		const schedules = book({capital: review(undefined, 'again', local(5, 15)), primes: review(undefined, 'good', local(5, 15)), gone: review(undefined, 'again', local(1, 9))});
		expect(dueSummary(deck.quiz.questions, schedules, local(6, 8))).toEqual({today: 1, thisWeek: 1, next: schedules.questions['primes']!.due});
		// Without the deck at hand, every id the book holds counts.
		expect(dueSummary(Object.keys(schedules.questions).map(id => ({id})), schedules, local(6, 8)).today).toBe(2);
	});

	it('says when, by calendar days', () => {
		expect(describeDue(local(6, 23), local(6, 8))).toBe('today');
		expect(describeDue(local(7, 1), local(6, 23))).toBe('tomorrow');
		expect(describeDue(local(9, 9), local(6, 8))).toBe('in 3 days (Fri 9 Jan)');
	});
});

describe('planReview', () => {
	const now = local(6, 8);
	const due = book({capital: review(undefined, 'again', local(5, 9)), primes: review(undefined, 'easy', local(5, 9))});

	it('asks each deck\'s due questions, and says when the next is due once nothing is', () => {
		const plan = planReview([{book: due, deck}], now);
		expect(plan.decks.map(entry => entry.questions.map(question => question.id))).toEqual([['capital']]);
		const later = planReview([{book: book({primes: due.questions['primes']!}), deck}], now);
		expect(later.decks).toEqual([]);
		expect(later.next).toEqual({at: new Date(due.questions['primes']!.due), title: 'Facts'});
		expect(nothingDue(later, now)).toMatch(/^Nothing is due for review\. The next question is due in \d+ days \(.+\), on “Facts”\.$/);
	});

	it('never asks a question the deck no longer has, and reports a deck it cannot open', () => {
		const removed = planReview([{book: book({gone: review(undefined, 'again', local(1, 9))}), deck}], now);
		expect(removed.decks).toEqual([]);
		expect(removed.notes).toEqual([]);
		const missing = planReview([{book: {...due, deck: {title: 'Facts', source: '/gone.md'}}, problem: '/gone.md cannot be opened (file not found)'}], now);
		expect(missing.notes).toEqual(['Facts: 1 question due, but /gone.md cannot be opened (file not found)']);
		expect(nothingDue(missing, now)).toBe('Nothing that can be asked is due for review.');
		expect(nothingDue(planReview([], now), now)).toMatch(/^Nothing to review yet/);
	});
});
