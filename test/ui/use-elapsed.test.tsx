import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {formatElapsed, useNow} from '../../source/ui/use-elapsed.js';
import {settle} from './helpers.js';

function Shows({clock, since, active = true}: {readonly clock: () => number; readonly since: number; readonly active?: boolean}) {
	return <Text>{formatElapsed(useNow(clock, 10, active) - since)}</Text>;
}

describe('formatElapsed', () => {
	it.each([
		[0, '00:00'],
		[999, '00:00'],
		[61_000, '01:01'],
		[3_599_000, '59:59'],
		[6_000_000, '100:00'],
		[-5, '00:00'],
	])('formats %d ms as %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});
});

describe('useNow', () => {
	it('reads the clock it is given, on each tick', async () => {
		let now = 1_000_000;
		const {lastFrame, unmount} = render(<Shows clock={() => now} since={now}/>);
		expect(lastFrame()).toBe('00:00');
		now += 125_000;
		await settle(60);
		expect(lastFrame()).toBe('02:05');
		unmount();
	});

	it('does not tick while inactive', async () => {
		let now = 1_000_000;
		const {lastFrame, unmount} = render(<Shows clock={() => now} since={now} active={false}/>);
		now += 125_000;
		await settle(60);
		expect(lastFrame()).toBe('00:00');
		unmount();
	});
});
