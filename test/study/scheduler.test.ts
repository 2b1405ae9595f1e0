import {describe, expect, it} from 'vitest';
import {gradeOf, review} from '../../source/core/study/scheduler.js';
import {grades, type Schedule} from '../../source/core/records/schedule-file.js';

const day = 86_400_000;
/** The clock: a day of January 2026, 09:00 UTC, plus whole days. */
const on = (days: number, hours = 9): Date => new Date(Date.UTC(2026, 0, 5, hours) + (days * day));
const daysUntil = (schedule: Schedule, from: Date): number => (Date.parse(schedule.due) - from.getTime()) / day;

describe('review', () => {
	it('brings a question missed today back before one answered right', () => {
		const missed = review(undefined, 'again', on(0));
		const right = review(undefined, 'good', on(0));
		expect(Date.parse(missed.due)).toBeLessThan(Date.parse(right.due));
		expect(daysUntil(missed, on(0))).toBe(1);
		expect(daysUntil(right, on(0))).toBeGreaterThan(1);
		expect(missed).toMatchObject({reps: 1, lastReview: on(0).toISOString()});
	});

	it('orders the four grades of a self-graded card: Again, Hard, Good, Easy', () => {
		const dues = grades.map(grade => Date.parse(review(undefined, grade, on(0)).due));
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		expect(new Set(dues).size).toBe(4);
	});

	it('spreads the intervals out over simulated weeks of right answers, each due date in turn', () => {
		let schedule = review(undefined, 'good', on(0));
		const intervals: number[] = [];
		let now = on(0);
		for (let time = 0; time < 5; time++) {
			now = new Date(schedule.due);
			const next = review(schedule, 'good', now);
			intervals.push(daysUntil(next, now));
			schedule = next;
		}

		for (let index = 1; index < intervals.length; index++) {
			expect(intervals[index]).toBeGreaterThan(intervals[index - 1]!);
		}

		expect(intervals[0]).toBeGreaterThanOrEqual(3);
		expect(daysUntil(schedule, on(0))).toBeGreaterThan(60);
		expect(schedule.stability).toBeGreaterThan(review(undefined, 'good', on(0)).stability * 10);
	});

	it('starts over (a lapse) when a known question is forgotten, and shortens the interval', () => {
		let schedule = review(undefined, 'good', on(0));
		schedule = review(schedule, 'good', new Date(schedule.due));
		const known = schedule;
		const forgotten = review(known, 'again', new Date(known.due));
		expect(forgotten.lapses).toBe(1);
		expect(daysUntil(forgotten, new Date(known.due))).toBeLessThan(daysUntil(known, new Date(known.lastReview)));
	});

	it('gives the same dates for the same answers: no fuzz, no hidden clock', () => {
		const run = () => review(review(undefined, 'hard', on(0)), 'good', on(3, 14));
		expect(run()).toEqual(run());
	});
});

describe('gradeOf', () => {
	it('is Good for a right answer, Again for a wrong one, and the person\'s own rating for a card', () => {
		expect(gradeOf({right: true})).toBe('good');
		expect(gradeOf({right: false})).toBe('again');
		expect(gradeOf({right: true, rating: 'easy'})).toBe('easy');
		expect(gradeOf({right: true, rating: 'hard'})).toBe('hard');
	});
});
