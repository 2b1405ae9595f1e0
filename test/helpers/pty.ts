/**
Drive a real program in a real pseudo-terminal and read what a person would see.

The program runs under node-pty, so it gets a TTY on stdin/stdout with a real
size, raw mode and SIGWINCH, exactly as in a terminal window. Everything it
writes is fed into a headless xterm, which keeps the screen (both buffers),
the cursor and the terminal modes; tests read the screen as plain text.
*/
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {spawn, type IPty} from '@lydell/node-pty';
// @xterm/headless is CommonJS and Node cannot see its named exports.
import xtermHeadless from '@xterm/headless';
import type {Terminal as XtermTerminal} from '@xterm/headless';

const {Terminal} = xtermHeadless;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
The built CLI; it exists only after `npm run build`. `BRIEFING_DECK_CLI`
points the tests at another build, such as one installed from `npm pack`.
*/
export const cliPath = process.env['BRIEFING_DECK_CLI'] ?? path.join(repoRoot, 'dist', 'cli.js');

export const cliIsBuilt = (): boolean => existsSync(cliPath);

export type Matcher = string | RegExp | ((screen: string) => boolean);

export type StartOptions = {
	readonly cols?: number;
	readonly rows?: number;
	/** Merged over the inherited environment; `undefined` removes a variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly cwd?: string;
};

export type WaitOptions = {
	readonly timeout?: number;
};

export type Exit = {
	readonly exitCode: number;
	readonly signal: number | undefined;
};

export type PtyApp = {
	/** Process id of the program (node itself, not a shell). */
	readonly pid: number;
	/** The visible screen, one line per row, trailing spaces trimmed. */
	screen(): string;
	/** Resolves with the screen once it matches; rejects with the screen on timeout or exit. */
	waitFor(matcher: Matcher, options?: WaitOptions): Promise<string>;
	/**
	Resolves once the program reads keys raw (its terminal has left canonical
	mode); rejects with the screen on timeout. `press` and `type` wait for this
	before their first key.
	*/
	waitForRawMode(options?: WaitOptions): Promise<void>;
	/** Write each key as its own chunk, with a short gap, as a person would. */
	press(...keys: string[]): Promise<void>;
	/**
	Write each key, then wait until the screen changes (at most `timeout` ms,
	without failing: not every key changes the screen). Use it before typing
	into something the key opens, such as a prompt.
	*/
	pressAndWait(keys: readonly string[], options?: WaitOptions): Promise<void>;
	/** Type text one character at a time. */
	type(text: string): Promise<void>;
	resize(cols: number, rows: number): void;
	readonly exited: Promise<Exit>;
	/** Resolves with the exit once the program ends; rejects with the screen on timeout. */
	waitForExit(options?: WaitOptions): Promise<Exit>;
	kill(signal?: string): void;
	isAlternateScreen(): boolean;
	/** Whether the program has hidden the cursor (DECTCEM, `CSI ? 25 l`). */
	cursorHidden(): boolean;
	/** Every byte the program wrote, as received. */
	rawOutput(): string;
	/** Kill the program if it still runs and release the terminal. */
	dispose(): Promise<void>;
};

const live = new Set<PtyApp>();

const keyGapMs = 25;
const pollMs = 50;
/** How long the output must pause before a matching screen counts as a whole frame. */
const frameSettleMs = 20;
/** The longest a match waits for that pause, for a program that redraws without one. */
const maxFrameSettleMs = 250;
const rawModePollMs = 20;

const execFileAsync = promisify(execFile);

/**
The scheduler state of a process's main thread from /proc ('R' running,
'S' sleeping, ...), or undefined where there is no /proc or it is gone.
*/
const processState = (pid: number): string | undefined => {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name in parentheses may itself hold spaces or parentheses.
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
};

const idleTimeoutMs = 1000;
const outputQuietMs = 15;

const delay = async (ms: number) => new Promise<void>(resolve => {
	setTimeout(resolve, ms);
});

const matches = (matcher: Matcher, screen: string): boolean => {
	if (typeof matcher === 'string') {
		return screen.includes(matcher);
	}

	if (matcher instanceof RegExp) {
		matcher.lastIndex = 0;
		return matcher.test(screen);
	}

	return matcher(screen);
};

const describeMatcher = (matcher: Matcher): string =>
	typeof matcher === 'function' ? 'predicate' : String(typeof matcher === 'string' ? JSON.stringify(matcher) : matcher);

const frame = (screen: string): string => `\n----- screen -----\n${screen}\n------------------`;

const childEnv = (overrides: StartOptions['env']): Record<string, string> => {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined) {
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

	for (const [key, value] of Object.entries(overrides ?? {})) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}

	return env;
};

