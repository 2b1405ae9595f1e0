/**
`briefing-deck scores` as a script or a person at a shell runs it: the built
CLI in a child process (no terminal), reading a store of attempt files written
here exactly as the schema in source/core/records/attempt.ts describes them.
Skipped only until `dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {cliIsBuilt, cliPath, disposeAll, repoRoot, startApp} from '../helpers/pty.js';
import {flat} from './screen.js';

const bundled = parseDeck(fs.readFileSync(path.join(repoRoot, 'decks', 'karpathy-joins-anthropic.md'), 'utf8')).deck;
const deckId = bundled.meta.id;
const bundledName = 'karpathy-joins-anthropic';
const questions = bundled.quiz?.questions ?? [];

type Run = {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
};

/** Runs the CLI with pipes for stdin, stdout and stderr; never throws for an exit code. */
const run = async (args: readonly string[]): Promise<Run> => new Promise(resolve => {
	const child = execFile(process.execPath, [cliPath, ...args], {
		cwd: repoRoot,
		// No store from the shell may leak in: every test passes --store.
		env: {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false', FORCE_COLOR: '0'},
		timeout: 10_000,
	}, (error, stdout, stderr) => {
		resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
	});
	child.stdin?.end();
});

const temporaryDirs: string[] = [];

const temporaryStore = (): string => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-scores-e2e-'));
	temporaryDirs.push(dir);
	return dir;
};

