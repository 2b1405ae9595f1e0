/**
`briefing-deck scores`: a deck's score history as text, JSON or CSV. Pure
formatting; the caller reads the store and writes the output.
*/
import type {Deck} from '../deck/types.js';
import type {Attempt} from '../store/attempt.js';
import type {HistoryResult} from '../store/score-store.js';
import {attemptPercentage, historyStats, questionAccuracy, quizChanged, sparkline} from '../store/stats.js';
import type {StoreWarning} from '../store/warnings.js';
import {sanitize, toSafeJson} from '../text/sanitize.js';
import {formatDuration, formatScore, plural, slideReference} from '../text/format.js';
import {append} from '../text/arrays.js';

export type ScoresOptions = {
	readonly json?: boolean;
	readonly csv?: boolean;
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
	}>;
	readonly attemptsBeforeQuizChanged: number;
	readonly warnings: readonly string[];
};

const attemptMs = (attempt: Attempt): number => Math.max(0, Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt));

const changed = (deck: Deck | undefined, attempt: Attempt): boolean =>
	deck?.quiz !== undefined && quizChanged(attempt, deck.quiz);

/** Local date and time to the minute: `2026-01-05 09:00`. */
function formatDate(iso: string): string {
	const date = new Date(iso);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const splitHistory = (history: HistoryResult | readonly Attempt[]): {attempts: readonly Attempt[]; warnings: readonly StoreWarning[]} =>
	'attempts' in history ? history : {attempts: history, warnings: []};

export function scoresJson(deck: Deck | undefined, history: HistoryResult | readonly Attempt[]): ScoresJson {
	const {attempts, warnings} = splitHistory(history);
	const stats = historyStats(attempts);
	const questions = new Map(deck?.quiz?.questions.map(question => [question.id, question]));
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
		})),
		best: stats.best
			? {score: stats.best.score, total: stats.best.total, percentage: attemptPercentage(stats.best), endedAt: stats.best.endedAt}
			: null,
		average: stats.average ?? null,
		trend: sparkline(attempts.map(attempt => attemptPercentage(attempt))),
		questions: questionAccuracy(attempts).map(({questionId, asked, right, accuracy}) => {
			const question = questions.get(questionId);
			const slide = question?.slide;
			return {
				id: questionId,
				prompt: question?.prompt ?? null,
				asked,
				right,
				accuracy,
				slide: slide ?? null,
				slideTitle: slide === undefined ? null : deck?.slides[slide - 1]?.title ?? null,
			};
		}),
		attemptsBeforeQuizChanged: attempts.filter(attempt => changed(deck, attempt)).length,
		warnings: warnings.map(warning => warning.message),
	};
}

// Deck ids come from front matter and can hold anything; the rest are numbers and ISO times.
const csvCell = (value: string | number | boolean): string => {
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One row per attempt with a header; warnings are not rows, so the caller reports them apart. */
export function scoresCsv(deck: Deck | undefined, history: HistoryResult | readonly Attempt[]): string {
	const {attempts} = splitHistory(history);
	const header = ['deck_id', 'started_at', 'ended_at', 'score', 'total', 'percentage', 'seconds', 'quiz_changed'];
	const rows = attempts.map(attempt => [
		attempt.deckId,
		attempt.startedAt,
		attempt.endedAt,
		attempt.score,
		attempt.total,
		attemptPercentage(attempt),
		Math.round(attemptMs(attempt) / 1000),
		changed(deck, attempt),
	].map(value => csvCell(value)).join(','));
	return [header.join(','), ...rows].join('\n') + '\n';
}

function scoresText(deck: Deck | undefined, history: HistoryResult | readonly Attempt[]): string {
	const data = scoresJson(deck, history);
	const {attempts} = splitHistory(history);
	const name = deck ? `“${deck.meta.title}”` : `deck ${attempts[0]?.deckId ?? ''}`.trim();
	const lines: string[] = [`Scores for ${name}`, ''];
	if (data.attempts.length === 0) {
		lines.push('No attempts yet.');
	} else {
		lines.push(`${'Date'.padEnd(16)}  ${'Score (%)'.padEnd(11)}  ${'Time'.padStart(5)}`);
		for (const attempt of data.attempts) {
			const score = formatScore(attempt.score, attempt.total, attempt.percentage);
			lines.push(`${formatDate(attempt.endedAt)}  ${score.padEnd(11)}  ${formatDuration(attempt.ms).padStart(5)}${attempt.quizChanged ? '  *' : ''}`);
		}

		const {best} = data;
		lines.push(
			'',
			`Best: ${best ? `${formatScore(best.score, best.total, best.percentage)} on ${formatDate(best.endedAt)}` : '–'} · Average: ${data.average ?? 0} % · ${plural(data.attempts.length, 'attempt')}`,
			`Trend: ${data.trend} (oldest to newest)`,
			'',
			'Questions, worst first:',
		);
		for (const question of data.questions) {
			const review = question.slide === null ? '' : ` — review ${slideReference(deck, question.slide)}`;
			const prompt = question.prompt ?? `${question.id} (no longer in the quiz)`;
			lines.push(`  ${`${question.accuracy} %`.padStart(5)}  ${`${question.right}/${question.asked}`.padEnd(5)}  ${prompt}${review}`);
		}

		if (data.attemptsBeforeQuizChanged > 0) {
			const count = data.attemptsBeforeQuizChanged;
			lines.push('', `* ${plural(count, 'attempt')} ${count === 1 ? 'was' : 'were'} made before the quiz changed; ${count === 1 ? 'its score' : 'their scores'} may not compare with later ones.`);
		}
	}

	if (data.warnings.length > 0) {
		append(lines, ['', 'Warnings:', ...data.warnings.map(warning => `  ${warning}`)]);
	}

	// Attempt files can be edited by hand: nothing read from one reaches the terminal raw.
	return lines.map(line => sanitize(line)).join('\n') + '\n';
}

/**
A deck's score history: a table of attempts, best and average, a sparkline
trend, per-question accuracy worst first with the slide to review, and a note
on attempts made before the quiz changed. `deck` is undefined when only the
id is known (the deck file is gone). Pass the whole `HistoryResult` so the
store's warnings (corrupt files moved aside) appear in the text and JSON.
*/
export function formatScores(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], options: ScoresOptions = {}): string {
	if (options.json) {
		return toSafeJson(scoresJson(deck, history)) + '\n';
	}

	if (options.csv) {
		return scoresCsv(deck, history);
	}

	return scoresText(deck, history);
}

/** What `scores --reset` did; `deck` undefined means every deck's scores. */
export function formatReset(deck: Pick<Deck, 'meta'> | undefined, removed: number): string {
	const which = deck ? `on “${deck.meta.title}”` : 'on any deck';
	const message = removed === 0
		? `No attempts ${which} to delete.`
		: `Deleted ${plural(removed, 'attempt')} ${which}. Backups of corrupt files, if any, were kept.`;
	return sanitize(message) + '\n';
}
