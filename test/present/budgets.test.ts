import {describe, expect, it} from 'vitest';
import type {Slide} from '../../source/core/deck/types.js';
import {completeBudgets, planBudgets, slideWeight} from '../../source/core/talk/budgets.js';
import {paragraph, slide} from '../ui/helpers.js';

/** A slide of `words` words (its title counts one). */
const sized = (words: number, time?: number): Slide => ({
	...slide(1, 'T', words > 1 ? [Array.from({length: words - 1}, () => 'w').join(' ')] : []),
	...(time === undefined ? {} : {time}),
});

describe('slideWeight', () => {
	it('counts the words on the slide and in its notes', () => {
		expect(slideWeight({blocks: [paragraph('one two three')], notes: ['four five']})).toBe(5);
	});

	it('counts words in lists, quotes, tables and code', () => {
		const blocks: Slide['blocks'] = [
			{kind: 'list', ordered: false, start: 1, tight: true, items: [{blocks: [paragraph('a b')]}, {blocks: [paragraph('c')]}], line: 1},
			{kind: 'quote', blocks: [paragraph('d e')], line: 2},
			{kind: 'table', align: ['left'], header: [[{text: 'f', style: {}}]], rows: [[[{text: 'g h', style: {}}]]], line: 3},
			{kind: 'code', language: '', text: 'i = j', line: 4},
			{kind: 'rule', line: 5},
		];
		expect(slideWeight({blocks, notes: []})).toBe(11);
	});

	it('is at least one, so an empty slide still gets a share', () => {
		expect(slideWeight({blocks: [], notes: []})).toBe(1);
	});
});

describe('planBudgets', () => {
	it('shares the duration in proportion to length', () => {
		expect(planBudgets({slides: [sized(10), sized(30)], durationSeconds: 400})).toEqual([100, 300]);
	});

	it('keeps a slide\'s own time and shares what is left among the others', () => {
		expect(planBudgets({slides: [sized(10, 90), sized(10), sized(30)], durationSeconds: 490})).toEqual([90, 100, 300]);
	});

	it('gives the others nothing when the own times use the whole duration up', () => {
		expect(planBudgets({slides: [sized(10, 300), sized(10)], durationSeconds: 240})).toEqual([300, 0]);
	});

	it('without a duration, only slides with their own time have a budget', () => {
		const budgets = planBudgets({slides: [sized(10, 60), sized(10)]});
		expect(budgets).toEqual([60, undefined]);
		expect(completeBudgets(budgets)).toBeUndefined();
		expect(completeBudgets(planBudgets({slides: [sized(10, 60), sized(5, 30)]}))).toEqual([60, 30]);
	});

	it('without a duration, takes the rehearsed times where a slide has no time of its own', () => {
		expect(planBudgets({slides: [sized(10, 60), sized(10), sized(10)], rehearsed: [45, 80, 20]})).toEqual([60, 80, 20]);
	});

	it('paces slides the rehearsal did not see at the rehearsal\'s own rate', () => {
		// 100 s over 20 words: 5 s a word.
		expect(planBudgets({slides: [sized(10), sized(10), sized(4)], rehearsed: [40, 60, undefined]})).toEqual([40, 60, 20]);
	});

	it('with preferRehearsal, the rehearsal wins over time and duration', () => {
		expect(planBudgets({slides: [sized(10, 60), sized(10)], durationSeconds: 600, rehearsed: [45, 80], preferRehearsal: true})).toEqual([45, 80]);
	});

	it('with a duration and no preference, the duration decides', () => {
		expect(planBudgets({slides: [sized(10), sized(10)], durationSeconds: 100, rehearsed: [45, 80]})).toEqual([50, 50]);
	});

	it('without a duration, budgets a slide no rehearsal reached at the rehearsals\' pace, never 0', () => {
		// The opening rehearsed alone: 11 s over 11 words, a second a word.
		expect(planBudgets({slides: [sized(11), sized(30), sized(20)], rehearsed: [11, undefined, undefined]})).toEqual([11, 30, 20]);
	});

	it('with preferRehearsal, a slide no rehearsal reached keeps its own time', () => {
		expect(planBudgets({slides: [sized(10), sized(10, 75), sized(10)], rehearsed: [45, undefined, 60], preferRehearsal: true})).toEqual([45, 75, 60]);
	});

	it('with preferRehearsal and a duration, slides no rehearsal reached share what is left of it', () => {
		// 600 s, 100 of them rehearsed on the opening: 500 shared by length among the rest.
		expect(planBudgets({slides: [sized(10), sized(10), sized(40)], durationSeconds: 600, rehearsed: [100, undefined, undefined], preferRehearsal: true})).toEqual([100, 100, 400]);
	});

	it('ignores a rehearsal that matched no slide', () => {
		expect(planBudgets({slides: [sized(10), sized(30)], durationSeconds: 400, rehearsed: [undefined, undefined], preferRehearsal: true})).toEqual([100, 300]);
	});
});