afterEach(async () => {
	await disposeAll();
	for (const dir of temporaryDirs.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

/** Local times, so the dates the table prints hold in any time zone. */
const local = (day: number, hour: number, minute: number, second = 0): string => new Date(2026, 0, day, hour, minute, second).toISOString();

const attemptsDir = (store: string): string => path.join(store, 'attempts', deckId);

/**
Writes one attempt file as the app would: `right` question ids were answered
right, the rest wrong. Returns the file's path.
*/
function writeAttempt(store: string, {day, seconds, right}: {day: number; seconds: number; right: readonly string[]}): string {
	const startedAt = local(day, 9, 0);
	const endedAt = new Date(Date.parse(startedAt) + (seconds * 1000)).toISOString();
	const attempt = {
		schema: 'briefing-deck/attempt',
		version: 1,
		deckId,
		quizHash: bundled.quiz?.hash ?? '',
		startedAt,
		endedAt,
		score: right.length,
		total: questions.length,
		answers: questions.map(question => {
			const isRight = right.includes(question.id);
			return question.kind === 'card'
				? {questionId: question.id, chosen: [], knew: isRight, right: isRight, ms: 1500}
				: {questionId: question.id, chosen: isRight ? [...question.correct] : [question.options.findIndex(option => !option.correct)], right: isRight, ms: 1500};
		}),
	};
	const dir = attemptsDir(store);
	fs.mkdirSync(dir, {recursive: true});
	const file = path.join(dir, `${endedAt.replaceAll(/[-:.]/g, '')}-4242-${String(day).padStart(8, '0')}.json`);
	fs.writeFileSync(file, `${JSON.stringify(attempt, undefined, '\t')}\n`);
	return file;
}

const allIds = questions.map(question => question.id);
const firstMissed = 'faq-eureka-shut-down';

/** Two attempts: 10/13 on Jan 5 (65 s), then 12/13 on Jan 6 (130 s). */
const twoAttempts = (store: string): string[] => [
	writeAttempt(store, {day: 5, seconds: 65, right: allIds.filter(id => id !== firstMissed).slice(0, 10)}),
	writeAttempt(store, {day: 6, seconds: 130, right: allIds.filter(id => id !== firstMissed)}),
];

describe.skipIf(!cliIsBuilt())('scores from the command line', () => {
	it('says there are no attempts in an empty store', async () => {
		const store = temporaryStore();

		const text = await run(['scores', bundledName, '--store', store]);
		expect(text).toMatchObject({code: 0, stderr: ''});
		expect(text.stdout).toBe('Scores for “Karpathy Joins Anthropic”\n\nNo attempts yet.\n');

		const json = await run(['scores', bundledName, '--json', '--store', store]);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout)).toMatchObject({
			deck: {id: deckId, title: 'Karpathy Joins Anthropic'},
			attempts: [],
			best: null,
			average: null,
			questions: [],
			warnings: [],
		});
	});

	it('lists the attempts as a table, with the best, the average and each question worst first', async () => {
		const store = temporaryStore();
		twoAttempts(store);

		const {code, stdout, stderr} = await run(['scores', bundledName, '--store', store]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('Scores for “Karpathy Joins Anthropic”');
		expect(stdout).toContain([
			'Date              Score        Time',
			'2026-01-05 09:01  10/13 (77%)  01:05',
			'2026-01-06 09:02  12/13 (92%)  02:10',
		].join('\n'));
		expect(stdout).toContain('Best: 12/13 (92%) on 2026-01-06 09:02 · Average: 85% · 2 attempts');
		expect(stdout).toMatch(/^Trend: \S{2} \(oldest to newest\)$/m);
		const worst = lines.findIndex(line => line.startsWith('Questions, worst first')) + 1;
		expect(lines.slice(worst, worst + 2)).toEqual([
			expect.stringMatching(/^ {4}0% {2}0\/2 {2}✘✘ {2}Did Karpathy shut down Eureka Labs\? — review slide \d+: Leaving$/),
			'                 his own company',
		]);
		expect(lines.filter(line => /^ +\d+% {2}\d\/2 {2}[✔✘]{2} /.test(line))).toHaveLength(13);
		for (const line of lines) {
			expect(line.length, line).toBeLessThanOrEqual(80);
		}
	});

	it('gives the attempts as JSON', async () => {
		const store = temporaryStore();
		twoAttempts(store);

		const {code, stdout} = await run(['scores', bundledName, '--json', '--store', store]);
		expect(code).toBe(0);
		const data = JSON.parse(stdout) as {
			attempts: unknown[];
			best: unknown;
			average: number;
			questions: Array<{id: string; asked: number; right: number; accuracy: number}>;
			warnings: string[];
			quizHash: string;
		};
		expect(data.quizHash).toBe(bundled.quiz?.hash);
		expect(data.attempts).toEqual([
			{startedAt: local(5, 9, 0), endedAt: local(5, 9, 1, 5), score: 10, total: 13, percentage: 77, ms: 65_000, quizChanged: false, exam: false},
			{startedAt: local(6, 9, 0), endedAt: local(6, 9, 2, 10), score: 12, total: 13, percentage: 92, ms: 130_000, quizChanged: false, exam: false},
		]);
		expect(data.best).toEqual({score: 12, total: 13, percentage: 92, endedAt: local(6, 9, 2, 10)});
		expect(data.average).toBe(85);
		expect(data.questions).toHaveLength(13);
		expect(data.questions[0]).toMatchObject({id: firstMissed, asked: 2, right: 0, accuracy: 0});
		expect(data.questions.map(question => question.id).sort()).toEqual([...allIds].sort());
		expect(data.warnings).toEqual([]);
	});

	it('gives the attempts as CSV, one row each under a header', async () => {
		const store = temporaryStore();
		twoAttempts(store);

		const {code, stdout} = await run(['scores', bundledName, '--csv', '--store', store]);
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual([
			'deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed,exam',
			`${deckId},${local(5, 9, 0)},${local(5, 9, 1, 5)},10,13,77,65,false,false`,
			`${deckId},${local(6, 9, 0)},${local(6, 9, 2, 10)},12,13,92,130,false,false`,
			'',
		]);
	});

	it('reports a corrupt attempt file by name and, being read-only, leaves it where it is', async () => {
		const store = temporaryStore();
		const [good] = twoAttempts(store);
		fs.rmSync(twoAttempts(store)[1]!);
		const corrupt = path.join(attemptsDir(store), '20260107T090000000Z-4242-deadbeef.json');
		fs.writeFileSync(corrupt, '{"schema": "briefing-deck/attempt", "score": \u001B]0;pwned\u0007');
		const before = fs.readdirSync(attemptsDir(store)).sort();

		const {code, stdout} = await run(['scores', bundledName, '--store', store]);
		expect(code).toBe(0);
		// The good attempt is still counted.
		expect(stdout).toContain('1 attempt');
		expect(fs.existsSync(good!)).toBe(true);
		expect(stdout).toContain('Warnings:');
		expect(stdout).toContain(`attempt ${corrupt} is corrupt (not valid JSON); left in place`);
		expect(stdout).not.toContain('pwned');

		// Nothing renamed, nothing created.
		expect(fs.readdirSync(attemptsDir(store)).sort()).toEqual(before);
		const again = await run(['scores', bundledName, '--json', '--store', store]);
		expect(JSON.parse(again.stdout)).toMatchObject({attempts: [{score: 10}]});
		expect(fs.readdirSync(attemptsDir(store)).sort()).toEqual(before);
	});

	it('summarizes every deck in the store when no deck is named', async () => {
		const store = temporaryStore();
		twoAttempts(store);
		writeAttempt(store, {day: 7, seconds: 90, right: allIds.slice(0, 7)});
		// A deck briefing-deck does not know the file of: named by its id.
		const other = path.join(store, 'attempts', 'team-onboarding');
		fs.mkdirSync(other, {recursive: true});
		fs.writeFileSync(path.join(other, '20260108T090000000Z-1-aa.json'), JSON.stringify({
			schema: 'briefing-deck/attempt', version: 1, deckId: 'team-onboarding', quizHash: 'x',
			startedAt: local(8, 9, 0), endedAt: local(8, 9, 1), score: 2, total: 4, answers: [],
		}));

		// A room quiz kept for a deck no one has taken the quiz of: listed apart, never as a score.
		const rooms = path.join(store, 'rooms', 'town-hall');
		fs.mkdirSync(rooms, {recursive: true});
		fs.writeFileSync(path.join(rooms, '20260109T090000000Z-1-bb.json'), JSON.stringify({
			schema: 'briefing-deck/room', version: 1, deckId: 'town-hall', quizHash: 'y',
			startedAt: local(9, 9, 0), endedAt: local(9, 9, 20), questions: [{questionId: 'q1', kind: 'single', correct: [0], counts: [4, 1]}],
		}));

		const {code, stdout, stderr} = await run(['scores', '--store', store]);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('Scores on every deck');
		expect(lines).not.toContainEqual(expect.stringMatching(/^town-hall +\d/));
		expect(lines).toContainEqual('Room quizzes (a show of hands; not part of your scores):');
		expect(lines).toContainEqual(expect.stringMatching(/^ {2}town-hall: 1 room quiz, on 2026-01-09 09:20$/));
		expect(lines).toContainEqual(expect.stringMatching(/^Deck +Attempts {2}Best +Last +Due {2}Trend$/));
		expect(lines).toContainEqual(expect.stringMatching(/^Karpathy Joins Anthropic +3 {2}12\/13 \(92%\) {2}7\/13 \(54%\) +– {2}\S{3}$/));
		expect(lines).toContainEqual(expect.stringMatching(/^team-onboarding +1 {2}2\/4 \(50%\) +2\/4 \(50%\) +–$/));

		const json = JSON.parse((await run(['scores', '--json', '--store', store])).stdout) as {decks: Array<{id: string; title: string | null; attempts: number; rooms: number}>};
		expect(json.decks.map(({id, title, attempts, rooms}) => ({id, title, attempts, rooms}))).toEqual([
			{id: deckId, title: 'Karpathy Joins Anthropic', attempts: 3, rooms: 0},
			{id: 'team-onboarding', title: null, attempts: 1, rooms: 0},
			{id: 'town-hall', title: null, attempts: 0, rooms: 1},
		]);

		// One table per CSV: the attempts, and with --rooms the room records, each under its own header.
		const csv = (await run(['scores', '--csv', '--store', store])).stdout.trimEnd().split('\n');
		expect(csv[0]).toBe('deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed,exam');
		expect(csv.slice(1).map(row => row.split(',')[0])).toEqual([deckId, deckId, deckId, 'team-onboarding']);
		const roomsCsv = await run(['scores', '--csv', '--rooms', '--store', store]);
		expect({code: roomsCsv.code, stderr: roomsCsv.stderr}).toEqual({code: 0, stderr: ''});
		expect(roomsCsv.stdout.trimEnd().split('\n')).toEqual(['deck_id,room_started_at,room_ended_at,question_id,kind,hands,people,right_percentage,at_most,quiz_changed', expect.stringMatching(/^town-hall,.*,q1,single,5,,80,false,false$/)]);
		const refused = await run(['scores', '--rooms', '--store', store]);
		expect(refused).toMatchObject({code: 2, stdout: ''});
		expect(refused.stderr).toContain('--rooms gives the room records as CSV');
	});

	it('says so when the store has no attempts on any deck', async () => {
		const {code, stdout} = await run(['scores', '--store', temporaryStore()]);
		expect(code).toBe(0);
		expect(stdout).toBe('Scores on every deck\n\nNo attempts yet: take a quiz with `briefing-deck quiz [deck]`.\n');
	});

	it('refuses --reset without --yes when there is no terminal to ask in', async () => {
		const store = temporaryStore();
		const files = twoAttempts(store);

		const {code, stdout, stderr} = await run(['scores', bundledName, '--reset', '--store', store]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('refusing to delete 2 attempts without confirmation');
		expect(stderr).toContain('--yes');
		for (const file of files) {
			expect(fs.existsSync(file)).toBe(true);
		}
	});

	it('deletes the attempts on --reset --yes', async () => {
		const store = temporaryStore();
		const files = twoAttempts(store);

		const reset = await run(['scores', bundledName, '--reset', '--yes', '--store', store]);
		expect(reset.code).toBe(0);
		expect(reset.stdout).toContain('Deleted 2 attempts on “Karpathy Joins Anthropic”.');
		for (const file of files) {
			expect(fs.existsSync(file)).toBe(false);
		}

		const after = await run(['scores', bundledName, '--store', store]);
		expect(after.stdout).toContain('No attempts yet.');
	});

	it('deletes every deck\'s attempts on --reset --yes without a deck', async () => {
		const store = temporaryStore();
		const files = twoAttempts(store);
		const reset = await run(['scores', '--reset', '--yes', '--store', store]);
		expect(reset).toMatchObject({code: 0, stdout: 'Deleted 2 attempts on any deck. Review schedules, room records, rehearsals and any backups of corrupt files were kept.\n'});
		for (const file of files) {
			expect(fs.existsSync(file)).toBe(false);
		}
	});

	it('asks in a terminal what --reset deletes and what it keeps, and deletes exactly that: an attempt saved meanwhile stays, and so do the schedules', async () => {
		const store = temporaryStore();
		const asked = twoAttempts(store);
		const schedules = path.join(store, 'schedules', `${deckId}.json`);
		fs.mkdirSync(path.dirname(schedules));
		fs.writeFileSync(schedules, JSON.stringify({schema: 'briefing-deck/schedules', version: 1, deckId, questions: {}}));
		const app = startApp(['scores', bundledName, '--reset', '--store', store], {cols: 200, rows: 10});
		await app.waitFor('Delete 2 attempts on “Karpathy Joins Anthropic”? Review schedules, room records and rehearsals are kept. This cannot be undone. [y/N]', {timeout: 10_000});
		// Another quiz finishes while the question is on screen.
		const meanwhile = writeAttempt(store, {day: 9, seconds: 60, right: allIds});
		await app.type('y\r');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expect(flat(app.screen())).toContain(flat('Deleted 2 attempts on “Karpathy Joins Anthropic”. Review schedules, room records, rehearsals and any backups of corrupt files were kept.'));
		expect(asked.filter(file => fs.existsSync(file))).toEqual([]);
		expect(fs.existsSync(meanwhile)).toBe(true);
		expect(fs.existsSync(schedules)).toBe(true);
	});

	it('fits an 80-column terminal: no word broken by the terminal, columns aligned, a chart from three attempts', async () => {
		const store = temporaryStore();
		twoAttempts(store);
		writeAttempt(store, {day: 7, seconds: 605, right: allIds.slice(0, 7)});
		const app = startApp(['scores', bundledName, '--store', store], {cols: 80, rows: 80});
		expect((await app.waitForExit()).exitCode).toBe(0);
		const screen = app.screen();
		const lines = screen.split('\n');

		// Had the terminal wrapped a line, a prompt would read `Why K arpathy`; every one reads whole.
		for (const question of questions) {
			expect(flat(screen)).toContain(flat(question.prompt));
		}

		// The times end in the same column on every row, and the Time header starts where they start.
		const table = lines.slice(lines.findIndex(line => line.startsWith('Date')), lines.findIndex(line => line.startsWith('Date')) + 4);
		expect(table).toHaveLength(4);
		const rows = table.slice(1);
		expect(new Set(rows.map(line => line.length)).size).toBe(1);
		expect(table[3]).toMatch(/ 10:05$/);
		expect(table[0]!.indexOf('Time')).toBe(table[3]!.lastIndexOf('10:05'));

		expect(screen).toContain('Scores over time (oldest to newest):');
		expect(lines).toContainEqual('  0% └─────');
		expect(screen).not.toContain('Trend:');
	});

	it('fits every deck into an 80-column terminal too', async () => {
		const store = temporaryStore();
		twoAttempts(store);
		const app = startApp(['scores', '--store', store], {cols: 80, rows: 30});
		expect((await app.waitForExit()).exitCode).toBe(0);
		const row = app.screen().split('\n').find(line => line.startsWith('Karpathy Joins Anthropic'));
		expect(row).toMatch(/^Karpathy Joins Anthropic +2 {2}12\/13 \(92%\) {2}12\/13 \(92%\) +– {2}\S\S$/);
	});
});
