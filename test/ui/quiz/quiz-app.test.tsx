import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {type Attempt} from '../../../source/core/records/attempt.js';
import {attemptFromSummary} from '../../../source/core/quiz/results.js';
import {createScoreStore, type ScoreStore} from '../../../source/io/store/score-store.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {renderQuizApp} from './render-quiz-app.js';
import {quizExitNote} from '../../../source/ui/quiz/exit-note.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {down, enter, escape, pageDown, right, space} from '../../helpers/keys.js';
import {waitUntil} from '../../helpers/wait.js';
import type {Question} from '../../../source/core/deck/types.js';
import {card, deck, single} from './fixture.js';

const directories: string[] = [];
const instances: Array<{unmount: () => void}> = [];

afterEach(() => {
	for (const instance of instances.splice(0)) {
		instance.unmount();
	}

	for (const directory of directories.splice(0)) {
		fs.rmSync(directory, {recursive: true, force: true});
	}
});

const temporaryDirectory = (): string => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-quiz-'));
	directories.push(directory);
	return directory;
};

/** A clock that moves one second every time it is read. */
const steppingClock = (): (() => number) => {
	let time = Date.UTC(2026, 0, 5, 9);
	return () => {
		time += 1000;
		return time;
	};
};

type Setup = {
	/** `null`: no store could be opened. */
	readonly store?: ScoreStore | null;
	readonly storeError?: string;
	readonly json?: boolean;
	/** Another quiz on the fixture's slides. */
	readonly questions?: readonly Question[];
	/** The deck as the command line named it. */
	readonly deckArgument?: string;
};

async function setup({store, storeError, json = false, questions, deckArgument}: Setup = {}) {
	const scores = store === null ? undefined : store ?? createScoreStore(temporaryDirectory());
	const quizDeck = questions ? {...deck, quiz: {...deck.quiz, questions}} : deck;
	const props = quizAppProps(quizDeck, {
		store: scores,
		...(storeError === undefined ? {} : {storeError}),
		seed: 7,
		shuffle: false,
		json,
		theme: 'dark',
		color: false,
		screenReader: false,
		hyperlinks: false,
		...(deckArgument === undefined ? {} : {deckArgument}),
		now: steppingClock(),
	});
	const {instance, result} = renderQuizApp(props);
	instances.push(instance);
	await readingKeys(instance);
	const frame = (): string => instance.lastFrame() ?? '';
	return {instance, store: scores, frame, result};
}

type Rendered = Awaited<ReturnType<typeof setup>>;

/** The app's store, once its attempt has been saved. */
async function storeOf(app: Rendered): Promise<ScoreStore | undefined> {
	await frameMatching(app.instance, 'Saved to your score history.');
	return app.store;
}

/** The number an option is shown with (`2` in `2 B  Paris`). */
function numberOf(frame: string, text: string): string {
	const match = new RegExp(String.raw`(\d) [A-D]\s+${text}`).exec(frame);
	expect(match, `option ${text} on screen`).not.toBeNull();
	return match![1]!;
}

function letterOf(frame: string, text: string): string {
	const match = new RegExp(String.raw`\d ([A-D])\s+${text}`).exec(frame);
	expect(match, `option ${text} on screen`).not.toBeNull();
	return match![1]!;
}

/** Moves the highlight of a choose-all question to an option with ↓. */
async function moveTo(app: Rendered, text: string): Promise<void> {
	const steps = Number(numberOf(app.frame(), text)) - 1;
	await press(app.instance, ...Array.from({length: steps}, () => down));
}

const history = (store: ScoreStore | undefined): readonly Attempt[] => store?.history(deck.meta.id).attempts ?? [];

/** Answers the capital question right, primes wrong (only Two ticked), and the card "did not know". */
async function playThrough(app: Rendered): Promise<void> {
	await press(app.instance, enter);
	await press(app.instance, numberOf(app.frame(), 'Paris'), enter);
	await moveTo(app, 'Two');
	await press(app.instance, space, enter, enter);
	await press(app.instance, space, 'n', enter);
}

