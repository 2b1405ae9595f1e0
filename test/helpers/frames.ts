/**
Waiting for what an Ink screen shows, for tests that render into a fake
terminal (ink-testing-library, or test/ui/helpers.ts's `renderInTerminal`).

A frame is drawn a turn or more after what caused it (a key, a message, a
resize, a timer), later still on a loaded machine: a test waits for the frame
it is about to assert on, never for a fixed time. Each wait fails with the
last frame it saw, so a timeout reads like the assertion that would follow.
*/
import {setImmediate as nextTurn, setTimeout as delay} from 'node:timers/promises';

/** Anything that shows its latest frame. */
export type ShowsFrames = {readonly lastFrame: () => string | undefined};

/** A frame that shows its text: a substring, a pattern, or a test of the whole frame. */
export type FrameMatcher = string | RegExp | ((frame: string) => boolean);

/** The stdin Ink reads: it listens for `readable` once a component asks for keys. */
type KeyInput = {readonly listenerCount: (event: string) => number};

const pollMs = 5;
/** Long enough for a big frame on a loaded machine; a frame that is right comes in milliseconds. */
const defaultTimeoutMs = 3000;

const frameOf = (instance: ShowsFrames): string => instance.lastFrame() ?? '';

const matches = (matcher: FrameMatcher, frame: string): boolean => {
	if (typeof matcher === 'string') {
		return frame.includes(matcher);
	}

	if (matcher instanceof RegExp) {
		matcher.lastIndex = 0;
		return matcher.test(frame);
	}

	return matcher(frame);
};

const describeMatcher = (matcher: FrameMatcher): string => (typeof matcher === 'function' ? 'a frame that passes the test' : `a frame with ${typeof matcher === 'string' ? JSON.stringify(matcher) : String(matcher)}`);

/**
Polls `condition` until it holds and, when `instance` is given, its frame has
stayed the same for a poll and a turn of the event loop (true), or until
`timeout` ms pass (false). Ink writes a frame while React commits; the effects
of that commit (input handlers subscribing, a notice cleared, a timer
started) run a turn or more later and may draw again, later still on a
loaded machine.
*/
async function until(condition: () => boolean, timeout: number, instance?: ShowsFrames): Promise<boolean> {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (condition()) {
			const seen = instance?.lastFrame();
			await delay(pollMs);
			await nextTurn();
			// A frame that keeps changing (a clock) still counts once the time is up.
			if ((instance?.lastFrame() === seen || Date.now() > deadline) && condition()) {
				return true;
			}
		} else if (Date.now() > deadline) {
			return false;
		} else {
			await delay(pollMs);
		}
	}
}

/** Resolves with the frame once it matches; fails with the last frame after `timeout` ms. */
export async function frameMatching(instance: ShowsFrames, matcher: FrameMatcher, {timeout = defaultTimeoutMs} = {}): Promise<string> {
	if (!await until(() => matches(matcher, frameOf(instance)), timeout, instance)) {
		throw new Error(`Timed out after ${timeout} ms waiting for ${describeMatcher(matcher)}; the last frame:\n${frameOf(instance)}`);
	}

	return frameOf(instance);
}

/**
Resolves once Ink reads keys from `stdin` (a component's `useInput` turned raw
mode on, in the same effects that subscribe it to keys), with something
drawn. Keys written before then are lost.
*/
export async function readingKeys(instance: ShowsFrames & {readonly stdin: KeyInput}, {timeout = defaultTimeoutMs} = {}): Promise<void> {
	if (!await until(() => instance.stdin.listenerCount('readable') > 0 && frameOf(instance) !== '', timeout, instance)) {
		throw new Error(`Ink did not read keys within ${timeout} ms; the last frame:\n${frameOf(instance)}`);
	}
}

/**
Resolves once the frame differs from `before` (true), or after `timeout` ms
(false): for a key or a message that may rightly change nothing.
*/
export async function frameChange(instance: ShowsFrames, before: string | undefined, timeout = 150): Promise<boolean> {
	return until(() => instance.lastFrame() !== before, timeout, instance);
}

/**
Writes each key as its own chunk and waits for the frame to change after it.
A key that changes nothing costs the timeout: that is the point of a press.
*/
export async function press(instance: ShowsFrames & {readonly stdin: {readonly write: (data: string) => void}}, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		const before = instance.lastFrame();
		instance.stdin.write(key);
		await frameChange(instance, before);
	}
}
