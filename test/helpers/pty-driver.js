// @ts-check
/*
Drive a program in a real pseudo-terminal and read what a person would see.
The one pty driver, for the end-to-end tests (test/helpers/pty.ts) and the
benchmarks (bench/run.js): plain JavaScript with JSDoc types, so the
benchmarks run it with no build step and the tests type-check against it.

The program runs under node-pty, so it gets a TTY on stdin/stdout with a real
size, raw mode and SIGWINCH, exactly as in a terminal window. Everything it
writes is fed into a headless xterm (pty-screen.js), whose screen is read as
plain text; keys wait for the program to be ready for them (pty-idle.js).
*/
import {performance} from 'node:perf_hooks';
import {clearTimeout, setTimeout} from 'node:timers';
import {setTimeout as delay} from 'node:timers/promises';
import {spawn} from '@lydell/node-pty';
import {readsRawKeys, waitForIdle} from './pty-idle.js';
import {createScreen, framed} from './pty-screen.js';

/**
@typedef {import('./pty-screen.js').Matcher} Matcher
@typedef {{readonly cols?: number, readonly rows?: number, readonly env?: Readonly<Record<string, string | undefined>>, readonly cwd?: string}} StartOptions
@typedef {{readonly timeout?: number}} WaitOptions
@typedef {{readonly exitCode: number, readonly signal: number | undefined}} Exit
*/

/**
@typedef {object} PtyApp
@property {number} pid Process id of the program.
@property {() => string} screen The visible screen, one line per row, trailing spaces trimmed.
@property {(matcher: Matcher, options?: WaitOptions) => Promise<string>} waitFor Resolves with the whole frame once the screen matches and the output pauses; rejects with the screen on timeout or exit.
@property {(matcher: Matcher, options?: WaitOptions) => Promise<number>} timeOfMatch Resolves with the time (performance.now()) the screen first matched, without waiting for the rest of the frame: for measuring how long a person waits.
@property {(options?: WaitOptions) => Promise<void>} waitForRawMode Resolves once the program reads keys raw; rejects with the screen on timeout. `press` and `type` wait for this before their first key.
@property {(options?: WaitOptions) => Promise<void>} waitForIdle Resolves once the program has read its input and has nothing left to do, or after the timeout.
@property {(...keys: string[]) => Promise<void>} press Writes each key as its own chunk, each once the program is idle, as a person would.
@property {(keys: readonly string[], options?: WaitOptions) => Promise<void>} pressAndWait Writes each key, then waits until the screen changes (at most `timeout` ms, without failing: not every key changes the screen).
@property {(text: string) => Promise<void>} type Types text one character at a time.
@property {(data: string) => void} write Writes bytes at once, with no wait: for a burst of keys, or for timing a single one.
@property {(cols: number, rows: number) => void} resize
@property {Promise<Exit>} exited
@property {(options?: WaitOptions) => Promise<Exit>} waitForExit Resolves with the exit once the program ends; rejects with the screen on timeout.
@property {() => number | undefined} exitTime When (performance.now()) the program ended, once it has.
@property {(signal?: string) => void} kill
@property {() => boolean} isAlternateScreen
@property {() => boolean} cursorHidden Whether the program has hidden the cursor (DECTCEM, `CSI ? 25 l`).
@property {() => string} rawOutput Every byte the program wrote, as received.
@property {(listener: (data: string, at: number) => void) => () => void} onOutput Calls `listener` with each chunk of output and its arrival time (performance.now()); returns the unsubscribe.
@property {() => Promise<void>} dispose Kills the program if it still runs and releases the terminal.
*/

const keyGapMs = 25;
const rawModePollMs = 20;
const idleTimeoutMs = 1000;

/**
The environment a program gets: the inherited one as a person's terminal has
it (no size, not CI, no colour, none of npm's own settings), then `overrides`,
where `undefined` removes a variable.
@param {Readonly<Record<string, string | undefined>>} [overrides]
@returns {Record<string, string>}
*/
export function childEnv(overrides = {}) {
	/** @type {Record<string, string>} */
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		// `npm test` and `npm run bench` pass npm_config_* down, which would steer an inner npm or npx.
		if (value !== undefined && !/^npm_/i.test(key)) {
			env[key] = value;
		}
	}

	// A size in the environment would override the pty's real size in some libraries.
	delete env['COLUMNS'];
	delete env['LINES'];
	// Ink draws nothing until exit when it thinks it runs in CI, and CI
	// providers set CI=true; is-in-ci also reads CONTINUOUS_INTEGRATION.
	delete env['CONTINUOUS_INTEGRATION'];
	env['CI'] = 'false';
	env['TERM'] = 'xterm-256color';
	env['FORCE_COLOR'] = '0';
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}

	return env;
}

