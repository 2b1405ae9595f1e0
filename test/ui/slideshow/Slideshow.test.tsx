import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Deck} from '../../../source/core/deck/types.js';
import {describeKeys} from '../../../source/core/keys/keymap.js';
import {slideshowKeys} from '../../../source/core/keys/slideshow-keys.js';
import {bodyWidth} from '../../../source/core/layout/index.js';
import {helpLayout} from '../../../source/ui/kit/HelpOverlay.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {type SlideshowResult} from '../../../source/ui/slideshow/use-slideshow-exit.js';
import {slideshowHelpScopes} from '../../../source/ui/slideshow/use-slideshow-help.js';
import {
	backspace,
	ctrlC,
	down,
	end,
	enter,
	escape,
	home,
	left,
	pageDown,
	pageUp,
	right,
	space,
	up,
} from '../../helpers/keys.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {giveItTimeToMisbehave} from '../../helpers/wait.js';
import {fiveSlides, makeDeck, paragraph, renderInTerminal, slide} from '../helpers.js';

type Rendered = ReturnType<typeof render>;

/** The help of a deck with no quiz offered and nothing to resume. */
const helpRows = describeKeys(slideshowKeys, slideshowHelpScopes, {include: command => command !== 'start-quiz' && command !== 'resume'});

const mounted: Array<{unmount: () => void}> = [];

afterEach(() => {
	for (const instance of mounted.splice(0)) {
		instance.unmount();
	}
});

const show = async (deck: Deck = fiveSlides(), props: Partial<Parameters<typeof Slideshow>[0]> = {}): Promise<Rendered> => {
	const instance = render(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0} {...props}/>);
	mounted.push(instance);
	await readingKeys(instance);
	return instance;
};

const frame = (instance: {lastFrame: () => string | undefined}): string => instance.lastFrame() ?? '';

/** The `N / M` of the footer. */
const counter = (instance: Rendered): string | undefined => /(\d+|end) \/ \d+/.exec(frame(instance))?.[0];

