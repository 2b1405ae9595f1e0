/**
Every CSV `scores` writes, read back by real CSV readers: Python's `csv`
module, and pandas' `read_csv` (what a spreadsheet import or a notebook does).
Each file is one table of one width, and every field comes back whole, even
from a deck and a store full of commas, quotes, line breaks, formulas and
escape bytes. Where python3 or pandas is missing, the tests say so and are
skipped; CI installs both.
*/
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {formatScores} from '../../source/commands/scores/format-scores.js';
import {type DeckScores, formatSummary} from '../../source/commands/scores/scores-summary.js';
import type {Attempt} from '../../source/core/records/attempt.js';
import type {RoomRecord} from '../../source/core/records/room-record.js';
import {review} from '../../source/core/study/scheduler.js';
import {deck as factsDeck} from '../ui/quiz/fixture.js';

// CI names the python3 that imports pandas (another may come first on PATH).
const pythonCommand = process.env['BRIEFING_DECK_TEST_PYTHON'] ?? 'python3';
const python = (args: readonly string[], input = ''): {status: number | null; stdout: string; stderr: string} =>
	spawnSync(pythonCommand, args, {input, encoding: 'utf8', timeout: 30_000});

const hasPython = (() => {
	try {
		return python(['-c', 'import csv']).status === 0;
	} catch {
		return false;
	}
})();

const hasPandas = hasPython && python(['-c', 'from pandas import read_csv']).status === 0;

