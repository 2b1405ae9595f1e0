// @ts-check
/*
When a program in a pseudo-terminal is ready for the next key, read from the
outside: whether it reads keys raw yet (the terminal's line discipline, as
`stty` reports it), and whether its main thread has gone to sleep with its
output stopped. Plain JavaScript, so the benchmarks use it with no build step.
*/
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import {promisify} from 'node:util';

const execFileAsync = promisify(execFile);

/** How long the output must have been quiet before a sleeping program counts as idle. */
const outputQuietMs = 15;
const samplePeriodMs = 5;

/**
The scheduler state of a process's main thread from /proc ('R' running,
'S' sleeping, ...), or undefined where there is no /proc or it is gone.
@param {number} pid
@returns {string | undefined}
*/
export function processState(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name in parentheses may itself hold spaces or parentheses.
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return undefined;
	}
}

/**
Whether the program on the terminal `ptsName` reads keys raw (its terminal
has left canonical mode). True where that cannot be told (no name, another
platform, the terminal gone): there is then nothing to wait for.
@param {string | undefined} ptsName
@returns {Promise<boolean>}
*/
export async function readsRawKeys(ptsName) {
	if (!ptsName || process.platform === 'win32') {
		return true;
	}

	const flag = process.platform === 'darwin' ? '-f' : '-F';
	try {
		const {stdout} = await execFileAsync('stty', [flag, ptsName, '-a']);
		return /(?:^|\s)-icanon(?:\s|$)/.test(stdout);
	} catch {
		// The terminal is gone (the program exited) or stty is missing.
		return true;
	}
}

/**
@typedef {object} IdleWatch
@property {number} pid The program's process.
@property {() => number} lastOutputAt When it last wrote (Date.now()).
@property {() => boolean} stopped Whether it has exited or been let go.
@property {number} timeout The longest to wait, in ms.
*/

/**
Resolves once the program's main thread sleeps, twice in a row, with its
output quiet: its event loop has read its input and has nothing left to do.
A program writing a frame faster than the terminal takes it sleeps in that
write, so its output must have stopped too. Gives up silently after
`timeout` ms (a program that never sleeps still gets its keys).
@param {IdleWatch} watch
@returns {Promise<void>}
*/
export async function waitForIdle({pid, lastOutputAt, stopped, timeout}) {
	const deadline = Date.now() + timeout;
	let sleeping = 0;
	// Two sleeping samples in a row: a single one may be a short wait on a lock.
	while (sleeping < 2 && !stopped() && Date.now() < deadline) {
		if (Date.now() - lastOutputAt() < outputQuietMs) {
			sleeping = 0;
			await delay(samplePeriodMs);
			continue;
		}

		const state = processState(pid);
		if (state === undefined || state === 'Z' || state === 'T') {
			return;
		}

		sleeping = state === 'S' ? sleeping + 1 : 0;
		await delay(samplePeriodMs);
	}
}
