/**
The controlling terminal itself (`/dev/tty`), for a full-screen app whose
standard input or output goes elsewhere: `quiz --json > attempt.json` draws
and reads its keys there, as fzf does, and leaves standard output to the
JSON. Unix only; Windows has no `/dev/tty`.
*/
import fs from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';
import {onExit} from 'signal-exit';

/** A terminal's two ends, as Ink and the terminal session take them. */
export type TerminalStreams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
};

const closeQuietly = (fd: number | undefined): void => {
	if (fd !== undefined) {
		try {
			fs.closeSync(fd);
		} catch {
			// Nothing was read or written through it.
		}
	}
};

/**
Opens the process's controlling terminal for keys and for drawing, or
undefined when it has none (started by `setsid`, a service, a CI job) or
the platform has no `/dev/tty`. The terminal stays open until the process
ends, which closes it.
*/
export function openTerminal(path = '/dev/tty'): TerminalStreams | undefined {
	if (process.platform === 'win32') {
		return undefined;
	}

	let input: number | undefined;
	let output: number | undefined;
	try {
		// Two descriptors, one each way, as Node's own stdin and stdout are.
		input = fs.openSync(path, fs.constants.O_RDONLY);
		output = fs.openSync(path, fs.constants.O_WRONLY);
	} catch {
		// ENXIO: no controlling terminal.
		closeQuietly(input);
		return undefined;
	}

	if (!tty.isatty(input) || !tty.isatty(output)) {
		closeQuietly(input);
		closeQuietly(output);
		return undefined;
	}

	const stdin = new tty.ReadStream(input);
	const stdout = new tty.WriteStream(output);
	// Node follows window size changes for its own stdout only: without this
	// the screen would keep its first size. `_refreshSize` is what Node runs
	// for its stdout on SIGWINCH (reads the size, emits `resize` on a change);
	// the public getWindowSize only returns the size last read.
	const refreshable = stdout as tty.WriteStream & {_refreshSize?: () => void};
	process.on('SIGWINCH', () => {
		refreshable._refreshSize?.();
	});
	// Node puts its own stdin back in the mode it found it at exit, not a
	// terminal opened like this one: raw mode taken before the screen's own
	// session begins (see claim-terminal.ts) is ended here on any exit.
	onExit(() => {
		try {
			stdin.setRawMode(false);
		} catch {
			// The terminal has gone (a hang-up): there is nothing to give back.
		}
	});
	return {stdin: stdin as NodeJS.ReadStream, stdout: stdout as NodeJS.WriteStream};
}
