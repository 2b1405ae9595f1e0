/**
The store as the built CLI uses it, with a corrupt file of every kind planted
beside valid files whose fields a hand edit filled with escape sequences, C1
controls and bidi overrides. The commands that only read (`scores` in every
form, `rehearsals`, `review` with nothing due) report each corrupt file by
name, print everything inert, and change nothing, not even the leftovers of a
killed save; the next command that writes moves each corrupt file aside.
Skipped only until `dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, repoRoot, startApp} from '../helpers/pty.js';
import {snapshot} from '../helpers/snapshot.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck} from './screen.js';

const smallPath = path.resolve(fixtureDeck('quiz-small.md'));
const deckId = 'quiz-drill';
const {freshDir} = temporaryDirectories('store-e2e');
const ESC = '\u001B';
/** What a hand edit could put in a field: a clipboard write, a screen clear, a C1 CSI and a bidi override. */
const hostile = `${ESC}]52;c;aGk=\u0007${ESC}[2J\u009B31m\u202Eevil`;
/** Anything a terminal would act on (newlines and tabs aside). */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** A corrupt file's bytes: never to be seen again in any output. */
const corruptBytes = `${ESC}]0;pwned\u0007{"secret": "pwned"`;

afterEach(async () => {
	await disposeAll();
});

