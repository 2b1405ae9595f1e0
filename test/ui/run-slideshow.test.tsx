import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Deck} from '../../source/core/deck/types.js';
import {runSlideshow, type SlideshowOptions} from '../../source/commands/play/mount-slideshow.js';
import {ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR} from '../../source/io/terminal/terminal.js';
import {press, readingKeys} from '../helpers/frames.js';
import {ctrlC, enter, right} from '../helpers/keys.js';
import {FakeStdin, FakeStdout, fiveSlides, makeDeck, slide} from './helpers.js';

const start = (options: Partial<SlideshowOptions> = {}, quiz = false, deck: Deck = fiveSlides({quiz})) => {
	const stdin = new FakeStdin();
	const stdout = new FakeStdout(100, 30);
	const result = runSlideshow(deck, {
		theme: 'dark',
		color: false,
		offerQuiz: quiz,
		screenReader: false,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		env: {TERM: 'xterm-256color'},
		...options,
	});
	const app = {stdin, lastFrame: () => stdout.frames.join('')};
	return {stdin, stdout, result, app};
};

describe('runSlideshow', () => {
	it('enters the alternate screen before the first frame and restores it on quit', async () => {
		const {stdin, stdout, result, app} = start();
		await readingKeys(app);
		expect(stdout.frames[0]).toContain(ENTER_ALTERNATE_SCREEN);
		expect(stdout.frames.join('')).toContain('Alpha');
		await press(app, 'q');
		await expect(result).resolves.toEqual({next: 'quit'});
		const output = stdout.frames.join('');
		expect(output.lastIndexOf(LEAVE_ALTERNATE_SCREEN)).toBeGreaterThan(output.lastIndexOf('Alpha'));
		expect(output.endsWith(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN)).toBe(true);
		expect(stdin.rawMode[0]).toBe(true);
		expect(stdin.rawMode.at(-1)).toBe(false);
	});

	it('quits on Ctrl+C', async () => {
		const {result, app} = start();
		await readingKeys(app);
		await press(app, ctrlC);
		await expect(result).resolves.toEqual({next: 'quit'});
	});

	it('resolves with next: quiz when the quiz is started from the end screen', async () => {
		const {result, app} = start({}, true);
		await readingKeys(app);
		await press(app, 'G', 'l', enter);
		await expect(result).resolves.toEqual({next: 'quiz'});
	});

	it('opens at the start slide, offers to resume, and reports slide changes', async () => {
		const onPosition = vi.fn();
		const {stdout, result, app} = start({startSlide: 2, resumeSlide: 4, onPosition});
		await readingKeys(app);
		expect(stdout.frames.join('')).toContain('Press r to resume at slide 4');
		await press(app, 'r', 'q');
		await result;
		expect(onPosition.mock.calls.map(([slide]) => slide as number)).toEqual([4]);
	});
});

describe('runSlideshow draws keys at once', () => {
	const slides = 12;
	const twelve = makeDeck(Array.from({length: slides}, (_, index) => slide(index + 1, `Slide ${index + 1}`, [`Body of slide ${index + 1}`])));

	/** The `N / 12` of every footer drawn so far. */
	const footers = (stdout: FakeStdout): string[] =>
		stdout.frames.flatMap(frame => [...frame.matchAll(new RegExp(String.raw`(\d+) / ${slides}`, 'g'))].map(match => match[1]!));

	// React schedules its render with setImmediate, which these tests leave real.
	const turns = async (count: number): Promise<void> => {
		for (let turn = 0; turn < count; turn++) {
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}
	};

	const waitForFooter = async (stdout: FakeStdout, slide: number): Promise<void> => {
		for (let turn = 0; turn < 500 && footers(stdout).at(-1) !== String(slide); turn++) {
			await turns(1);
		}
	};

	afterEach(() => {
		vi.useRealTimers();
	});

	it('draws a key\'s frame in the commit that makes it, with no throttle timer in between', async () => {
		// A render throttle draws anything after its first frame from a timer;
		// with timers stopped, such a frame would never come.
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const {stdin, stdout, result} = start({}, false, twelve);
		await waitForFooter(stdout, 1);
		for (let slide = 2; slide <= 4; slide++) {
			stdin.write(right);
			await waitForFooter(stdout, slide);
			expect(footers(stdout).at(-1)).toBe(String(slide));
		}

		stdin.write('q');
		await expect(result).resolves.toEqual({next: 'quit'});
	});

	it('applies the keys of one read together and draws them in one frame', async () => {
		const {stdin, stdout, result} = start({}, false, twelve);
		await waitForFooter(stdout, 1);
		await turns(20);
		const before = footers(stdout).length;
		stdin.write(right.repeat(9));
		await waitForFooter(stdout, 10);
		await turns(20);
		expect(footers(stdout).slice(before)).toEqual(['10']);
		stdin.write('q');
		await expect(result).resolves.toEqual({next: 'quit'});
	});
});