describe('Slideshow', () => {
	it('shows the first slide and the footer with the deck title, N / M and the time', async () => {
		const app = await show();
		expect(frame(app)).toContain('Alpha');
		expect(frame(app)).toContain('First slide body');
		expect(frame(app)).toContain('Test Deck');
		expect(counter(app)).toBe('1 / 5');
		expect(frame(app)).toContain('00:00');
	});

	it.each([
		['→', right],
		['↓', down],
		['Space', space],
		['Enter', enter],
		['PgDn', pageDown],
		['l', 'l'],
		['j', 'j'],
	])('goes to the next slide on %s', async (_name, key) => {
		const app = await show();
		await press(app, key);
		expect(counter(app)).toBe('2 / 5');
		expect(frame(app)).toContain('Bravo');
	});

	it.each([
		['←', left],
		['↑', up],
		['Backspace', backspace],
		['PgUp', pageUp],
		['h', 'h'],
		['k', 'k'],
	])('goes to the previous slide on %s', async (_name, key) => {
		const app = await show();
		await press(app, 'l', 'l');
		await press(app, key);
		expect(counter(app)).toBe('2 / 5');
	});

	it('counts every key of a chunk typed ahead', async () => {
		const app = await show();
		await press(app, 'll');
		expect(counter(app)).toBe('3 / 5');
	});

	it('goes to the first slide on g g and Home, and the last on G and End', async () => {
		const app = await show();
		await press(app, 'G');
		expect(counter(app)).toBe('5 / 5');
		await press(app, 'g', 'g');
		expect(counter(app)).toBe('1 / 5');
		await press(app, end);
		expect(counter(app)).toBe('5 / 5');
		await press(app, home);
		expect(counter(app)).toBe('1 / 5');
	});

	it('jumps to a typed slide number on Enter or G, showing the digits as they are typed', async () => {
		const app = await show();
		await press(app, '4');
		expect(frame(app)).toContain('Go to slide 4');
		await press(app, enter);
		expect(counter(app)).toBe('4 / 5');
		await press(app, '2', 'G');
		expect(counter(app)).toBe('2 / 5');
	});

	it('reveals steps one by one and all at once with s; steps are not slides', async () => {
		const app = await show();
		await press(app, '3', enter);
		expect(frame(app)).toContain('Step one text');
		expect(frame(app)).not.toContain('Step two text');
		await press(app, 'l');
		expect(frame(app)).toContain('Step two text');
		expect(counter(app)).toBe('3 / 5');
		await press(app, 'h', 's');
		expect(frame(app)).toContain('Step three text');
		// Back into the slide from the next one: every step is shown.
		await press(app, 'l', 'h');
		expect(frame(app)).toContain('Step three text');
	});

	it('shows the help overlay generated from the keymap, and closes it with Esc', async () => {
		// Tall enough for one column, so each description reads as one line.
		const app = renderInTerminal(<Slideshow deck={fiveSlides()} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, {columns: 100, rows: 40});
		mounted.push(app);
		await readingKeys(app);
		await press(app, '?');
		for (const row of helpRows) {
			expect(frame(app)).toContain(row.description);
		}

		expect(frame(app)).toMatch(/→, ↓, Space,\s.*\n.*Enter, PgDn, l, j/);
		await press(app, escape);
		expect(frame(app)).toContain('First slide body');
	});

	it('jumps to a slide picked in the overview', async () => {
		const app = await show();
		await press(app, 'o');
		expect(frame(app)).toContain('1  Alpha');
		expect(frame(app)).toContain('5  Echo');
		await press(app, down, down, enter);
		expect(counter(app)).toBe('3 / 5');
		expect(frame(app)).toContain('Charlie');
		expect(frame(app)).not.toContain('1  Alpha');
	});

	it('closes the overview with Esc without moving', async () => {
		const app = await show();
		await press(app, 'o', down, escape);
		expect(counter(app)).toBe('1 / 5');
		expect(frame(app)).toContain('First slide body');
	});

	it('searches the text of all slides and walks the matches with n and N', async () => {
		const app = await show();
		await press(app, '/');
		await press(app, ...'needle');
		expect(frame(app)).toContain('/needle');
		await press(app, enter);
		expect(counter(app)).toBe('4 / 5');
		expect(frame(app)).toContain('Match 1 of 2');
		await press(app, 'n');
		expect(counter(app)).toBe('5 / 5');
		await press(app, 'n');
		expect(counter(app)).toBe('4 / 5');
		await press(app, 'N');
		expect(counter(app)).toBe('5 / 5');
	});

	it('cancels a search with Esc', async () => {
		const app = await show();
		await press(app, '/', 'x', escape);
		expect(frame(app)).not.toContain('/x');
		expect(counter(app)).toBe('1 / 5');
	});

	it('blacks out the screen, and any key brings it back', async () => {
		const app = await show();
		for (const key of ['b', '.']) {
			await press(app, key);
			expect(frame(app).trim()).toBe('');
			await press(app, 'x');
			expect(frame(app)).toContain('First slide body');
		}
	});

	it('hides and shows the footer with f', async () => {
		const app = await show();
		await press(app, 'f');
		expect(counter(app)).toBeUndefined();
		await press(app, 'f');
		expect(counter(app)).toBe('1 / 5');
	});

	it('says the deck is over, how to quit and go back, after the last slide', async () => {
		const app = await show();
		await press(app, 'G', 'l');
		expect(frame(app)).toContain('End of “Test Deck”');
		expect(frame(app)).toContain('q to quit');
		expect(frame(app)).toContain('← to go back');
		expect(frame(app)).not.toContain('quiz');
		await press(app, left);
		expect(counter(app)).toBe('5 / 5');
	});

	it('offers the quiz on the end screen and exits with next: quiz on Enter', async () => {
		const app = await show(fiveSlides({quiz: true}), {offerQuiz: true});
		await press(app, 'G', 'l');
		expect(frame(app)).toContain('Enter or PgDn or Space or → to start the quiz: Check yourself');
	});

	it('does not offer a quiz the deck does not have', async () => {
		const app = await show(fiveSlides(), {offerQuiz: true});
		await press(app, 'G', 'l');
		expect(frame(app)).not.toContain('start the quiz');
	});

	it('resumes at the saved slide on r, and says so until then', async () => {
		const app = await show(fiveSlides(), {resumeSlide: 4});
		expect(counter(app)).toBe('1 / 5');
		expect(frame(app)).toContain('Press r to resume at slide 4');
		await press(app, 'r');
		expect(counter(app)).toBe('4 / 5');
		expect(frame(app)).not.toContain('resume');
	});

	it('opens at the start slide and reports every slide change', async () => {
		const onPosition = vi.fn();
		const app = await show(fiveSlides(), {startSlide: 4, onPosition});
		expect(counter(app)).toBe('4 / 5');
		await press(app, 'l', 'h', 'h');
		expect(onPosition.mock.calls.map(([number]) => number as number)).toEqual([5, 4, 3]);
	});

	it('splits a tall slide into pages that next and previous walk through', async () => {
		const long = Array.from({length: 30}, (_, index) => `Line number ${index + 1}`);
		const deck = makeDeck([
			{...slide(1, 'Tall', []), blocks: [slide(1, 'Tall').blocks[0]!, ...long.map(value => paragraph(value))], steps: [31]},
			slide(2, 'After'),
		]);
		const app = await show(deck);
		expect(frame(app)).toContain('more ↓');
		await press(app, 'l');
		expect(frame(app)).toContain('(continued)');
		expect(counter(app)).toBe('1 / 2');
		await press(app, 'G', 'h');
		expect(frame(app)).toContain('Line number 30');
		expect(counter(app)).toBe('1 / 2');
	});

	it('keeps every frame at most rows − 1 lines high', async () => {
		const app = await show();
		await press(app, '?', escape, 'o', escape, 'G', 'l', 'b', 'x', '/');
		for (const drawn of app.frames) {
			expect(drawn.split('\n').length).toBeLessThanOrEqual(23);
		}
	});

	it('shows the elapsed time from the clock it is given, from the first move off the opening slide', async () => {
		let now = 0;
		const app = await show(fiveSlides(), {clock: () => now, tickInterval: 10});
		now = 30_000;
		// Six ticks in which the clock must not start: it starts on the first move.
		await giveItTimeToMisbehave(60);
		expect(frame(app)).toContain('00:00');
		await press(app, 'l');
		now = 95_000;
		expect(await frameMatching(app, '01:05')).toContain('01:05');
		// Hiding the footer does not restart the talk's clock.
		await press(app, 'f', 'f');
		expect(frame(app)).toContain('01:05');
	});
});

