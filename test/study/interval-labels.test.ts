/** The intervals shown beside the ratings: what ts-fsrs's own preview gives, written as Anki writes them. */
import {createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {gradeIntervals, intervalLabel, review} from '../../source/core/study/scheduler.js';
import {grades, type Grade, type Schedule} from '../../source/core/records/schedule-file.js';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const on = (days: number): Date => new Date(Date.UTC(2026, 0, 5, 9) + (days * day));

// The library, set up as the app documents its scheduling: long-term only, no fuzz.
const library = fsrs({enable_fuzz: false, enable_short_term: false});
const ratings: Record<Grade, FsrsGrade> = {again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy};

/** The same history replayed through the library's own cards, and through the app's schedules. */
function histories(steps: ReadonlyArray<readonly [Grade, number]>): {card: Card; schedule: Schedule | undefined} {
	let card: Card | undefined;
	let schedule: Schedule | undefined;
	for (const [grade, days] of steps) {
		const now = on(days);
		card = library.next(card ?? createEmptyCard(now), now, ratings[grade]).card;
		schedule = review(schedule, grade, now);
	}

	return {card: card ?? createEmptyCard(on(0)), schedule};
}

const states: ReadonlyArray<{name: string; steps: ReadonlyArray<readonly [Grade, number]>; now: number}> = [
	{name: 'a new question', steps: [], now: 0},
	{name: 'one answered right yesterday', steps: [['good', 0]], now: 3},
	{name: 'one missed after weeks of right answers', steps: [['good', 0], ['good', 3], ['good', 12], ['again', 40]], now: 41},
	{name: 'one answered easily for months', steps: [['easy', 0], ['easy', 15], ['easy', 80]], now: 400},
	{name: 'one answered late, long overdue', steps: [['hard', 0]], now: 90},
];

describe('the interval beside each rating', () => {
	it.each(states)('is ts-fsrs\'s own preview for $name', ({steps, now}) => {
		const {card, schedule} = histories(steps);
		const at = on(now);
		const preview = library.repeat(card, at);
		const expected = Object.fromEntries(grades.map(grade => [grade, intervalLabel(preview[ratings[grade]].card.due.getTime() - at.getTime())]));
		expect(gradeIntervals(schedule, at)).toEqual(expected);
		// And the rating then gives what its label said.
		for (const grade of grades) {
			expect(intervalLabel(Date.parse(review(schedule, grade, at).due) - at.getTime())).toBe(expected[grade]);
		}
	});

	it('reads as Anki\'s buttons do for a new question, and grows from Again to Easy', () => {
		expect(gradeIntervals(undefined, on(0))).toEqual({again: '1 d', hard: '2 d', good: '3 d', easy: '8 d'});
		const {schedule} = histories([['good', 0], ['good', 3]]);
		expect(gradeIntervals(schedule, on(12))).toEqual({again: '2 d', hard: '1.1 mo', good: '1.5 mo', easy: '2.4 mo'});
	});
});

describe('intervalLabel', () => {
	it('writes minutes, hours and days whole, months and years to a tenth', () => {
		expect(intervalLabel(10 * minute)).toBe('10 m');
		expect(intervalLabel(20 * 1000)).toBe('1 m');
		expect(intervalLabel(0)).toBe('1 m');
		expect(intervalLabel(59 * minute)).toBe('59 m');
		expect(intervalLabel(3 * hour)).toBe('3 h');
		expect(intervalLabel(day)).toBe('1 d');
		expect(intervalLabel(4 * day)).toBe('4 d');
		expect(intervalLabel(29 * day)).toBe('29 d');
		expect(intervalLabel(45 * day)).toBe('1.5 mo');
		expect(intervalLabel(60 * day)).toBe('2 mo');
		expect(intervalLabel(330 * day)).toBe('11 mo');
		expect(intervalLabel(365 * day)).toBe('1 y');
		expect(intervalLabel(800 * day)).toBe('2.2 y');
		expect(intervalLabel(40 * 365 * day)).toBe('40 y');
	});

	it('never reads 60 m or 24 h: the rounded value moves up a unit', () => {
		expect(intervalLabel(59.6 * minute)).toBe('1 h');
		expect(intervalLabel(23.6 * hour)).toBe('1 d');
		expect(intervalLabel(29.6 * day)).toBe('1 mo');
	});
});
