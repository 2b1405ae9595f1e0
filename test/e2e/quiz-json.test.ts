/**
`quiz --json` and `quiz --room --json` as a script runs them: standard output
redirected to a file, the quiz drawn on the terminal and answered there, and
the JSON in the file afterwards. Where the process has no terminal at all,
the quiz is refused, and says why. Skipped only until `dist/cli.js` exists.
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {childEnv, type PtyApp, startPty} from '../helpers/pty-driver.js';
import {cliIsBuilt, cliPath, repoRoot} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck} from './screen.js';
import {deckWords} from '../../source/core/text/shell-word.js';

const smallPath = fixtureDeck('quiz-small.md');
const {freshDir} = temporaryDirectories('quiz-json-e2e');
const running: PtyApp[] = [];

afterEach(async () => {
	await Promise.all(running.splice(0).map(async app => app.dispose()));
});

const quote = (text: string): string => `'${text.replaceAll('\'', '\'\\\'\'')}'`;

/**
The CLI in a terminal, as `briefing-deck ARGS > out.json` typed at a shell:
standard input and error stay on the terminal, standard output is the file.
`exec`, so the program the pty driver watches for idleness is the CLI itself.
*/
function startRedirected(args: readonly string[], out: string, options: {cols?: number; rows?: number} = {}): PtyApp {
	const home = freshDir();
	const line = `exec ${[process.execPath, cliPath, ...args].map(quote).join(' ')} > ${quote(out)}`;
	const app = startPty('/bin/sh', ['-c', line], {
		cols: options.cols ?? 100,
		rows: options.rows ?? 30,
		cwd: repoRoot,
		env: {BRIEFING_DECK_STORE: path.join(home, 'store'), XDG_CACHE_HOME: path.join(home, 'cache'), XDG_DATA_HOME: path.join(home, 'data')},
	});
	running.push(app);
	return app;
}

const expectRestored = (app: PtyApp) => {
	expect(app.isAlternateScreen()).toBe(false);
	expect(app.cursorHidden()).toBe(false);
};

/** The digit a single-choice option is shown under: `❯ 2 B Seven gulls`. */
const digitOf = (screen: string, option: string): string => {
	const match = new RegExp(`([1-9])(?: [A-Z])?\\s+${option}`).exec(screen);
	if (!match?.[1]) {
		throw new Error(`"${option}" is not on screen:\n${screen}`);
	}

	return match[1];
};

/** Types `letter count Enter` for an option of the plain room screen, its letter read off the screen. */
async function countHands(app: PtyApp, option: string, hands: number): Promise<void> {
	const letter = new RegExp(`^ +([A-Z]) {2}${option}`, 'm').exec(app.screen())?.[1];
	if (letter === undefined) {
		throw new Error(`"${option}" is not on screen:\n${app.screen()}`);
	}

	await app.press(letter.toLowerCase(), ...String(hands), keys.enter);
	await app.waitFor(new RegExp(`${option}\\n +(${hands} hands?\\b|counted)`));
}

