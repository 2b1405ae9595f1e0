/**
`briefing-deck scores` with no deck: one line per deck in the store (attempts,
best, last, trend, questions due), since "how am I doing?" is the first thing
asked. Pure formatting; the caller reads the store and finds the decks it knows.
*/
import type {Deck} from '../../core/deck/types.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {RoomRecord} from '../../core/records/room-record.js';
import type {DueSummary} from '../../core/study/progress.js';
import {attemptPercentage, bestAttempt, sparkline} from '../../core/study/stats.js';
import {formatScore, plural} from '../../core/text/format.js';
import {sanitize, toSafeJson} from '../../core/text/sanitize.js';
import {displayWidth, truncateToWidth} from '../../core/layout/display-width.js';
import {roomsCsv} from './room-scores.js';
import {scoresCsv} from './scores-csv.js';
import {defaultWidth, formatDate, wrapText} from './scores-text.js';
import {append, maxOf} from '../../core/text/arrays.js';

export type DeckScores = {
	readonly deckId: string;
	/** The deck itself when it can be found (bundled, or known to the store): its title and current quiz. */
	readonly deck?: Deck;
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
	/** The title kept with its schedules, for a deck whose file is not at hand. */
	readonly title?: string;
	/** Where its schedules say the deck file is (a path, or `bundled:<name>`), to tell apart two decks of one title. */
	readonly source?: string;
	/** What its review schedules say is due; absent when it has none. */
	readonly due?: DueSummary;
	/** Room quizzes kept with `quiz --room --save-room`, oldest first: never part of the scores. */
	readonly rooms?: readonly RoomRecord[];
};

type ScoreJson = {readonly score: number; readonly total: number; readonly percentage: number; readonly endedAt: string};

/** The `--json` shape. Add fields, never rename them. */
export type SummaryJson = {
	readonly decks: ReadonlyArray<{
		readonly id: string;
		/** The deck's title, or null when the deck file is not known. */
		readonly title: string | null;
		/** Where the deck file is, as its schedules keep it (a path, or `bundled:<name>`); null when not kept. */
		readonly source: string | null;
		readonly attempts: number;
		readonly best: ScoreJson | null;
		readonly last: ScoreJson | null;
		readonly average: number | null;
		/** Sparkline of the last ten attempts, oldest first; '' with fewer than two. */
		readonly trend: string;
		/** Questions due for review; null when the deck has no schedules. */
		readonly due: DueSummary | null;
		/** Room quizzes kept (`scores <deck>` has their counts); none of the figures above counts them. */
		readonly rooms: number;
	}>;
	readonly warnings: readonly string[];
};

/** How many attempts a trend covers: enough to see a direction, short enough to fit a column. */
const trendLength = 10;

const scoreJson = (attempt: Attempt | undefined): ScoreJson | null =>
	attempt ? {score: attempt.score, total: attempt.total, percentage: attemptPercentage(attempt), endedAt: attempt.endedAt} : null;

function summaryJson(decks: readonly DeckScores[], warnings: readonly string[]): SummaryJson {
	return {
		decks: decks.map(({deckId, deck, attempts, title, source, due, rooms = []}) => ({
			id: deckId,
			title: deck?.meta.title ?? title ?? null,
			source: source ?? null,
			attempts: attempts.length,
			best: scoreJson(bestAttempt(attempts)),
			last: scoreJson(attempts.at(-1)),
			average: attempts.length === 0 ? null : Math.round(attempts.reduce((sum, attempt) => sum + attemptPercentage(attempt), 0) / attempts.length),
			trend: attempts.length < 2 ? '' : sparkline(attempts.slice(-trendLength).map(attempt => attemptPercentage(attempt))),
			due: due ?? null,
			rooms: rooms.length,
		})),
		warnings,
	};
}

const score = (value: ScoreJson | null): string => (value ? formatScore(value.score, value.total, value.percentage) : '–');

type Row = {readonly deck: string; readonly attempts: string; readonly best: string; readonly last: string; readonly due: string; readonly trend: string};

const header: Row = {deck: 'Deck', attempts: 'Attempts', best: 'Best', last: 'Last', due: 'Due', trend: 'Trend'};

/** The narrowest a deck column may be before the table gives way to a list. */
const minDeckWidth = 12;

function table(rows: readonly Row[], width: number): string[] | undefined {
	const widthOf = (key: keyof Row): number => maxOf([header, ...rows].map(row => displayWidth(row[key])));
	const fixed = widthOf('attempts') + widthOf('best') + widthOf('last') + widthOf('due') + widthOf('trend') + (5 * 2);
	const deckWidth = Math.min(widthOf('deck'), width - fixed);
	if (deckWidth < Math.min(minDeckWidth, widthOf('deck'))) {
		return undefined;
	}

	const pad = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - displayWidth(text)));
	return [header, ...rows].map(row => [
		pad(truncateToWidth(row.deck, deckWidth), deckWidth),
		row.attempts.padStart(widthOf('attempts')),
		pad(row.best, widthOf('best')),
		pad(row.last, widthOf('last')),
		row.due.padStart(widthOf('due')),
		row.trend,
	].join('  ').trimEnd());
}

