/**
The slideshow's footer and a console's timing line, started at different
moments, show the same running timer: they must turn to each second together.
*/
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, expect, it, vi} from 'vitest';
import type {Timer} from '../../../source/core/talk/timer.js';
import {ConsoleTiming} from '../../../source/ui/presenter/ConsoleTiming.js';
import {Footer} from '../../../source/ui/slideshow/Footer.js';

afterEach(() => {
	vi.useRealTimers();
});

/** Fake timers and clock; React renders on the real event loop, so each step lets it run. */
const advance = async (ms: number) => {
	await vi.advanceTimersByTimeAsync(ms);
	for (let turn = 0; turn < 5; turn++) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
};

it('the footer and the console show the same elapsed second, whenever each started', async () => {
	vi.useFakeTimers({now: 1_000_000, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});
	// Started 400 ms ago, 5 s banked before a pause.
	const timer: Timer = {state: 'running', since: 1_000_000 - 400, banked: 5000};
	const footer = render(<Footer deckTitle="Talk" slide={2} slideCount={5} atEnd={false} width={80} timer={timer} durationSeconds={600} keysHint={false} clock={Date.now}/>);
	await advance(350);
	const console = render(
		<Box width={100}>
			<ConsoleTiming timer={timer} durationSeconds={600} slide={1} atEnd={false} slideStartedMs={0} pacedFrom={0} slideCount={5} step={0} stepCount={1} clock={Date.now}/>
		</Box>,
	);
	const elapsed = (frame: string | undefined) => /\b(\d\d:\d\d)\b(?! left)/.exec(frame ?? '')?.[1];
	for (const step of [100, 200, 300, 400, 500, 600, 700, 800, 900]) {
		await advance(step);
		expect(elapsed(console.lastFrame()), `after ${step} ms more`).toBe(elapsed(footer.lastFrame()));
	}

	expect(elapsed(footer.lastFrame())).toBe('00:10');
	footer.unmount();
	console.unmount();
});
