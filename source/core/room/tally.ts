/**
What a show of hands says about one question: how the hands spread over the
options, and the share of the room that got it right. Pure maths on counts in
the deck's original option order, so a saved room record means the same
whatever order the options were shown in.
*/
import type {QuestionCounts} from '../records/room-record.js';

export type TallyRow = {
	readonly count: number;
	readonly right: boolean;
	/** `count` as a share of the tally's `base`, 0–1; absent without a base. */
	readonly share?: number;
};

export type Tally = {
	/** One row per count, in the order of `counts`. */
	readonly rows: readonly TallyRow[];
	/** Hands raised in all. */
	readonly hands: number;
	/**
	What the shares are of: every hand for a single choice or a card (one hand
	each), the head count for a choose-all question. Absent when that is zero
	or, for choose-all, not given.
	*/
	readonly base?: number;
	/** The share of the room that got it right, 0–1; absent without a base. */
	readonly right?: number;
	/**
	`at-most` for choose-all: counts per option cannot say who chose exactly
	the right set, only that no more did than called the hardest option right.
	*/
	readonly bound: 'exact' | 'at-most';
};

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The tally of a question's counts; `undefined` when no count was given. */
export function tally({kind, correct, counts, people}: QuestionCounts): Tally | undefined {
	if (counts === null) {
		return undefined;
	}

	const isRight = (index: number): boolean => correct.includes(index);
	const hands = sum(counts);
	if (kind !== 'multiple') {
		const base = hands > 0 ? hands : undefined;
		const right = sum(counts.filter((_, index) => isRight(index)));
		return {
			rows: counts.map((count, index) => ({count, right: isRight(index), ...(base === undefined ? {} : {share: count / base})})),
			hands,
			...(base === undefined ? {} : {base, right: right / base}),
			bound: 'exact',
		};
	}

	// A head count smaller than one option's hands is a slip; the hands are what was seen.
	const base = people === undefined ? undefined : Math.max(people, ...counts);
	if (base === undefined || base === 0) {
		return {rows: counts.map((count, index) => ({count, right: isRight(index)})), hands, bound: 'at-most'};
	}

	// Calling an option right means a hand up for a right one, or down for a wrong one.
	const calledRight = counts.map((count, index) => (isRight(index) ? count : base - count));
	return {
		rows: counts.map((count, index) => ({count, right: isRight(index), share: count / base})),
		hands,
		base,
		right: Math.min(...calledRight) / base,
		bound: 'at-most',
	};
}

/** A share as a whole-number percentage: `0.346` → `35`. */
export const percent = (share: number): number => Math.round(share * 100);

/**
The whole-number percentages of a tally's rows as they are shown. Where every
hand is one person's (a single choice, a card) they are shares of one whole,
so they are rounded to add up to 100 (largest remainder: the rows that lost
most to rounding down get the points left over, ties to the first); a
choose-all question's shares are each of the head count and are rounded one
by one. `undefined` for a row without a share.
*/
export function rowPercents(counted: Tally): Array<number | undefined> {
	const {rows, base} = counted;
	if (counted.bound !== 'exact' || base === undefined) {
		return rows.map(row => (row.share === undefined ? undefined : percent(row.share)));
	}

	// From the counts, not the shares: 29 * 100 / 100 is 29, where 0.29 * 100 is not.
	const exact = rows.map(row => (row.count * 100) / base);
	const floors = exact.map(value => Math.floor(value));
	let left = 100 - floors.reduce((total, value) => total + value, 0);
	const byRemainder = exact.map((value, index) => ({index, remainder: value - floors[index]!})).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	for (const {index} of byRemainder) {
		if (left <= 0) {
			break;
		}

		floors[index]!++;
		left--;
	}

	return floors;
}

/**
The whole-number percentage that got it right, as shown: for a single choice
or a card the sum of its right rows' `rowPercents`, so the line under a
chart never disagrees with the chart; `undefined` without a share.
*/
export function rightPercent(counted: Tally): number | undefined {
	if (counted.right === undefined) {
		return undefined;
	}

	if (counted.bound !== 'exact') {
		return percent(counted.right);
	}

	const percents = rowPercents(counted);
	return counted.rows.reduce((total, row, index) => total + (row.right ? percents[index] ?? 0 : 0), 0);
}
