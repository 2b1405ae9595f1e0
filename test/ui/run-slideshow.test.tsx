import {describe, expect, it, vi} from 'vitest';
import {runSlideshow, type SlideshowOptions} from '../../source/ui/run-slideshow.js';
import {ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR} from '../../source/ui/terminal.js';
import {ctrlC, enter} from '../helpers/keys.js';
import {FakeStdin, FakeStdout, fiveSlides, press, settle} from './helpers.js';

const start = (options: Partial<SlideshowOptions> = {}, quiz = false) => {
	const stdin = new FakeStdin();
	const stdout = new FakeStdout(100, 30);
	const result = runSlideshow(fiveSlides({quiz}), {
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
		await settle(50);
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
		await settle(50);
		await press(app, ctrlC);
		await expect(result).resolves.toEqual({next: 'quit'});
	});

	it('resolves with next: quiz when the quiz is started from the end screen', async () => {
		const {result, app} = start({}, true);
		await settle(50);
		await press(app, 'G', 'l', enter);
		await expect(result).resolves.toEqual({next: 'quiz'});
	});

	it('opens at the start slide, offers to resume, and reports slide changes', async () => {
		const onPosition = vi.fn();
		const {stdout, result, app} = start({startSlide: 2, resumeSlide: 4, onPosition});
		await settle(50);
		expect(stdout.frames.join('')).toContain('Press r to resume at slide 4');
		await press(app, 'r', 'q');
		await result;
		expect(onPosition.mock.calls.map(([slide]) => slide as number)).toEqual([4]);
	});
});