describe('intro', () => {
	it('shows the quiz, its size, no history yet, and how to start', async () => {
		const app = await setup();
		expect(app.frame()).toContain('Facts quiz');
		expect(app.frame()).toContain('3 questions');
		expect(app.frame()).toContain('No earlier attempts on this deck.');
		expect(app.frame()).toMatch(/Enter\/Space\/→\/PgDn\s+start/);
	});

	it('shows the best and last score from the history', async () => {
		const store = createScoreStore(temporaryDirectory());
		const attempt = (score: number, hour: number): Attempt => ({
			...attemptFromSummary({
				deckId: 'facts',
				quizHash: 'hash-1',
				summary: {round: 1, finished: true, score, total: 3, percentage: 0, startedAt: Date.UTC(2026, 0, 1, hour), endedAt: Date.UTC(2026, 0, 1, hour, 5), ms: 0, answers: [], questions: []},
			}),
		});
		store.recordAttempt(attempt(3, 8));
		store.recordAttempt(attempt(1, 9));
		const app = await setup({store});
		expect(app.frame()).toContain('Best: 3/3 (100%)');
		expect(app.frame()).toContain('Last: 1/3 (33%)');
	});

	it('shows progress at a glance: scores over time, what is due, and the slides to read again', async () => {
		const store = createScoreStore(temporaryDirectory());
		for (const [day, score] of [[1, 1], [2, 2], [3, 2]] as const) {
			store.recordAttempt({
				...attemptFromSummary({
					deckId: 'facts',
					quizHash: 'hash-1',
					summary: {round: 1, finished: true, score, total: 3, percentage: 0, startedAt: Date.UTC(2026, 0, day, 9), endedAt: Date.UTC(2026, 0, day, 9, 5), ms: 0, answers: [], questions: []},
				}),
				answers: [{questionId: 'capital', chosen: [1], right: true, ms: 1}, {questionId: 'primes', chosen: [0], right: false, ms: 1}],
			});
		}

		store.recordReviews('facts', [{questionId: 'primes', grade: 'again', at: new Date(Date.UTC(2026, 0, 3, 9))}]);
		const app = await setup({store, deckArgument: 'my facts.md'});
		const frame = app.frame();
		expect(frame).toContain('Your scores, oldest to newest:');
		expect(frame).toContain(['  100% │', '       │  █ █', '       │█ █ █', '    0% └─────'].join('\n'));
		expect(frame).toContain('Weakest questions, last results (✔ right, ✘ wrong, · not asked):\n    ✘✘✘  Which of these are prime?');
		// The command to type, for the deck as it was named, drawn as code rather than between backticks.
		expect(frame).toContain('Review: 1 question due today (briefing-deck review \'my facts.md\').');
		// The rest is further down.
		await press(app.instance, down, down, down, down);
		expect(app.frame()).toContain('Slides to read again:\n    slide 3: Prime numbers (0% right)');
	});

	it('says when scores will not be saved', async () => {
		const app = await setup({store: null, storeError: 'cannot open /nope: permission denied'});
		expect(app.frame()).toContain('Scores will not be saved: cannot open /nope: permission denied');
	});

	it('q leaves without a result', async () => {
		const app = await setup();
		await press(app.instance, 'q');
		expect(app.result()).toEqual({finished: false, exit: 'quit', mode: 'quiz', answered: 0, total: 3, scheduled: 0});
	});
});

