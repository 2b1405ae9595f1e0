/**
A room quiz on the shared screen and a presenter console in a second
terminal, both real processes in their own pseudo-terminals: the console
knows the answer while the room's screen has never been sent a byte of it,
and a key in either terminal drives the quiz on both.
*/
import fs from 'node:fs';
import os from 'node:os';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {fixtureDeck, flat} from './screen.js';

const deck = fixtureDeck('quiz-small.md');
const {freshDir} = temporaryDirectories('room-console-e2e');

afterEach(async () => {
	await disposeAll();
});

const session = () => {
	const runtime = freshDir();
	fs.chmodSync(runtime, 0o700);
	return {XDG_RUNTIME_DIR: runtime};
};

const slow = {timeout: 10_000};

/** Anything of the first question's answer: its mark, its explanation, the verdict on the hands. */
const firstAnswer = /✔|keeper counts seven every morning|Why|right answer/;

/** Everything the program ever wrote to its terminal, not just what is on screen now. */
const everWritten = (app: PtyApp): string => flat(app.rawOutput().replaceAll(/\u001B\[[\d;?]*[A-Za-z]/g, ' '));

const startRoom = async (env: Record<string, string>): Promise<PtyApp> => {
	// Under 60 columns the room screen is plain text, so option letters can be read off it.
	const app = startApp(['quiz', '--room', deck, '--seed', '3'], {env, cols: 58, rows: 32});
	await app.waitFor('3 questions, one at a time', slow);
	await app.waitForRawMode();
	return app;
};

const startConsole = async (env: Record<string, string>): Promise<PtyApp> => {
	const app = startApp(['presenter', deck], {env, cols: 100, rows: 32});
	await app.waitFor('Quiz Drill', slow);
	await app.waitForRawMode();
	return app;
};

/** The letter an option is called by on a plain room or console screen. */
const letterOf = (screen: string, option: string): string => {
	const letter = new RegExp(String.raw`^ +([A-Z]) {2}(?:✔ | {2})?${option}`, 'm').exec(screen)?.[1];
	if (letter === undefined) {
		throw new Error(`"${option}" is not on screen:\n${screen}`);
	}

	return letter.toLowerCase();
};

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('a room quiz with a presenter console', () => {
	it('the console shows the answer while the room screen does not; a reveal in either shows it on the room screen', async () => {
		const env = session();
		const room = await startRoom(env);
		const presenter = await startConsole(env);
		await presenter.waitFor('Following the room quiz', slow);
		await presenter.waitFor('The room sees the quiz\'s title', slow);

		// Started from the console.
		await presenter.press(keys.space);
		const asked = await room.waitFor(screen => ['How many gulls does the keeper count?', 'Seven gulls', 'Three gulls', 'Eleven gulls'].every(text => screen.includes(text)), slow);
		// With a console following, the room's screen shows no key hints at all: they are on the console.
		expect(asked).not.toMatch(/\? keys|reveal the answer|PgDn/);
		const known = await presenter.waitFor(screen => screen.includes('The keeper counts seven every morning.') && screen.includes('and the counts are hidden'), slow);
		expect(known).toMatch(/[A-C] {2}✔ Seven gulls/);
		expect(known).toContain('From slide 1: Harbour Facts');

		// Hands counted on the console reach the room screen as counted, not how many; the answer does not.
		await presenter.press(letterOf(known, 'Seven gulls'), '9', keys.enter);
		await room.waitFor(/Seven gulls\n +counted/, slow);
		await presenter.press(letterOf(known, 'Three gulls'), '3', keys.enter);
		await room.waitFor(/Three gulls\n +counted/, slow);
		expect(room.screen()).not.toMatch(firstAnswer);
		expect(everWritten(room)).not.toMatch(firstAnswer);
		expect(everWritten(room)).not.toMatch(/\d hands/);
		// Until the presenter shows them, with = on the console.
		await presenter.press('=');
		await room.waitFor(/Seven gulls\n +9 hands/, slow);
		await presenter.waitFor('and its counts', slow);

		// Revealed from the console.
		await presenter.press(keys.space);
		// The whole frame: its first lines can be on screen before its last.
		const revealed = await room.waitFor(screen => screen.includes('Question 1 of 3 · the answer') && flat(screen).includes('9 of 12 hands on the right answer'), slow);
		expect(revealed).toMatch(/[A-C] {2}✔ Seven gulls/);
		expect(flat(revealed)).toContain('9 of 12 hands on the right answer (75%).');
		await presenter.waitFor('The room sees the answer to question 1 of 3', slow);

		// On from the room screen; the next answer stays on the console until the room screen reveals it.
		await room.press(keys.enter);
		await room.waitFor(screen => ['Which fruits ripen late?', 'Pears', 'Quinces', 'Cherries'].every(text => screen.includes(text)), slow);
		const next = await presenter.waitFor(screen => screen.includes('Which fruits ripen late?') && screen.includes('is hidden'), slow);
		expect(next).toMatch(/✔ Pears/);
		expect(next).toMatch(/✔ Quinces/);
		expect(room.screen()).not.toMatch(/✔|Pears and quinces ripen late/);
		await room.press(keys.space);
		await room.waitFor(screen => screen.includes('Question 2 of 3 · the answer') && /✔ Pears/.test(screen), slow);
		await presenter.waitFor('The room sees the answer to question 2 of 3', slow);

		// Back from the console; the console leaves, the room quiz goes on.
		await presenter.press(keys.left);
		await room.waitFor('Question 1 of 3 · the answer', slow);
		await presenter.press('q');
		expect((await presenter.waitForExit()).exitCode).toBe(0);
		await room.press(keys.right);
		await room.waitFor('Which fruits ripen late?', slow);
	});

	it('a console started first waits, follows the room quiz when it starts, and takes it up again after a restart', async () => {
		const env = session();
		const presenter = await startConsole(env);
		await presenter.waitFor('No slideshow of this deck yet', slow);
		const room = await startRoom(env);
		await presenter.waitFor('Following the room quiz', slow);
		await room.press(keys.space);
		await presenter.waitFor('How many gulls does the keeper count?', slow);
		room.kill('SIGKILL');
		await presenter.waitFor('The room quiz has gone: waiting for it', slow);
		await startRoom(env);
		await presenter.waitFor(screen => screen.includes('Following the room quiz') && screen.includes('The room sees the quiz\'s title'), slow);
	});

	it('one console follows the talk, then the room quiz started after it, on the same deck\'s channel', async () => {
		const env = session();
		const show = startApp([deck], {env});
		await show.waitFor('Harbour Facts', slow);
		const presenter = await startConsole(env);
		await presenter.waitFor('Following the slideshow', slow);
		await presenter.waitFor('Now: slide 1/3', slow);
		await show.waitForRawMode();
		await show.press('q');
		await show.waitForExit();
		await presenter.waitFor('The slideshow has gone: waiting for it', slow);
		const room = await startRoom(env);
		await presenter.waitFor('Following the room quiz', slow);
		await presenter.press(keys.space);
		await room.waitFor('How many gulls does the keeper count?', slow);
		await presenter.waitFor(/✔ Seven gulls/, slow);
	});
});
