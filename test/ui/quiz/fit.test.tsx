/** Every quiz screen fits the terminal, rows − 1 high at most, and what does not fit scrolls. */
import {describe, expect, it} from 'vitest';
import type {Deck, Question} from '../../../source/core/deck/types.js';
import {displayWidth} from '../../../source/core/layout/index.js';
import {QuizApp} from '../../../source/ui/quiz/QuizApp.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {down, enter, pageDown, pageUp, up} from '../../helpers/keys.js';
import {paragraph, renderInTerminal, type TestInstance, unmountAfterEach} from '../helpers.js';
import {option, words} from './fixture.js';

const keep = unmountAfterEach();

const longQuestion: Question = {
	id: 'long',
	prompt: 'Which of these statements about the incident timeline is accurate?',
	kind: 'single',
	options: [
		option(`The page went out late: ${words(20, 'late')}`, true),
		option('Nobody was paged', false),
		option('The alert was muted', false),
	],
	correct: [0],
	explanation: [
		paragraph(`Why: ${words(150, 'why')} LAST-WORD`),
		{kind: 'list', ordered: false, start: 1, tight: true, items: [{blocks: [paragraph(words(30, 'item'))]}], line: 1},
		paragraph('See https://example.com/postmortems/2024/the-long-incident-review-with-a-very-long-address-that-must-wrap'),
	],
	line: 1,
};

const deckWith = (questions: readonly Question[]): Deck & {readonly quiz: NonNullable<Deck['quiz']>} => ({
	meta: {title: 'Fit', id: 'fit'},
	slides: [{number: 1, title: 'One', slug: 'one', blocks: [paragraph('Body')], steps: [1], notes: [], line: 1}],
	quiz: {title: 'Fit quiz', questions, hash: 'fit'},
});

const thirty = deckWith(Array.from({length: 30}, (_, index): Question => ({
	id: `q${index + 1}`,
	prompt: `Question number ${index + 1}: which answer is the right one here, out of the two shown?`,
	kind: 'single',
	options: [option('Right', true), option('Wrong', false)],
	correct: [0],
	explanation: [],
	slide: 1,
	line: index + 1,
})));

async function open(deck: ReturnType<typeof deckWith>, columns: number, rows: number): Promise<TestInstance> {
	const props = quizAppProps(deck, {store: undefined, seed: 1, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, hyperlinks: false, now: () => 0});
	const app = renderInTerminal(
		<ThemeContext value={themes.none}><QuizApp {...props} onDone={() => {}}/></ThemeContext>,
		{columns, rows},
	);
	keep(app);
	await readingKeys(app);
	return app;
}

/** Every frame drawn so far fits: at most rows − 1 lines, none wider than the terminal. */
function expectEveryFrameFits(app: TestInstance, columns: number, rows: number): void {
	expect(app.stdout.frames.length).toBeGreaterThan(0);
	for (const frame of app.stdout.frames) {
		const lines = frame.split('\n');
		expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
		expect(Math.max(...lines.map(line => displayWidth(line))), frame).toBeLessThanOrEqual(columns);
	}
}

/** Presses `key` until `more ↓` is gone (or `limit` presses), returning every frame seen. */
async function scrollToEnd(app: TestInstance, key: string, limit = 80): Promise<string[]> {
	const seen = [app.lastFrame()];
	for (let count = 0; count < limit && app.lastFrame().includes('more ↓'); count++) {
		await press(app, key);
		seen.push(app.lastFrame());
	}

	return seen;
}

const sizes = [[80, 24], [40, 12]] as const;

describe('a question with a very long explanation', () => {
	for (const [columns, rows] of sizes) {
		it(`fits ${columns}×${rows} on every screen, and scrolling reveals the rest`, async () => {
			const app = await open(deckWith([longQuestion]), columns, rows);
			await press(app, enter);
			// The options are taller than the screen at 40×12: the highlight still shows.
			expect(app.lastFrame()).toContain('❯');
			await press(app, '1');
			expect(app.lastFrame()).toMatch(/✔ Right|✘ Wrong/);
			expect(app.lastFrame()).toContain('more ↓');
			expect(app.lastFrame()).not.toContain('LAST-WORD');

			const seen = await scrollToEnd(app, down);
			expect(app.lastFrame()).not.toContain('more ↓');
			expect(app.lastFrame()).toContain('↑ more');
			const text = seen.join('\n');
			for (const word of ['why1', 'why150', 'LAST-WORD', 'item30', 'must-wrap']) {
				expect(text).toContain(word);
			}

			// The header and the key hints stay while the body scrolls.
			for (const frame of seen) {
				expect(frame).toContain('Question 1 of 1');
				expect(frame).toMatch(/Enter\/→\/PgDn\s+go on/);
			}

			// Back up with PgUp to the top.
			for (let count = 0; count < 40 && app.lastFrame().includes('↑ more'); count++) {
				await press(app, pageUp);
			}

			expect(app.lastFrame()).toMatch(/✔ Right|✘ Wrong/);
			expect(app.lastFrame()).not.toContain('↑ more');
			expectEveryFrameFits(app, columns, rows);
		});
	}
});

describe('the results of a 30-question quiz', () => {
	for (const [columns, rows] of sizes) {
		it(`fit ${columns}×${rows}, and PgDn reveals every question`, async () => {
			const app = await open(thirty, columns, rows);
			await press(app, enter);
			for (let index = 0; index < 30; index++) {
				await press(app, '1', enter);
			}

			expect(app.lastFrame()).toMatch(/Score \d+\/30/);
			expect(app.lastFrame()).toContain('more ↓');
			const text = (await scrollToEnd(app, pageDown)).join('\n');
			for (let number = 1; number <= 30; number++) {
				expect(text).toContain(`Question number ${number}:`);
			}

			expect(app.lastFrame().replaceAll(/\s+/g, ' ')).toContain('Review schedules are not kept without a score store.');
			expect(app.lastFrame()).toMatch(/q\s+quit/);
			// A page may break inside the note before it: a line at a time, some frame shows it whole.
			const lineByLine: string[] = [];
			for (let count = 0; count < 4; count++) {
				await press(app, up);
				lineByLine.push(app.lastFrame().replaceAll(/\s+/g, ' '));
			}

			expect(lineByLine.some(frame => frame.includes('printed as JSON when you quit'))).toBe(true);
			expect(app.lastFrame()).toContain('more ↓');
			expectEveryFrameFits(app, columns, rows);
		});
	}
});

describe('a choice question with more options than rows', () => {
	it('scrolls to keep the highlighted option in view', async () => {
		const many = deckWith([{
			...longQuestion,
			options: Array.from({length: 9}, (_, index) => option(`Option ${index + 1}: ${words(8, 'word')}`, index === 8)),
			correct: [8],
		}]);
		const app = await open(many, 40, 12);
		await press(app, enter);
		expect(app.lastFrame()).not.toMatch(/\b9 I +Option/);
		await press(app, up);
		expect(app.lastFrame()).toMatch(/❯ 9 I +Option/);
		await press(app, enter);
		expect(app.lastFrame()).toMatch(/✔ Right|✘ Wrong/);
		expectEveryFrameFits(app, 40, 12);
	});
});

describe('a terminal smaller than 40×12', () => {
	it('says so instead of drawing a broken screen', async () => {
		const app = await open(thirty, 39, 12);
		expect(app.lastFrame()).toContain('Terminal too small');
		expect(app.lastFrame()).toContain('Need 40×12, have 39×12');
		app.stdout.resize(80, 24);
		expect(await frameMatching(app, 'Fit quiz')).not.toContain('Terminal too small');
	});
});