describe('a single-choice question', () => {
	it('shows where we are, the prompt, and options numbered and lettered', async () => {
		const app = await setup();
		await press(app.instance, enter);
		expect(app.frame()).toContain('Question 1 of 3 · 0 right so far');
		expect(app.frame()).toContain('What is the capital of France?');
		for (const text of ['Lyon', 'Paris', 'Nice', 'Lille']) {
			expect(app.frame()).toMatch(new RegExp(String.raw`\d [A-D]\s+${text}`));
		}

		expect(app.frame()).toMatch(/1–4\/A–D\s+answer at once/);
	});

	it('is answered at once by a number key, with glyph and words, the answer, its feedback and the explanation', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'));
		const frame = app.frame();
		expect(frame).toContain('✔ Right');
		expect(frame).toContain('The right answer');
		expect(frame).toContain('Yes, Paris.');
		expect(frame).toContain('Paris has been the capital since 987.');
		expect(frame).toContain('Review slide 2: Cities of France');
		expect(frame).toMatch(/v\s+view the slide/);
	});

	it('is answered with the arrows and Enter', async () => {
		const app = await setup();
		await press(app.instance, enter);
		const steps = Number(numberOf(app.frame(), 'Lyon')) - 1;
		await press(app.instance, ...Array.from({length: steps}, () => down), enter);
		const frame = app.frame();
		expect(frame).toContain('✘ Wrong');
		expect(frame).toContain('You chose');
		expect(frame).toContain('Lyon is the third city.');
		expect(frame).toMatch(/The right answer[\s\S]*Paris/);
	});

	it('is answered by a letter, for the room', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, letterOf(app.frame(), 'Paris').toLowerCase());
		expect(app.frame()).toContain('✔ Right');
	});

	it('Enter and → go on to the next question', async () => {
		const app = await setup();
		await press(app.instance, enter, '1');
		await press(app.instance, right);
		expect(app.frame()).toContain('Question 2 of 3');
		expect(app.frame()).toContain('Which of these are prime?');
	});
});

describe('Enter pressed twice from habit', () => {
	const again: Question = {...single, id: 'capital-again', prompt: 'Once more: the capital of France?'};

	it('goes on from the feedback and leaves the next question unanswered, saying how to answer', async () => {
		const app = await setup({questions: [single, again]});
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'));
		expect(app.frame()).toContain('✔ Right');
		await press(app.instance, enter, enter);
		expect(app.frame()).toContain('Once more: the capital of France?');
		expect(app.frame()).toContain('Question 2 of 2 · 1 right so far');
		expect(app.frame()).not.toMatch(/✔ Right|✘ Wrong/);
		expect(app.frame()).toContain('Enter answers once you have moved to an option');
		// Held down: the terminal repeats the key in one burst.
		await press(app.instance, '\r\r\r');
		expect(app.frame()).not.toMatch(/✔ Right|✘ Wrong/);
		// Moving the highlight is a choice; then Enter answers.
		await press(app.instance, down, enter);
		expect(app.frame()).toMatch(/✔ Right|✘ Wrong/);
		expect(app.frame()).toContain('Question 2 of 2');
	});

	for (const [name, key] of [['PgDn', pageDown], ['→', right], ['Space', space]] as const) {
		it(`${name} twice, or held, on a feedback never answers the next question`, async () => {
			const app = await setup({questions: [single, again]});
			await press(app.instance, enter);
			await press(app.instance, numberOf(app.frame(), 'Paris'));
			await press(app.instance, key, key);
			await press(app.instance, key.repeat(4), enter);
			expect(app.frame()).not.toMatch(/✔ Right|✘ Wrong/);
			expect(app.result()).toBeUndefined();
		});
	}
});

describe('a clicker', () => {
	it('starts the quiz, goes on from every feedback and reveals a card with PgDn alone; answers come by letter', async () => {
		const app = await setup();
		await press(app.instance, pageDown);
		expect(app.frame()).toContain('Question 1 of 3');
		await press(app.instance, letterOf(app.frame(), 'Paris').toLowerCase(), pageDown);
		expect(app.frame()).toContain('Question 2 of 3');
		await press(app.instance, letterOf(app.frame(), 'Two').toLowerCase(), letterOf(app.frame(), 'Seven').toLowerCase(), enter);
		expect(app.frame()).toMatch(/Enter\/→\/PgDn\s+go on/);
		await press(app.instance, pageDown);
		expect(app.frame()).toContain('Question 3 of 3');
		await press(app.instance, pageDown);
		expect(app.frame()).toContain('Knew it? y/n');
		await press(app.instance, 'y', pageDown);
		expect(await frameMatching(app.instance, 'Saved to your score history.')).toContain('Score 3/3');
	});
});

