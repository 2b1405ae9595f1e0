/**
What must hold whatever happens to a running app, in a real pseudo-terminal:
signals and suspend give the terminal back, the screen never quits by itself,
start-up can always be interrupted, colour and glyphs suit the terminal, and
file names stay inert.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type Exit, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave, waitUntil} from '../helpers/wait.js';
import {at, fixtureDeck, flat} from './screen.js';

const navigation = fixtureDeck('navigation.md');
const quizDeck = fixtureDeck('quiz-small.md');
const total = 8;
const {freshDir, writeTemporary} = temporaryDirectories('e2e-reliability', 'all');

const open = async (args: readonly string[] = [navigation], options: Parameters<typeof startApp>[1] = {}): Promise<PtyApp> => {
	const app = startApp(args, options);
	await app.waitFor(at(1, total), {timeout: 10_000});
	return app;
};

const expectRestored = (app: PtyApp) => {
	expect(app.isAlternateScreen()).toBe(false);
	expect(app.cursorHidden()).toBe(false);
};

/** A clean exit, or the conventional 128 + n, or death by the signal itself after cleanup. */
const endedBy = (exit: Exit, signal: number): boolean =>
	exit.exitCode === 0 || exit.exitCode === 128 + signal || exit.signal === signal;

/** The scheduler state of a process: `T` when stopped. */
const stateOf = (pid: number): string | undefined => {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
};

afterEach(async () => {
	await disposeAll();
});