describe('Slideshow exit', () => {
	const run = async (deck: Deck, keys: string[], offerQuiz = false): Promise<SlideshowResult> => {
		const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={offerQuiz} clock={() => 0}/>);
		await readingKeys(app);
		await press(app, ...keys);
		return app.exited as Promise<SlideshowResult>;
	};

	it('quits on q', async () => {
		await expect(run(fiveSlides(), ['q'])).resolves.toEqual({next: 'quit'});
	});

	it('quits on Ctrl+C, even at the search prompt', async () => {
		await expect(run(fiveSlides(), ['/', ctrlC])).resolves.toEqual({next: 'quit'});
	});

	it('resolves with next: quiz when the quiz is started', async () => {
		await expect(run(fiveSlides({quiz: true}), ['G', 'l', enter], true)).resolves.toEqual({next: 'quiz'});
	});

	for (const [name, key] of [['PgDn', pageDown], ['Space', space], ['→', right]] as const) {
		it(`starts the quiz on ${name} from the end screen, as a clicker sends it`, async () => {
			await expect(run(fiveSlides({quiz: true}), ['G', 'l', key], true)).resolves.toEqual({next: 'quiz'});
		});
	}
});

describe('terminal size', () => {
	const deck = fiveSlides();
	const element = <Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0}/>;

	it('shows what size it needs instead of a broken frame, and recovers when the window grows', async () => {
		const app = renderInTerminal(element, {columns: 30, rows: 10});
		mounted.push(app);
		expect(await frameMatching(app, 'Terminal too small')).toContain('Need 40×12, have 30×10');
		expect(app.lastFrame()).not.toContain('Alpha');
		app.stdout.resize(80, 24);
		expect(await frameMatching(app, 'Alpha')).toContain('Alpha');
		expect(app.lastFrame()).not.toContain('too small');
	});

	/** The help pages' frames, from the first page until the page count says the last is shown. */
	const helpFrames = async (app: ReturnType<typeof renderInTerminal>): Promise<string[]> => {
		await press(app, '?');
		const frames = [app.lastFrame()];
		const count = Number(/Keys \d+\/(\d+)/.exec(app.lastFrame())?.[1] ?? 1);
		for (let page = 1; page < count; page++) {
			await press(app, down);
			frames.push(app.lastFrame());
		}

		return frames;
	};

	for (const [columns, rows] of [[40, 12], [80, 24]] as const) {
		it(`shows every key's description in full at ${columns}×${rows}, wrapped and paged, never cut`, async () => {
			const app = renderInTerminal(element, {columns, rows});
			mounted.push(app);
			await readingKeys(app);
			const frames = await helpFrames(app);
			const words = frames.join('\n').split(/\s+/);
			for (const row of helpRows) {
				const layout = helpLayout([row], bodyWidth(columns), rows - 4);
				expect(layout.pages[0]?.[0]?.[0]?.description.join(' ')).toBe(row.description);
				for (const word of row.description.split(' ')) {
					expect(words, `"${word}" of "${row.description}"`).toContain(word);
				}
			}

			for (const frame of frames) {
				expect(frame).not.toContain('…');
				expect(frame.split('\n').length).toBeLessThanOrEqual(rows - 1);
			}

			if (columns === 80) {
				// At 80 columns every description fits on one line.
				const seen = frames.join('\n');
				for (const row of helpRows) {
					expect(seen).toContain(row.description);
				}
			}
		});
	}

	it('lays the slide out again at once on resize', async () => {
		const app = renderInTerminal(element, {columns: 100, rows: 24});
		mounted.push(app);
		expect((await frameMatching(app, '1 / 5')).split('\n')).toHaveLength(23);
		app.stdout.resize(60, 16);
		const lines = (await frameMatching(app, frame => frame.split('\n').length === 15)).split('\n');
		expect(lines).toHaveLength(15);
		expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(60);
		expect(app.lastFrame()).toContain('1 / 5');
	});
});

