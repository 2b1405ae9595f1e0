/**
The room quiz of the built CLI in a real pseudo-terminal, run the way a
presenter runs it: read each option's letter off the screen, type the hands
counted, reveal, and finish; then check what reaches the store, and that
nothing personal did. Skipped only until `dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, repoRoot, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck, flat} from './screen.js';

const execFileAsync = promisify(execFile);
const smallPath = fixtureDeck('quiz-small.md');
const {freshDir: temporaryDir} = temporaryDirectories('room-e2e');

afterEach(async () => {
	await disposeAll();
});

/** The options on a plain-text room screen, as a person reads them: `A  Seven gulls`, by text. */
function lettersOnScreen(screen: string): Map<string, string> {
	const letters = new Map<string, string>();
	for (const line of screen.split('\n')) {
		const match = /^ +([A-Z]) {2}(?:✔ | {2})?(\S.*?)\s*$/.exec(line);
		if (match?.[1] && match[2]) {
			letters.set(match[2], match[1]);
		}
	}

	return letters;
}

/** Types `letter count Enter` for each option named, reading its letter off the screen. */
async function count(app: PtyApp, hands: ReadonlyArray<readonly [string, number]>): Promise<void> {
	const letters = lettersOnScreen(app.screen());
	for (const [option, number] of hands) {
		const letter = letters.get(option);
		if (letter === undefined) {
			throw new Error(`Option "${option}" is not on screen:\n${app.screen()}`);
		}

		await app.press(letter.toLowerCase(), ...String(number), keys.enter);
		// Before the reveal the room sees that an option was counted, not how many: those are the presenter's until the answer.
		await app.waitFor(new RegExp(`${option}\\n +(${number} hands?\\b|counted)`));
	}
}

const expectRestored = (app: PtyApp) => {
	expect(app.isAlternateScreen()).toBe(false);
	expect(app.cursorHidden()).toBe(false);
};

/**
A question on screen, drawn to the end: its `? keys` comes last, so a frame
half drawn over the last answer is not mistaken for it.
*/
const question = async (app: PtyApp, prompt: string): Promise<string> =>
	app.waitFor(screen => screen.includes(prompt) && /\? keys\s*$/.test(screen));