describe('a choose-all-that-apply question', () => {
	const toSecond = async (): Promise<Rendered> => {
		const app = await setup();
		await press(app.instance, enter, '1', enter);
		expect(app.frame()).toContain('Which of these are prime?');
		return app;
	};

	it('ticks with Space and counts a partial answer as wrong', async () => {
		const app = await toSecond();
		expect(app.frame()).toContain('Choose all that apply.');
		await moveTo(app, 'Two');
		await press(app.instance, space);
		expect(app.frame()).toMatch(/☑ \d [A-D]\s+Two/);
		expect(app.frame()).toMatch(/☐ \d [A-D]\s+Seven/);
		await press(app.instance, enter);
		expect(app.frame()).toContain('✘ Wrong');
		expect(app.frame()).toContain('The right answers');
	});

	it('after a wrong answer, lists the ticks in the order shown, marking the extra and the missing ones', async () => {
		const app = await toSecond();
		await press(app.instance, numberOf(app.frame(), 'Two'), numberOf(app.frame(), 'Four'), enter);
		const frame = app.frame();
		expect(frame).toContain('✘ Wrong');
		const ticks = frame.slice(frame.indexOf('Your ticks')).split('\n').slice(1, 4);
		const expected = [['✔ ticked', 'Two'], ['✘ extra', 'Four'], ['✘ missing', 'Seven']]
			.map(([mark, text]) => ({mark, text, number: Number(numberOf(frame, text!))}))
			.sort((a, b) => a.number - b.number);
		expect(ticks).toEqual(expected.map(({mark, text, number}) => expect.stringMatching(new RegExp(String.raw`^\s*${mark} +${number} [A-D] +${text}$`))));
		// Nine was neither ticked nor right: not listed.
		expect(ticks.join('\n')).not.toContain('Nine');
		expect(frame).toContain('About');
		expect(frame).toContain('Four is two squared.');
	});

	it('Space twice unticks; digits tick too; all the right ones is right', async () => {
		const app = await toSecond();
		await press(app.instance, space, space);
		expect(app.frame()).not.toContain('☑');
		await press(app.instance, numberOf(app.frame(), 'Two'), numberOf(app.frame(), 'Seven'), enter);
		expect(app.frame()).toContain('✔ Right');
	});
});

describe('a self-graded card', () => {
	it('Space reveals the answer, then y counts it right', async () => {
		const app = await setup();
		await press(app.instance, enter, '1', enter);
		await press(app.instance, '1', '2', enter, enter);
		expect(app.frame()).toContain('At what temperature does water boil at sea level?');
		expect(app.frame()).not.toContain('One hundred degrees');
		await press(app.instance, space);
		expect(app.frame()).toContain('One hundred degrees Celsius.');
		expect(app.frame()).toContain('Knew it? y/n');
		await press(app.instance, 'y');
		expect(app.frame()).toContain('✔ Right');
		expect(app.frame()).toContain('You knew it.');
	});
});

describe('rating a self-graded card 1–4, as in Anki', () => {
	for (const [key, words, knew] of [['1', 'You did not know it yet.', false], ['2', 'You knew it with difficulty.', true], ['4', 'You knew it easily.', true]] as const) {
		it(`${key} rates it, and the rating is kept with the answer`, async () => {
			const app = await setup({questions: [card]});
			await press(app.instance, enter, space);
			expect(app.frame()).toMatch(/1\s+again\s+·\s+2\s+hard\s+·\s+3\s+good\s+·\s+4\s+easy/);
			await press(app.instance, key);
			expect(app.frame()).toContain(words);
			expect(app.frame()).toContain(knew ? '✔ Right' : '✘ Wrong');
			await press(app.instance, enter);
			const [saved] = history(await storeOf(app));
			expect(saved?.answers[0]).toMatchObject({questionId: 'boiling', knew, rating: {1: 'again', 2: 'hard', 4: 'easy'}[key]});
		});
	}
});

