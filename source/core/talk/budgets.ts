/**
How long each slide should take. A slide's own `<!-- time: … -->` comes
first; slides without one share what is left of the deck's `duration` in
proportion to their length. Rehearsals can stand in for `duration`, or, when
asked, replace the budget of every slide they reached with the time this
presenter actually took.
*/
import {spansToText} from '../deck/inline.js';
import type {Block, Slide} from '../deck/types.js';

/** Seconds per slide (in deck order); `undefined` where a slide has no budget. */
export type Budgets = ReadonlyArray<number | undefined>;

const countWords = (text: string): number => text.split(/\s+/).filter(word => word !== '').length;

const blockWords = (block: Block): number => {
	switch (block.kind) {
		case 'heading':
		case 'paragraph': {
			return countWords(spansToText(block.spans));
		}

		case 'list': {
			return block.items.reduce((sum, item) => sum + item.blocks.reduce((total, child) => total + blockWords(child), 0), 0);
		}

		case 'quote': {
			return block.blocks.reduce((sum, child) => sum + blockWords(child), 0);
		}

		case 'columns': {
			return block.columns.flat().reduce((sum, child) => sum + blockWords(child), 0);
		}

		case 'table': {
			return [block.header, ...block.rows].flat().reduce((sum, cell) => sum + countWords(spansToText(cell)), 0);
		}

		case 'code': {
			return countWords(block.text);
		}

		case 'image': {
			return countWords(block.alt);
		}

		case 'rule':
		case 'space': {
			return 0;
		}
	}
};

/** A slide's length for sharing out time: the words on it and in its notes, at least one. */
export function slideWeight(slide: Pick<Slide, 'blocks' | 'notes'>): number {
	const words = slide.blocks.reduce((sum, block) => sum + blockWords(block), 0)
		+ slide.notes.reduce((sum, note) => sum + countWords(note), 0);
	return Math.max(1, words);
}

export type BudgetInput = {
	readonly slides: ReadonlyArray<Pick<Slide, 'blocks' | 'notes' | 'time'>>;
	/** The talk's length in seconds (front matter `duration`). */
	readonly durationSeconds?: number;
	/** Seconds each slide took in the latest rehearsal that reached it, matched to these slides; `undefined` where none did. */
	readonly rehearsed?: Budgets;
	/** Use the rehearsed time, where there is one, over `time` and `duration`. */
	readonly preferRehearsal?: boolean;
};

/** Fills the gaps of `known` in proportion to each slide's weight, at `rate` seconds per unit. */
const fillAtRate = (known: Budgets, weights: readonly number[], rate: number): Budgets =>
	known.map((seconds, index) => seconds ?? rate * weights[index]!);

/** Seconds per unit of weight in the slides `known` covers. */
const rateOf = (known: Budgets, weights: readonly number[]): number | undefined => {
	let seconds = 0;
	let weight = 0;
	for (const [index, value] of known.entries()) {
		if (value !== undefined) {
			seconds += value;
			weight += weights[index]!;
		}
	}

	return weight > 0 ? seconds / weight : undefined;
};

/** Whether past rehearsals give a time for any slide of the deck. */
export const hasRehearsedTime = (rehearsed: Budgets | undefined): rehearsed is Budgets =>
	rehearsed?.some(seconds => seconds !== undefined) ?? false;

/**
Each slide's budget. A slide's own word comes first: its `time`, or with
`preferRehearsal` its rehearsed time (then its `time`); in a deck without a
`duration`, its rehearsed time after its `time`. The slides left share what
is left of `duration` by weight, or without one, take the rehearsals' own
pace (seconds per unit of weight over the slides rehearsed). So a slide no
rehearsal reached is budgeted as if the rehearsals had not happened, never
given the 0 seconds it was not shown.
*/
export function planBudgets({slides, durationSeconds, rehearsed, preferRehearsal = false}: BudgetInput): Budgets {
	const weights = slides.map(slide => slideWeight(slide));
	const own: Budgets = slides.map(slide => slide.time);
	const fromRehearsal = hasRehearsedTime(rehearsed) && (preferRehearsal || durationSeconds === undefined) ? rehearsed : undefined;
	const known: Budgets = fromRehearsal
		? own.map((seconds, index) => (preferRehearsal ? fromRehearsal[index] ?? seconds : seconds ?? fromRehearsal[index]))
		: own;

	if (durationSeconds !== undefined) {
		const left = Math.max(0, durationSeconds - known.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0));
		const shared = weights.reduce((sum, weight, index) => sum + (known[index] === undefined ? weight : 0), 0);
		return fillAtRate(known, weights, shared > 0 ? left / shared : 0);
	}

	const rate = fromRehearsal && rateOf(fromRehearsal, weights);
	return rate === undefined ? known : fillAtRate(known, weights, rate);
}

/** The budgets, when every slide has one: pacing needs them all. */
export function completeBudgets(budgets: Budgets): readonly number[] | undefined {
	return budgets.length > 0 && budgets.every(seconds => seconds !== undefined) ? budgets as readonly number[] : undefined;
}

/** What a talk is paced against: its duration, and per-slide budgets when every slide has one. */
export type Plan = {
	/** Seconds per slide, when every slide has a budget. */
	readonly budgets?: readonly number[];
	readonly durationSeconds?: number;
};