// Reads stdin as UTF-8; prints the rows as JSON. newline='' so a line break inside quotes stays in its field.
const csvModule = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode('utf-8')
print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))
`;

// Every field as text, none taken for "missing": what was written comes back.
const pandasReadCsv = `
import io, json, sys
import pandas
text = sys.stdin.buffer.read().decode('utf-8')
frame = pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
print(json.dumps({'columns': [str(column) for column in frame.columns], 'rows': frame.values.tolist()}))
`;

const readWith = <T>(script: string, csv: string): T => {
	const {status, stdout, stderr} = python(['-c', script], csv);
	expect(stderr).toBe('');
	expect(status).toBe(0);
	return JSON.parse(stdout) as T;
};

/** Text from files anyone can edit, as hostile as CSV and spreadsheets allow. */
const hostile = '=HYPERLINK("http://x","click"), then\na second line \u001B]0;pwned\u0007\u202E';
const hostileId = '-evil,"id"';

const at = (day: number, hour: number, minute = 0): string => new Date(2026, 0, day, hour, minute).toISOString();

const deck = {
	...factsDeck,
	meta: {...factsDeck.meta, id: hostileId, title: hostile},
	slides: factsDeck.slides.map(slide => ({...slide, title: `@${slide.title}, "${hostile}"`})),
	quiz: {...factsDeck.quiz, questions: factsDeck.quiz.questions.map(question => ({...question, prompt: `+${question.prompt} ${hostile}`}))},
};

const attempt = (day: number, exam = false): Attempt => ({
	schema: 'briefing-deck/attempt',
	version: 1,
	deckId: hostileId,
	quizHash: 'hash-1',
	startedAt: at(day, 9),
	endedAt: at(day, 9, 2),
	score: 2,
	total: 3,
	answers: factsDeck.quiz.questions.map((question, index) => ({questionId: question.id, chosen: [], right: index > 0, ms: 1000})),
	...(exam ? {exam: {}} : {}),
} as Attempt);

const room: RoomRecord = {
	schema: 'briefing-deck/room',
	version: 2,
	deckId: hostileId,
	quizHash: 'hash-1',
	startedAt: at(6, 10),
	endedAt: at(6, 10, 20),
	questions: [
		{questionId: 'capital', kind: 'single', correct: [1], counts: [5, 12, 2, 1]},
		{questionId: `@${hostile}`, kind: 'single', correct: [0], counts: [3, 1]},
		{questionId: 'boiling', kind: 'card', correct: [0], counts: null},
	],
};

const attempts = [attempt(3), attempt(4, true)];
const rooms = {records: [room], warnings: []};
const book = {schema: 'briefing-deck/schedules', version: 1, deckId: hostileId, questions: {primes: review(undefined, 'good', new Date(2026, 0, 5, 15))}} as const;
const decks: DeckScores[] = [
	{deckId: hostileId, deck, attempts, rooms: [room]},
	{deckId: 'facts', deck: factsDeck, attempts: [{...attempt(5), deckId: 'facts'}], rooms: [{...room, deckId: 'facts'}]},
];

/** Each file `scores` writes, by the command that writes it. */
const files: ReadonlyArray<readonly [string, string]> = [
	['scores <deck> --csv', formatScores(deck, attempts, {csv: true}, rooms)],
	['scores <deck> --csv --questions', formatScores(deck, attempts, {csv: true, questions: true, book}, rooms)],
	['scores <deck> --csv --rooms', formatScores(deck, attempts, {csv: true, rooms: true}, rooms)],
	['scores --csv', formatSummary(decks, [], {csv: true})],
	['scores --csv --rooms', formatSummary(decks, [], {csv: true, rooms: true})],
];

/** How many data rows each file holds: what a reader must find. */
const rowCounts: Record<string, number> = {
	'scores <deck> --csv': 2,
	'scores <deck> --csv --questions': 3,
	'scores <deck> --csv --rooms': 3,
	'scores --csv': 3,
	'scores --csv --rooms': 6,
};

const escapeBytes = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const formulaStart = /^[=+\-@\t\r]/;

describe.skipIf(!hasPython)(`scores CSV read back by Python's csv module${hasPython ? '' : ' (skipped: python3 is not on this machine; CI installs it)'}`, () => {
	it.each(files)('%s: one header, then rows of its width, every field whole and inert', (name, csv) => {
		const rows = readWith<string[][]>(csvModule, csv);
		const [header, ...body] = rows;
		expect(body, name).toHaveLength(rowCounts[name]!);
		expect(new Set(rows.map(row => row.length)), name).toEqual(new Set([header!.length]));
		expect(header![0]).toBe('deck_id');
		for (const field of rows.flat()) {
			expect(field, name).not.toMatch(escapeBytes);
			expect(field, name).not.toMatch(formulaStart);
		}

		// The hostile id comes back as it was, with the quote mark that keeps it text.
		expect(body.map(row => row[0]), name).toContain(`'${hostileId}`);
	});

	it('gives back the deck\'s text whole, line break and all, its escape bytes as pictures', () => {
		const [header, ...rows] = readWith<string[][]>(csvModule, files[1]![1]);
		const prompt = header!.indexOf('prompt');
		const slideTitle = header!.indexOf('slide_title');
		const shown = '=HYPERLINK("http://x","click"), then\na second line ␛]0;pwned␇';
		expect(rows.map(row => row[prompt])).toContain(`'+Which of these are prime? ${shown}`);
		expect(rows.map(row => row[slideTitle])).toContain(`'@Prime numbers, "${shown}"`);
	});
});

if (hasPython && !hasPandas) {
	console.warn('skipped: pandas is not importable here, so the read_csv tests do not run; CI installs python3-pandas.');
}

describe.skipIf(!hasPandas)(`scores CSV read back by pandas' read_csv${hasPandas ? '' : ' (skipped: pandas is not importable here; CI installs python3-pandas)'}`, () => {
	it.each(files)('%s: one frame with the header\'s columns and every row', (name, csv) => {
		const frame = readWith<{columns: string[]; rows: string[][]}>(pandasReadCsv, csv);
		expect(frame.columns, name).toEqual(csv.slice(0, csv.indexOf('\n')).split(','));
		expect(frame.rows, name).toHaveLength(rowCounts[name]!);
		expect(frame.rows.map(row => row[0]), name).toContain(`'${hostileId}`);
	});
});
