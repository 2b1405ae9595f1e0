/*
A minimal pseudo-terminal driver for the benchmarks, in plain JS so it runs
straight after `npm run build` with no TypeScript step. It mirrors
test/helpers/pty.ts: the program runs under node-pty and its output is fed
into a headless xterm, whose screen we read as text. It also keeps the raw
output with arrival times, so a benchmark can see when the terminal was
restored or how many frames a burst of keys drew.
*/
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {promisify} from 'node:util';
import {setTimeout as delay} from 'node:timers/promises';
import {setInterval, clearInterval, setTimeout, clearTimeout} from 'node:timers';
import {spawn} from '@lydell/node-pty';
// @xterm/headless is CommonJS and Node cannot see its named exports.
import xtermHeadless from '@xterm/headless';

const {Terminal} = xtermHeadless;
const execFileAsync = promisify(execFile);

/** The environment a benchmarked program gets: a plain terminal, none of npm's own settings. */
export const childEnv = (extra = {}) => {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		// `npm run bench` passes npm_config_* down, which would steer an inner npx.
		if (value !== undefined && !/^npm_/i.test(key)) {
			env[key] = value;
		}
	}

	delete env.COLUMNS;
	delete env.LINES;
	// Ink draws nothing until exit when it thinks it runs in CI.
	delete env.CONTINUOUS_INTEGRATION;
	env.CI = 'false';
	env.TERM = 'xterm-256color';
	env.FORCE_COLOR = '0';
	return {...env, ...extra};
};

/** The scheduler state of a process ('R' running, 'S' sleeping, ...), where /proc has it. */
const processState = pid => {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
};

/**
Start `file ...args` in a pty of the given size.
@returns {{pid: number, screen: () => string, waitFor: (test: (screen: string) => boolean, timeout?: number) => Promise<number>, write: (data: string) => void, waitForRawMode: (timeout?: number) => Promise<void>, waitForIdle: (timeout?: number) => Promise<void>, raw: () => string, rawSince: (mark: number) => string, onRaw: (listener: (data: string, at: number) => void) => () => void, exited: Promise<{exitCode: number, signal?: number, at: number}>, dispose: () => Promise<void>}}
*/
export function startPty(file, args, {cols = 100, rows = 30, env = {}, cwd = process.cwd()} = {}) {
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	const child = spawn(file, args, {name: 'xterm-256color', cols, rows, cwd, env: childEnv(env)});
	const checks = new Set();
	const rawListeners = new Set();
	let raw = '';
	let done = false;

	child.onData(data => {
		const at = performance.now();
		raw += data;
		for (const listener of rawListeners) {
			listener(data, at);
		}

		terminal.write(data, () => {
			for (const check of checks) {
				check();
			}
		});
	});

	const exited = new Promise(resolve => {
		child.onExit(exit => {
			const at = performance.now();
			done = true;
			for (const check of checks) {
				check();
			}

			resolve({...exit, at});
		});
	});

	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	/** Resolves with the time (performance.now) at which the screen first matched. */
	const waitFor = (test, timeout = 15_000) => new Promise((resolve, reject) => {
		const finish = error => {
			clearTimeout(timer);
			clearInterval(poll);
			checks.delete(check);
			if (error) {
				reject(error);
			} else {
				resolve(performance.now());
			}
		};

		const check = () => {
			const current = screen();
			if (test(current)) {
				finish();
			} else if (done) {
				finish(new Error(`Program exited before the screen matched:\n${current}`));
			}
		};

		const timer = setTimeout(() => {
			finish(new Error(`Timed out after ${timeout} ms; screen:\n${screen()}`));
		}, timeout);
		const poll = setInterval(check, 50);
		checks.add(check);
		check();
	});

	// Keys written before the app reads raw input are echoed and merged.
	const waitForRawMode = async (timeout = 5000) => {
		const deadline = Date.now() + timeout;
		while (!done && Date.now() < deadline && process.platform === 'linux' && child.ptsName) {
			try {
				const {stdout} = await execFileAsync('stty', ['-F', child.ptsName, '-a']);
				if (/(?:^|\s)-icanon(?:\s|$)/.test(stdout)) {
					return;
				}
			} catch {
				return;
			}

			await delay(10);
		}
	};

	// Until the program's main thread sleeps twice in a row: it has drawn and has nothing left to do.
	const waitForIdle = async (timeout = 2000) => {
		const deadline = Date.now() + timeout;
		let sleeping = 0;
		while (sleeping < 2 && !done && Date.now() < deadline) {
			const state = processState(child.pid);
			if (state === undefined) {
				return;
			}

			sleeping = state === 'S' ? sleeping + 1 : 0;
			await delay(5);
		}
	};

	return {
		pid: child.pid,
		screen,
		waitFor,
		write(data) {
			if (!done) {
				child.write(data);
			}
		},
		waitForRawMode,
		waitForIdle,
		raw: () => raw,
		rawSince: mark => raw.slice(mark),
		onRaw(listener) {
			rawListeners.add(listener);
			return () => rawListeners.delete(listener);
		},
		exited,
		async dispose() {
			if (!done) {
				child.kill('SIGKILL');
				await Promise.race([exited, delay(2000)]);
			}

			terminal.dispose();
		},
	};
}
