import {describe, expect, it} from 'vitest';
import {pace, type PacingInput} from '../../source/core/talk/pacing.js';

const minute = 60_000;
const plan = (overrides: Partial<PacingInput>): PacingInput => ({
	budgets: [60, 120, 60, 60],
	from: 0,
	slide: 0,
	atEnd: false,
	elapsedMs: 0,
	onSlideMs: 0,
	...overrides,
});

describe('pace', () => {
	it('is on time at the start', () => {
		expect(pace(plan({}))).toEqual({kind: 'on-time', ms: 0});
	});

	it('is ahead when a slide is reached before the slides before it were due to end', () => {
		// Slides 1 and 2 had 3 minutes; slide 3 is reached after 2.
		expect(pace(plan({slide: 2, elapsedMs: 2 * minute}))).toEqual({kind: 'ahead', ms: minute});
	});

	it('is behind when a slide is reached late', () => {
		expect(pace(plan({slide: 1, elapsedMs: 90_000}))).toEqual({kind: 'behind', ms: 30_000});
	});

	it('does not fall behind while the current slide is within its own budget', () => {
		expect(pace(plan({slide: 1, elapsedMs: 60_000 + 100_000, onSlideMs: 100_000}))).toEqual({kind: 'on-time', ms: 0});
	});

	it('falls behind once the current slide runs past its budget', () => {
		expect(pace(plan({slide: 1, elapsedMs: 60_000 + 150_000, onSlideMs: 150_000}))).toEqual({kind: 'behind', ms: 30_000});
	});

	it('keeps an early arrival\'s lead while the slide is within budget', () => {
		expect(pace(plan({slide: 2, elapsedMs: 2 * minute + 30_000, onSlideMs: 30_000}))).toEqual({kind: 'ahead', ms: minute});
	});

	it('calls a few seconds either way on time', () => {
		expect(pace(plan({slide: 1, elapsedMs: 65_000}))).toEqual({kind: 'on-time', ms: 5000});
		expect(pace(plan({slide: 1, elapsedMs: 55_000})).kind).toBe('on-time');
	});

	it('at the end, compares with the whole plan', () => {
		expect(pace(plan({atEnd: true, slide: 3, elapsedMs: 6 * minute, onSlideMs: 9999}))).toEqual({kind: 'behind', ms: minute});
	});

	it('leaves out the budgets of slides passed before the timer started', () => {
		// The timer started on leaving slide 1: its minute was spent before the clock ran.
		expect(pace(plan({from: 1, slide: 2, elapsedMs: 2 * minute}))).toEqual({kind: 'on-time', ms: 0});
		expect(pace(plan({from: 1, slide: 0, elapsedMs: 30_000})).kind).toBe('behind');
	});
});
