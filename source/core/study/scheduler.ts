/**
When a question should be asked again: a thin adapter over ts-fsrs, the
reference implementation of FSRS. The app keeps its own plain, JSON-friendly
`Schedule` (ISO times, named states), so what is stored does not depend on
the library's types; the clock is always passed in.
*/
import {createEmptyCard, fsrs, Rating, State, type Card, type Grade as FsrsGrade} from 'ts-fsrs';
import type {Grade, Schedule, ScheduleState} from '../records/schedule-file.js';

/*
Long-term scheduling only: with short-term steps a right answer in a quiz
would be due again in ten minutes, and review would ask the whole quiz again
that afternoon. Here a miss comes back the next day and a right answer after
a few days. No fuzz either: the same answers give the same dates, which keeps
schedules reproducible and testable.
*/
const scheduler = fsrs({enable_fuzz: false, enable_short_term: false});

const ratings: Readonly<Record<Grade, FsrsGrade>> = {again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy};

const stateNames: Readonly<Record<State, ScheduleState>> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning',
};

const states: Readonly<Record<ScheduleState, State>> = {new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning};

const dayMs = 86_400_000;

function toCard(schedule: Schedule, now: Date): Card {
	const lastReview = new Date(schedule.lastReview);
	return {
		due: new Date(schedule.due),
		stability: schedule.stability,
		difficulty: schedule.difficulty,
		elapsed_days: Math.max(0, Math.floor((now.getTime() - lastReview.getTime()) / dayMs)),
		scheduled_days: schedule.scheduledDays,
		learning_steps: schedule.learningSteps,
		reps: schedule.reps,
		lapses: schedule.lapses,
		state: states[schedule.state],
		last_review: lastReview,
	};
}

const toSchedule = (next: Card, now: Date): Schedule => ({
	due: next.due.toISOString(),
	stability: next.stability,
	difficulty: next.difficulty,
	state: stateNames[next.state],
	reps: next.reps,
	lapses: next.lapses,
	scheduledDays: next.scheduled_days,
	learningSteps: next.learning_steps,
	lastReview: (next.last_review ?? now).toISOString(),
});

/** The schedule after answering at `now` with `grade`; `previous` undefined for a first answer. */
export function review(previous: Schedule | undefined, grade: Grade, now: Date): Schedule {
	const card = previous ? toCard(previous, now) : createEmptyCard(now);
	return toSchedule(scheduler.next(card, now, ratings[grade]).card, now);
}

/**
What each grade would make of the schedule if given at `now`, from the
library's own preview of all four (`repeat`), so the intervals shown beside
the ratings are the ones a rating then gives.
*/
export function previewGrades(previous: Schedule | undefined, now: Date): Readonly<Record<Grade, Schedule>> {
	const card = previous ? toCard(previous, now) : createEmptyCard(now);
	const preview = scheduler.repeat(card, now);
	return {
		again: toSchedule(preview[Rating.Again].card, now),
		hard: toSchedule(preview[Rating.Hard].card, now),
		good: toSchedule(preview[Rating.Good].card, now),
		easy: toSchedule(preview[Rating.Easy].card, now),
	};
}

const minuteMs = 60_000;
const hourMs = 3_600_000;

/** One decimal place below ten (`1.5`), whole numbers from there (`14`); never `2.0`. */
const tenths = (value: number): string => (value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value)));

/**
An interval as Anki writes one beside its answer buttons: minutes, hours and
days in whole numbers, months and years to a tenth (`10 m`, `3 h`, `4 d`,
`1.5 mo`, `2.1 y`). A month is 30 days and a year 365, as there. Each unit
holds until its rounded value would reach the next one, so a label never
reads `60 m` or `24 h`.
*/
export function intervalLabel(milliseconds: number): string {
	const ms = Math.max(0, milliseconds);
	const minutes = Math.max(1, Math.round(ms / minuteMs));
	if (minutes < 60) {
		return `${minutes} m`;
	}

	const hours = Math.round(ms / hourMs);
	if (hours < 24) {
		return `${hours} h`;
	}

	const days = Math.round(ms / dayMs);
	if (days < 30) {
		return `${days} d`;
	}

	const months = days / 30;
	if (days < 365) {
		return `${tenths(months)} mo`;
	}

	return `${tenths(days / 365)} y`;
}

/** The interval each grade would give, as labels: `{again: '1 d', …, easy: '9 d'}`. */
export function gradeIntervals(previous: Schedule | undefined, now: Date): Readonly<Record<Grade, string>> {
	const preview = previewGrades(previous, now);
	const label = (grade: Grade): string => intervalLabel(Date.parse(preview[grade].due) - now.getTime());
	return {again: label('again'), hard: label('hard'), good: label('good'), easy: label('easy')};
}

/** The grade an answer earns: a self-graded card says so itself; otherwise right is Good, wrong is Again. */
export function gradeOf(answer: {readonly right: boolean; readonly rating?: Grade}): Grade {
	return answer.rating ?? (answer.right ? 'good' : 'again');
}
