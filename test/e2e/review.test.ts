/**
`briefing-deck review` from the built CLI: what is due, asked in a real
pseudo-terminal, and what it says when nothing is. Schedule files are written
here as source/core/records/schedule-file.ts describes them. Skipped only until
`dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {review} from '../../source/core/study/scheduler.js';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, repoRoot, startApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck} from './screen.js';

const smallPath = path.resolve(fixtureDeck('quiz-small.md'));
const {freshDir} = temporaryDirectories('review-e2e');
const day = 86_400_000;

afterEach(async () => {
	await disposeAll();
});

/** A store whose schedules say: `gulls` missed two days ago (due), `cairn` known well (due in weeks). */
function storeWithSchedules(source = smallPath): string {
	const store = freshDir();
	const twoDaysAgo = new Date(Date.now() - (2 * day));
	fs.mkdirSync(path.join(store, 'schedules'));
	fs.writeFileSync(path.join(store, 'schedules', 'quiz-drill.json'), JSON.stringify({
		schema: 'briefing-deck/schedules',
		version: 1,
		deckId: 'quiz-drill',
		deck: {title: 'Quiz Drill', source},
		questions: {
			gulls: {...review(undefined, 'again', twoDaysAgo), prompt: 'How many gulls does the keeper count?'},
			cairn: {...review(undefined, 'easy', new Date()), prompt: 'What is the summit cairn built from?'},
		},
	}));
	return store;
}

const run = async (args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> => new Promise(resolve => {
	const child = execFile(process.execPath, [cliPath, ...args], {cwd: repoRoot, env: {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false'}, timeout: 10_000}, (error, stdout, stderr) => {
		resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
	});
	child.stdin?.end();
});

const readSchedules = (store: string): {questions: Record<string, {reps: number; due: string}>} =>
	JSON.parse(fs.readFileSync(path.join(store, 'schedules', 'quiz-drill.json'), 'utf8')) as {questions: Record<string, {reps: number; due: string}>};

describe.skipIf(!cliIsBuilt())('briefing-deck review', () => {
	it('asks what is due today, from any directory, and moves its schedule on', async () => {
		const store = storeWithSchedules();
		const app = startApp(['review', '--store', store], {cwd: freshDir()});
		const intro = await app.waitFor('Review: 1 question due.', {timeout: 10_000});
		expect(intro).toContain('Quiz Drill');
		await app.press(keys.enter);
		const question = await app.waitFor('How many gulls does the keeper count?');
		expect(question).toContain('Question 1 of 1');
		const digit = /(\d) [A-C] +Seven gulls/.exec(question)?.[1];
		await app.press(digit!);
		await app.waitFor('✔ Right');
		await app.press(keys.enter);
		const results = await app.waitFor(/Next review: /);
		expect(results).toContain('Review results');
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		const {questions} = readSchedules(store);
		expect(questions['gulls']?.reps).toBe(2);
		expect(Date.parse(questions['gulls']!.due)).toBeGreaterThan(Date.now() + day);
		// A review is not an attempt.
		expect(fs.existsSync(path.join(store, 'attempts'))).toBe(false);
	});

	it('says on Ctrl+C what the schedule files show: the answer given moved its schedule, and nothing else is recorded', async () => {
		const store = storeWithSchedules();
		const app = startApp(['review', '--store', store], {cwd: freshDir()});
		await app.waitFor('Review: 1 question due.', {timeout: 10_000});
		await app.press(keys.enter);
		const question = await app.waitFor('How many gulls does the keeper count?');
		await app.press(/(\d) [A-C] +Seven gulls/.exec(question)?.[1] ?? '?');
		await app.waitFor('✔ Right');
		await app.press(keys.ctrlC);
		expect((await app.waitForExit()).exitCode).toBe(130);
		const raw = app.rawOutput();
		const printed = raw.slice(raw.lastIndexOf('\u001B[?1049l'));
		expect(printed).toContain('briefing-deck: review interrupted after 1 of 1 question; 1 answer moved its review schedule, and a review records nothing else');
		expect(readSchedules(store).questions['gulls']?.reps).toBe(2);
		expect(fs.existsSync(path.join(store, 'attempts'))).toBe(false);
	});

	it('says when the next question is due when nothing is due today, with no terminal needed', async () => {
		const store = storeWithSchedules();
		const file = path.join(store, 'schedules', 'quiz-drill.json');
		const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as {questions: Record<string, unknown>};
		delete raw.questions['gulls'];
		fs.writeFileSync(file, JSON.stringify(raw));
		const {code, stdout} = await run(['review', '--store', store]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Nothing is due for review\. The next question is due in \d+ days \(.+\), on “Quiz Drill”\.\n$/);
	});

	it('says there is nothing to review before any quiz was answered', async () => {
		const {code, stdout} = await run(['review', '--store', freshDir()]);
		expect({code, stdout}).toEqual({code: 0, stdout: 'Nothing to review yet: questions come up for review once you have answered them in a quiz (`briefing-deck quiz`).\n'});
		// A deck named on the command line is named in the command suggested.
		const named = await run(['review', 'example', '--store', freshDir()]);
		expect(named.stdout).toContain('(`briefing-deck quiz example`)');
	});

	it('reports a deck that has moved, and asks nothing of it', async () => {
		const store = storeWithSchedules(path.join(freshDir(), 'gone.md'));
		const {code, stdout, stderr} = await run(['review', '--store', store]);
		expect(code).toBe(0);
		expect(stderr).toMatch(/Quiz Drill: 1 question due, but .*gone\.md cannot be opened \(file not found\)/);
		expect(stdout).toBe('Nothing that can be asked is due for review.\n');
	});

	it('needs a terminal to ask what is due', async () => {
		const {code, stderr} = await run(['review', '--store', storeWithSchedules()]);
		expect(code).toBe(2);
		expect(stderr).toContain('review needs a terminal');
	});
});
