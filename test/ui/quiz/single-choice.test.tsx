/** Single-choice questions: the keys that move and answer, and the fit. */
import {describe, expect, it} from 'vitest';
import type {Deck, Question} from '../../../source/core/deck/types.js';
import type {Attempt} from '../../../source/core/records/attempt.js';
import {displayWidth} from '../../../source/core/layout/index.js';
import {optionLabel} from '../../../source/core/keys/quiz-keys.js';
import {QuizApp} from '../../../source/ui/quiz/QuizApp.js';
import {quizAppProps} from '../../../source/commands/shared/quiz-app-props.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {press, readingKeys} from '../../helpers/frames.js';
import {down, enter, pageDown, pageUp, up} from '../../helpers/keys.js';
import {paragraph, renderInTerminal, type TestInstance, unmountAfterEach} from '../helpers.js';
import {deck as facts, option, words} from './fixture.js';

const keep = unmountAfterEach();

const question = (id: string, options: ReadonlyArray<ReturnType<typeof option>>, correct: number): Question => ({
	id,
	prompt: `Which of these is the one, in question ${id}?`,
	kind: 'single',
	options: [...options],
	correct: [correct],
	explanation: [paragraph('Because.')],
	line: 1,
});

const deckWith = (questions: readonly Question[]): Deck & {readonly quiz: NonNullable<Deck['quiz']>} => ({
	meta: {title: 'Choices', id: 'choices'},
	slides: [{number: 1, title: 'One', slug: 'one', blocks: [paragraph('Body')], steps: [1], notes: [], line: 1}],
	quiz: {title: 'Choices quiz', questions, hash: 'choices'},
});

// Nine options of one, about three and about six lines at 40 columns (one to three at 80), so any window wraps unevenly.
const nine = question('nine', Array.from({length: 9}, (_, index) => option(`Option ${index + 1}: ${words([2, 20, 40][index % 3]!, 'w')}`, index === 4)), 4);
const four = (id: string) => question(id, ['North', 'East', 'South', 'West'].map((text, index) => option(text, index === 0)), 0);

type Opened = TestInstance & {readonly attempts: Attempt[]};

async function open(deck: ReturnType<typeof deckWith>, columns = 80, rows = 24): Promise<Opened> {
	const attempts: Attempt[] = [];
	const props = quizAppProps(deck, {store: undefined, seed: 1, shuffle: false, json: false, theme: 'dark', color: false, screenReader: false, hyperlinks: false, now: () => 0});
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<QuizApp {...props} record={attempt => attempts.push(attempt)} onDone={() => {}}/>
		</ThemeContext>,
		{columns, rows},
	);
	keep(app);
	await readingKeys(app);
	await press(app, enter);
	return {...app, attempts};
}

/** The label (`2 B`, `  J`) and text of the highlighted option. */
function highlighted(frame: string): {label: string; text: string} {
	const match = /❯ (\d [A-Z]| {2}[A-Z]) +(\S.*)$/m.exec(frame);
	expect(match, frame).not.toBeNull();
	return {label: match![1]!, text: match![2]!.trim()};
}

/** The text shown after an option's label (`2 B  East` → `East`). */
function textOf(frame: string, label: string): string {
	const match = new RegExp(String.raw`^\s*(?:❯\s+)?${label} +(\S.*)$`, 'm').exec(frame);
	expect(match, frame).not.toBeNull();
	return match![1]!.trim();
}

/** Answers with the highlighted option, checking the verdict shows what was highlighted. */
async function expectAnswered(app: Opened, text: string): Promise<void> {
	const frame = app.lastFrame();
	expect(frame).toMatch(/✔ Right|✘ Wrong/);
	expect(frame).toContain('Question 1 of');
	if (frame.includes('✘ Wrong')) {
		expect(frame).toMatch(new RegExp(String.raw`You chose\n\s*(?:\d )?[A-Z] +${text}`));
	} else {
		expect(frame).toMatch(new RegExp(String.raw`The right answer\n\s*(?:\d )?[A-Z] +${text}`));
	}
}

