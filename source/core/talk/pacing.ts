/**
Ahead or behind: the time used so far against the budgets of the slides
passed. Time on the current slide counts against the plan only once it runs
past that slide's own budget, so arriving on time and talking reads as on
time, not as slowly falling behind.
*/

export type PacingInput = {
	/** Seconds per slide, every slide. */
	readonly budgets: readonly number[];
	/** 0-based slide the timer started on: budgets before it were spent before the clock ran. */
	readonly from: number;
	/** 0-based slide shown. */
	readonly slide: number;
	/** Past the last slide. */
	readonly atEnd: boolean;
	readonly elapsedMs: number;
	/** How long the current slide has been shown, by the same timer. */
	readonly onSlideMs: number;
};

export type Pacing = {
	readonly kind: 'ahead' | 'behind' | 'on-time';
	/** How far ahead or behind, never negative. */
	readonly ms: number;
};

/** Closer than this to the plan counts as on time: nobody can hit it to the second. */
const toleranceMs = 10_000;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export function pace({budgets, from, slide, atEnd, elapsedMs, onSlideMs}: PacingInput): Pacing {
	const start = Math.max(0, from);
	const passed = 1000 * sum(budgets.slice(start, atEnd ? budgets.length : Math.max(start, slide)));
	const current = atEnd ? 0 : 1000 * (budgets[slide] ?? 0);
	const used = elapsedMs - Math.min(Math.max(0, onSlideMs), current);
	const delta = passed - used;
	if (Math.abs(delta) < toleranceMs) {
		return {kind: 'on-time', ms: Math.abs(delta)};
	}

	return delta > 0 ? {kind: 'ahead', ms: delta} : {kind: 'behind', ms: -delta};
}
