import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {formatDuration} from '../../source/core/text/format.js';
import {untilNextTick, useNow} from '../../source/ui/kit/use-elapsed.js';
import {frameMatching} from '../helpers/frames.js';
import {giveItTimeToMisbehave} from '../helpers/wait.js';

function Shows({clock, since, active = true, interval = 10, phase}: {readonly clock: () => number; readonly since: number; readonly active?: boolean; readonly interval?: number; readonly phase?: number}) {
	return <Text>{formatDuration(useNow(clock, interval, active, phase) - since)}</Text>;
}

describe('formatDuration', () => {
	it.each([
		[0, '00:00'],
		[999, '00:00'],
		[61_000, '01:01'],
		[3_599_000, '59:59'],
		[6_000_000, '100:00'],
		[-5, '00:00'],
	])('formats %d ms as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('untilNextTick', () => {
	it('waits until just after the next reading in step with the phase', () => {
		expect(untilNextTick(10_300, 1000, 0)).toBe(702);
		expect(untilNextTick(10_300, 1000, 250)).toBe(952);
		expect(untilNextTick(10_300, 1000, 10_400)).toBe(102);
		expect(untilNextTick(10_000, 1000, 0)).toBe(1002);
	});
});

describe('useNow', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('reads the clock it is given, on each tick', async () => {
		let now = 1_000_000;
		const {lastFrame, unmount} = render(<Shows clock={() => now} since={now}/>);
		expect(lastFrame()).toBe('00:00');
		now += 125_000;
		expect(await frameMatching({lastFrame}, '02:05')).toBe('02:05');
		unmount();
	});

	it('does not tick while inactive', async () => {
		let now = 1_000_000;
		const {lastFrame, unmount} = render(<Shows clock={() => now} since={now} active={false}/>);
		now += 125_000;
		// Six of its ticks, had it been ticking.
		await giveItTimeToMisbehave(60);
		expect(lastFrame()).toBe('00:00');
		unmount();
	});

	it('turns to the next second with the timer it shows, whenever this screen started', async () => {
		// Only timers and the clock are faked: React renders on the real event loop, so each step lets it run.
		const advance = async (ms: number) => {
			await vi.advanceTimersByTimeAsync(ms);
			for (let turn = 0; turn < 5; turn++) {
				await new Promise(resolve => {
					setImmediate(resolve);
				});
			}
		};

		vi.useFakeTimers({now: 1_000_000, toFake: ['setTimeout', 'clearTimeout', 'Date']});
		// A timer another terminal started 700 ms before this screen: its second 1 begins 300 ms from now.
		const since = 1_000_000 - 700;
		const {lastFrame, unmount} = render(<Shows clock={Date.now} since={since} interval={1000} phase={since}/>);
		expect(lastFrame()).toBe('00:00');
		await advance(350);
		expect(lastFrame()).toBe('00:01');
		await advance(900);
		expect(lastFrame()).toBe('00:01');
		await advance(100);
		expect(lastFrame()).toBe('00:02');
		unmount();
	});
});
