/**
What a room's answers say about one question: how the hands and the devices
spread over the options, and the share of the room that got it right. Pure
maths on counts in the deck's original option order, so a saved room record
means the same whatever order the options were shown in. Hands and devices
are added: each is one person's answer, given one way or the other.
*/
import type {QuestionCounts} from '../records/room-record.js';

export type TallyRow = {
	/** Hands and devices together. */
	readonly count: number;
	readonly hands: number;
	readonly votes: number;
	readonly right: boolean;
	/** `count` as a share of the tally's `base`, 0–1; absent without a base. */
	readonly share?: number;
};

export type Tally = {
	/** One row per count, in the order of `counts`. */
	readonly rows: readonly TallyRow[];
	/** Hands raised in all. */
	readonly hands: number;
	/** Devices' answers in all (for choose-all, per option chosen); 0 when none answered. */
	readonly votes: number;
	/** Whether the devices answered at all: the room was served, and the screens say so. */
	readonly devices: boolean;
	/**
	What the shares are of: every answer for a single choice or a card (one
	each), the head count (people voting plus devices answering) for a
	choose-all question. Absent when that is zero or, for choose-all, hands
	were counted without their head count.
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

/** Answers in all: hands and devices. */
export const answers = (counted: Tally): number => counted.hands + counted.votes;

/** The tally of a question's hands and devices; `undefined` when neither was given. */
export function tally({kind, correct, counts, people, votes, voters}: QuestionCounts): Tally | undefined {
	if (counts === null && votes === undefined) {
		return undefined;
	}

	const length = Math.max(counts?.length ?? 0, votes?.length ?? 0);
	const handsAt = (index: number): number => counts?.[index] ?? 0;
	const votesAt = (index: number): number => votes?.[index] ?? 0;
	const totals = Array.from({length}, (_, index) => handsAt(index) + votesAt(index));
	const isRight = (index: number): boolean => correct.includes(index);
	const hands = sum(counts ?? []);
	const votesInAll = sum(votes ?? []);
	const row = (count: number, index: number, base: number | undefined): TallyRow =>
		({count, hands: handsAt(index), votes: votesAt(index), right: isRight(index), ...(base === undefined ? {} : {share: count / base})});
	const head = {hands, votes: votesInAll, devices: votes !== undefined};
	if (kind !== 'multiple') {
		const all = hands + votesInAll;
		const base = all > 0 ? all : undefined;
		const right = sum(totals.filter((_, index) => isRight(index)));
		return {
			rows: totals.map((count, index) => row(count, index, base)),
			...head,
			...(base === undefined ? {} : {base, right: right / base}),
			bound: 'exact',
		};
	}

	// Hands counted without their head count leave the room's size unknown.
	const handPeople = counts === null ? 0 : people;
	const devicePeople = votes === undefined ? 0 : voters ?? 0;
	// A head count smaller than one option's answers is a slip; the answers are what was seen.
	const base = handPeople === undefined ? undefined : Math.max(handPeople + devicePeople, ...totals);
	if (base === undefined || base === 0) {
		return {rows: totals.map((count, index) => row(count, index, undefined)), ...head, bound: 'at-most'};
	}

	// Calling an option right means choosing a right one, or leaving a wrong one.
	const calledRight = totals.map((count, index) => (isRight(index) ? count : base - count));
	return {
		rows: totals.map((count, index) => row(count, index, base)),
		...head,
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
