import {describe, expect, it} from 'vitest';
import {debounce, type Timers} from '../../source/io/watch/debounce.js';

/** Timers driven by hand: `advance(ms)` runs what falls due. */
function manualTimers() {
	let now = 0;
	let next = 0;
	const due = new Map<number, {at: number; callback: () => void}>();
	const timers: Timers<number> = {
		set(callback, ms) {
			due.set(++next, {at: now + ms, callback});
			return next;
		},
		clear(handle) {
			due.delete(handle);
		},
	};
	const advance = (ms: number) => {
		now += ms;
		for (const [handle, timer] of [...due].sort(([, a], [, b]) => a.at - b.at)) {
			if (timer.at <= now && due.has(handle)) {
				due.delete(handle);
				timer.callback();
			}
		}
	};

	return {timers, advance, pending: () => due.size};
}

describe('debounce', () => {
	it('acts once, the quiet time after the last of a burst', () => {
		const {timers, advance} = manualTimers();
		let acted = 0;
		const changed = debounce(() => acted++, 100, timers);
		changed.trigger();
		advance(60);
		changed.trigger();
		advance(60);
		changed.trigger();
		advance(99);
		expect(acted).toBe(0);
		advance(1);
		expect(acted).toBe(1);
		advance(1000);
		expect(acted).toBe(1);
	});

	it('acts again for a later burst', () => {
		const {timers, advance} = manualTimers();
		let acted = 0;
		const changed = debounce(() => acted++, 100, timers);
		changed.trigger();
		advance(100);
		changed.trigger();
		changed.trigger();
		advance(100);
		expect(acted).toBe(2);
	});

	it('forgets what is pending when cancelled, and leaves no timer behind', () => {
		const {timers, advance, pending} = manualTimers();
		let acted = 0;
		const changed = debounce(() => acted++, 100, timers);
		changed.trigger();
		changed.trigger();
		expect(pending()).toBe(1);
		changed.cancel();
		expect(pending()).toBe(0);
		advance(500);
		expect(acted).toBe(0);
	});
});
