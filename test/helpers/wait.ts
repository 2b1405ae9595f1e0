/**
Waits that are not about a screen: for a condition (a file written, a
callback called, a process state), and the one deliberate fixed wait, for
tests that assert something does NOT happen.
*/
import {setTimeout as delay} from 'node:timers/promises';

const pollMs = 5;

/** Resolves once `condition` holds; fails saying `what` after `timeout` ms. */
export async function waitUntil(condition: () => boolean, what: string, {timeout = 3000} = {}): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
		}

		await delay(pollMs);
	}
}

/**
A fixed wait, for a test that asserts something does NOT happen (no redraw,
nothing written, a timer that must not tick, a process that must not quit):
there is nothing to wait for, so the program is given time in which it could
go wrong. Never use it to wait for something that should happen: wait for that.
*/
export async function giveItTimeToMisbehave(ms = 50): Promise<void> {
	await delay(ms);
}