describe('viewing the slide behind a question', () => {
	it('v shows the whole slide and any key returns to the same feedback', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'));
		const feedback = app.frame();
		await press(app.instance, 'v');
		expect(app.frame()).toContain('Cities of France');
		// Both steps of the slide, though it has a pause.
		expect(app.frame()).toContain('Paris is the capital of France.');
		expect(app.frame()).not.toContain('✔ Right');
		await press(app.instance, 'x');
		expect(app.frame()).toBe(feedback);
		await press(app.instance, enter);
		expect(app.frame()).toContain('Question 2 of 3');
	});
});

describe('abandoning', () => {
	it('q then y ends the quiz and records no attempt, saying the answer given moved its schedule', async () => {
		const fresh = await setup();
		await press(fresh.instance, enter);
		await press(fresh.instance, 'q');
		expect(fresh.frame()).toContain('No attempt is recorded; no review schedule moved yet.');
		await press(fresh.instance, 'n', '1', enter, 'q');
		expect(fresh.frame()).toContain('Abandon this quiz? y/n');
		expect(fresh.frame()).toContain('No attempt is recorded; 1 answer moved its review schedule already.');
		await press(fresh.instance, 'y');
		const result = fresh.result();
		expect(result).toEqual({finished: false, exit: 'abandoned', mode: 'quiz', answered: 1, total: 3, scheduled: 1});
		expect(quizExitNote(result!)).toBe('quiz abandoned after 1 of 3 questions; no attempt recorded; 1 answer moved its review schedule');
		expect(history(fresh.store)).toEqual([]);
		// What the note says is what the store holds: one question's schedule moved.
		expect(Object.keys(fresh.store!.schedules(deck.meta.id).book?.questions ?? {})).toHaveLength(1);
	});

	it('without a store, says no schedule moved', async () => {
		const app = await setup({store: null, storeError: 'read-only'});
		await press(app.instance, enter, '1', enter, 'q');
		expect(app.frame()).toContain('No attempt is recorded; no review schedule moved yet.');
		await press(app.instance, 'y');
		expect(quizExitNote(app.result()!)).toBe('quiz abandoned after 1 of 3 questions; no attempt recorded; no review schedule moved');
	});

	it('q then n goes back to the question as it was', async () => {
		const app = await setup();
		await press(app.instance, enter, '1', enter);
		await moveTo(app, 'Seven');
		await press(app.instance, space);
		const question = app.frame();
		await press(app.instance, 'q', 'n');
		expect(app.frame()).toBe(question);
		await press(app.instance, 'q', escape);
		expect(app.frame()).toBe(question);
		expect(app.result()).toBeUndefined();
	});
});

