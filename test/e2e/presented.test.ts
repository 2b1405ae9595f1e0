/**
A presented talk from the last slide into the room quiz: the slideshow and a
presenter console as two real processes in their own pseudo-terminals (and,
with --serve, a phone on loopback that joins the room quiz), with a
store that already holds the presenter's own attempt and review schedule. The
clicker's next press on the end screen (or the console's next key) starts the
room's quiz on the shared screen; the console follows it with the answers; the
presenter's history is neither shown to the room nor touched.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {readQr} from '../helpers/read-qr.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave} from '../helpers/wait.js';
import {deviceToken, join} from '../web/phone-client.js';
import {at, fixtureDeck, flat} from './screen.js';

const deck = path.resolve(fixtureDeck('quiz-small.md'));
const parsed = parseDeck(fs.readFileSync(deck, 'utf8')).deck;
const {freshDir} = temporaryDirectories('presented-e2e');

afterEach(async () => {
	await disposeAll();
});

const slow = {timeout: 10_000};

/** Anything of the first question's answer: its mark, its explanation, the verdict on the hands. */
const firstAnswer = /✔|keeper counts seven every morning|right answer/;

/** What the presenter's own quiz shows of their history. */
const personalHistory = /Best|Last:|best score|last score|weakest|due for review/i;

/** A private runtime directory, and a store holding one attempt of the presenter's and their review schedule. */
const session = () => {
	const runtime = freshDir();
	fs.chmodSync(runtime, 0o700);
	const store = freshDir();
	const attempts = path.join(store, 'attempts', 'quiz-drill');
	fs.mkdirSync(attempts, {recursive: true});
	const questions = parsed.quiz?.questions ?? [];
	fs.writeFileSync(path.join(attempts, '20260105T090100000Z-4242-00000001.json'), JSON.stringify({
		schema: 'briefing-deck/attempt',
		version: 1,
		deckId: 'quiz-drill',
		quizHash: parsed.quiz?.hash ?? '',
		startedAt: '2026-01-05T09:00:00.000Z',
		endedAt: '2026-01-05T09:01:00.000Z',
		score: 1,
		total: questions.length,
		answers: questions.map((question, index) => (question.kind === 'card'
			? {questionId: question.id, chosen: [], knew: false, right: false, ms: 1500}
			: {questionId: question.id, chosen: index === 0 ? [...question.correct] : [question.options.findIndex(option => !option.correct)], right: index === 0, ms: 1500})),
	}));
	fs.mkdirSync(path.join(store, 'schedules'));
	fs.writeFileSync(path.join(store, 'schedules', 'quiz-drill.json'), JSON.stringify({
		schema: 'briefing-deck/schedules',
		version: 1,
		deckId: 'quiz-drill',
		deck: {title: 'Quiz Drill', source: deck},
		questions: {},
	}));
	return {env: {XDG_RUNTIME_DIR: runtime, BRIEFING_DECK_STORE: store}, store};
};

