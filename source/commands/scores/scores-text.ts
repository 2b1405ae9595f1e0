/**
`briefing-deck scores`: a deck's score history and review schedules as text,
JSON or CSV. Pure formatting; the caller reads the store and writes the output.
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult, RoomHistory} from '../../io/store/score-store.js';
import {type ScheduleBook, scheduleOf} from '../../core/records/schedule-file.js';
import {describeDue, isDue} from '../../core/study/due.js';
import {type DueSummary, dueSummary, gridGlyphs, gridLength, recentResults, type WeakSlide, weakestSlides} from '../../core/study/progress.js';
import {attemptPercentage, historyStats, questionAccuracy, quizChanged, sparkline} from '../../core/study/stats.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import {sanitize, toSafeJson} from '../../core/text/sanitize.js';
import {barChart} from '../../core/text/bar-chart.js';
import {formatDuration, formatScore, plural, slideReference} from '../../core/text/format.js';
import {roomsCsv, type RoomJson, roomsJson, roomsText} from './room-scores.js';
import {displayWidth} from '../../core/layout/display-width.js';
import {lineText} from '../../core/layout/segments.js';
import {wrapSpans} from '../../core/layout/wrap.js';
import {append, maxOf} from '../../core/text/arrays.js';

export type ScoresOptions = {
	readonly json?: boolean;
	readonly csv?: boolean;
	/** With `csv`: one row per question (accuracy, last results, schedule) instead of one per attempt. */
	readonly questions?: boolean;
	/** Columns to lay text out for: the terminal's, or 80 when the output is not one. */
	readonly width?: number;
	/** The deck's review schedules, and the time to tell what is due by. */
	readonly book?: ScheduleBook;
	readonly now?: Date;
};

/** What `scoresJson` needs beyond the history: the schedules, and the clock. */
export type StudyInput = {
	readonly book?: ScheduleBook;
	readonly now: Date;
};

export const defaultWidth = 80;

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

const noRooms: RoomHistory = {records: [], warnings: []};

const attemptMs = (attempt: Attempt): number => Math.max(0, Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt));

const changed = (deck: Deck | undefined, attempt: Attempt): boolean =>
	deck?.quiz !== undefined && quizChanged(attempt, deck.quiz);

/** Local date and time to the minute: `2026-01-05 09:00`. */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const splitHistory = (history: HistoryResult | readonly Attempt[]): {attempts: readonly Attempt[]; warnings: readonly StoreWarning[]} =>
	'attempts' in history ? history : {attempts: history, warnings: []};

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

// Deck ids come from front matter or a store file and can hold anything; CSV cannot escape, so they are made inert.
const csvCell = (value: string | number | boolean): string => {
	const text = sanitize(String(value));
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
One row per attempt with a header; warnings are not rows, so the caller
reports them apart. Room records follow as a table of their own, after a
blank line, only when there are any.
*/
export function scoresCsv(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], rooms: RoomHistory = noRooms): string {
	const {attempts} = splitHistory(history);
	const header = ['deck_id', 'started_at', 'ended_at', 'score', 'total', 'percentage', 'seconds', 'quiz_changed', 'exam'];
	const rows = attempts.map(attempt => [
		attempt.deckId,
		attempt.startedAt,
		attempt.endedAt,
		attempt.score,
		attempt.total,
		attemptPercentage(attempt),
		Math.round(attemptMs(attempt) / 1000),
		changed(deck, attempt),
		attempt.exam !== undefined,
	].map(value => csvCell(value)).join(','));
	const roomTable = roomsCsv(deck, rooms.records);
	return [header.join(','), ...rows].join('\n') + '\n' + (roomTable === '' ? '' : `\n${roomTable}`);
}

/**
One row per question (`--csv --questions`): accuracy, the last results as
`✔✘·`, the slide, and the review schedule; deck text is made inert (as every cell is).
*/
export function questionsCsv(deck: Deck | undefined, data: ScoresJson): string {
	const header = ['deck_id', 'question_id', 'prompt', 'asked', 'right', 'accuracy', 'recent', 'slide', 'slide_title', 'due', 'stability', 'difficulty', 'state', 'reps', 'lapses'];
	const deckId = deck?.meta.id ?? '';
	const rows = data.questions.map(question => [
		deckId,
		question.id,
		question.prompt ?? '',
		question.asked,
		question.right,
		question.accuracy,
		gridGlyphs(question.recent),
		question.slide ?? '',
		question.slideTitle ?? '',
		question.schedule?.due ?? '',
		question.schedule?.stability ?? '',
		question.schedule?.difficulty ?? '',
		question.schedule?.state ?? '',
		question.schedule?.reps ?? '',
		question.schedule?.lapses ?? '',
	].map(value => csvCell(value)).join(','));
	return [header.join(','), ...rows].join('\n') + '\n';
}

