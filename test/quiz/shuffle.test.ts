import {describe, expect, it} from 'vitest';
import {deriveSeed, mulberry32, permutation, present, randomSeed, shuffled} from '../../source/core/quiz/shuffle.js';
import {makeQuestion} from './make-question.js';

const take = (random: () => number, n: number): number[] => Array.from({length: n}, () => random());

describe('mulberry32', () => {
	it('gives the same sequence for the same seed and another for another seed', () => {
		expect(take(mulberry32(42), 5)).toEqual(take(mulberry32(42), 5));
		expect(take(mulberry32(42), 5)).not.toEqual(take(mulberry32(43), 5));
	});

	it('stays in [0, 1)', () => {
		for (const value of take(mulberry32(7), 10_000)) {
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});

	it('is pinned, so a --seed means the same order on every release', () => {
		expect(permutation(6, mulberry32(1))).toEqual(permutation(6, mulberry32(1)));
		expect(permutation(6, mulberry32(1))).toEqual([4, 1, 5, 2, 0, 3]);
	});
});

describe('shuffled', () => {
	it('is reproducible with a seed', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		expect(shuffled(items, mulberry32(99))).toEqual(shuffled(items, mulberry32(99)));
	});

	it('returns a real permutation and leaves the input alone', () => {
		const items = Array.from({length: 50}, (_, index) => index);
		const result = shuffled(items, mulberry32(5));
		expect([...result].sort((a, b) => a - b)).toEqual(items);
		expect(result).not.toEqual(items);
		expect(items[0]).toBe(0);
	});

	it('reaches every ordering of three items', () => {
		const random = mulberry32(3);
		const seen = new Set(Array.from({length: 600}, () => shuffled(['a', 'b', 'c'], random).join('')));
		expect(seen.size).toBe(6);
	});

	it('copes with empty and single lists', () => {
		expect(shuffled([], mulberry32(1))).toEqual([]);
		expect(shuffled(['x'], mulberry32(1))).toEqual(['x']);
	});
});

describe('present', () => {
	it('maps displayed positions to original option indexes', () => {
		const question = makeQuestion('q', 'single', [0], 5);
		const presented = present(question, mulberry32(11));
		expect([...presented.order].sort()).toEqual([0, 1, 2, 3, 4]);
	});

	it('gives a card an empty order', () => {
		expect(present(makeQuestion('c', 'card'), mulberry32(1)).order).toEqual([]);
	});
});

describe('seeds', () => {
	it('derives a different but reproducible seed per round', () => {
		expect(deriveSeed(5, 2)).toBe(deriveSeed(5, 2));
		expect(deriveSeed(5, 2)).not.toBe(deriveSeed(5, 3));
	});

	it('makes 32-bit seeds', () => {
		const seed = randomSeed();
		expect(Number.isInteger(seed)).toBe(true);
		expect(seed).toBeGreaterThanOrEqual(0);
		expect(seed).toBeLessThan(2 ** 32);
		expect(randomSeed(() => 0.5)).toBe(2 ** 31);
	});
});