describe('keeping the talk as it runs', () => {
	it('tells a copy on every change of the talk, and nothing for a key that changes nothing', async () => {
		const onTalk = vi.fn();
		const instance = await show(fiveSlides(), {onTalk, clock: () => 1000});
		// Opening: the talk as it stands.
		expect(onTalk).toHaveBeenCalledTimes(1);
		expect(onTalk).toHaveBeenLastCalledWith(expect.objectContaining({slideNumber: 1, timer: {state: 'idle'}}));
		await press(instance, right);
		expect(onTalk).toHaveBeenCalledTimes(2);
		expect(onTalk).toHaveBeenLastCalledWith(expect.objectContaining({slideNumber: 2, timer: {state: 'running', since: 1000, banked: 0}, pacedFromNumber: 2}));
		// Unbound, the help and the footer: none of them is the talk.
		await press(instance, 'z');
		await press(instance, '?');
		await press(instance, escape);
		await press(instance, 'f');
		expect(onTalk).toHaveBeenCalledTimes(2);
		await press(instance, 't');
		expect(onTalk).toHaveBeenCalledTimes(3);
		expect(onTalk).toHaveBeenLastCalledWith(expect.objectContaining({timer: {state: 'paused', banked: 0}}));
	});

	it('keeps nothing while rehearsing', async () => {
		const onTalk = vi.fn();
		const instance = await show(fiveSlides(), {onTalk, rehearse: true});
		await press(instance, right);
		expect(onTalk).not.toHaveBeenCalled();
	});
});
