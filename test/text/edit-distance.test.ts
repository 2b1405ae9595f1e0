import {describe, expect, it} from 'vitest';
import {withinEditDistance} from '../../source/core/text/edit-distance.js';

describe('withinEditDistance', () => {
	it.each([
		['pause', 'pause', 0, true],
		['puase', 'pause', 1, false],
		['puase', 'pause', 2, true],
		['paus', 'pause', 1, true],
		['pausee', 'pause', 1, true],
		['quiz', 'quit', 1, true],
		['kitten', 'sitting', 2, false],
		['kitten', 'sitting', 3, true],
		['', 'ab', 2, true],
		['', 'abc', 2, false],
	] as const)('%s → %s within %i: %s', (a, b, max, expected) => {
		expect(withinEditDistance(a, b, max)).toBe(expected);
		expect(withinEditDistance(b, a, max)).toBe(expected);
	});

	it('compares long strings along the diagonal only', () => {
		const long = 'a'.repeat(100_000);
		expect(withinEditDistance(long, `${long}bb`, 2)).toBe(true);
		expect(withinEditDistance(long, `b${long.slice(1)}`, 0)).toBe(false);
		expect(withinEditDistance(`${long}b`, `b${long}`, 2)).toBe(true);
	});
});