const run = async (args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> => new Promise(resolve => {
	const child = execFile(process.execPath, [cliPath, ...args], {cwd: repoRoot, env: {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false', FORCE_COLOR: '0'}, timeout: 10_000}, (error, stdout, stderr) => {
		resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
	});
	child.stdin?.end();
});

const write = (file: string, content: unknown): string => {
	fs.mkdirSync(path.dirname(file), {recursive: true});
	fs.writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, undefined, '\t')}\n`);
	return file;
};

const at = (day: number): string => new Date(Date.UTC(2026, 0, day, 9)).toISOString();

type Planted = {
	readonly store: string;
	/** The corrupt file of each kind. */
	readonly corrupt: {readonly attempt: string; readonly room: string; readonly rehearsal: string; readonly schedule: string};
	/** What a killed save left: a temp file of an atomic write, a schedule lock whose holder is gone. */
	readonly leftovers: readonly string[];
};

/** A store with a valid, hostile-fielded file and a corrupt file of every kind for the deck, and leftovers. */
function plantStore(): Planted {
	const store = freshDir();
	const folder = (kind: string, id = deckId) => path.join(store, kind, id);
	write(path.join(folder('attempts'), '20260105T090100000Z-1-aaaaaaaa.json'), {
		schema: 'briefing-deck/attempt', version: 1, deckId, quizHash: 'x', startedAt: at(5), endedAt: at(5),
		score: 1, total: 2, answers: [{questionId: 'gulls', chosen: [1], right: true, ms: 900}, {questionId: hostile, chosen: [0], right: false, ms: 900}],
	});
	// A deck known only by an id someone typed into a file, for the summary of every deck.
	write(path.join(store, 'attempts', 'other', '20260106T090100000Z-1-aaaaaaaa.json'), {
		schema: 'briefing-deck/attempt', version: 1, deckId: hostile, quizHash: 'x', startedAt: at(6), endedAt: at(6), score: 0, total: 0, answers: [],
	});
	write(path.join(folder('rooms'), '20260105T100000000Z-1-aaaaaaaa.json'), {
		schema: 'briefing-deck/room', version: 1, deckId, quizHash: 'x', startedAt: at(5), endedAt: at(5),
		questions: [{questionId: hostile, kind: 'single', correct: [0], counts: [3, 1]}],
	});
	write(path.join(folder('rehearsals'), '20260105T110000000Z-1-aaaaaaaa.json'), {
		schema: 'briefing-deck/rehearsal', version: 1, deckId, startedAt: at(5), endedAt: at(5),
		slides: [{number: 1, title: hostile, slug: hostile, seconds: 30}],
	});
	// Another deck's schedules, its file gone and a question due: review names it by the title kept here.
	write(path.join(store, 'schedules', 'gone.json'), {
		schema: 'briefing-deck/schedules', version: 1, deckId: 'gone', deck: {title: hostile, source: path.join(store, 'gone.md')},
		questions: {q: {due: at(1), stability: 1, difficulty: 5, state: 'review', reps: 1, lapses: 0, scheduledDays: 1, learningSteps: 0, lastReview: at(1), prompt: hostile}},
	});
	const corrupt = {
		attempt: write(path.join(folder('attempts'), '20260107T090000000Z-1-bbbbbbbb.json'), corruptBytes),
		room: write(path.join(folder('rooms'), '20260107T090000000Z-1-bbbbbbbb.json'), corruptBytes),
		rehearsal: write(path.join(folder('rehearsals'), '20260107T090000000Z-1-bbbbbbbb.json'), corruptBytes),
		schedule: write(path.join(store, 'schedules', `${deckId}.json`), corruptBytes),
	};
	// A pid no process has.
	const leftovers = [
		write(path.join(folder('rehearsals'), '.20260108T090000000Z-1-cccccccc.json.2147483646.abcd1234.tmp'), '{"half'),
		write(path.join(store, 'schedules', `${deckId}.json.lock`), '2147483646\n'),
	];
	return {store, corrupt, leftovers};
}

const readOnlyCommands: ReadonlyArray<readonly string[]> = [
	['scores'],
	['scores', '--json'],
	['scores', '--csv'],
	['scores', '--csv', '--rooms'],
	['scores', smallPath],
	['scores', smallPath, '--json'],
	['scores', smallPath, '--csv'],
	['scores', smallPath, '--csv', '--questions'],
	['scores', smallPath, '--csv', '--rooms'],
	['rehearsals', smallPath],
	['rehearsals', smallPath, '--json'],
	['review'],
	['review', smallPath],
];

describe.skipIf(!cliIsBuilt())('the store through the built CLI', () => {
	it('commands that only read report every kind of corrupt file, print what they read inert, and change nothing', async () => {
		const {store, corrupt, leftovers} = plantStore();
		const before = snapshot(store);
		const outputs = new Map<string, string>();
		for (const args of readOnlyCommands) {
			const {code, stdout, stderr} = await run([...args, '--store', store]);
			const name = args.map(arg => (arg === smallPath ? '<deck>' : arg)).join(' ');
			expect({name, code}).toEqual({name, code: 0});
			for (const output of [stdout, stderr]) {
				expect(output, name).not.toMatch(rawControl);
				expect(output, name).not.toContain('pwned');
			}

			outputs.set(name, `${stdout}\n${stderr}`);
			expect(snapshot(store), name).toEqual(before);
		}

		const leftInPlace = (noun: string, file: string) => `${noun} ${file} is corrupt (not valid JSON); left in place`;
		expect(outputs.get('scores')).toContain(leftInPlace('attempt', corrupt.attempt));
		expect(outputs.get('scores')).toContain(leftInPlace('schedule file', corrupt.schedule));
		for (const format of ['', ' --json', ' --csv']) {
			const output = outputs.get(`scores <deck>${format}`);
			expect(output).toContain(leftInPlace('attempt', corrupt.attempt));
			expect(output).toContain(leftInPlace('room record', corrupt.room));
			expect(output).toContain(leftInPlace('schedule file', corrupt.schedule));
		}

		expect(outputs.get('rehearsals <deck>')).toContain(leftInPlace('rehearsal', corrupt.rehearsal));
		expect(outputs.get('rehearsals <deck> --json')).toContain(leftInPlace('rehearsal', corrupt.rehearsal));
		expect(outputs.get('review')).toContain(leftInPlace('schedule file', corrupt.schedule));
		expect(outputs.get('review <deck>')).toContain(leftInPlace('schedule file', corrupt.schedule));
		expect(outputs.get('review')).toContain('Nothing that can be asked is due for review.');

		// JSON escapes what it cannot show, so a script reads back exactly what the file holds.
		const summary = JSON.parse((await run(['scores', '--json', '--store', store])).stdout) as {decks: Array<{id: string}>};
		expect(summary.decks.map(deck => deck.id)).toContain(hostile);
		const scores = JSON.parse((await run(['scores', smallPath, '--json', '--store', store])).stdout) as {questions: Array<{id: string}>; rooms: Array<{questions: Array<{id: string}>}>};
		expect(scores.questions.map(question => question.id)).toContain(hostile);
		expect(scores.rooms).toHaveLength(1);
		for (const file of leftovers) {
			expect(fs.existsSync(file)).toBe(true);
		}
	});

	it('the next command that writes moves each corrupt file aside, and clears the leftovers', async () => {
		const {store, corrupt, leftovers} = plantStore();
		const backupOf = (file: string) => fs.readdirSync(path.dirname(file)).find(name => name.startsWith(`${path.basename(file)}.corrupt-`));

		// A quiz reads the deck's attempts and schedules for its intro.
		const quiz = startApp(['quiz', smallPath, '--store', store], {cols: 100, rows: 40});
		await quiz.waitFor('3 questions', {timeout: 10_000});
		await quiz.press('q');
		expect((await quiz.waitForExit()).exitCode).toBe(0);
		for (const file of leftovers) {
			expect(fs.existsSync(file), file).toBe(false);
		}

		for (const file of [corrupt.attempt, corrupt.schedule]) {
			expect(fs.existsSync(file), file).toBe(false);
			expect(fs.readFileSync(path.join(path.dirname(file), backupOf(file)!), 'utf8')).toBe(corruptBytes);
		}

		expect(fs.existsSync(corrupt.room)).toBe(true);
		expect(fs.existsSync(corrupt.rehearsal)).toBe(true);

		// The slideshow reads the deck's rehearsals to pace against.
		const show = startApp([smallPath, '--store', store], {cols: 100, rows: 30});
		await show.waitFor(/1 \/ \d+/, {timeout: 10_000});
		await show.press('q');
		expect((await show.waitForExit()).exitCode).toBe(0);
		expect(fs.existsSync(corrupt.rehearsal)).toBe(false);
		expect(backupOf(corrupt.rehearsal)).toBeDefined();

		// A room quiz that keeps its counts reads the deck's room records back.
		const room = startApp(['quiz', '--room', smallPath, '--seed', '3', '--save-room', '--store', store], {cols: 58, rows: 32});
		await room.waitFor('3 questions, one at a time', {timeout: 10_000});
		await room.press(keys.space);
		await room.waitFor('Question 1 of 3');
		await room.press('a', '3', keys.enter);
		// The room sees that option A was counted, not how many hands, until the reveal.
		await room.waitFor(/counted/);
		await room.press(keys.ctrlC);
		expect((await room.waitForExit()).exitCode).toBe(130);
		expect(fs.existsSync(corrupt.room)).toBe(false);
		expect(backupOf(corrupt.room)).toBeDefined();
		expect(room.rawOutput()).toContain('is corrupt (not valid JSON); moved it to');
		// Kept: the valid record, the new one, and the backup.
		expect(fs.readdirSync(path.dirname(corrupt.room))).toHaveLength(3);
	});
});
