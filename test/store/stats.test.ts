import {describe, expect, it} from 'vitest';
import {bestAttempt, historyStats, missCounts, questionAccuracy, quizChanged, sparkline} from '../../source/core/study/stats.js';
import {makeAttempt} from './make-attempt.js';

const answer = (questionId: string, right: boolean) => ({questionId, chosen: [0], right, ms: 10});

const first = makeAttempt({score: 1, total: 2, answers: [answer('a', true), answer('b', false)]});
const second = makeAttempt({score: 3, total: 4, answers: [answer('a', false), answer('b', true), answer('c', true), answer('d', true)], quizHash: 'new'});
const third = makeAttempt({score: 3, total: 4, answers: [answer('a', false), answer('b', true), answer('c', true), answer('d', true)]});

describe('historyStats', () => {
	it('gives best, average, last and previous', () => {
		expect(historyStats([first, second, third])).toEqual({count: 3, best: second, last: third, previous: second, average: 67});
	});

	it('handles no attempts and one attempt', () => {
		expect(historyStats([])).toEqual({count: 0});
		expect(historyStats([first])).toEqual({count: 1, best: first, last: first, average: 50});
	});

	it('compares percentages, not raw scores, and keeps the earliest on a tie', () => {
		const small = makeAttempt({score: 2, total: 2});
		const large = makeAttempt({score: 3, total: 4});
		expect(bestAttempt([large, small])).toBe(small);
		expect(bestAttempt([second, third])).toBe(second);
	});
});

describe('per question', () => {
	it('lists accuracy worst first, ties in first-seen order', () => {
		expect(questionAccuracy([first, second, third])).toEqual([
			{questionId: 'a', asked: 3, right: 1, accuracy: 33},
			{questionId: 'b', asked: 3, right: 2, accuracy: 67},
			{questionId: 'c', asked: 2, right: 2, accuracy: 100},
			{questionId: 'd', asked: 2, right: 2, accuracy: 100},
		]);
	});

	it('counts misses for question ordering', () => {
		expect(missCounts([first, second, third])).toEqual(new Map([['b', 1], ['a', 2]]));
	});
});

describe('sparkline', () => {
	it('maps 0–100 % onto eight bars', () => {
		expect(sparkline([0, 14, 29, 43, 57, 71, 86, 100])).toBe('▁▂▃▄▅▆▇█');
		expect(sparkline([-5, 150, Number.NaN])).toBe('▁█▁');
		expect(sparkline([])).toBe('');
	});
});

describe('quizChanged', () => {
	it('compares the stored hash with the current quiz', () => {
		expect(quizChanged(first, {hash: 'abc123'})).toBe(false);
		expect(quizChanged(second, {hash: 'abc123'})).toBe(true);
	});
});