describe('a single-choice question', () => {
	it('looks as before: pointer, number and letter, text', async () => {
		const app = await open(facts);
		const shown = ['1 A', '2 B', '3 C', '4 D'].map(label => textOf(app.lastFrame(), label));
		expect(shown.toSorted()).toEqual(['Lille', 'Lyon', 'Nice', 'Paris']);
		expect(app.lastFrame()).toMatch(new RegExp(String.raw`^ {2}❯ 1 A ${shown[0]}$`, 'm'));
		expect(app.lastFrame()).toMatch(new RegExp(String.raw`^ {4}2 B ${shown[1]}$`, 'm'));
		expect(app.lastFrame()).toMatch(/1–4\/A–D\s+answer at once\s+·\s+↑\/k\/↓\/j\s+move\s+·\s+Enter\s+choose/);
	});

	it('is answered by a digit', async () => {
		const app = await open(facts);
		const text = textOf(app.lastFrame(), '3 C');
		await press(app, '3');
		await expectAnswered(app, text);
	});

	it('is answered by a letter', async () => {
		const app = await open(facts);
		const text = textOf(app.lastFrame(), '4 D');
		await press(app, 'd');
		await expectAnswered(app, text);
	});

	it('is answered with the arrows and Enter', async () => {
		const app = await open(facts);
		await press(app, down, down, up);
		const {label, text} = highlighted(app.lastFrame());
		expect(label).toBe('2 B');
		await press(app, enter);
		await expectAnswered(app, text);
	});

	it('is answered with j/k and Enter', async () => {
		const app = await open(facts);
		await press(app, 'j', 'j', 'j', 'k');
		const {label, text} = highlighted(app.lastFrame());
		expect(label).toBe('3 C');
		await press(app, enter);
		await expectAnswered(app, text);
	});

	it('moves once per ↓ when a held key sends several in one read', async () => {
		const app = await open(facts);
		await press(app, `${down}${down}`);
		expect(highlighted(app.lastFrame()).label).toBe('3 C');
		await press(app, `${up}${up}${up}`);
		expect(highlighted(app.lastFrame()).label).toBe('4 D');
		await press(app, 'jj');
		expect(highlighted(app.lastFrame()).label).toBe('2 B');
	});

	it('takes ↓ and Enter arriving in one chunk as two keys, in order', async () => {
		const app = await open(facts);
		const text = textOf(app.lastFrame(), '2 B');
		await press(app, `${down}${enter}`);
		await expectAnswered(app, text);
	});

	it('stops on the feedback after the Enter that picks, and the next Enter goes on', async () => {
		const app = await open(deckWith([four('first'), four('second')]));
		await press(app, down, enter);
		expect(app.lastFrame()).toMatch(/✔ Right|✘ Wrong/);
		expect(app.lastFrame()).toContain('Question 1 of 2');
		await press(app, enter);
		expect(app.lastFrame()).toContain('Question 2 of 2');
		expect(app.lastFrame()).not.toMatch(/✔ Right|✘ Wrong/);
	});

	it('starts the next question on its first option', async () => {
		const app = await open(deckWith([four('first'), four('second')]));
		await press(app, down, down);
		expect(highlighted(app.lastFrame()).label).toBe('3 C');
		await press(app, enter, enter);
		expect(app.lastFrame()).toContain('Question 2 of 2');
		expect(highlighted(app.lastFrame()).label).toBe('1 A');
		expect(app.lastFrame().match(/❯/g)).toHaveLength(1);
	});

	it('records the option picked, as the deck numbers it', async () => {
		const app = await open(deckWith([nine]));
		await press(app, down, down, down);
		const {text} = highlighted(app.lastFrame());
		await press(app, enter, enter);
		expect(app.lastFrame()).toContain('Results');
		const original = Number(/^Option (\d):/.exec(text)?.[1]) - 1;
		expect(app.attempts.map(attempt => attempt.answers.map(answer => answer.chosen))).toEqual([[[original]]]);
	});
});

