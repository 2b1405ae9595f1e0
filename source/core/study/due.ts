/**
Which questions are due for review, from their schedules and a clock. Due
dates are kept to the minute, but review works by the day, as in Anki: a
question due at any time today is due now, so a miss from yesterday
afternoon can be reviewed this morning.
*/
import type {Question} from '../deck/types.js';
import type {Schedule} from '../records/schedule-file.js';

/** The end of `now`'s day, local time: the line between due today and later. */
export function endOfDay(now: Date): Date {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return end;
}

export const isDue = (schedule: Pick<Schedule, 'due'>, now: Date): boolean => Date.parse(schedule.due) <= endOfDay(now).getTime();

export type DueQueue<Q extends Pick<Question, 'id'> = Question> = {
	/** The deck's questions due today, the longest overdue first (deck order on a tie). */
	readonly due: readonly Q[];
	/** When the first question not due today is due; undefined when none is scheduled. */
	readonly next?: Date;
	/** How many more are due within seven days after today. */
	readonly thisWeek: number;
};

/**
The due queue of a deck's current questions. A question never answered has no
schedule and is not due (the quiz asks it first); a scheduled question that
has left the deck is not in `questions`, so it is never asked.
*/
export function dueQueue<Q extends Pick<Question, 'id'>>(questions: readonly Q[], scheduleOf: (questionId: string) => Schedule | undefined, now: Date): DueQueue<Q> {
	const weekEnd = endOfDay(new Date(now.getTime() + (7 * 86_400_000))).getTime();
	const due: Array<{question: Q; at: number}> = [];
	let next: number | undefined;
	let thisWeek = 0;
	for (const question of questions) {
		const schedule = scheduleOf(question.id);
		if (!schedule) {
			continue;
		}

		const at = Date.parse(schedule.due);
		if (isDue(schedule, now)) {
			due.push({question, at});
			continue;
		}

		next = next === undefined ? at : Math.min(next, at);
		thisWeek += at <= weekEnd ? 1 : 0;
	}

	// Array#sort is stable: equal due dates keep deck order.
	due.sort((a, b) => a.at - b.at);
	return {due: due.map(entry => entry.question), ...(next === undefined ? {} : {next: new Date(next)}), thisWeek};
}

const startOfDay = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** `today`, `tomorrow`, `in 3 days (Thu 8 Jan)`: when something is due, by local calendar days. */
export function describeDue(due: Date, now: Date): string {
	const days = Math.round((startOfDay(due) - startOfDay(now)) / 86_400_000);
	if (days <= 0) {
		return 'today';
	}

	if (days === 1) {
		return 'tomorrow';
	}

	const date = due.toLocaleDateString('en-GB', {weekday: 'short', day: 'numeric', month: 'short'});
	return `in ${days} days (${date})`;
}