describe('results', () => {
	it('show the score, time, each question with the slide to review, and the save', async () => {
		const app = await setup();
		await playThrough(app);
		const frame = await frameMatching(app.instance, 'Saved to your score history.');
		expect(frame).toContain('Results');
		expect(frame).toMatch(/Score 1\/3 \(33%\) · Time \d\d:\d\d/);
		expect(frame).toContain('✔ Right What is the capital of France?');
		expect(frame).toContain('✘ Wrong Which of these are prime? — review slide 3: Prime numbers');
		expect(frame).toContain('✘ Wrong At what temperature does water boil at sea level?');
		expect(frame).toContain('First attempt on this deck.');
		expect(frame).toContain('Saved to your score history.');

		const [saved] = history(app.store);
		expect(saved).toMatchObject({deckId: 'facts', quizHash: 'hash-1', score: 1, total: 3});
		// Chosen options are kept in the deck's own order, whatever order they were shown in.
		expect(saved?.answers.map(answer => [answer.questionId, answer.chosen, answer.right])).toEqual([
			['capital', [1], true],
			['primes', [0], false],
			['boiling', [], false],
		]);

		await press(app.instance, 'q');
		expect(app.result()).toMatchObject({finished: true, attempt: {score: 1, total: 3}});
		expect(app.result()?.saveError).toBeUndefined();
	});

	it('compare this attempt with the previous and the best', async () => {
		const store = createScoreStore(temporaryDirectory());
		const first = await setup({store});
		await playThrough(first);
		await press(first.instance, 'q');

		const second = await setup({store});
		expect(second.frame()).toContain('Last: 1/3 (33%)');
		// The missed questions come first now.
		await press(second.instance, enter);
		expect(second.frame()).toContain('Which of these are prime?');
		await press(second.instance, numberOf(second.frame(), 'Two'), numberOf(second.frame(), 'Seven'), enter, enter);
		await press(second.instance, space, 'y', enter);
		await press(second.instance, numberOf(second.frame(), 'Paris'), enter);
		expect(second.frame()).toContain('Score 3/3 (100%)');
		expect(second.frame()).toContain('up 67 points from the previous (1/3 (33%))');
		expect(second.frame()).toContain('New best! Previous best 1/3 (33%)');
		expect(history(store)).toHaveLength(2);
	});

	it('r re-asks only the missed questions, as an unrecorded practice round', async () => {
		const app = await setup();
		await playThrough(app);
		await press(app.instance, 'r');
		expect(app.frame()).toContain('Question 1 of 2');
		expect(app.frame()).toContain('practice round');
		expect(app.frame()).toContain('Which of these are prime?');
		await press(app.instance, numberOf(app.frame(), 'Two'), numberOf(app.frame(), 'Seven'), enter, enter);
		expect(app.frame()).toContain('Question 2 of 2');
		expect(app.frame()).toContain('At what temperature');
		await press(app.instance, space, 'y', enter);
		expect(app.frame()).toContain('Practice round results');
		expect(app.frame()).toContain('Score 2/2 (100%)');
		expect(app.frame()).toContain('Practice rounds are not recorded. Recorded attempt: 1/3 (33%).');
		expect(history(app.store)).toHaveLength(1);
		await press(app.instance, 'r');
		expect(app.frame()).toContain('Nothing to re-ask: every answer was right.');
	});

	it('s shows the slides behind the misses, then re-asks them', async () => {
		const app = await setup();
		await playThrough(app);
		await press(app.instance, 's');
		expect(app.frame()).toContain('Review 1 of 1, then the missed questions again');
		expect(app.frame()).toContain('Prime numbers');
		expect(app.frame()).toContain('Primes have exactly two divisors.');
		await press(app.instance, 'x');
		expect(app.frame()).toContain('Question 1 of 2');
		expect(app.frame()).toContain('Which of these are prime?');
	});

	it('q while re-asking goes back to the results, not out', async () => {
		const app = await setup();
		await playThrough(app);
		await press(app.instance, 'r', 'q');
		expect(app.frame()).toContain('Abandon this practice round? y/n');
		await press(app.instance, 'y');
		expect(app.frame()).toContain('Practice round abandoned.');
		expect(app.frame()).toContain('Score 1/3 (33%)');
		expect(app.result()).toBeUndefined();
	});
});

describe('an unwritable store', () => {
	it('keeps the results on screen with the error, and hands the attempt back', async () => {
		const directory = temporaryDirectory();
		// A file where the attempts directory should be: no attempt can be written.
		fs.writeFileSync(path.join(directory, 'attempts'), 'in the way');
		const app = await setup({store: createScoreStore(directory), json: true});
		await playThrough(app);
		const frame = await frameMatching(app.instance, 'Not saved');
		expect(frame).toContain('Score 1/3 (33%)');
		expect(frame).toMatch(/✘ Not saved: cannot write scores to \S+/);
		expect(frame).toContain('The result will be printed as JSON when you quit.');
		await press(app.instance, 'q');
		expect(app.result()?.finished).toBe(true);
		expect(app.result()?.saveError).toMatch(/^cannot write scores to /);
		expect(app.result()?.attempt).toMatchObject({deckId: 'facts', score: 1, total: 3});
	});

	it('without any store, still shows the result and says it will be printed as JSON', async () => {
		const app = await setup({store: null, storeError: 'cannot open /nope: permission denied'});
		await playThrough(app);
		await frameMatching(app.instance, 'Not saved');
		expect(app.frame()).toContain('✘ Not saved: cannot open /nope: permission denied');
		expect(app.frame()).toContain('The result will be printed as JSON when you quit.');
		expect(app.frame()).not.toContain('Run with --json');
		await press(app.instance, 'q');
		expect(app.result()).toMatchObject({finished: true, saveError: 'cannot open /nope: permission denied'});
	});
});