describe.skipIf(!cliIsBuilt() || process.platform === 'win32')('quiz --json with standard output redirected', () => {
	it('draws the quiz on the terminal, and writes only the attempt to the file', async () => {
		const out = path.join(freshDir(), 'attempt.json');
		const app = startRedirected(['quiz', smallPath, '--seed', '1', '--json'], out);
		await app.waitFor('3 questions', {timeout: 10_000});
		await app.press(keys.enter);

		const gulls = await app.waitFor('Seven gulls');
		await app.press(digitOf(gulls, 'Seven gulls'));
		await app.waitFor(/✔ Right|✘ Wrong/);
		await app.press(keys.enter);

		// Choose all that apply: one option ticked where two are right.
		await app.waitFor('Which fruits ripen late?');
		await app.press(keys.space);
		await app.waitFor('☑');
		await app.press(keys.enter);
		await app.waitFor(/✔ Right|✘ Wrong/);
		await app.press(keys.enter);

		await app.waitFor('Think of the answer');
		await app.press(keys.space);
		await app.waitFor('Knew it? y/n');
		await app.press('y');
		await app.waitFor(/✔ Right|✘ Wrong/);
		await app.press(keys.enter);

		await app.waitFor('Saved to your score history.');
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);

		const attempt = JSON.parse(fs.readFileSync(out, 'utf8')) as {schema: string; deckId: string; score: number; total: number; answers: Array<{questionId: string}>};
		expect(attempt).toMatchObject({schema: 'briefing-deck/attempt', deckId: 'quiz-drill', score: 2, total: 3});
		expect(attempt.answers.map(done => done.questionId)).toEqual(['gulls', 'late-fruits', 'cairn']);
		// The screen went to the terminal, none of it to the file.
		expect(fs.readFileSync(out, 'utf8')).not.toContain('\u001B');
	});

	it('quiz --room --json: the room\'s counts in the file, and only them, with --save-room too', async () => {
		const out = path.join(freshDir(), 'room.json');
		// Under 60 columns the room screen is plain text, so letters can be read off it.
		const app = startRedirected(['quiz', '--room', smallPath, '--seed', '3', '--json', '--save-room'], out, {cols: 58, rows: 32});
		await app.waitFor('3 questions, one at a time', {timeout: 10_000});
		await app.press(keys.space);
		await app.waitFor(screen => screen.includes('How many gulls does the keeper count?') && /\? keys\s*$/.test(screen));
		await countHands(app, 'Seven gulls', 9);
		await countHands(app, 'Three gulls', 2);
		await app.press('q');
		await app.waitFor('How the room did');
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);

		const record = JSON.parse(fs.readFileSync(out, 'utf8')) as {schema: string; deckId: string; questions: unknown[]};
		expect(record).toMatchObject({schema: 'briefing-deck/room', deckId: 'quiz-drill'});
		expect(record.questions).toEqual([{questionId: 'gulls', kind: 'single', correct: [1], counts: [2, 9, 0]}]);
		// Where the counts were kept is said on the terminal instead.
		expect(app.rawOutput()).toContain('Kept the room\'s counts: ');
	});

	it('follows the terminal\'s size, not standard output\'s, when the window shrinks', async () => {
		const app = startRedirected(['quiz', smallPath, '--seed', '1', '--json'], path.join(freshDir(), 'attempt.json'), {cols: 100, rows: 30});
		await app.waitFor('3 questions', {timeout: 10_000});
		await app.press(keys.enter);
		await app.waitFor('Question 1 of 3');
		app.resize(50, 15);
		const screen = await app.waitFor(current => current.includes('Question 1 of 3') && current.split('\n').every(line => line.length <= 50), {timeout: 3000}).catch(() => app.screen());
		expect(screen.split('\n').filter(line => line.length > 50), screen).toEqual([]);
		expect(screen).toContain('Question 1 of 3');
	});

	it('gives the terminal back on Ctrl+C, SIGTERM and SIGHUP, as a quiz on standard output does', async () => {
		for (const [how, code] of [['Ctrl+C', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
			const out = path.join(freshDir(), 'attempt.json');
			const app = startRedirected(['quiz', smallPath, '--seed', '1', '--json'], out);
			await app.waitFor('3 questions', {timeout: 10_000});
			await app.press(keys.enter);
			await app.waitFor('Seven gulls');
			expect(app.isAlternateScreen()).toBe(true);
			if (how === 'Ctrl+C') {
				await app.press(keys.ctrlC);
			} else {
				app.kill(how);
			}

			const exit = await app.waitForExit();
			expect(how === 'Ctrl+C' ? exit.exitCode : 128 + (exit.signal ?? 0), how).toBe(code);
			expect(app.isAlternateScreen(), how).toBe(false);
			expect(app.cursorHidden(), how).toBe(false);
			// Left before the end: no attempt, so nothing for the file.
			expect(fs.readFileSync(out, 'utf8'), how).toBe('');
		}
	});

	it('is refused, saying why, where the process has no terminal at all', async () => {
		const out = path.join(freshDir(), 'nothing.json');
		const store = path.join(freshDir(), 'store');
		// setsid: a new session, with no controlling terminal to open.
		const child = spawn('setsid', ['-w', process.execPath, cliPath, 'quiz', smallPath, '--json', '--store', store], {
			cwd: repoRoot,
			env: childEnv(),
			stdio: ['ignore', fs.openSync(out, 'w'), 'pipe'],
		});
		let stderr = '';
		child.stderr!.on('data', (chunk: Uint8Array) => {
			stderr += String(chunk);
		});
		const code = await new Promise(resolve => {
			child.on('close', resolve);
		});
		expect(code).toBe(2);
		expect(stderr).toBe(`briefing-deck: the quiz needs a terminal for keys and screen, and this process has none (no /dev/tty)\n  hint: run it from a terminal; its output can still go to a file or a pipe. \`briefing-deck print${deckWords(smallPath)} --answers\` writes the quiz as text\n`);
		expect(fs.readFileSync(out, 'utf8')).toBe('');
		expect(fs.existsSync(store)).toBe(false);
	});
});