function list(rows: readonly Row[], width: number): string[] {
	return rows.flatMap(row => [
		...wrapText(row.deck, width),
		...wrapText(`${row.attempts} · best ${row.best} · last ${row.last}${row.due === '–' ? '' : ` · ${row.due} due`}${row.trend ? ` · trend ${row.trend}` : ''}`, width - 2).map(line => `  ${line}`),
	]);
}

/** One line per deck with room quizzes kept: how many, and when the last ended. */
function roomLines(decks: readonly DeckScores[], width: number): string[] {
	const lines: string[] = [];
	for (const {deckId, deck, title, rooms = []} of decks) {
		const last = rooms.at(-1);
		if (last) {
			const when = rooms.length === 1 ? `on ${formatDate(last.endedAt)}` : `the last on ${formatDate(last.endedAt)}`;
			append(lines, wrapText(`${deck?.meta.title ?? title ?? deckId}: ${rooms.length} ${rooms.length === 1 ? 'room quiz' : 'room quizzes'}, ${when}`, width - 2).map(line => `  ${line}`));
		}
	}

	return lines.length === 0 ? [] : ['', 'Room quizzes (a show of hands; not part of your scores):', ...lines];
}

/** The last two parts of a kept source: enough to tell `wk1/weekly.md` from `wk2/weekly.md`. */
const shortSource = (source: string): string => source.split(/[\\/]/).slice(-2).join('/');

/**
A deck's name in the table: its title, and where it is (or its id) when
another deck listed has the same title, since two files of one title keep
histories of their own.
*/
function deckName(deck: SummaryJson['decks'][number], all: SummaryJson['decks']): string {
	const name = deck.title ?? deck.id;
	const twin = all.some(other => other !== deck && (other.title ?? other.id) === name);
	return twin ? `${name} (${deck.source === null ? deck.id : shortSource(deck.source)})` : name;
}

function summaryText(decks: readonly DeckScores[], data: SummaryJson, width: number): string {
	const lines = [...wrapText('Scores on every deck', width), ''];
	// A deck with room quizzes only has no scores to show: its rooms are listed below.
	const scored = data.decks.filter(deck => deck.attempts > 0 || deck.due !== null);
	const rooms = roomLines(decks, width);
	if (scored.length === 0) {
		append(lines, wrapText('No attempts yet: take a quiz with `briefing-deck quiz [deck]`.', width));
		append(lines, rooms);
	} else {
		const rows = scored.map(deck => ({
			deck: sanitize(deckName(deck, scored)),
			attempts: String(deck.attempts),
			best: score(deck.best),
			last: score(deck.last),
			due: deck.due ? String(deck.due.today) : '–',
			trend: deck.trend,
		}));
		append(lines, [
			...(table(rows, width) ?? list(rows.map(row => ({...row, attempts: plural(Number(row.attempts), 'attempt')})), width)),
			...rooms,
			'',
			...wrapText(`\`briefing-deck scores <deck>\` shows a deck's attempts${rooms.length === 0 ? ' and questions' : ', questions and rooms'}.`, width),
		]);
	}

	if (data.warnings.length > 0) {
		// Not wrapped: they hold file paths, which are copied whole.
		append(lines, ['', 'Warnings:', ...data.warnings.map(warning => `  ${warning}`)]);
	}

	// Deck ids and titles come from files: nothing reaches the terminal raw.
	return lines.map(line => sanitize(line)).join('\n') + '\n';
}

type SummaryOptions = {
	readonly json?: boolean;
	readonly csv?: boolean;
	/** With `csv`: every deck's room records instead of its attempts. */
	readonly rooms?: boolean;
	readonly width?: number;
};

/** Tables of the same columns as one: the first one's header, then every table's rows. */
const joinCsv = (tables: readonly string[]): string =>
	tables.map((csv, index) => (index === 0 ? csv : csv.slice(csv.indexOf('\n') + 1))).join('');

/**
Every deck's scores at a glance: a table that fits the width (a list when it
cannot), JSON, or CSV: every attempt, or with `rooms` every room record, under
one header (one table per file, so that spreadsheets take it).
*/
export function formatSummary(decks: readonly DeckScores[], warnings: readonly string[], options: SummaryOptions = {}): string {
	if (options.csv) {
		const tables = options.rooms
			? decks.map(({deck, rooms = []}) => roomsCsv(deck, rooms))
			: decks.map(({deck, attempts}) => scoresCsv(deck, attempts));
		return joinCsv(tables.length === 0 ? [options.rooms ? roomsCsv(undefined, []) : scoresCsv(undefined, [])] : tables);
	}

	const data = summaryJson(decks, warnings);
	// Deck ids, titles and warnings come from files: JSON escapes C0 controls only, toSafeJson the rest.
	return options.json ? toSafeJson(data) + '\n' : summaryText(decks, data, options.width ?? defaultWidth);
}
