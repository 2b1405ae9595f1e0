/**
`briefing-deck scores <deck>`: a deck's score history and review schedules as
text laid out for the terminal, and what `--reset` did. Pure formatting; the
caller reads the store and writes the output.
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {HistoryResult, RoomHistory} from '../../io/store/score-store.js';
import {describeDue, isDue} from '../../core/study/due.js';
import {gridGlyphs, gridLength} from '../../core/study/progress.js';
import {sanitize} from '../../core/text/sanitize.js';
import {deckWords} from '../../core/text/shell-word.js';
import {barChart} from '../../core/text/bar-chart.js';
import {formatDuration, formatScore, plural, slideReference} from '../../core/text/format.js';
import {roomsText} from './room-scores.js';
import {type ScoresJson, scoresJson, splitHistory, type StudyInput} from './scores-json.js';
import {displayWidth} from '../../core/layout/display-width.js';
import {lineText} from '../../core/layout/segments.js';
import {wrapSpans} from '../../core/layout/wrap.js';
import {append, maxOf} from '../../core/text/arrays.js';

export const defaultWidth = 80;

/** Local date and time to the minute: `2026-01-05 09:00`. */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
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
	// Headers start where their column starts, over the first digit of the
	// times as over the dates and scores.
	return [
		`${'Date'.padEnd(16)}  ${'Score'.padEnd(scoreWidth)}  Time`,
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
function dueLines(data: ScoresJson, now: Date, width: number, deckArgument: string | undefined): string[] {
	const {due} = data;
	if (!due) {
		return [];
	}

	if (due.today === 0 && due.next === null) {
		return ['', ...wrapText('Review: nothing scheduled yet; answered questions come up for review.', width)];
	}

	const parts = [
		due.today > 0 ? `${plural(due.today, 'question')} due today (\`briefing-deck review${deckWords(deckArgument)}\`)` : 'nothing due today',
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

/** The text report (see `formatScores`), laid out for `width` columns. */
export function scoresText(deck: Deck | undefined, history: HistoryResult | readonly Attempt[], width: number, study: StudyInput, rooms: RoomHistory, deckArgument?: string): string {
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
			...dueLines(data, study.now, width, deckArgument),
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

/** What `scores --reset` did; `deck` undefined means every deck's scores. */
export function formatReset(deck: Pick<Deck, 'meta'> | undefined, removed: number): string {
	const which = deck ? `on “${deck.meta.title}”` : 'on any deck';
	const message = removed === 0
		? `No attempts ${which} to delete.`
		: `Deleted ${plural(removed, 'attempt')} ${which}. Review schedules, room records, rehearsals and any backups of corrupt files were kept.`;
	return sanitize(message) + '\n';
}
