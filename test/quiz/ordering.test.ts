import {describe, expect, it} from 'vitest';
import {orderQuestions} from '../../source/core/quiz/ordering.js';
import {mulberry32} from '../../source/core/quiz/shuffle.js';
import {makeQuestion} from './make-question.js';

const questions = ['a', 'b', 'c', 'd', 'e'].map(id => makeQuestion(id, 'single', [0]));
const ids = (list: ReadonlyArray<{id: string}>): string[] => list.map(question => question.id);

describe('orderQuestions', () => {
	it('keeps deck order without history', () => {
		expect(ids(orderQuestions(questions, {random: mulberry32(1)}))).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('puts the most-missed first, ties in deck order', () => {
		const misses = new Map([['d', 3], ['b', 1], ['e', 3], ['zzz', 9]]);
		expect(ids(orderQuestions(questions, {misses, random: mulberry32(1)}))).toEqual(['d', 'e', 'b', 'a', 'c']);
	});

	it('does not reorder the input array', () => {
		orderQuestions(questions, {misses: new Map([['e', 1]]), random: mulberry32(1)});
		expect(ids(questions)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('shuffles reproducibly when asked, ignoring misses', () => {
		const misses = new Map([['e', 5]]);
		const first = ids(orderQuestions(questions, {misses, shuffle: true, random: mulberry32(8)}));
		expect(ids(orderQuestions(questions, {misses, shuffle: true, random: mulberry32(8)}))).toEqual(first);
		expect([...first].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		const orders = new Set([1, 2, 3, 4, 5, 6].map(seed => ids(orderQuestions(questions, {shuffle: true, random: mulberry32(seed)})).join('')));
		expect(orders.size).toBeGreaterThan(1);
	});
});
