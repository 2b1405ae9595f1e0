/**
`briefing-deck scores <deck> --json`: a deck's score history and review
schedules as data. The text and CSV outputs are made from it too.
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult, RoomHistory} from '../../io/store/score-store.js';
import {type ScheduleBook, scheduleOf} from '../../core/records/schedule-file.js';
import {type DueSummary, dueSummary, recentResults, type WeakSlide, weakestSlides} from '../../core/study/progress.js';
import {attemptPercentage, historyStats, questionAccuracy, quizChanged, sparkline} from '../../core/study/stats.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import {type RoomJson, roomsJson} from './room-scores.js';

/** What `scoresJson` needs beyond the history: the schedules, and the clock. */
export type StudyInput = {
	readonly book?: ScheduleBook;
	readonly now: Date;
};

/** The `--json` shape. Field order and names are part of the interface: add, never rename. */
export type ScoresJson = {
	readonly deck: {readonly id: string; readonly title: string} | null;
	/** The deck's current quiz hash, or null when the deck (or its quiz) is unknown. */
	readonly quizHash: string | null;
	readonly attempts: ReadonlyArray<{
		readonly startedAt: string;
		readonly endedAt: string;
		readonly score: number;
		readonly total: number;
		readonly percentage: number;
		readonly ms: number;
		/** Made before the quiz last changed, so it may not compare. */
		readonly quizChanged: boolean;
		/** Taken as an exam (`quiz --exam`). */
		readonly exam: boolean;
	}>;
	readonly best: {readonly score: number; readonly total: number; readonly percentage: number; readonly endedAt: string} | null;
	readonly average: number | null;
	readonly trend: string;
	/** Worst first. */
	readonly questions: ReadonlyArray<{
		readonly id: string;
		readonly prompt: string | null;
		readonly asked: number;
		readonly right: number;
		readonly accuracy: number;
		readonly slide: number | null;
		readonly slideTitle: string | null;
		/** Right or wrong in each of the last attempts, oldest first; null where it was not asked. */
		readonly recent: ReadonlyArray<boolean | null>;
		/** Its review schedule; null when it has none. */
		readonly schedule: {
			readonly due: string;
			readonly stability: number;
			readonly difficulty: number;
			readonly state: string;
			readonly reps: number;
			readonly lapses: number;
		} | null;
	}>;
	readonly attemptsBeforeQuizChanged: number;
	/** What the schedules say is due, among the deck's current questions; null without the deck. */
	readonly due: DueSummary | null;
	/** The slides behind the weakest questions, weakest first. */
	readonly weakestSlides: readonly WeakSlide[];
	readonly warnings: readonly string[];
	/** Room quizzes kept with `quiz --room --save-room`, oldest first; never part of the figures above. */
	readonly rooms: readonly RoomJson[];
};

/** No room records: the history alone. */
export const noRooms: RoomHistory = {records: [], warnings: []};

/** How long an attempt took, in ms (never below zero). */
export const attemptMs = (attempt: Attempt): number => Math.max(0, Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt));

/** The attempt was made before the deck's quiz last changed, so its score may not compare. */
export const changed = (deck: Deck | undefined, attempt: Attempt): boolean =>
	deck?.quiz !== undefined && quizChanged(attempt, deck.quiz);

/** The attempts and the store's warnings, from a whole `HistoryResult` or the attempts alone. */
export const splitHistory = (history: HistoryResult | readonly Attempt[]): {attempts: readonly Attempt[]; warnings: readonly StoreWarning[]} =>
	'attempts' in history ? history : {attempts: history, warnings: []};

/** The `--json` report of a deck's history; see `ScoresJson`. */
export function scoresJson(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], {book, now}: StudyInput = {now: new Date()}, rooms: RoomHistory = noRooms): ScoresJson {
	const {attempts, warnings} = splitHistory(history);
	const stats = historyStats(attempts);
	const questions = new Map(deck?.quiz?.questions.map(question => [question.id, question]));
	const accuracy = questionAccuracy(attempts);
	return {
		deck: deck ? {id: deck.meta.id, title: deck.meta.title} : null,
		quizHash: deck?.quiz?.hash ?? null,
		attempts: attempts.map(attempt => ({
			startedAt: attempt.startedAt,
			endedAt: attempt.endedAt,
			score: attempt.score,
			total: attempt.total,
			percentage: attemptPercentage(attempt),
			ms: attemptMs(attempt),
			quizChanged: changed(deck, attempt),
			exam: attempt.exam !== undefined,
		})),
		best: stats.best
			? {score: stats.best.score, total: stats.best.total, percentage: attemptPercentage(stats.best), endedAt: stats.best.endedAt}
			: null,
		average: stats.average ?? null,
		trend: sparkline(attempts.map(attempt => attemptPercentage(attempt))),
		questions: accuracy.map(({questionId, asked, right, accuracy: percent}) => {
			const question = questions.get(questionId);
			const slide = question?.slide;
			const schedule = scheduleOf(book, questionId);
			return {
				id: questionId,
				prompt: question?.prompt ?? null,
				asked,
				right,
				accuracy: percent,
				slide: slide ?? null,
				slideTitle: slide === undefined ? null : deck?.slides[slide - 1]?.title ?? null,
				recent: recentResults(attempts, questionId),
				schedule: schedule
					? {due: schedule.due, stability: schedule.stability, difficulty: schedule.difficulty, state: schedule.state, reps: schedule.reps, lapses: schedule.lapses}
					: null,
			};
		}),
		attemptsBeforeQuizChanged: attempts.filter(attempt => changed(deck, attempt)).length,
		due: deck?.quiz ? dueSummary(deck.quiz.questions, book, now) : null,
		weakestSlides: weakestSlides(deck, accuracy),
		warnings: [...warnings, ...rooms.warnings].map(warning => warning.message),
		rooms: roomsJson(deck, rooms.records),
	};
}
