/**
The room quiz's screens in a fake terminal at a laptop's 80×24 and a
projector's 160×45: nothing of the answer before the reveal, the show of
hands counted and charted, the summary worst first.
*/
import {describe, expect, it} from 'vitest';
import type {Deck, Question} from '../../../source/core/deck/types.js';
import {optionLetter} from '../../../source/core/text/option-letter.js';
import {startRoom} from '../../../source/core/room/room-state.js';
import {type RoomState} from '../../../source/core/room/room-model.js';
import {displayWidth} from '../../../source/core/layout/index.js';
import {RoomApp, type RoomRunResult} from '../../../source/ui/room/RoomApp.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {backspace, enter, escape, left, right, space, tab} from '../../helpers/keys.js';
import {renderInTerminal, type TestInstance, unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();
const seed = 11;

type Open = {
	readonly app: TestInstance;
	readonly result: () => RoomRunResult | undefined;
	/** Sets the clock the app reads. */
	readonly setTime: (ms: number) => void;
};

async function open(columns: number, rows: number, options: {countdownMs?: number; deck?: Deck & {readonly quiz: NonNullable<Deck['quiz']>}; screenReader?: boolean} = {}): Promise<Open> {
	const shown = options.deck ?? deck;
	let time = Date.UTC(2026, 0, 5, 9);
	let result: RoomRunResult | undefined;
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<RoomApp
				deck={shown}
				quiz={shown.quiz}
				seed={seed}
				shuffle={false}
				{...(options.countdownMs === undefined ? {} : {countdownMs: options.countdownMs})}
				saveRoom={false}
				notices={[]}
				hyperlinks={false}
				now={() => time}
				onDone={done => {
					result = done;
				}}
			/>
		</ThemeContext>,
		{columns, rows, screenReader: options.screenReader ?? false},
	);
	keep(app);
	await readingKeys(app);
	return {app, result: () => result, setTime(ms) {
		time = ms;
	}};
}

/** The letter each question's options are called by, from the same seed the app starts with. */
const letters = (questions: readonly Question[]): Map<string, Map<string, string>> => {
	const room = startRoom(questions, {seed});
	return new Map(room.questions.map(({presented}) => [
		presented.question.id,
		new Map(presented.order.map((original, position) => [presented.question.options[original]!.text, optionLetter(position)])),
	]));
};

const letterOf = (questionId: string, option: string): string => letters(deck.quiz.questions).get(questionId)!.get(option)!.toLowerCase();

/** Every frame drawn since `from`, for assertions on all of them. */
const framesSince = (app: TestInstance, from: number): string[] => app.stdout.frames.slice(from);

