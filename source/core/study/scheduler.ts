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

/** The schedule after answering at `now` with `grade`; `previous` undefined for a first answer. */
export function review(previous: Schedule | undefined, grade: Grade, now: Date): Schedule {
	const card = previous ? toCard(previous, now) : createEmptyCard(now);
	const next = scheduler.next(card, now, ratings[grade]).card;
	return {
		due: next.due.toISOString(),
		stability: next.stability,
		difficulty: next.difficulty,
		state: stateNames[next.state],
		reps: next.reps,
		lapses: next.lapses,
		scheduledDays: next.scheduled_days,
		learningSteps: next.learning_steps,
		lastReview: (next.last_review ?? now).toISOString(),
	};
}

/** The grade an answer earns: a self-graded card says so itself; otherwise right is Good, wrong is Again. */
export function gradeOf(answer: {readonly right: boolean; readonly rating?: Grade}): Grade {
	return answer.rating ?? (answer.right ? 'good' : 'again');
}