/** Prose wrapped to the width, each line at most `width` columns. */
export function wrapText(text: string, width: number): string[] {
	return wrapSpans([{text, style: {}}], Math.max(1, width)).map(line => lineText(line));
}

/** `prefix` before the first wrapped line of `text`, as many spaces before the rest. */
function hangingText(prefix: string, text: string, width: number): string[] {
	const indent = displayWidth(prefix);
	// Too narrow for text beside the prefix: the text goes under it instead.
	if (width - indent < 20) {
		return [prefix.trimEnd(), ...wrapText(text, width - 4).map(line => `    ${line}`)];
	}

	return wrapText(text, width - indent).map((line, index) => (index === 0 ? prefix : ' '.repeat(indent)) + line);
}

/** The attempts as a table whose columns are as wide as their widest cell. */
function attemptTable(data: ScoresJson): string[] {
	const rows = data.attempts.map(attempt => ({
		date: formatDate(attempt.endedAt),
		score: formatScore(attempt.score, attempt.total, attempt.percentage),
		time: formatDuration(attempt.ms),
		mark: [attempt.exam ? 'exam' : '', attempt.quizChanged ? '*' : ''].filter(Boolean).join(' '),
	}));
	const scoreWidth = maxOf(['Score'.length, ...rows.map(row => row.score.length)]);
	const timeWidth = maxOf(['Time'.length, ...rows.map(row => row.time.length)]);
	return [
		`${'Date'.padEnd(16)}  ${'Score'.padEnd(scoreWidth)}  ${'Time'.padStart(timeWidth)}`,
		...rows.map(row => `${row.date}  ${row.score.padEnd(scoreWidth)}  ${row.time.padStart(timeWidth)}${row.mark ? `  ${row.mark}` : ''}`),
	];
}

/** How the scores moved: nothing for one attempt, a sparkline for two, a chart from three. */
function trendLines(data: ScoresJson, width: number): string[] {
	const percentages = data.attempts.map(attempt => attempt.percentage);
	if (percentages.length < 2) {
		return [];
	}

	if (percentages.length === 2) {
		return ['', `Trend: ${data.trend} (oldest to newest)`];
	}

	const chart = barChart(percentages, {width});
	const older = chart.omitted > 0 ? `, the last ${percentages.length - chart.omitted}` : '';
	return ['', ...wrapText(`Scores over time (oldest to newest${older}):`, width), ...chart.lines];
}

/** What the schedules say: due today, this week, and when next. */
function dueLines(data: ScoresJson, now: Date, width: number): string[] {
	const {due} = data;
	if (!due) {
		return [];
	}

	if (due.today === 0 && due.next === null) {
		return ['', ...wrapText('Review: nothing scheduled yet; answered questions come up for review.', width)];
	}

	const parts = [
		due.today > 0 ? `${plural(due.today, 'question')} due today (\`briefing-deck review\`)` : 'nothing due today',
		...(due.thisWeek > 0 ? [`${due.thisWeek} more this week`] : []),
		...(due.next === null ? [] : [`next ${describeDue(new Date(due.next), now)}`]),
	];
	return ['', ...wrapText(`Review: ${parts.join(', ')}.`, width)];
}

/** The slides behind the weakest questions, to read again. */
function weakestLines(data: ScoresJson, deck: Deck | undefined, width: number): string[] {
	if (data.weakestSlides.length === 0) {
		return [];
	}

	return ['', 'Slides to read again:', ...data.weakestSlides.flatMap(slide =>
		hangingText('  ', `${slideReference(deck, slide.slide)} (${slide.accuracy}% right, ${plural(slide.questions.length, 'question')})`, width))];
}