/**
The presenter's study record in the store, file by file: attempts, review
schedules, and room records. (The slide the talk ended on is kept too, as
any slideshow keeps it; that is not study history.)
*/
const snapshot = (directory: string): Record<string, string> => Object.fromEntries(
	(fs.readdirSync(directory, {recursive: true, encoding: 'utf8'}))
		.filter(name => /^(?:attempts|schedules|rooms)\//.test(name) && fs.statSync(path.join(directory, name)).isFile())
		.map(name => [name, fs.readFileSync(path.join(directory, name), 'utf8')]),
);

const startShow = async (env: Record<string, string>): Promise<PtyApp> => {
	// Under 60 columns the room screen that follows is plain text.
	const app = startApp([deck], {env, cols: 58, rows: 32});
	await app.waitFor(at(1, 3), slow);
	await app.waitForRawMode();
	return app;
};

const startConsole = async (env: Record<string, string>): Promise<PtyApp> => {
	const app = startApp(['presenter', deck], {env, cols: 100, rows: 32});
	await app.waitFor('Following the slideshow', slow);
	await app.waitForRawMode();
	return app;
};

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('a presented talk ends with the room\'s quiz', () => {
	it('the clicker goes from the last slide into the room quiz on the same screen; the console follows it; nothing personal is shown or kept', async () => {
		const {env, store} = session();
		const before = snapshot(store);
		const show = await startShow(env);
		const presenter = await startConsole(env);
		// Presented from the console's arrival: the footer's key hint goes.
		await show.waitFor(screen => at(1, 3).test(screen) && !screen.includes('? keys'), slow);

		// The clicker's PgDn, as through the slides.
		await show.press(keys.pageDown, keys.pageDown, keys.pageDown);
		const end = await show.waitFor('End of “Quiz Drill”', slow);
		expect(flat(end)).toContain('Next: the quiz for the room, “Drill Quiz”, 3 questions');
		await presenter.waitFor('Next: the room quiz, 3 questions', slow);

		await show.press(keys.pageDown);
		const intro = await show.waitFor('3 questions, one at a time', slow);
		expect(intro).not.toMatch(personalHistory);
		await presenter.waitFor('Following the room quiz', slow);

		await show.press(keys.pageDown);
		await show.waitFor('How many gulls does the keeper count?', slow);
		const known = await presenter.waitFor(screen => screen.includes('The keeper counts seven every morning.') && screen.includes('the counts are hidden'), slow);
		expect(known).toMatch(/[A-C] {2}✔ Seven gulls/);
		expect(show.screen()).not.toMatch(firstAnswer);

		// The summary, then done.
		await show.press('q');
		await show.waitFor('How the room did', slow);
		await show.press('q');
		expect((await show.waitForExit(slow)).exitCode).toBe(0);
		expect(flat(show.rawOutput())).not.toMatch(personalHistory);
		// No attempt, no schedule moved, no room record without --save-room.
		expect(snapshot(store)).toEqual(before);
	});

	it('the console starts the room quiz from the end screen with its next key', async () => {
		const {env, store} = session();
		const before = snapshot(store);
		const show = await startShow(env);
		const presenter = await startConsole(env);
		await presenter.press(keys.right, keys.right, keys.right);
		await show.waitFor('End of “Quiz Drill”', slow);
		await presenter.waitFor('Next: the room quiz, 3 questions', slow);
		await presenter.press(keys.right);
		const intro = await show.waitFor('3 questions, one at a time', slow);
		expect(intro).not.toMatch(personalHistory);
		await presenter.waitFor('Following the room quiz', slow);
		await presenter.press(keys.space);
		await show.waitFor('How many gulls does the keeper count?', slow);
		await presenter.waitFor(/✔ Seven gulls/, slow);
		await show.press('q');
		await show.waitFor('How the room did', slow);
		await show.press('q');
		expect((await show.waitForExit(slow)).exitCode).toBe(0);
		expect(snapshot(store)).toEqual(before);
	});
});

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('a presented talk keeps the presenter\'s notes to the presenter', () => {
	it('a --pace-from-rehearsal notice as the show opens goes to the console that waits for it, never to the shared screen', async () => {
		const {env} = session();
		const paced = fixtureDeck('presenting.md');
		const notice = '--pace-from-rehearsal: no rehearsal of this deck yet';
		// The console is up first, waiting, as it would be before the talk.
		const presenter = startApp(['presenter', paced], {env, cols: 120, rows: 32});
		await presenter.waitFor('No slideshow of this deck yet', slow);
		await presenter.waitForRawMode();
		const show = startApp([paced, '--pace-from-rehearsal'], {env, cols: 120, rows: 30});
		await show.waitFor(at(1, 4), slow);
		await presenter.waitFor(screen => screen.includes('Following the slideshow') && screen.includes(notice), slow);
		// Past the moment the slideshow waits for a console before it would say the notice itself.
		await giveItTimeToMisbehave(1500);
		expect(flat(show.rawOutput())).not.toContain('no rehearsal of this deck');
		expect(show.screen()).toMatch(at(1, 4));
		// The console's next key moves the show on, and the note goes with it.
		await presenter.press(keys.right);
		await show.waitFor(at(2, 4), slow);
		await presenter.waitFor(screen => screen.includes('Now: slide 2/4') && !screen.includes(notice), slow);
		await show.press('q');
		expect((await show.waitForExit(slow)).exitCode).toBe(0);
		// Said once more, for the presenter, after the show.
		expect(flat(show.rawOutput())).toContain(`briefing-deck: ${notice}; pacing against \`duration\``);
	});
});

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('a presented talk served to the room\'s phones', () => {
	it('with --serve, the end of the talk hands over to a room quiz the phones join and answer; the server stops with it', async () => {
		const {env, store} = session();
		const before = snapshot(store);
		const show = startApp([deck, '--present', '--serve', '--host', '127.0.0.1', '--port', '0'], {env, cols: 100, rows: 40});
		await show.waitFor(at(1, 3), slow);
		// Nothing listens during the talk: the server starts with the room quiz.
		expect(show.screen()).not.toMatch(/http:\/\//);
		await show.press(keys.pageDown, keys.pageDown, keys.pageDown);
		await show.waitFor('End of “Quiz Drill”', slow);
		await show.press(keys.pageDown);
		const intro = await show.waitFor(/Join code +[A-Z\d]{6}/, slow);
		const url = /http:\/\/127\.0\.0\.1:\d+\/j\/[A-Z\d]+/.exec(intro)?.[0];
		expect(url, intro).toBeDefined();
		expect(readQr(intro)).toBe(url);
		expect(intro).not.toMatch(personalHistory);

		const phone = await join(url!, deviceToken(1));
		expect(phone.status).toBe(101);
		expect(await phone.next()).toMatchObject({phase: 'intro', title: 'Drill Quiz'});
		await show.waitFor('1 phone joined', slow);
		await show.press(keys.pageDown);
		const shown = await phone.next() as {phase: string; question: {id: string}};
		expect(shown).toMatchObject({phase: 'question', question: {id: 'gulls'}});
		expect(await phone.answer('gulls', [0])).toMatchObject({ok: true});
		await show.waitFor('1 joined · 1 answered', slow);

		await show.press('q');
		await show.waitFor('How the room did', slow);
		await show.press('q');
		expect((await show.waitForExit(slow)).exitCode).toBe(0);
		expect(await phone.closed).toBe(1001);
		await expect(fetch(url!)).rejects.toThrow();
		// A room quiz keeps nothing personal, phones or not.
		expect(snapshot(store)).toEqual(before);
	});
});