/**
Runs `file ...args` in a pseudo-terminal (`cols`×`rows`, 100×30 by default).
@param {string} file
@param {readonly string[]} args
@param {StartOptions} [options]
@returns {PtyApp}
*/
export function startPty(file, args, {cols = 100, rows = 30, env, cwd = process.cwd()} = {}) {
	const environment = childEnv(env);
	// node-pty sets TERM to this name, whatever the environment says.
	const child = spawn(file, [...args], {name: environment['TERM'] ?? 'xterm-256color', cols, rows, cwd, env: environment});

	let raw = '';
	/** @type {Exit | undefined} */
	let exit;
	/** @type {number | undefined} */
	let exitTime;
	let disposed = false;
	let lastOutputAt = 0;
	/** @type {Set<(data: string, at: number) => void>} */
	const outputListeners = new Set();
	const stopped = () => {
		if (exit) {
			return `Program exited (code ${exit.exitCode}, signal ${exit.signal ?? 'none'})`;
		}

		return disposed ? 'Disposed' : undefined;
	};

	const terminal = createScreen(cols, rows, {lastOutputAt: () => lastOutputAt, stopped});
	const screen = terminal.text;

	const dataSubscription = child.onData(data => {
		const at = performance.now();
		raw += data;
		lastOutputAt = Date.now();
		for (const listener of outputListeners) {
			listener(data, at);
		}

		if (!disposed) {
			terminal.write(data);
		}
	});

	/** @type {Promise<Exit>} */
	const exited = new Promise(resolve => {
		child.onExit(({exitCode, signal}) => {
			exitTime = performance.now();
			const done = () => {
				exit = {exitCode, signal: signal === 0 ? undefined : signal};
				terminal.recheck();
				resolve(exit);
			};

			// Let xterm finish parsing what was written before the exit.
			if (disposed) {
				done();
			} else {
				terminal.write('', done);
			}
		});
	});

	/** @param {string} data */
	const write = data => {
		if (!exit && !disposed) {
			child.write(data);
		}
	};

	/*
	Ink draws its first frame before it turns on raw mode (that happens in an
	effect). Keys written in between are echoed and held in the line buffer,
	then arrive later as one chunk: a classic flaky-test source. node-pty
	knows the terminal's name but does not type it.
	*/
	const ptsName = /** @type {{readonly ptsName?: string}} */ (child).ptsName;
	let rawModeSeen = false;
	/** @param {WaitOptions} [options] */
	const waitForRawMode = async ({timeout = 5000} = {}) => {
		const deadline = Date.now() + timeout;
		while (!rawModeSeen) {
			if (exit || disposed) {
				return;
			}

			if (await readsRawKeys(ptsName)) {
				rawModeSeen = true;
				return;
			}

			if (Date.now() > deadline) {
				throw new Error(`The program did not turn on raw mode within ${timeout} ms${framed(screen())}`);
			}

			await delay(rawModePollMs);
		}
	};

	/** @param {WaitOptions} [options] */
	const idle = async ({timeout = idleTimeoutMs} = {}) => waitForIdle({pid: child.pid, lastOutputAt: () => lastOutputAt, stopped: () => Boolean(exit) || disposed, timeout});

	/** Before the first key only; a program that never goes raw still gets its keys. */
	const beforeKeys = async () => {
		if (!rawModeSeen) {
			await waitForRawMode({timeout: 2000}).catch(() => undefined);
		}
	};

	/*
	Ink reads a chunk of several printable keys ("5\r", "gg") as one input, so
	keys must reach the program one read at a time. A fixed gap is not enough
	when the program is busy (rendering on a loaded machine): keys pile up in
	the terminal and arrive together. So after the gap, wait until it is idle.
	*/
	/** @type {PtyApp} */
	const app = {
		pid: child.pid,
		screen,
		waitFor: async (matcher, {timeout = 5000} = {}) => (await terminal.watch(matcher, timeout, true)).screen,
		timeOfMatch: async (matcher, {timeout = 15_000} = {}) => (await terminal.watch(matcher, timeout, false)).at,
		waitForRawMode,
		waitForIdle: idle,
		async press(...keys) {
			await beforeKeys();
			// What is on screen may be newer than the handlers for it: a frame is
			// written before the effects that subscribe its keys run.
			await idle();
			for (const key of keys) {
				write(key);
				await delay(keyGapMs);
				await idle();
			}
		},
		async pressAndWait(keys, {timeout = 500} = {}) {
			await beforeKeys();
			for (const key of keys) {
				const before = screen();
				write(key);
				await terminal.watch(current => current !== before, timeout, true).catch(() => undefined);
			}
		},
		async type(text) {
			await app.press(...text);
		},
		write,
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			if (!exit && !disposed) {
				child.resize(newCols, newRows);
			}
		},
		exited,
		async waitForExit({timeout = 5000} = {}) {
			/** @type {NodeJS.Timeout | undefined} */
			let timer;
			/** @type {Promise<never>} */
			const timedOut = new Promise((_resolve, reject) => {
				timer = setTimeout(() => {
					reject(new Error(`Program still running after ${timeout} ms${framed(screen())}`));
				}, timeout);
			});
			try {
				return await Promise.race([exited, timedOut]);
			} finally {
				clearTimeout(timer);
			}
		},
		exitTime: () => exitTime,
		kill(signal = 'SIGTERM') {
			if (!exit) {
				child.kill(signal);
			}
		},
		isAlternateScreen: terminal.isAlternateScreen,
		cursorHidden: terminal.cursorHidden,
		rawOutput: () => raw,
		onOutput(listener) {
			outputListeners.add(listener);
			return () => {
				outputListeners.delete(listener);
			};
		},
		async dispose() {
			if (disposed) {
				return;
			}

			disposed = true;
			terminal.recheck();
			if (!exit) {
				child.kill('SIGKILL');
				await Promise.race([exited, delay(2000)]);
			}

			dataSubscription.dispose();
			terminal.dispose();
		},
	};

	return app;
}