/** Anything that gives the answer away: marks, verdicts, the explanation, the chart. */
const answerSigns = [/✔/, /\bWhy\b/, /\bAnswer\b/, /right answer/, /knew it \(/, /Paris has been/, /exactly two divisors/, /One hundred degrees/, /From slide/, /[▏▎▍▌▋▊▉█]{2,}.*\d+ · \d+%/, /\d+%/];

function expectNoAnswer(frames: readonly string[]): void {
	expect(frames.length).toBeGreaterThan(0);
	for (const frame of frames) {
		for (const sign of answerSigns) {
			expect(frame, frame).not.toMatch(sign);
		}
	}
}

function expectEveryFrameFits(app: TestInstance, columns: number, rows: number): void {
	for (const frame of app.stdout.frames) {
		const lines = frame.split('\n');
		expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
		expect(Math.max(...lines.map(line => displayWidth(line))), frame).toBeLessThanOrEqual(columns);
	}
}

const sizes = [[80, 24], [160, 45]] as const;

describe.each(sizes)('at %i×%i', (columns, rows) => {
	it('shows nothing of the answer before the reveal, on any frame, counts typed or not; Space reveals it', async () => {
		const {app} = await open(columns, rows);
		expect(app.lastFrame()).toContain('3 questions, one at a time.');
		expectNoAnswer([app.lastFrame()]);
		await press(app, space);
		expect(app.lastFrame()).toContain('What is the capital of France?');

		// Question 1: a single choice, with counts typed before the reveal.
		let from = app.stdout.frames.length;
		await press(app, letterOf('capital', 'Lyon'), '5', enter, letterOf('capital', 'Paris'), '1', '2', enter);
		expectNoAnswer(framesSince(app, from));
		// Nor of the counts: hands still up should not follow the ones counted.
		for (const frame of framesSince(app, from)) {
			expect(frame, frame).not.toMatch(/\b(5|12)\b/);
		}

		expect(app.lastFrame()).toContain('counted');
		await press(app, space);
		expect(app.lastFrame()).toMatch(/✔ Paris/);
		expect(app.lastFrame()).toContain('12 · 71%');
		expect(app.lastFrame()).toContain('Paris has been the capital since 987.');
		expect(app.lastFrame()).toContain('From slide 2: Cities of France');

		// Question 2: choose-all, nothing counted.
		from = app.stdout.frames.length;
		await press(app, enter);
		expect(app.lastFrame()).toContain('Which of these are prime?');
		expect(app.lastFrame()).toContain('Choose all that apply');
		expectNoAnswer(framesSince(app, from));
		await press(app, space);
		expect(app.lastFrame()).toMatch(/✔ Two/);
		expect(app.lastFrame()).toMatch(/✔ Seven/);
		expect(app.lastFrame()).toContain('No hands were counted.');

		// Question 3: a card takes no counts before its answer is out.
		from = app.stdout.frames.length;
		await press(app, enter, 'a', '4', enter);
		expect(app.lastFrame()).toContain('At what temperature does water boil');
		expect(app.lastFrame()).toContain('Think of your answer');
		expectNoAnswer(framesSince(app, from));
		expect(app.lastFrame()).not.toContain('Knew it');
		await press(app, space);
		expect(app.lastFrame()).toContain('One hundred degrees Celsius.');
		expect(app.lastFrame()).toContain('Knew it');
		expectEveryFrameFits(app, columns, rows);
	});

	it('charts zero, one and many hands, with counts and percentages', async () => {
		const {app} = await open(columns, rows);
		await press(app, space);
		// Many: 5, 12, 2 and 1 of 20.
		const counts: Array<[string, string]> = [['Lyon', '5'], ['Paris', '12'], ['Nice', '2'], ['Lille', '1']];
		for (const [option, count] of counts) {
			await press(app, letterOf('capital', option), ...count, enter);
		}

		await press(app, space);
		const many = app.lastFrame();
		for (const [count, share] of [['5', 25], ['12', 60], ['2', 10], ['1', 5]] as const) {
			expect(many).toContain(`${count} · ${share}%`);
		}

		expect(many).toContain('12 of 20 hands on the right answer (60%).');

		// Shares of one room add up to 100: 3, 3 and 2 of 8 are 38, 37 and 25, not 38, 38 and 25.
		await press(app, left);
		for (const [option, count] of [['Lyon', '3'], ['Paris', '3'], ['Nice', '2'], ['Lille', '0']] as const) {
			await press(app, letterOf('capital', option), count, enter);
		}

		const shares = [...app.lastFrame().matchAll(/\d+ · (\d+)%/g)].map(match => Number(match[1]));
		expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
		expect(app.lastFrame()).toMatch(/3 of 8 hands on the right answer \((38|37)%\)\./);
		await press(app, right);
		// Bars grow with the hands: Paris's is the longest, Lille's the shortest.
		const barOf = (count: string): number => new RegExp(`([▏▎▍▌▋▊▉█]+) +${count} · `).exec(many)?.[1]?.length ?? 0;

		expect(barOf('12')).toBeGreaterThan(barOf('5'));
		expect(barOf('5')).toBeGreaterThan(barOf('2'));
		expect(barOf('2')).toBeGreaterThanOrEqual(barOf('1'));
		expect(barOf('1')).toBeGreaterThan(0);

		// One: a single hand is all of the room.
		await press(app, enter);
		await press(app, 'c', '1', enter, tab, '0', enter, space);
		expect(app.lastFrame()).toContain('1 hand in all. Type # and the number of people voting for percentages.');
		await press(app, '#', '1', enter);
		expect(app.lastFrame()).toMatch(/At most \d+% of 1 person chose exactly the right options\./);

		// Zero: every count typed as nought.
		await press(app, enter, space, 'a', '0', enter, 'b', '0', enter);
		expect(app.lastFrame()).toContain('No hands were raised.');
		expect(app.lastFrame()).not.toMatch(/ · \d+%/);
		expectEveryFrameFits(app, columns, rows);
	});

	it('orders the summary by how the room did, with the slides to go back to', async () => {
		const {app, result} = await open(columns, rows);
		await press(app, space);
		// Capital: 3 of 4 right (75%).
		await press(app, letterOf('capital', 'Paris'), '3', enter, letterOf('capital', 'Lyon'), '1', enter, space, enter);
		// Primes: of 4 people, all raised Two and Seven, but 3 also raised Nine: at most 25%.
		await press(app, letterOf('primes', 'Two'), '4', enter, letterOf('primes', 'Seven'), '4', enter, letterOf('primes', 'Nine'), '3', enter, '#', '4', enter, space, enter);
		// Card: no counts.
		await press(app, space, enter);
		const summary = app.lastFrame().replaceAll(/\s+/g, ' ');
		expect(summary).toContain('How the room did');
		const order = ['Which of these are prime?', 'What is the capital of France?', 'At what temperature'].map(text => summary.indexOf(text));
		expect(order.every(index => index > 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(summary).toContain('≤25% Q2 Which of these are prime? (4 people)');
		expect(summary).toContain('75% Q1 What is the capital of France? (4 hands)');
		expect(summary).toContain('– Q3 At what temperature does water boil at sea level? (no hands counted)');
		expect(summary).toContain('slide 3: Prime numbers — question 2');
		// 75% and at most 25%: the mean is only a bound too.
		expect(summary).toContain('on average at most 50% got it right');
		expect(summary).not.toContain('slide 2: Cities of France —');

		// Back to the questions, then out.
		await press(app, left);
		expect(app.lastFrame()).toContain('Question 3 of 3');
		await press(app, 'q', 'q');
		await app.exited;
		expect(result()?.room.exit).toBe('quit');
		expectEveryFrameFits(app, columns, rows);
	});
});

describe('block letters', () => {
	it('draw the question number and option letters where they fit, with the chart and explanation too on a projector', async () => {
		const big = await open(160, 45);
		await press(big.app, space);
		expect(big.app.lastFrame()).toMatch(/▄█\n +█ +Question 1 of 3/);
		await press(big.app, space);
		expect(big.app.lastFrame()).toMatch(/▄█\n +█ +Question 1 of 3 · the answer/);
		expect(big.app.lastFrame()).toContain('Paris has been the capital');
	});

	it('give way to plain text where they do not', async () => {
		const laptop = await open(80, 24);
		await press(laptop.app, space);
		expect(laptop.app.lastFrame()).toMatch(/[▀▄█]/);
		// With the explanation under it, the answer needs the rows block letters would take.
		await press(laptop.app, space);
		expect(laptop.app.lastFrame()).not.toMatch(/[▀▄]/);
		expect(laptop.app.lastFrame()).toMatch(/^ +Question 1 of 3 · the answer$/m);
		expect(laptop.app.lastFrame()).toMatch(/^ +[A-D] {2}✔ Paris$/m);

		const small = await open(40, 12);
		await press(small.app, space);
		expect(small.app.lastFrame()).not.toMatch(/[▀▄█]/);
		expect(small.app.lastFrame()).toMatch(/^ +A {2}\S/m);
		expectEveryFrameFits(small.app, 40, 12);
	});
});

describe('counting keys', () => {
	it('Backspace erases a digit, Esc drops the count, Tab moves from count to count', async () => {
		const {app} = await open(80, 24);
		// With the counts shown (`=`): hidden, the digits typed are dots.
		await press(app, space, 'a', '4', '2', backspace);
		expect(app.lastFrame()).toContain(' •_  hands, then Enter');
		await press(app, '=');
		expect(app.lastFrame()).toContain(' 4_  hands, then Enter');
		await press(app, escape);
		expect(app.lastFrame()).not.toMatch(/hands, then Enter|\d hands?\b/);
		await press(app, tab, '7', tab, '3', enter);
		expect(app.lastFrame()).toContain('7 hands');
		expect(app.lastFrame()).toContain('3 hands');
	});

	it('← goes back to a question already revealed, → on again', async () => {
		const {app} = await open(80, 24);
		await press(app, space, space, right);
		expect(app.lastFrame()).toContain('Question 2 of 3');
		await press(app, left);
		expect(app.lastFrame()).toContain('Question 1 of 3 · the answer');
		expect(app.lastFrame()).toMatch(/✔ Paris/);
	});
});

describe('the slide behind a question', () => {
	it('opens with v once revealed, and any key returns', async () => {
		const {app} = await open(80, 24);
		await press(app, space, 'v');
		expect(app.lastFrame()).not.toContain('The slide behind');
		await press(app, space, 'v');
		expect(app.lastFrame()).toContain('The slide behind question 1');
		expect(app.lastFrame()).toContain('Paris is the capital of France.');
		await press(app, 'x');
		expect(app.lastFrame()).toContain('Question 1 of 3 · the answer');
	});

	it('hints the room screen\'s own keys over the slide, not the personal quiz\'s', async () => {
		const {app, result} = await open(80, 24);
		await press(app, space, 'v');
		await press(app, '?', space, 'v');
		expect(app.lastFrame()).toContain('any key back to the question');
		expect(app.lastFrame()).not.toMatch(/abandon|back to the quiz/);
		// As the hint says, q only closes the slide: the room quiz goes on.
		await press(app, 'q');
		expect(app.lastFrame()).toContain('Question 1 of 3 · the answer');
		expect(result()).toBeUndefined();
	});
});

describe('the countdown', () => {
	it('is off unless asked for', async () => {
		const {app} = await open(80, 24);
		await press(app, space);
		expect(app.lastFrame()).not.toMatch(/\d left|Time is up/);
	});

	it('counts down with a number and a bar, and at zero waits for the presenter', async () => {
		const start = Date.UTC(2026, 0, 5, 9);
		const {app, setTime} = await open(80, 24, {countdownMs: 30_000});
		await press(app, space);
		expect(app.lastFrame()).toMatch(/⏱ 30 +█+/);
		expect(app.lastFrame()).toContain('00:30 left');
		setTime(start + 20_500);
		await frameMatching(app, '00:10 left');
		setTime(start + 45_000);
		await frameMatching(app, 'Time is up: reveal when ready');
		expect(app.lastFrame()).toContain('Question 1 of 3');
		expectNoAnswer([app.lastFrame()]);
		await press(app, space);
		expect(app.lastFrame()).not.toMatch(/\d left|Time is up/);
	});
});

describe('a screen reader', () => {
	it('gets plain text with every option, count and verdict said in words, and no block letters', async () => {
		const {app} = await open(160, 45, {screenReader: true});
		await press(app, space);
		const asked = app.stdout.frames.join('\n');
		expect(asked).not.toMatch(/[▀▄]/);
		expect(asked).toContain('Question: What is the capital of France?');
		expect(asked).toMatch(/[A-D]: Paris/);
		expect(asked).not.toContain('the right answer');
		const paris = letterOf('capital', 'Paris');
		await press(app, paris, '2', enter, space);
		expect(app.lastFrame()).toContain(`${paris.toUpperCase()}: Paris, the right answer: 2 hands, 100 percent`);
	});
});

it('a state left after quitting is handed back for the record', async () => {
	const {app, result} = await open(80, 24);
	await press(app, space, 'a', '3', enter, '\u0003');
	await app.exited;
	const room: RoomState | undefined = result()?.room;
	expect(room?.exit).toBe('interrupted');
	expect(room?.questions[0]?.counts[0]).toBe(3);
});

describe('what only the presenter reads', () => {
	it('no command-line flag on any of the room\'s screens', async () => {
		const {app} = await open(80, 24);
		await press(app, '?');
		expect(app.lastFrame()).toContain('Nothing is recorded: no personal scores, and not the room\'s counts.');
		await press(app, space, 'a', '3', enter, 'q');
		await frameMatching(app, 'How the room did');
		expect(app.lastFrame()).toContain('The room\'s counts are not kept.');
		expect(app.stdout.frames.join('\n')).not.toMatch(/--[a-z]/);
	});

	it('key hints only when the presenter asks with ?, and ? asks for them on every screen', async () => {
		const {app} = await open(80, 24);
		expect(app.lastFrame()).toMatch(/\? keys\s*$/);
		expect(app.lastFrame()).not.toMatch(/Space|Enter/);
		await press(app, space);
		expect(app.lastFrame()).toMatch(/\? keys\s*$/);
		expect(app.lastFrame()).not.toMatch(/reveal the answer|previous question|then a number/);
		await press(app, '?');
		expect(app.lastFrame()).toContain('reveal the answer');
		expect(app.lastFrame()).toContain('= show or hide the counts');
		await press(app, '?');
		expect(app.lastFrame()).not.toContain('reveal the answer');
	});

	it('counts before the reveal only once the presenter shows them with =, for the rest of the quiz', async () => {
		const {app} = await open(80, 24);
		await press(app, space, letterOf('capital', 'Paris'), '7', enter);
		expect(app.lastFrame()).not.toContain('7 hands');
		await press(app, '=');
		expect(app.lastFrame()).toContain('7 hands');
		expectNoAnswer([app.lastFrame().replace('7 hands', '')]);
		await press(app, space, enter, letterOf('primes', 'Two'), '4', enter);
		expect(app.lastFrame()).toContain('4 hands');
		await press(app, '=');
		expect(app.lastFrame()).not.toContain('4 hands');
	});
});
