/**
A timed exam in the built CLI, in a real pseudo-terminal: the countdown runs
on its own, and when it runs out the exam submits itself and is recorded as a
timed-out exam. Skipped only until `dist/cli.js` exists.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck} from './screen.js';

const smallPath = fixtureDeck('quiz-small.md');
const {freshDir} = temporaryDirectories('exam-e2e');

afterEach(async () => {
	await disposeAll();
});

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe.skipIf(!cliIsBuilt())('a timed exam in a real terminal', () => {
	it('counts down, submits itself when time runs out, says so, and is recorded as an exam', async () => {
		const store = freshDir();
		const app = startApp(['quiz', smallPath, '--time-limit', '4s', '--seed', '1', '--store', store]);
		await app.waitFor('Exam: 3 questions, a time limit of 00:04', {timeout: 10_000});
		await app.press(keys.enter);
		const question = await app.waitFor(/Exam · question 1 of 3 · 0 of 3 answered · 00:0\d left/);
		expect(question).toContain('Less than a minute left');

		// The right answer, read off the screen: no feedback follows it.
		const digit = /(\d) [A-C] +Seven gulls/.exec(question)?.[1];
		expect(digit).toBeDefined();
		await app.press(digit!);
		await app.waitFor('Exam · question 2 of 3 · 1 of 3 answered');
		expect(app.screen()).not.toMatch(/✔ Right|✘ Wrong/);

		const results = await app.waitFor('Saved to your score history.', {timeout: 10_000});
		expect(results).toContain('Exam results');
		expect(results).toContain('Score 1/3 (33%)');
		expect(results).toContain('Time is up: the exam was submitted with your answers as they stood.');
		expect(results).toContain('✘ Unanswered Which fruits ripen late?');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);

		const attempts = path.join(store, 'attempts', 'quiz-drill');
		const files = fs.readdirSync(attempts).filter(name => name.endsWith('.json'));
		expect(files).toHaveLength(1);
		expect(readJson(path.join(attempts, files[0]!))).toMatchObject({score: 1, total: 3, exam: {timedOut: true, timeLimitMs: 4000, flagged: []}});
		// The answered question's schedule moved on; the blank ones were not answered, so theirs did not.
		const schedules = readJson(path.join(store, 'schedules', 'quiz-drill.json')) as {questions: Record<string, {reps: number}>; deck: {source: string}};
		expect(Object.keys(schedules.questions)).toEqual(['gulls']);
		expect(schedules.deck.source).toBe(path.resolve(smallPath));
	});
});
