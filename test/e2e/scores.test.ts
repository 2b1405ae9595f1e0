/**
`briefing-deck scores` as a script or a person at a shell runs it: the built
CLI in a child process (no terminal), reading a store of attempt files written
here exactly as the schema in source/store/attempt.ts describes them.
Skipped only until `dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/deck/parse.js';
import {cliIsBuilt, cliPath, repoRoot} from '../helpers/pty.js';

const bundled = parseDeck(fs.readFileSync(path.join(repoRoot, 'decks', 'karpathy-joins-anthropic.md'), 'utf8')).deck;
const deckId = bundled.meta.id;
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

afterEach(() => {
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

/** Two attempts: 10/14 on Jan 5 (65 s), then 13/14 on Jan 6 (130 s). */
const twoAttempts = (store: string): string[] => [
	writeAttempt(store, {day: 5, seconds: 65, right: allIds.filter(id => id !== firstMissed).slice(0, 10)}),
	writeAttempt(store, {day: 6, seconds: 130, right: allIds.filter(id => id !== firstMissed)}),
];

describe.skipIf(!cliIsBuilt())('scores from the command line', () => {
	it('says there are no attempts in an empty store', async () => {
		const store = temporaryStore();

		const text = await run(['scores', '--store', store]);
		expect(text).toMatchObject({code: 0, stderr: ''});
		expect(text.stdout).toBe('Scores for “Karpathy Joins Anthropic”\n\nNo attempts yet.\n');

		const json = await run(['scores', '--json', '--store', store]);
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

		const {code, stdout, stderr} = await run(['scores', '--store', store]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('Scores for “Karpathy Joins Anthropic”');
		expect(stdout).toContain('Date              Score (%)     Time\n');
		expect(lines).toContainEqual(expect.stringMatching(/^2026-01-05 09:01 {2}10\/14 \(71 %\) +1:05$/));
		expect(lines).toContainEqual(expect.stringMatching(/^2026-01-06 09:02 {2}13\/14 \(93 %\) +2:10$/));
		expect(stdout).toContain('Best: 13/14 (93 %) on 2026-01-06 09:02 · Average: 82 % · 2 attempts');
		expect(stdout).toMatch(/^Trend: \S{2} \(oldest to newest\)$/m);
		const worst = lines[lines.indexOf('Questions, worst first:') + 1];
		expect(worst).toMatch(/^ {4}0 % {2}0\/2 {4}Did Karpathy shut down Eureka Labs\? — review slide \d+: What Eureka Labs tells us$/);
		expect(lines.filter(line => /^ +\d+ % {2}\d\/2 /.test(line))).toHaveLength(14);
	});

	it('gives the attempts as JSON', async () => {
		const store = temporaryStore();
		twoAttempts(store);

		const {code, stdout} = await run(['scores', '--json', '--store', store]);
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
			{startedAt: local(5, 9, 0), endedAt: local(5, 9, 1, 5), score: 10, total: 14, percentage: 71, ms: 65_000, quizChanged: false},
			{startedAt: local(6, 9, 0), endedAt: local(6, 9, 2, 10), score: 13, total: 14, percentage: 93, ms: 130_000, quizChanged: false},
		]);
		expect(data.best).toEqual({score: 13, total: 14, percentage: 93, endedAt: local(6, 9, 2, 10)});
		expect(data.average).toBe(82);
		expect(data.questions).toHaveLength(14);
		expect(data.questions[0]).toMatchObject({id: firstMissed, asked: 2, right: 0, accuracy: 0});
		expect(data.questions.map(question => question.id).sort()).toEqual([...allIds].sort());
		expect(data.warnings).toEqual([]);
	});

	it('gives the attempts as CSV, one row each under a header', async () => {
		const store = temporaryStore();
		twoAttempts(store);

		const {code, stdout} = await run(['scores', '--csv', '--store', store]);
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual([
			'deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed',
			`${deckId},${local(5, 9, 0)},${local(5, 9, 1, 5)},10,14,71,65,false`,
			`${deckId},${local(6, 9, 0)},${local(6, 9, 2, 10)},13,14,93,130,false`,
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

		const {code, stdout} = await run(['scores', '--store', store]);
		expect(code).toBe(0);
		// The good attempt is still counted.
		expect(stdout).toContain('1 attempt');
		expect(fs.existsSync(good!)).toBe(true);
		expect(stdout).toContain('Warnings:');
		expect(stdout).toContain(`attempt ${corrupt} is corrupt (not valid JSON); left in place`);
		expect(stdout).not.toContain('pwned');

		// Nothing renamed, nothing created.
		expect(fs.readdirSync(attemptsDir(store)).sort()).toEqual(before);
		const again = await run(['scores', '--json', '--store', store]);
		expect(JSON.parse(again.stdout)).toMatchObject({attempts: [{score: 10}]});
		expect(fs.readdirSync(attemptsDir(store)).sort()).toEqual(before);
	});

	it('refuses --reset without --yes when there is no terminal to ask in', async () => {
		const store = temporaryStore();
		const files = twoAttempts(store);

		const {code, stdout, stderr} = await run(['scores', '--reset', '--store', store]);
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

		const reset = await run(['scores', '--reset', '--yes', '--store', store]);
		expect(reset.code).toBe(0);
		expect(reset.stdout).toContain('Deleted 2 attempts on “Karpathy Joins Anthropic”.');
		for (const file of files) {
			expect(fs.existsSync(file)).toBe(false);
		}

		const after = await run(['scores', '--store', store]);
		expect(after.stdout).toContain('No attempts yet.');
	});
});
