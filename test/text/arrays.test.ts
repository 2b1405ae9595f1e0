import {describe, expect, it} from 'vitest';
import {append, maxOf, minOf} from '../../source/core/text/arrays.js';

// Far past the ~120,000 arguments at which a spread into a call overflows the stack.
const long = Array.from({length: 500_000}, (_, index) => index % 1000);

describe('array helpers for arrays of any length', () => {
	it('append adds every item in order, however many', () => {
		const target = [-1];
		expect(append(target, long)).toBe(target);
		expect(target).toHaveLength(500_001);
		expect(target.at(-1)).toBe(999);
	});

	it('maxOf and minOf take a floor and a ceiling for empty input', () => {
		expect(maxOf(long)).toBe(999);
		expect(minOf(long)).toBe(0);
		expect(maxOf([], 3)).toBe(3);
		expect(maxOf([1, 2], 3)).toBe(3);
		expect(minOf([], 7)).toBe(7);
		expect(minOf([5, 9])).toBe(5);
	});
});
