/*
A minimal pseudo-terminal driver for the benchmarks, in plain JS so it runs
straight after `npm run build` with no TypeScript step. It mirrors
test/helpers/pty.ts: the program runs under node-pty and its output is fed
into a headless xterm, whose screen we read as text.
*/
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {setTimeout as delay} from 'node:timers/promises';
import {setInterval, clearInterval, setTimeout, clearTimeout} from 'node:timers';
import {spawn} from '@lydell/node-pty';
// @xterm/headless is CommonJS and Node cannot see its named exports.
import xtermHeadless from '@xterm/headless';

const {Terminal} = xtermHeadless;
const execFileAsync = promisify(execFile);

const childEnv = () => {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined) {
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
	return env;
};

/**
Start `file ...args` in a pty of the given size.
@returns {{pid: number, screen: () => string, waitFor: (test: (screen: string) => boolean, timeout?: number) => Promise<string>, write: (data: string) => void, waitForRawMode: (timeout?: number) => Promise<void>, exited: Promise<{exitCode: number, signal?: number}>, dispose: () => Promise<void>}}
*/
export function startPty(file, args, {cols = 100, rows = 30, env = {}} = {}) {
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	const child = spawn(file, args, {name: 'xterm-256color', cols, rows, cwd: process.cwd(), env: {...childEnv(), ...env}});
	const checks = new Set();
	let done = false;

	child.onData(data => {
		terminal.write(data, () => {
			for (const check of checks) {
				check();
			}
		});
	});

	const exited = new Promise(resolve => {
		child.onExit(exit => {
			done = true;
			for (const check of checks) {
				check();
			}

			resolve(exit);
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

	const waitFor = (test, timeout = 10_000) => new Promise((resolve, reject) => {
		const finish = error => {
			clearTimeout(timer);
			clearInterval(poll);
			checks.delete(check);
			if (error) {
				reject(error);
			} else {
				resolve(screen());
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

	// Ink turns on raw mode only after its first frame; keys written before that are echoed and merged.
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