describe('Ctrl+C', () => {
	it('leaves at once without recording a quiz in progress, and says how far it got', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'), '\u0003');
		expect(app.result()).toEqual({finished: false, exit: 'interrupted', mode: 'quiz', answered: 1, total: 3, scheduled: 1});
		expect(quizExitNote(app.result()!)).toBe('quiz interrupted after 1 of 3 questions; no attempt recorded; 1 answer moved its review schedule');
		expect(history(app.store)).toEqual([]);
		// The answer given, even pressed in the same keystrokes as Ctrl+C, moved its question's schedule.
		expect(Object.keys(app.store!.schedules(deck.meta.id).book?.questions ?? {})).toHaveLength(1);
	});

	it('keeps the attempt once the last question is answered, though its feedback is still showing', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'), enter);
		await moveTo(app, 'Two');
		await press(app.instance, space, enter, enter, space, 'n');
		expect(app.frame()).toContain('You did not know it yet.');
		await press(app.instance, '\u0003');
		expect(app.result()).toMatchObject({finished: true, exit: 'interrupted', answered: 3, total: 3, attempt: {score: 1, total: 3}});
		expect(history(app.store)).toHaveLength(1);
	});

	it('keeps it even when Ctrl+C comes in the same burst as the last answer', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'), enter);
		await moveTo(app, 'Two');
		await press(app.instance, space, enter, enter, space);
		await press(app.instance, 'y\u0003');
		await waitUntil(() => app.result() !== undefined, 'the quiz to hand back its result');
		expect(app.result()).toMatchObject({finished: true, exit: 'interrupted', attempt: {score: 2}});
		expect(history(app.store)).toHaveLength(1);
	});
});

describe('q means quit everywhere', () => {
	it('on the last feedback, leaves with the attempt saved and asks nothing', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'), enter);
		await moveTo(app, 'Two');
		await press(app.instance, space, enter, enter, space, 'y', 'q');
		expect(app.frame()).not.toContain('Abandon this quiz?');
		expect(app.result()).toMatchObject({finished: true, exit: 'quit', attempt: {score: 2}});
		expect(history(app.store)).toHaveLength(1);
	});

	it('over a slide, asks to abandon the quiz under it', async () => {
		const app = await setup();
		await press(app.instance, enter);
		await press(app.instance, numberOf(app.frame(), 'Paris'), 'v', 'q');
		expect(app.frame()).toContain('Abandon this quiz? y/n');
		await press(app.instance, 'n');
		expect(app.frame()).toContain('Cities of France');
	});

	it('on the review pages, quits with the attempt kept; Esc goes back to the results', async () => {
		const app = await setup();
		await playThrough(app);
		await press(app.instance, 's');
		expect(app.frame()).toContain('Review 1 of 1');
		expect(app.frame()).toMatch(/Esc\s+stop, back to the results/);
		expect(app.frame()).toMatch(/q\s+quit/);
		await press(app.instance, escape);
		expect(app.frame()).toContain('Review stopped; nothing was re-asked.');
		expect(app.frame()).toContain('Score 1/3');
		await press(app.instance, 's', 'q');
		expect(app.result()).toMatchObject({finished: true, exit: 'quit'});
		expect(history(app.store)).toHaveLength(1);
	});

	it('going through the answers, quits; Esc goes back to the results', async () => {
		const app = await setup();
		await playThrough(app);
		await press(app.instance, 'a');
		expect(app.frame()).toMatch(/q\s+quit/);
		await press(app.instance, escape);
		expect(app.frame()).toContain('Score 1/3');
		expect(app.result()).toBeUndefined();
		await press(app.instance, 'a', 'q');
		expect(app.result()).toMatchObject({finished: true, exit: 'quit'});
	});
});
