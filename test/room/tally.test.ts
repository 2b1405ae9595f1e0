import {describe, expect, it} from 'vitest';
import {percent, tally} from '../../source/core/room/tally.js';

describe('a single-choice question', () => {
	it('spreads the hands over the options and counts the right ones', () => {
		expect(tally({kind: 'single', correct: [1], counts: [7, 12, 1, 0]})).toEqual({
			rows: [
				{count: 7, right: false, share: 0.35},
				{count: 12, right: true, share: 0.6},
				{count: 1, right: false, share: 0.05},
				{count: 0, right: false, share: 0},
			],
			hands: 20,
			base: 20,
			right: 0.6,
			bound: 'exact',
		});
	});

	it('one hand is the whole room', () => {
		expect(tally({kind: 'single', correct: [0], counts: [0, 1]})).toMatchObject({hands: 1, base: 1, right: 0, rows: [{share: 0}, {share: 1}]});
	});

	it('no hands: counts but no shares', () => {
		expect(tally({kind: 'single', correct: [0], counts: [0, 0]})).toEqual({rows: [{count: 0, right: true}, {count: 0, right: false}], hands: 0, bound: 'exact'});
	});

	it('no counts at all: no tally', () => {
		expect(tally({kind: 'single', correct: [0], counts: null})).toBeUndefined();
	});
});

describe('a card', () => {
	it('knew it is right, not yet is not', () => {
		expect(tally({kind: 'card', correct: [0], counts: [9, 3]})).toMatchObject({hands: 12, base: 12, right: 0.75, rows: [{right: true}, {right: false}]});
	});
});

describe('a choose-all question', () => {
	it('shares are of the head count; at most as many got it right as called the hardest option right', () => {
		// Right: A and B. Of 20: 18 raised A, 10 raised B, 4 raised the wrong C (16 left it down).
		expect(tally({kind: 'multiple', correct: [0, 1], counts: [18, 10, 4], people: 20})).toEqual({
			rows: [
				{count: 18, right: true, share: 0.9},
				{count: 10, right: true, share: 0.5},
				{count: 4, right: false, share: 0.2},
			],
			hands: 32,
			base: 20,
			right: 0.5,
			bound: 'at-most',
		});
	});

	it('a wrong option most hands went up for is the hardest', () => {
		expect(tally({kind: 'multiple', correct: [0, 1], counts: [20, 20, 15], people: 20})?.right).toBe(0.25);
	});

	it('without a head count: counts, and no shares', () => {
		expect(tally({kind: 'multiple', correct: [0, 1], counts: [3, 2, 1]})).toEqual({
			rows: [{count: 3, right: true}, {count: 2, right: true}, {count: 1, right: false}],
			hands: 6,
			bound: 'at-most',
		});
	});

	it('a head count below an option\'s hands is taken to be that many', () => {
		expect(tally({kind: 'multiple', correct: [0], counts: [12, 3], people: 10})).toMatchObject({base: 12, right: 0.75});
	});
});

it('percent rounds to a whole number', () => {
	expect([0, 0.004, 0.005, 0.346, 1].map(share => percent(share))).toEqual([0, 0, 1, 35, 100]);
});
