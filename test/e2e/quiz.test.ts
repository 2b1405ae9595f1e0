/**
The quiz of the built CLI in a real pseudo-terminal, answered from the
keyboard the way a person would: read the question and its options off the
screen, press the key that names the chosen option, go through the feedback,
and check what reaches the score store. Skipped only until `dist/cli.js` exists.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Deck, Question} from '../../source/core/deck/types.js';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, repoRoot, startApp, type PtyApp} from '../helpers/pty.js';
import {at, fixtureDeck, flat} from './screen.js';

const execFileAsync = promisify(execFile);

const bundledPath = path.join(repoRoot, 'decks', 'karpathy-joins-anthropic.md');
const smallPath = fixtureDeck('quiz-small.md');

const readDeck = (file: string): Deck => parseDeck(fs.readFileSync(file, 'utf8')).deck;

const questionsOf = (deck: Deck): readonly Question[] => deck.quiz?.questions ?? [];

const temporaryDirs: string[] = [];

const temporaryDir = (): string => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-quiz-e2e-'));
	temporaryDirs.push(dir);
	return dir;
};

afterEach(async () => {
	await disposeAll();
	for (const dir of temporaryDirs.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

/** `briefing-deck scores ... --json` as a script would run it: no terminal, its own store. */
const scoresJson = async (store: string, deck?: string): Promise<{attempts: Array<{score: number; total: number; percentage: number}>; questions: Array<{id: string; asked: number; right: number}>}> => {
	const {stdout} = await execFileAsync(process.execPath, [cliPath, 'scores', ...(deck ? [deck] : []), '--json', '--store', store], {
		cwd: repoRoot,
		env: {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false', FORCE_COLOR: '0'},
	});
	return JSON.parse(stdout) as Awaited<ReturnType<typeof scoresJson>>;
};

/** The attempt files the store holds for a deck, parsed. */
const attemptFiles = (store: string, deckId: string): Array<{score: number; total: number; answers: Array<{questionId: string; chosen: number[]; knew?: boolean; right: boolean}>}> => {
	const dir = path.join(store, 'attempts', deckId);
	const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter(name => name.endsWith('.json')) : [];
	return names.map(name => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReturnType<typeof attemptFiles>[number]);
};

/** The review schedules the store holds for a deck, by question id, as the files on disk have them. */
const scheduleEntries = (store: string, deckId: string): Record<string, {reps: number}> => {
	const dir = path.join(store, 'schedules');
	const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter(name => name.endsWith('.json')) : [];
	const books = names.map(name => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {deckId: string; questions: Record<string, {reps: number}>});
	return books.find(book => book.deckId === deckId)?.questions ?? {};
};

type ShownOption = {
	/** Displayed position, 0-based: the digit on screen minus one. */
	readonly position: number;
	readonly text: string;
};

/**
The options on a question screen, as a person reads them: `❯ ☐ 2 B text`,
with the text of a wrapped option continued on the indented lines below it.
*/
function shownOptions(screen: string): ShownOption[] {
	const options: Array<{position: number; text: string}> = [];
	let current: {position: number; text: string} | undefined;
	for (const line of screen.split('\n')) {
		const match = /^\s*(?:❯\s+)?(?:[☐☑]\s+)?([1-9])(?: [A-Z])?\s+(\S.*)$/.exec(line);
		if (match?.[1] && match[2]) {
			current = {position: Number(match[1]) - 1, text: match[2]};
			options.push(current);
		} else if (current && /^ {8,}\S/.test(line)) {
			current.text += ` ${line.trim()}`;
		} else {
			current = undefined;
		}
	}

	return options;
}

/** The question whose prompt is on screen. */
const questionOnScreen = (screen: string, questions: readonly Question[]): Question | undefined =>
	questions.find(question => flat(screen).includes(flat(question.prompt)));

/** Where the deck's option `original` is shown, read off the screen. */
function displayedPosition(screen: string, question: Question, original: number): number {
	const text = flat(question.options[original]?.text ?? '').trim();
	const shown = shownOptions(screen).find(option => flat(option.text).trim() === text);
	if (!shown) {
		throw new Error(`Option "${text}" is not on screen:\n${screen}`);
	}

	return shown.position;
}

const verdict = /✔ Right|✘ Wrong/;

type Choice = 'right' | 'wrong';

type Answered = {
	readonly question: Question;
	readonly right: boolean;
	/** Original option indexes that were picked, ascending. */
	readonly chosen: readonly number[];
};

/**
Answers the question on screen: a digit for a single choice, ↓ and Space to
tick each option of a choose-all question then Enter, Space then y/n for a
card. `wrong` picks the first option shown that is not right (or says n).
Waits for the feedback and returns what was answered.
*/
async function answer(app: PtyApp, questions: readonly Question[], choice: Choice): Promise<Answered> {
	const screen = await app.waitFor(current => {
		const question = questionOnScreen(current, questions);
		return question !== undefined && (question.kind === 'card' ? current.includes('Think of the answer') : shownOptions(current).length === question.options.length);
	});
	const question = questionOnScreen(screen, questions)!;
	let chosen: number[];
	if (question.kind === 'card') {
		await app.press(keys.space);
		await app.waitFor('Knew it? y/n');
		await app.press(choice === 'right' ? 'y' : 'n');
		chosen = [];
	} else if (question.kind === 'single') {
		const wrong = shownOptions(screen)
			.map(option => question.options.findIndex(candidate => flat(candidate.text).trim() === flat(option.text).trim()))
			.find(original => !question.correct.includes(original));
		const original = choice === 'right' ? question.correct[0]! : wrong!;
		await app.press(String(displayedPosition(screen, question, original) + 1));
		chosen = [original];
	} else {
		// Wrong: every right option but the last, so the answer is a partial one.
		const originals = choice === 'right' ? [...question.correct] : question.correct.slice(0, -1);
		const targets = originals.map(original => displayedPosition(screen, question, original)).sort((a, b) => a - b);
		let cursor = 0;
		for (const target of targets) {
			await app.press(...Array.from({length: target - cursor}, () => keys.down), keys.space);
			cursor = target;
		}

		await app.waitFor(current => (current.match(/☑/g) ?? []).length === targets.length);
		await app.press(keys.enter);
		chosen = originals.sort((a, b) => a - b);
	}

	const feedback = await app.waitFor(verdict);
	expect(feedback).toContain(choice === 'right' ? '✔ Right' : '✘ Wrong');
	return {question, right: choice === 'right', chosen};
}

const expectRestored = (app: PtyApp) => {
	expect(app.isAlternateScreen()).toBe(false);
	expect(app.cursorHidden()).toBe(false);
};

/** Start the quiz from its intro screen and wait for question 1. */
const begin = async (app: PtyApp, total: number): Promise<void> => {
	await app.waitFor(`${total} questions`, {timeout: 10_000});
	await app.press(keys.enter);
	await app.waitFor(`Question 1 of ${total}`);
};

/** Everything the program wrote after it left the alternate screen, with pty line endings undone. */
const printedAfterExit = (app: PtyApp): string => {
	const raw = app.rawOutput();
	const leave = '\u001B[?1049l';
	return raw.slice(raw.lastIndexOf(leave) + leave.length).replaceAll('\r\n', '\n');
};

describe.skipIf(!cliIsBuilt())('quiz in a real terminal', () => {
	it('answers the whole bundled quiz from the keyboard, and the attempt reaches the score history', async () => {
		const bundled = readDeck(bundledPath);
		const questions = questionsOf(bundled);
		expect(questions).toHaveLength(13);
		const store = temporaryDir();
		const app = startApp(['quiz', '--seed', '1', '--store', store], {cols: 100, rows: 40});
		await begin(app, 13);

		const missed = new Set(['faq-eureka-shut-down', 'recursion-cost-curve']);
		const answered: Answered[] = [];
		for (let number = 1; number <= 13; number++) {
			await app.waitFor(`Question ${number} of 13 · ${answered.filter(done => done.right).length} right so far`);
			const current = questionOnScreen(app.screen(), questions);
			answered.push(await answer(app, questions, current && missed.has(current.id) ? 'wrong' : 'right'));
			await app.press(keys.enter);
		}

		// Every question was asked once, and with no history, in deck order.
		expect(answered.map(done => done.question.id)).toEqual(questions.map(question => question.id));
		expect(answered.filter(done => !done.right).map(done => done.question.id)).toEqual([...missed]);

		const results = await app.waitFor('Saved to your score history.');
		expect(results).toContain('Results');
		expect(results).toContain('Score 11/13 (85%)');
		expect(results).toContain('First attempt on this deck.');
		expect(flat(results)).toContain('✘ Wrong Did Karpathy shut down Eureka Labs? — review slide');
		expect(results.match(/✔ Right/g)).toHaveLength(11);

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);

		const scores = await scoresJson(store, 'karpathy-joins-anthropic');
		expect(scores.attempts).toHaveLength(1);
		expect(scores.attempts[0]).toMatchObject({score: 11, total: 13, percentage: 85});
		expect(scores.questions.map(question => question.id).sort()).toEqual(questions.map(question => question.id).sort());
		for (const question of scores.questions) {
			expect(question).toMatchObject({asked: 1, right: missed.has(question.id) ? 0 : 1});
		}

		// The chosen options are stored as the deck's own indexes, whatever order they were shown in.
		const [attempt, ...others] = attemptFiles(store, bundled.meta.id);
		expect(others).toEqual([]);
		expect(attempt).toMatchObject({score: 11, total: 13});
		expect(attempt!.answers).toHaveLength(13);
		expect(attempt!.answers.map(({questionId, chosen, right}) => ({questionId, chosen, right})))
			.toEqual(answered.map(done => ({questionId: done.question.id, chosen: done.chosen, right: done.right})));
		expect(attempt!.answers.at(-1)).toMatchObject({questionId: 'recursion-cost-curve', knew: false});

		// A row whose prompt wraps (this one does at 100 columns) keeps the space after its verdict.
		expect(flat(results)).toContain('✘ Wrong In your own words: how would Claude training Claude change the cost curve?');
	});

	it('shows ✘ and the right answer after a wrong answer', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const app = startApp(['quiz', smallPath, '--seed', '1']);
		await begin(app, 3);

		const done = await answer(app, questions, 'wrong');
		expect(done.question.id).toBe('gulls');
		const lines = app.screen().split('\n').map(line => line.trim());
		expect(lines).toContain('✘ Wrong');
		const right = lines.indexOf('The right answer');
		expect(right).toBeGreaterThan(-1);
		expect(lines[right + 1]).toMatch(/^\d [A-D] +Seven gulls$/);
		const chose = lines.indexOf('You chose');
		expect(chose).toBeGreaterThan(right);
		expect(lines[chose + 1]).toContain(questions[0]!.options[done.chosen[0]!]!.text);
		expect(lines).toContain('Review slide 1: Harbour Facts');
		expect(app.screen()).toContain('Question 1 of 3 · 0 right so far');
	});

	it('shows the linked slide on v, and any key comes back to the same feedback', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const app = startApp(['quiz', smallPath, '--seed', '1']);
		await begin(app, 3);
		await answer(app, questions, 'wrong');
		const feedback = app.screen();

		await app.press('v');
		const slide = await app.waitFor('The slide behind question 1');
		expect(slide).toMatch(/Harbour Facts/i);
		expect(slide).toContain('The lighthouse keeper counts seven gulls every morning.');
		expect(slide).not.toContain('✘ Wrong');

		await app.press('x');
		await app.waitFor('✘ Wrong');
		expect(app.screen()).toBe(feedback);

		// Still answered, not skipped: Enter goes on to question 2.
		await app.press(keys.enter);
		await app.waitFor('Question 2 of 3 · 0 right so far');
	});

	it('abandons on q then y, and records nothing', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		const app = startApp(['quiz', smallPath, '--seed', '1', '--store', store]);
		await begin(app, 3);
		await answer(app, questions, 'right');
		await app.press(keys.enter);
		await app.waitFor('Question 2 of 3 · 1 right so far');

		await app.press('q');
		const prompt = await app.waitFor('Abandon this quiz? y/n');
		expect(flat(prompt)).toContain('No attempt is recorded; 1 answer moved its review schedule already.');

		await app.press('y');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);
		expect(printedAfterExit(app)).toContain('briefing-deck: quiz abandoned after 1 of 3 questions; no attempt recorded; 1 answer moved its review schedule');
		expect(Object.values(scheduleEntries(store, 'quiz-drill'))).toMatchObject([{reps: 1}]);

		const scores = await scoresJson(store, smallPath);
		expect(scores.attempts).toEqual([]);
		expect(attemptFiles(store, 'quiz-drill')).toEqual([]);
	});

	it('says on Ctrl+C what became of the quiz, and exits 130 with the terminal restored', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		const app = startApp(['quiz', smallPath, '--seed', '1', '--store', store]);
		await begin(app, 3);
		await answer(app, questions, 'right');
		await app.press(keys.enter);
		await app.waitFor('Question 2 of 3 · 1 right so far');

		await app.press(keys.ctrlC);
		expect((await app.waitForExit()).exitCode).toBe(130);
		expectRestored(app);
		// What it says is what the store's files hold: no attempt, and the one answer's schedule moved.
		expect(printedAfterExit(app)).toContain('briefing-deck: quiz interrupted after 1 of 3 questions; no attempt recorded; 1 answer moved its review schedule');
		expect(attemptFiles(store, 'quiz-drill')).toEqual([]);
		expect(Object.values(scheduleEntries(store, 'quiz-drill'))).toMatchObject([{reps: 1}]);
	});

	it('keeps the attempt when Ctrl+C comes on the last feedback', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		const app = startApp(['quiz', smallPath, '--seed', '1', '--store', store]);
		await begin(app, 3);
		for (const choice of ['right', 'wrong'] as const) {
			await answer(app, questions, choice);
			await app.press(keys.enter);
		}

		await answer(app, questions, 'right');
		await app.press(keys.ctrlC);
		expect((await app.waitForExit()).exitCode).toBe(130);
		expectRestored(app);
		expect(printedAfterExit(app)).toContain('briefing-deck: quiz interrupted after the last answer; your attempt, 2/3 (67%), was saved, and 3 answers moved their review schedules');
		expect(Object.keys(scheduleEntries(store, 'quiz-drill'))).toHaveLength(3);
		expect(attemptFiles(store, 'quiz-drill')).toMatchObject([{score: 2, total: 3}]);
	});

	it('re-asks only the missed questions on r, as a practice round that is not recorded', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		const app = startApp(['quiz', smallPath, '--seed', '1', '--store', store]);
		await begin(app, 3);
		for (const choice of ['right', 'wrong', 'right'] as const) {
			await answer(app, questions, choice);
			await app.press(keys.enter);
		}

		const results = await app.waitFor('Saved to your score history.');
		expect(results).toContain('Score 2/3 (67%)');
		expect(flat(results)).toContain('✘ Wrong Which fruits ripen late? — review slide 2: Orchard Facts');

		await app.press('r');
		const retry = await app.waitFor('Question 1 of 1 · 0 right so far · practice round');
		expect(retry).toContain('Which fruits ripen late?');
		expect(retry).not.toContain('How many gulls');

		const done = await answer(app, questions, 'right');
		expect(done.question.id).toBe('late-fruits');
		await app.press(keys.enter);
		const practice = await app.waitFor('Practice round results');
		expect(practice).toContain('Score 1/1 (100%)');
		expect(flat(practice)).toContain('Practice rounds are not recorded. Recorded attempt: 2/3 (67%).');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		const scores = await scoresJson(store, smallPath);
		expect(scores.attempts).toHaveLength(1);
		expect(scores.attempts[0]).toMatchObject({score: 2, total: 3});
	});

	it('starts the quiz from the slideshow\'s end screen', async () => {
		const app = startApp([smallPath]);
		await app.waitFor(at(1, 3), {timeout: 10_000});

		await app.press(keys.end);
		await app.waitFor(at(3, 3));
		await app.press(keys.right);
		const end = await app.waitFor('End of “Quiz Drill”');
		expect(end).toContain('to start the quiz: Drill Quiz');

		await app.press(keys.enter);
		const intro = await app.waitFor('3 questions');
		expect(intro).toContain('Drill Quiz');
		expect(intro).toContain('No earlier attempts on this deck.');
		expect(app.isAlternateScreen()).toBe(true);

		await app.press(keys.enter);
		await app.waitFor('Question 1 of 3');
		expect(app.screen()).toContain('How many gulls does the keeper count?');
	});

	it('runs the whole briefing from a clicker: PgDn through the slides, into the quiz and past every feedback', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		const app = startApp([smallPath, '--store', store]);
		await app.waitFor(at(1, 3), {timeout: 10_000});
		for (const slide of [2, 3]) {
			await app.press(keys.pageDown);
			await app.waitFor(at(slide, 3));
		}

		await app.press(keys.pageDown);
		await app.waitFor('End of “Quiz Drill”');
		await app.press(keys.pageDown);
		await app.waitFor('3 questions');
		await app.press(keys.pageDown);
		const first = await app.waitFor('Question 1 of 3');

		// The room calls out letters; the presenter types them and clicks on.
		const letter = (screen: string, question: Question, original: number): string =>
			String.fromCodePoint(97 + displayedPosition(screen, question, original));
		const [gulls, fruits] = questions;
		await app.press(letter(first, gulls!, 1));
		await app.waitFor('✔ Right');
		await app.press(keys.pageDown);
		const second = await app.waitFor('Question 2 of 3 · 1 right so far');
		await app.press(letter(second, fruits!, 0), letter(second, fruits!, 2), keys.enter);
		await app.waitFor('✔ Right');
		await app.press(keys.pageDown);
		await app.waitFor('Question 3 of 3 · 2 right so far');
		await app.press(keys.pageDown);
		await app.waitFor('Knew it? y/n');
		await app.press('y', keys.pageDown);
		const results = await app.waitFor('Saved to your score history.');
		expect(results).toContain('Score 3/3 (100%)');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);
		expect(attemptFiles(store, 'quiz-drill')).toMatchObject([{score: 3, total: 3}]);
	});

	it('keeps the results on screen when the store cannot be written, and prints the attempt after exit', async () => {
		const questions = questionsOf(readDeck(smallPath));
		const store = temporaryDir();
		// A file where the attempts directory should be: no attempt can be written under it.
		fs.writeFileSync(path.join(store, 'attempts'), 'not a directory\n');
		const app = startApp(['quiz', smallPath, '--seed', '1', '--store', store]);
		await begin(app, 3);
		for (const choice of ['right', 'right', 'wrong'] as const) {
			await answer(app, questions, choice);
			await app.press(keys.enter);
		}

		const results = await app.waitFor('Not saved');
		expect(results).toContain('Score 2/3 (67%)');
		expect(results).toContain('✘ Not saved:');
		expect(results).toContain('The result will be printed as JSON when you quit.');
		expect(results).not.toContain('Saved to your score history.');
		// Nothing ends the quiz but the person: the results stay until q.
		await app.press(keys.down);
		expect(app.screen()).toContain('Score 2/3 (67%)');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(1);
		expectRestored(app);

		const printed = printedAfterExit(app);
		const json = printed.slice(printed.indexOf('{'), printed.indexOf('\n}\n') + 2);
		const attempt = JSON.parse(json) as {deckId: string; score: number; total: number; answers: Array<{questionId: string}>};
		expect(attempt).toMatchObject({schema: 'briefing-deck/attempt', deckId: 'quiz-drill', score: 2, total: 3});
		expect(attempt.answers.map(done => done.questionId)).toEqual(['gulls', 'late-fruits', 'cairn']);
		expect(printed).toContain('the attempt above was not saved');
		expect(fs.statSync(path.join(store, 'attempts')).isFile()).toBe(true);
	});

	it('leaves no stale line when the window shrinks from 100×30 to 50×15 during a question', async () => {
		const app = startApp(['quiz', '--seed', '1'], {cols: 100, rows: 30});
		await begin(app, 13);
		app.resize(50, 15);
		// Redrawn at the new size: the hints wrap at 50 columns.
		await app.waitFor('Enter choose · q abandon');
		const screen = await app.waitFor(current => current.split('\n').every(line => line.length <= 50), {timeout: 2000}).catch(() => app.screen());
		const lines = screen.split('\n');
		expect(lines.filter(line => line.length > 50), screen).toEqual([]);
		expect(lines[0], screen).toBe('');
		expect(lines[1]).toBe('  Question 1 of 13 · 0 right so far');
		expect(screen).toMatch(/answer at once/);
	});

	it('restores the terminal when the quiz is quit', async () => {
		const app = startApp(['quiz', smallPath]);
		await app.waitFor('3 questions', {timeout: 10_000});
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.cursorHidden()).toBe(true);

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expectRestored(app);
		const raw = app.rawOutput();
		expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
	});
});