const signals = [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const;

describe.skipIf(!cliIsBuilt())('signals give the terminal back', () => {
	it.each(signals)('in the slideshow, on %s', async (signal, number) => {
		const app = await open();
		app.kill(signal);
		expect(endedBy(await app.waitForExit(), number)).toBe(true);
		expectRestored(app);
	});

	it.each([...signals, ['Ctrl+C', 2] as const])('in the middle of a quiz, on %s', async (signal, number) => {
		const app = startApp(['quiz', quizDeck, '--seed', '1']);
		await app.waitFor('3 questions', {timeout: 10_000});
		await app.press(keys.enter);
		await app.waitFor('Question 1 of 3');
		if (signal === 'Ctrl+C') {
			await app.press(keys.ctrlC);
		} else {
			app.kill(signal);
		}

		expect(endedBy(await app.waitForExit(), number)).toBe(true);
		expectRestored(app);
	});

	it('Ctrl+C ends start-up at once, even on a deck that takes a while to open', async () => {
		const big = writeTemporary('big.md', `# Big\n\n${'- item of a list\n'.repeat(6000)}`);
		const app = startApp([big]);
		// As early as the app reads keys at all: before its first frame.
		await app.waitForRawMode({timeout: 10_000});
		await app.press(keys.ctrlC);
		expect(endedBy(await app.waitForExit({timeout: 10_000}), 2)).toBe(true);
		expectRestored(app);
	});
});

describe.skipIf(!cliIsBuilt() || process.platform === 'win32')('suspend', () => {
	for (const how of ['Ctrl+Z', 'SIGTSTP'] as const) {
		it(`${how} stops with the terminal given back, and continuing redraws and keeps the keys`, async () => {
			const app = await open();
			await app.press(keys.right);
			await app.waitFor(at(2, total));
			if (how === 'Ctrl+Z') {
				await app.press('\u001A');
			} else {
				app.kill('SIGTSTP');
			}

			await waitUntil(() => stateOf(app.pid) === 'T', 'the process to stop', {timeout: 5000});
			// The headless terminal parses what arrived a moment later.
			await waitUntil(() => !app.isAlternateScreen(), 'the normal screen back', {timeout: 5000});
			expectRestored(app);

			// What a shell's `fg` does.
			process.kill(app.pid, 'SIGCONT');
			const screen = await app.waitFor(current => /Bravo Slide/i.test(current) && at(2, total).test(current));
			expect(app.isAlternateScreen()).toBe(true);
			expect(app.cursorHidden()).toBe(true);
			expect(screen).toMatch(/Navigation Drill/);

			await app.press(keys.right);
			await app.waitFor(at(3, total));
			await app.press('q');
			expect((await app.waitForExit()).exitCode).toBe(0);
			expectRestored(app);
		});
	}
});

describe.skipIf(!cliIsBuilt())('the slideshow never quits by itself', () => {
	it('when the terminal shrinks below 40x12 with the overview open', async () => {
		const app = await open();
		await app.pressAndWait(['o']);
		await app.waitFor(/Slides/);
		app.resize(30, 10);
		await app.waitFor(screen => /40\D{1,40}12/.test(flat(screen)));
		// Time in which it could quit by itself.
		await giveItTimeToMisbehave(500);
		expect(stateOf(app.pid)).not.toBe(undefined);
		app.resize(100, 30);
		await app.waitFor(/Slides/);
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
	});

	it('when o is pressed on the "too small" screen', async () => {
		const app = startApp([navigation], {cols: 30, rows: 10});
		await app.waitFor(screen => /40\D{1,40}12/.test(flat(screen)), {timeout: 10_000});
		await app.press('o');
		// Time in which it could quit by itself.
		await giveItTimeToMisbehave(500);
		expect(stateOf(app.pid)).not.toBe(undefined);
		app.resize(100, 30);
		await app.waitFor(/Slides/);
		await app.press(keys.escape);
		await app.waitFor(at(1, total));
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
	});
});

/** SGR parameters of every `ESC [ … m` the app wrote. */
const sgrCodes = (raw: string): string[] => [...raw.matchAll(/\u001B\[([\d;]*)m/g)].map(match => match[1]!);
const isColour = (code: string): boolean => code.split(';').some(part => /^(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])$/.test(part));

describe.skipIf(!cliIsBuilt())('colour is decided by the app', () => {
	const search = async (app: PtyApp) => {
		await app.pressAndWait(['/']);
		await app.type('zeppelin');
		await app.press(keys.enter);
		await app.waitFor(at(2, total));
	};

	it('--no-color removes colour only: the search hit stays inverse, headings stay bold', async () => {
		const app = await open([navigation, '--no-color'], {env: {FORCE_COLOR: undefined}});
		await search(app);
		const codes = sgrCodes(app.rawOutput());
		expect(codes).toContain('7');
		expect(codes).toContain('1');
		expect(codes.filter(code => isColour(code))).toEqual([]);
	});

	it('NO_COLOR does the same', async () => {
		const app = await open([navigation], {env: {FORCE_COLOR: undefined, NO_COLOR: '1'}});
		await search(app);
		const codes = sgrCodes(app.rawOutput());
		expect(codes).toContain('7');
		expect(codes.filter(code => isColour(code))).toEqual([]);
	});

	it.each(['false', '0', 'true'])('a shell with CI=%s still gets colour', async value => {
		const app = await open([navigation], {env: {FORCE_COLOR: undefined, CI: value}});
		expect(sgrCodes(app.rawOutput()).some(code => isColour(code))).toBe(true);
	});
});

describe.skipIf(!cliIsBuilt())('what the terminal can show', () => {
	const linkDeck = () => writeTemporary('links.md', '# Links\n\nSee [the docs](https://example.com/docs) and more.\n');

	it('TERM=dumb gets the transcript instead of a full screen', async () => {
		const app = startApp([navigation], {env: {TERM: 'dumb'}});
		expect((await app.waitForExit({timeout: 10_000})).exitCode).toBe(0);
		expect(app.rawOutput()).not.toContain('\u001B[?1049h');
		expect(app.rawOutput()).toContain('Alpha Slide');
	});

	it.each(['linux', 'vt100'])('TERM=%s gets no OSC 8 links, but the URL as text', async term => {
		const app = startApp([linkDeck()], {env: {TERM: term, FORCE_COLOR: undefined}});
		await app.waitFor('1 / 1', {timeout: 10_000});
		expect(app.rawOutput()).not.toContain('\u001B]8;');
		expect(flat(app.screen())).toContain('example.com/docs');
	});

	it('xterm gets OSC 8 links', async () => {
		const app = startApp([linkDeck()], {env: {FORCE_COLOR: undefined}});
		await app.waitFor('1 / 1', {timeout: 10_000});
		expect(app.rawOutput()).toContain('\u001B]8;;https://example.com/docs');
	});

	it('LANG=C gets ASCII in place of the app\'s glyphs', async () => {
		const app = await open([navigation], {env: {LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined}});
		const raw = app.rawOutput().replaceAll(/\u001B\[[\d;?]*[A-Za-z]/g, '');
		expect(raw).toContain('1 / 8');
		expect(raw).toMatch(/#+\.+/);
		expect(raw).not.toMatch(/[█░•│─…]/);
	});
});

describe.skipIf(!cliIsBuilt())('untrusted file names', () => {
	it('a deck named with escape sequences shows its name inert', async () => {
		const dir = freshDir();
		const file = path.join(dir, 'evil\u001B]0;pwned\u0007\u001B[2Jname.md');
		fs.writeFileSync(file, 'Just a paragraph, no heading.\n');
		const app = startApp([file]);
		await app.waitFor('1 / 1', {timeout: 10_000});
		const raw = app.rawOutput();
		expect(raw).not.toContain('\u001B]0;pwned');
		expect(raw).not.toContain('\u001B[2Jname');
		expect(app.screen()).toContain('evil␛]0;pwned');
	});
});

describe.skipIf(!cliIsBuilt())('the store after a killed save', () => {
	it('the next start removes the temp file left behind', async () => {
		const store = freshDir();
		const deckDir = path.join(store, 'attempts', 'navigation-drill');
		fs.mkdirSync(deckDir, {recursive: true});
		// A pid that cannot be running: the kernel's limit is far below it.
		const leftover = path.join(deckDir, '.20260101T000000000Z-1-aaaaaaaa.json.999999999.abcd1234.tmp');
		fs.writeFileSync(leftover, '{"half');
		const app = await open([navigation, '--store', store]);
		await app.press('q');
		await app.waitForExit();
		expect(fs.existsSync(leftover)).toBe(false);
		expect(fs.existsSync(path.join(os.tmpdir()))).toBe(true);
	});
});

describe.skipIf(!cliIsBuilt())('two quizzes finishing at once', () => {
	/** Answers the drill's three questions; returns a function that presses the key that finishes the round. */
	const answerAllButLast = async (app: PtyApp): Promise<() => Promise<void>> => {
		await app.waitFor('3 questions', {timeout: 10_000});
		await app.press(keys.enter);
		await app.waitFor('Question 1 of 3');
		await app.press('1');
		await app.waitFor(/[✔✘]/);
		await app.press(keys.enter);
		await app.waitFor('Question 2 of 3');
		await app.press(keys.space, keys.enter);
		await app.waitFor(/[✔✘]/);
		await app.press(keys.enter);
		await app.waitFor('Question 3 of 3');
		await app.press(keys.space);
		await app.waitFor('Knew it? y/n');
		await app.press('y');
		await app.waitFor('You knew it.');
		// From this feedback, Enter finishes the round and saves it.
		return async () => app.press(keys.enter);
	};

	it('both attempts are kept', async () => {
		const store = freshDir();
		const apps = [0, 1].map(() => startApp(['quiz', quizDeck, '--seed', '1', '--store', store]));
		const finish = await Promise.all(apps.map(async app => answerAllButLast(app)));
		await Promise.all(finish.map(async press => press()));
		for (const app of apps) {
			await app.waitFor('Saved to your score history.');
			await app.press('q');
			expect((await app.waitForExit()).exitCode).toBe(0);
		}

		const files = fs.readdirSync(path.join(store, 'attempts', 'quiz-drill'));
		expect(files.filter(name => name.endsWith('.json'))).toHaveLength(2);
		expect(files.filter(name => name.endsWith('.tmp'))).toEqual([]);
	});
});
