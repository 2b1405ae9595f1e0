import {describe, expect, it} from 'vitest';
import {answers, percent, rightPercent, rowPercents, tally, type Tally} from '../../source/core/room/tally.js';

describe('a single-choice question', () => {
	it('spreads the hands over the options and counts the right ones', () => {
		expect(tally({kind: 'single', correct: [1], counts: [7, 12, 1, 0]})).toEqual({
			rows: [
				{count: 7, hands: 7, votes: 0, right: false, share: 0.35},
				{count: 12, hands: 12, votes: 0, right: true, share: 0.6},
				{count: 1, hands: 1, votes: 0, right: false, share: 0.05},
				{count: 0, hands: 0, votes: 0, right: false, share: 0},
			],
			hands: 20,
			votes: 0,
			devices: false,
			base: 20,
			right: 0.6,
			bound: 'exact',
		});
	});

	it('one hand is the whole room', () => {
		expect(tally({kind: 'single', correct: [0], counts: [0, 1]})).toMatchObject({hands: 1, base: 1, right: 0, rows: [{share: 0}, {share: 1}]});
	});

	it('no hands: counts but no shares', () => {
		expect(tally({kind: 'single', correct: [0], counts: [0, 0]})).toEqual({rows: [{count: 0, hands: 0, votes: 0, right: true}, {count: 0, hands: 0, votes: 0, right: false}], hands: 0, votes: 0, devices: false, bound: 'exact'});
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
				{count: 18, hands: 18, votes: 0, right: true, share: 0.9},
				{count: 10, hands: 10, votes: 0, right: true, share: 0.5},
				{count: 4, hands: 4, votes: 0, right: false, share: 0.2},
			],
			hands: 32,
			votes: 0,
			devices: false,
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
			rows: [{count: 3, hands: 3, votes: 0, right: true}, {count: 2, hands: 2, votes: 0, right: true}, {count: 1, hands: 1, votes: 0, right: false}],
			hands: 6,
			votes: 0,
			devices: false,
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

describe('the percentages shown', () => {
	const shown = (counted: Tally | undefined): Array<number | undefined> => (counted ? rowPercents(counted) : []);

	it('of one question where each hand is one person add up to 100, not the 101 rounding each would give', () => {
		// 37.5, 37.5 and 25 round to 38 + 38 + 25 = 101 one by one.
		const counted = tally({kind: 'single', correct: [0], counts: [3, 3, 2]});
		expect(shown(counted)).toEqual([38, 37, 25]);
		expect(rightPercent(counted!)).toBe(38);
		// Thirds: 33 + 33 + 33 = 99 one by one.
		expect(shown(tally({kind: 'single', correct: [2], counts: [1, 1, 1]}))).toEqual([34, 33, 33]);
		expect(shown(tally({kind: 'card', correct: [0], counts: [1, 2]}))).toEqual([33, 67]);
	});

	it('give every point left over to the rows that lost most to rounding down', () => {
		// 14.29 × 3 and 57.14 floor to 99: the point left goes to a seventh, which lost more than the four sevenths did.
		const counted = tally({kind: 'single', correct: [3], counts: [1, 1, 1, 4]});
		expect(shown(counted)).toEqual([15, 14, 14, 57]);
		for (const counts of [[1, 2, 3, 4, 5, 6], [7, 11, 13], [1, 0, 0], [99, 1, 1]]) {
			expect(shown(tally({kind: 'single', correct: [0], counts})).reduce((sum = 0, value = 0) => sum + value, 0)).toBe(100);
		}
	});

	it('of a choose-all question are each of the head count, rounded one by one', () => {
		const counted = tally({kind: 'multiple', correct: [0, 1], counts: [18, 10, 4], people: 20});
		expect(shown(counted)).toEqual([90, 50, 20]);
		expect(rightPercent(counted!)).toBe(50);
	});

	it('are none without a base', () => {
		expect(shown(tally({kind: 'single', correct: [0], counts: [0, 0]}))).toEqual([undefined, undefined]);
		expect(rightPercent(tally({kind: 'single', correct: [0], counts: [0, 0]})!)).toBeUndefined();
	});
});

describe('hands and devices together', () => {
	it('a single choice adds them per option, keeping each apart', () => {
		const counted = tally({kind: 'single', correct: [1], counts: [2, 3], votes: [1, 14]})!;
		expect(counted.rows).toEqual([
			{count: 3, hands: 2, votes: 1, right: false, share: 0.15},
			{count: 17, hands: 3, votes: 14, right: true, share: 0.85},
		]);
		expect(counted).toMatchObject({hands: 5, votes: 15, devices: true, base: 20, right: 0.85, bound: 'exact'});
		expect(answers(counted)).toBe(20);
		expect(rowPercents(counted)).toEqual([15, 85]);
	});

	it('devices alone make a tally, with no hands typed', () => {
		expect(tally({kind: 'card', correct: [0], counts: null, votes: [3, 1]})).toMatchObject({hands: 0, votes: 4, base: 4, right: 0.75, devices: true});
	});

	it('devices that joined but chose nothing are still counted as served', () => {
		expect(tally({kind: 'single', correct: [0], counts: null, votes: [0, 0]})).toMatchObject({votes: 0, devices: true, bound: 'exact'});
		expect(tally({kind: 'single', correct: [0], counts: null, votes: [0, 0]})?.base).toBeUndefined();
	});

	it('a choose-all question\'s head count is the people voting plus the devices answering', () => {
		// Hands: 10 people, 8 on A, 3 on C. Devices: 10 answered, 9 on A, 6 on B.
		const counted = tally({kind: 'multiple', correct: [0, 1], counts: [8, 0, 3], people: 10, votes: [9, 6, 0], voters: 10})!;
		expect(counted).toMatchObject({base: 20, hands: 11, votes: 15, bound: 'at-most'});
		expect(counted.rows.map(row => row.count)).toEqual([17, 6, 3]);
		// The hardest: B, called right by 6 of 20.
		expect(counted.right).toBe(0.3);
	});

	it('devices alone on a choose-all question need no typed head count', () => {
		expect(tally({kind: 'multiple', correct: [0], counts: null, votes: [4, 1], voters: 5})).toMatchObject({base: 5, right: 0.8});
	});

	it('hands typed without their head count leave the share unknown, devices or not', () => {
		expect(tally({kind: 'multiple', correct: [0], counts: [2, 1], votes: [4, 1], voters: 5})).toMatchObject({hands: 3, votes: 5, bound: 'at-most'});
		expect(tally({kind: 'multiple', correct: [0], counts: [2, 1], votes: [4, 1], voters: 5})?.base).toBeUndefined();
	});
});