describe('a question with more options than digits', () => {
	// Twelve short options: all in view at 80×40, J, K and L past the digits.
	const twelve = question('twelve', Array.from({length: 12}, (_, index) => option(`Choice number ${index + 1}`, index === 9)), 9);

	it('gives every option a letter, lined up, and says which need Shift', async () => {
		const app = await open(deckWith([twelve]), 80, 40);
		const frame = app.lastFrame();
		for (const label of ['1 A', '9 I', '  J', '  K', '  L']) {
			expect(frame).toMatch(new RegExp(String.raw`^ {2}[❯ ] ${label} Choice number \d+$`, 'm'));
		}

		expect(frame).toMatch(/1–9\/A–L\/Shift\+J\/K\s+answer at once/);
	});

	for (const letter of ['J', 'K', 'L', 'l']) {
		it(`is answered by ${letter}, past the digits`, async () => {
			const app = await open(deckWith([twelve]), 80, 40);
			const text = textOf(app.lastFrame(), ` {2}${letter.toUpperCase()}`);
			await press(app, letter);
			await expectAnswered(app, text);
		});
	}

	it('keeps j and k for moving the highlight', async () => {
		const app = await open(deckWith([twelve]), 80, 40);
		await press(app, 'j', 'j', 'k');
		expect(highlighted(app.lastFrame()).label).toBe('2 B');
		expect(app.lastFrame()).not.toMatch(/✔ Right|✘ Wrong/);
	});

	it('says so when a letter or number names no option', async () => {
		const app = await open(deckWith([four('only-four')]));
		await press(app, 'e');
		expect(app.lastFrame()).toContain('No such option: this question has 4 (1–4 or A–D).');
		await press(app, '7');
		expect(app.lastFrame()).toContain('No such option');
		expect(app.lastFrame()).not.toMatch(/✔ Right|✘ Wrong/);
	});
});

describe('a nine-option question', () => {
	for (const [columns, rows] of [[40, 12], [80, 24]] as const) {
		it(`fits ${columns}×${rows} and keeps the highlighted option in view, going down and up`, async () => {
			const app = await open(deckWith([nine]), columns, rows);
			// Not all nine fit: the select shows a window of them.
			expect(app.lastFrame()).toContain('more ↓');
			expect(app.lastFrame()).not.toContain('↑ more');
			const seen = new Set<string>();
			let position = 0;
			for (const [key, step, count] of [[down, 1, 12], [up, -1, 14], ['j', 1, 3], ['k', -1, 3]] as const) {
				for (let index = 0; index < count; index++) {
					await press(app, key);
					position = (position + step + 9) % 9;
					const frame = app.lastFrame();
					expect(highlighted(frame).label, frame).toBe(optionLabel(position));
					expect(frame).toContain('Question 1 of 1');
					expect(frame).toMatch(/Enter\s+choose/);
					seen.add(optionLabel(position));
				}
			}

			expect(seen.size).toBe(9);

			for (const frame of app.stdout.frames) {
				const lines = frame.split('\n');
				expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
				expect(Math.max(...lines.map(line => displayWidth(line))), frame).toBeLessThanOrEqual(columns);
			}
		});
	}

	it('answers a digit with the option of that number, wherever the window has scrolled', async () => {
		const app = await open(deckWith([nine]));
		await press(app, ...Array.from({length: 7}, () => down));
		expect(highlighted(app.lastFrame()).label).toBe('8 H');
		expect(app.lastFrame()).toContain('↑ more');
		// Option 2 is out of view: a digit names the option, not the row shown.
		await press(app, '2');
		expect(app.lastFrame()).toMatch(/You chose\n\s*2 B +Option/);
	});
});

describe('a prompt taller than the screen', () => {
	it('scrolls with PgDn/PgUp above options that stay in view, within 40×12', async () => {
		const tall = {...four('tall'), prompt: `${words(60, 'ask')} LAST-WORD`};
		const app = await open(deckWith([tall]), 40, 12);
		expect(app.lastFrame()).toContain('more ↓');
		expect(app.lastFrame()).toMatch(/PgDn\/PgUp\s+scroll/);
		expect(app.lastFrame()).not.toContain('LAST-WORD');
		for (let count = 0; count < 20 && !app.lastFrame().includes('LAST-WORD'); count++) {
			await press(app, pageDown);
			expect(highlighted(app.lastFrame()).label).toBe('1 A');
		}

		expect(app.lastFrame()).toContain('LAST-WORD');
		await press(app, down);
		expect(highlighted(app.lastFrame()).label).toBe('2 B');
		for (let count = 0; count < 30 && !app.lastFrame().includes('ask1 '); count++) {
			await press(app, pageUp);
		}

		expect(app.lastFrame()).toContain('ask1 ');
		expect(highlighted(app.lastFrame()).label).toBe('2 B');
		for (const frame of app.stdout.frames) {
			expect(frame.split('\n').length, frame).toBeLessThanOrEqual(11);
		}
	});
});
