import {formatSlideTime} from './slide-time.js';
import type {Diagnostic} from './types.js';

/** A slide's `time` directive: the seconds it asks for, and the line it is written on. */
export type TimeBudget = {readonly line: number; readonly seconds: number};

/** Slide budgets that add up to more than the whole talk can never all be met: say where they pass it. */
export function checkBudgets(budgets: readonly TimeBudget[], duration: number | undefined, columnOf: (line: number) => number): Diagnostic[] {
	if (duration === undefined) {
		return [];
	}

	let total = 0;
	for (const budget of budgets) {
		total += budget.seconds;
		if (total > duration * 60) {
			const sum = budgets.reduce((sum, {seconds}) => sum + seconds, 0);
			return [{
				severity: 'warning',
				line: budget.line,
				column: columnOf(budget.line),
				message: `slide \`time\` budgets add up to ${formatSlideTime(sum)}, more than the deck's \`duration\` of ${formatSlideTime(duration * 60)}`,
				hint: 'shorten the budgets or raise `duration`; slides without `time` get none of it',
			}];
		}
	}

	return [];
}
