import {afterEach, describe, expect, it, vi} from 'vitest';
import {runSlideshow} from '../../source/ui/run-slideshow.js';
import {right} from '../helpers/keys.js';
import {FakeStdin, FakeStdout, makeDeck, slide} from './helpers.js';

const slides = 12;
const deck = makeDeck(Array.from({length: slides}, (_, index) => slide(index + 1, `Slide ${index + 1}`, [`Body of slide ${index + 1}`])));

/** Frames drawn so far, by the `N / 12` of their footer. */
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

const start = () => {
	const stdin = new FakeStdin();
	const stdout = new FakeStdout(100, 30);
	const result = runSlideshow(deck, {
		theme: 'dark',
		color: false,
		offerQuiz: false,
		screenReader: false,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		env: {TERM: 'xterm-256color'},
	});
	return {stdin, stdout, result};
};

afterEach(() => {
	vi.useRealTimers();
});

describe('the full-screen render path', () => {
	it('draws a key\'s frame in the commit that makes it, with no throttle timer in between', async () => {
		// A render throttle draws anything after its first frame from a timer;
		// with timers stopped, such a frame would never come.
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const {stdin, stdout, result} = start();
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
		const {stdin, stdout, result} = start();
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