function scoresText(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], width: number, study: StudyInput, rooms: RoomHistory): string {
	const data = scoresJson(deck, history, study, rooms);
	const {attempts} = splitHistory(history);
	const name = deck ? `“${deck.meta.title}”` : `deck ${sanitize(attempts[0]?.deckId ?? '')}`.trim();
	const lines: string[] = [...wrapText(`Scores for ${name}`, width), ''];
	if (data.attempts.length === 0) {
		lines.push('No attempts yet.');
	} else {
		const {best} = data;
		append(lines, [
			...attemptTable(data),
			'',
			...wrapText(`Best: ${best ? `${formatScore(best.score, best.total, best.percentage)} on ${formatDate(best.endedAt)}` : '–'} · Average: ${data.average ?? 0}% · ${plural(data.attempts.length, 'attempt')}`, width),
			...trendLines(data, width),
			...dueLines(data, study.now, width),
			'',
			...wrapText(`Questions, worst first, with the last ${plural(Math.min(gridLength, data.attempts.length), 'result')} (✔ right, ✘ wrong, · not asked):`, width),
		]);
		const fractionWidth = maxOf(data.questions.map(question => `${question.right}/${question.asked}`.length));
		const gridWidth = Math.min(gridLength, data.attempts.length);
		for (const question of data.questions) {
			const review = question.slide === null ? '' : ` — review ${slideReference(deck, question.slide)}`;
			const prompt = question.prompt ?? `${sanitize(question.id)} (no longer in the quiz)`;
			const due = question.schedule && question.prompt !== null && isDue(question.schedule, study.now) ? ' · due today' : '';
			const prefix = `  ${`${question.accuracy}%`.padStart(4)}  ${`${question.right}/${question.asked}`.padEnd(fractionWidth)}  ${gridGlyphs(question.recent).padStart(gridWidth)}  `;
			append(lines, hangingText(prefix, prompt + review + due, width));
		}

		append(lines, weakestLines(data, deck, width));

		if (data.attemptsBeforeQuizChanged > 0) {
			const count = data.attemptsBeforeQuizChanged;
			append(lines, ['', ...wrapText(`* ${plural(count, 'attempt')} ${count === 1 ? 'was' : 'were'} made before the quiz changed; ${count === 1 ? 'its score' : 'their scores'} may not compare with later ones.`, width)]);
		}
	}

	append(lines, roomsText(deck, rooms.records, formatDate));
	if (data.warnings.length > 0) {
		// Not wrapped: they hold file paths, which are copied whole.
		append(lines, ['', 'Warnings:', ...data.warnings.map(warning => `  ${sanitize(warning)}`)]);
	}

	// Attempt files can be edited by hand: nothing read from one reaches the terminal raw.
	return lines.map(line => sanitize(line)).join('\n') + '\n';
}

/**
A deck's score history: a table of attempts (exams marked), best and
average, how the scores moved (a chart from three attempts), what is due for
review, per-question accuracy worst first with its last results and the slide
to review, the slides behind the weakest questions, and a note on attempts
made before the quiz changed.
`deck` is undefined when only the id is known (the deck file is gone). Pass
the whole `HistoryResult` so the store's warnings (corrupt files moved aside)
appear in the text and JSON. Text is laid out for `width` columns. Room
records, when given, are listed in a section of their own.
*/
export function formatScores(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], options: ScoresOptions = {}, rooms: RoomHistory = noRooms): string {
	const study = {...(options.book ? {book: options.book} : {}), now: options.now ?? new Date()};
	if (options.json) {
		return toSafeJson(scoresJson(deck, history, study, rooms)) + '\n';
	}

	if (options.csv) {
		return options.questions ? questionsCsv(deck, scoresJson(deck, history, study, rooms)) : scoresCsv(deck, history, rooms);
	}

	return scoresText(deck, history, options.width ?? defaultWidth, study, rooms);
}

/** What `scores --reset` did; `deck` undefined means every deck's scores. */
export function formatReset(deck: Pick<Deck, 'meta'> | undefined, removed: number): string {
	const which = deck ? `on “${deck.meta.title}”` : 'on any deck';
	const message = removed === 0
		? `No attempts ${which} to delete.`
		: `Deleted ${plural(removed, 'attempt')} ${which}. Review schedules, room records, rehearsals and any backups of corrupt files were kept.`;
	return sanitize(message) + '\n';
}