/**
Track DECTCEM through the parser: xterm keeps it internally but its public
`modes` leave it out. Returning `false` lets xterm handle the sequence too.
*/
const trackCursor = (terminal: XtermTerminal): (() => boolean) => {
	let hidden = false;
	const hasCursorMode = (params: ReadonlyArray<number | number[]>) => params.includes(25);
	terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, params => {
		if (hasCursorMode(params)) {
			hidden = false;
		}

		return false;
	});
	terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, params => {
		if (hasCursorMode(params)) {
			hidden = true;
		}

		return false;
	});
	// A full reset (RIS) or soft reset (DECSTR) shows the cursor again.
	terminal.parser.registerEscHandler({final: 'c'}, () => {
		hidden = false;
		return false;
	});
	terminal.parser.registerCsiHandler({intermediates: '!', final: 'p'}, () => {
		hidden = false;
		return false;
	});
	return () => hidden;
};

/** Run `node <script> ...args` in a pseudo-terminal. */
export function startProgram(script: string, args: readonly string[] = [], options: StartOptions = {}): PtyApp {
	return launch(script, args, options, () => undefined);
}

function launch(script: string, args: readonly string[], options: StartOptions, cleanUp: () => void): PtyApp {
	const cols = options.cols ?? 100;
	const rows = options.rows ?? 30;
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	const cursorHidden = trackCursor(terminal);

	const env = childEnv(options.env);
	const child: IPty = spawn(process.execPath, [script, ...args], {
		// node-pty sets TERM to this name, whatever the environment says.
		name: env['TERM'] ?? 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? repoRoot,
		env,
	});

	let raw = '';
	let exit: Exit | undefined;
	let disposed = false;
	const checks = new Set<() => void>();
	const runChecks = () => {
		for (const check of checks) {
			check();
		}
	};

	// xterm parses writes asynchronously: check the screen once a chunk is parsed.
	let lastOutputAt = 0;
	const dataSubscription = child.onData(data => {
		raw += data;
		lastOutputAt = Date.now();
		if (!disposed) {
			terminal.write(data, runChecks);
		}
	});

	const exited = new Promise<Exit>(resolve => {
		child.onExit(({exitCode, signal}) => {
			const done = () => {
				exit = {exitCode, signal: signal === 0 ? undefined : signal};
				runChecks();
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

	const screen = (): string => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const waitFor = async (matcher: Matcher, {timeout = 5000}: WaitOptions = {}): Promise<string> =>
		new Promise<string>((resolve, reject) => {
			let matchedAt: number | undefined;
			let lastMatch: string | undefined;
			let settleTimer: NodeJS.Timeout | undefined;
			const finish = (error?: Error, matched?: string) => {
				clearTimeout(timer);
				clearTimeout(settleTimer);
				clearInterval(poll);
				checks.delete(check);
				if (error) {
					reject(error);
				} else {
					resolve(matched ?? screen());
				}
			};

			const check = () => {
				const current = screen();
				if (matches(matcher, current)) {
					/*
					A frame can reach the pty in pieces, so its first lines can match
					before its last are on screen: answer once the output pauses (or,
					for a program that never pauses, soon after), with the whole frame.
					*/
					const now = Date.now();
					matchedAt ??= now;
					lastMatch = current;
					if (exit || now - lastOutputAt >= frameSettleMs || now - matchedAt >= maxFrameSettleMs) {
						finish(undefined, current);
					} else {
						settleTimer ??= setTimeout(() => {
							settleTimer = undefined;
							check();
						}, frameSettleMs);
					}
				} else if (lastMatch !== undefined) {
					// A screen that matched and has since moved on: what it showed is the answer.
					finish(undefined, lastMatch);
				} else if (exit) {
					finish(new Error(`Program exited (code ${exit.exitCode}, signal ${exit.signal ?? 'none'}) before the screen matched ${describeMatcher(matcher)}${frame(current)}`));
				} else if (disposed) {
					finish(new Error(`Disposed before the screen matched ${describeMatcher(matcher)}${frame(current)}`));
				}
			};

			const timer = setTimeout(() => {
				finish(new Error(`Timed out after ${timeout} ms waiting for ${describeMatcher(matcher)}${frame(screen())}`));
			}, timeout);
			// Data events cover redraws; the interval covers a screen that already matched.
			const poll = setInterval(check, pollMs);
			checks.add(check);
			check();
		});

	const write = (data: string) => {
		if (!exit && !disposed) {
			child.write(data);
		}
	};

	/*
	Ink draws its first frame before it turns on raw mode (that happens in an
	effect). Keys written in between are echoed and held in the line buffer,
	then arrive later as one chunk: a classic flaky-test source. The slave
	side's termios tells us when the program really reads keys, and `stty`
	can read it. node-pty knows the slave's name but does not type it.
	*/
	const ptsName = (child as IPty & {readonly ptsName?: string}).ptsName;
	const readsRawKeys = async (): Promise<boolean> => {
		if (!ptsName || process.platform === 'win32') {
			return true;
		}

		const flag = process.platform === 'darwin' ? '-f' : '-F';
		try {
			const {stdout} = await execFileAsync('stty', [flag, ptsName, '-a']);
			return /(?:^|\s)-icanon(?:\s|$)/.test(stdout);
		} catch {
			// The terminal is gone (the program exited) or stty is missing: nothing to wait for.
			return true;
		}
	};

	let rawModeSeen = false;
	const waitForRawMode = async ({timeout = 5000}: WaitOptions = {}): Promise<void> => {
		const deadline = Date.now() + timeout;
		while (!rawModeSeen) {
			if (exit || disposed) {
				return;
			}

			if (await readsRawKeys()) {
				rawModeSeen = true;
				return;
			}

			if (Date.now() > deadline) {
				throw new Error(`The program did not turn on raw mode within ${timeout} ms${frame(screen())}`);
			}

			await delay(rawModePollMs);
		}
	};

	/*
	Ink reads a chunk of several printable keys ("5\r", "gg") as one input, so
	keys must reach the program one read at a time. A fixed gap is not enough
	when the program is busy (rendering on a loaded machine): keys pile up in
	the terminal and arrive together. So after the gap, wait until the
	program's main thread sleeps, that is, its event loop has read its input
	and has nothing left to do. A program writing a frame faster than the
	terminal takes it sleeps in that write, with the key's handlers not yet
	updated, so its output must have stopped too.
	*/
	const waitForIdle = async () => {
		const deadline = Date.now() + idleTimeoutMs;
		let sleeping = 0;
		// Two sleeping samples in a row: a single one may be a short wait on a lock.
		while (sleeping < 2 && !exit && !disposed && Date.now() < deadline) {
			if (Date.now() - lastOutputAt < outputQuietMs) {
				sleeping = 0;
				await delay(5);
				continue;
			}

			const state = processState(child.pid);
			if (state === undefined || state === 'Z' || state === 'T') {
				return;
			}

			sleeping = state === 'S' ? sleeping + 1 : 0;
			await delay(5);
		}
	};

	const settle = async () => {
		await delay(keyGapMs);
		await waitForIdle();
	};

	/** Before the first key only; a program that never goes raw still gets its keys. */
	const beforeKeys = async () => {
		if (!rawModeSeen) {
			await waitForRawMode({timeout: 2000}).catch(() => undefined);
		}
	};

	const app: PtyApp = {
		pid: child.pid,
		screen,
		waitFor,
		waitForRawMode,
		async press(...keys) {
			await beforeKeys();
			// What is on screen may be newer than the handlers for it: a frame is
			// written before the effects that subscribe its keys run.
			await waitForIdle();
			for (const key of keys) {
				write(key);
				await settle();
			}
		},
		async pressAndWait(keys, {timeout = 500}: WaitOptions = {}) {
			await beforeKeys();
			for (const key of keys) {
				const before = screen();
				write(key);
				await waitFor(current => current !== before, {timeout}).catch(() => undefined);
			}
		},
		async type(text) {
			await app.press(...text);
		},
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			if (!exit && !disposed) {
				child.resize(newCols, newRows);
			}
		},
		exited,
		async waitForExit({timeout = 5000}: WaitOptions = {}) {
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<never>((_resolve, reject) => {
				timer = setTimeout(() => {
					reject(new Error(`Program still running after ${timeout} ms${frame(screen())}`));
				}, timeout);
			});
			try {
				return await Promise.race([exited, timedOut]);
			} finally {
				clearTimeout(timer);
			}
		},
		kill(signal = 'SIGTERM') {
			if (!exit) {
				child.kill(signal);
			}
		},
		isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
		cursorHidden,
		rawOutput: () => raw,
		async dispose() {
			if (disposed) {
				return;
			}

			disposed = true;
			live.delete(app);
			runChecks();
			if (!exit) {
				child.kill('SIGKILL');
				await Promise.race([exited, delay(2000)]);
			}

			dataSubscription.dispose();
			terminal.dispose();
			cleanUp();
		},
	};

	live.add(app);
	return app;
}

/**
Run the built CLI (`node dist/cli.js ...args`). Its config and data go to a
fresh temporary directory, so a test never touches the real user's files.
*/
export function startApp(args: readonly string[] = [], options: StartOptions = {}): PtyApp {
	const home = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-e2e-'));
	const env = {
		// The store honours this before XDG_DATA_HOME; a value set in the shell must not leak in.
		BRIEFING_DECK_STORE: path.join(home, 'store'),
		XDG_CONFIG_HOME: path.join(home, 'config'),
		XDG_DATA_HOME: path.join(home, 'data'),
		XDG_STATE_HOME: path.join(home, 'state'),
		XDG_CACHE_HOME: path.join(home, 'cache'),
		...options.env,
	};
	return launch(cliPath, args, {...options, env}, () => {
		rmSync(home, {recursive: true, force: true});
	});
}

/** Dispose every program still running; call it from `afterEach`. */
export async function disposeAll(): Promise<void> {
	await Promise.all([...live].map(async app => app.dispose()));
}