/** Anything that gives an answer away before its reveal. */
const answerShown = /✔|\bWhy\b|\bAnswer\b|right answer|knew it \(|\d+%|From slide/;

describe.skipIf(!cliIsBuilt())('the room quiz in a real terminal', () => {
	it('counts a show of hands, reveals on Space, sums up worst first and keeps only the room\'s counts', async () => {
		const store = temporaryDir();
		// Under 60 columns the room screen is plain text, so letters can be read off it.
		const app = startApp(['quiz', '--room', smallPath, '--seed', '3', '--save-room', '--store', store], {cols: 58, rows: 32});
		await app.waitFor('3 questions, one at a time', {timeout: 10_000});
		await app.press(keys.space);

		// A single choice: 12 hands, 9 on the right answer.
		expect(await question(app, 'How many gulls does the keeper count?')).not.toMatch(answerShown);
		await count(app, [['Seven gulls', 9], ['Three gulls', 2], ['Eleven gulls', 1]]);
		expect(app.screen()).not.toMatch(answerShown);
		await app.press(keys.space);
		let screen = await app.waitFor('Question 1 of 3 · the answer');
		expect(screen).toMatch(/[A-C] {2}✔ Seven gulls\n +█+[▏▎▍▌▋▊▉]? +9 · 75%/);
		expect(screen).toContain('9 of 12 hands on the right answer (75%).');
		expect(flat(screen)).toContain('The keeper counts seven every morning.');
		expect(flat(screen)).toContain('From slide 1: Harbour Facts');

		// v shows the slide behind it; any key comes back.
		await app.press('v');
		await app.waitFor('The slide behind question 1');
		expect(app.screen()).toContain('The lighthouse keeper counts seven gulls');
		await app.press('x');
		await app.waitFor('Question 1 of 3 · the answer');

		// Choose all that apply: hands per option, and the head count.
		await app.press(keys.right);
		expect(await question(app, 'Which fruits ripen late?')).not.toMatch(answerShown);
		await count(app, [['Pears', 6], ['Quinces', 5], ['Cherries', 1]]);
		await app.press('#', '8', keys.enter);
		await app.waitFor('People voting: counted');
		expect(app.screen()).not.toMatch(answerShown);
		await app.press(keys.space);
		screen = await app.waitFor('Question 2 of 3 · the answer');
		expect(flat(screen)).toContain('At most 63% of 8 people chose exactly the right options.');

		// A card: its hands go up once the answer is out.
		await app.press(keys.enter);
		expect(await question(app, 'What is the summit cairn built from?')).not.toMatch(answerShown);
		await app.press(keys.space);
		await app.waitFor('Granite stones, piled by walkers.');
		await app.press('a', '4', keys.tab, '4', keys.enter);
		await app.waitFor('4 of 8 knew it (50%).');

		await app.press(keys.enter);
		screen = flat(await app.waitFor('How the room did'));
		const order = ['Q3 What is the summit cairn', 'Q2 Which fruits', 'Q1 How many gulls'].map(text => screen.indexOf(text));
		expect(order.every(index => index >= 0), screen).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(screen).toContain('slide 3: Summit Facts — question 3');
		expect(screen).toContain('slide 2: Orchard Facts — question 2');
		expect(screen).not.toContain('slide 1: Harbour Facts —');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);

		// One room record, counts in the deck's own option order; no personal attempt.
		const roomDir = path.join(store, 'rooms', 'quiz-drill');
		const files = fs.readdirSync(roomDir);
		expect(files).toHaveLength(1);
		expect(app.rawOutput()).toContain(`Kept the room's counts: ${path.join(roomDir, files[0]!)}`);
		const record = JSON.parse(fs.readFileSync(path.join(roomDir, files[0]!), 'utf8')) as {questions: unknown[]};
		expect(record).toMatchObject({schema: 'briefing-deck/room', version: 2, deckId: 'quiz-drill'});
		expect(record.questions).toEqual([
			{questionId: 'gulls', kind: 'single', correct: [1], counts: [2, 9, 1]},
			{questionId: 'late-fruits', kind: 'multiple', correct: [0, 2], counts: [6, 1, 5, 0], people: 8},
			{questionId: 'cairn', kind: 'card', correct: [0], counts: [4, 4]},
		]);
		expect(fs.existsSync(path.join(store, 'attempts'))).toBe(false);

		const {stdout} = await execFileAsync(process.execPath, [cliPath, 'scores', smallPath, '--json', '--store', store], {
			cwd: repoRoot,
			env: {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false', FORCE_COLOR: '0'},
		});
		const scores = JSON.parse(stdout) as {attempts: unknown[]; rooms: Array<{counted: number; average: number}>};
		expect(scores.attempts).toEqual([]);
		expect(scores.rooms).toEqual([expect.objectContaining({counted: 3, average: 63})]);
	});

	it('on a projector-sized screen: block letters, a countdown that runs out and waits, nothing kept without --save-room', async () => {
		const store = temporaryDir();
		const app = startApp(['quiz', '--room', smallPath, '--countdown', '2', '--store', store], {cols: 160, rows: 45});
		await app.waitFor('3 questions, one at a time', {timeout: 10_000});
		await app.press(keys.space);
		const asked = await app.waitFor(/\d\d:\d\d left/);
		expect(asked).toMatch(/[▀▄█]{2}/);
		expect(asked).toContain('Question 1 of 3');
		await app.waitFor('Time is up: reveal when ready', {timeout: 5000});
		expect(app.screen()).not.toMatch(answerShown);
		await app.press(keys.space);
		await app.waitFor('Question 1 of 3 · the answer');
		expect(app.screen()).not.toMatch(/\d left|Time is up/);

		// Ctrl+C leaves the room quiz as it leaves the personal quiz: 130, as the README says.
		await app.press(keys.ctrlC);
		expect((await app.waitForExit()).exitCode).toBe(130);
		expectRestored(app);
		expect(fs.readdirSync(store)).toEqual([]);
	});

	it('prints the room\'s counts as JSON, and fails, when the store cannot keep them', async () => {
		const blocker = path.join(temporaryDir(), 'store');
		fs.writeFileSync(blocker, 'not a directory');
		const app = startApp(['quiz', '--room', smallPath, '--save-room', '--store', blocker], {cols: 58, rows: 32});
		await app.waitFor('3 questions, one at a time', {timeout: 10_000});
		await app.press(keys.space);
		await app.waitFor('Question 1 of 3');
		await count(app, [['Seven gulls', 3]]);
		await app.press('q');
		await app.waitFor('How the room did');
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(1);
		expectRestored(app);
		const raw = app.rawOutput();
		const printed = raw.slice(raw.lastIndexOf('\u001B[?1049l')).replaceAll('\r\n', '\n');
		expect(printed).toContain('"schema": "briefing-deck/room"');
		expect(printed).toContain('"questionId": "gulls"');
		expect(printed).toMatch(/cannot write room records to .*store: /);
		expect(printed).toContain('the room\'s counts above were not saved');
		expect(fs.readFileSync(blocker, 'utf8')).toBe('not a directory');
	});
});
