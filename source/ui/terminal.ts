/**
The full-screen terminal the slideshow runs in: the alternate screen, no
cursor, raw input. Whatever ends the program (q, Ctrl+C, SIGTERM, SIGHUP, an
uncaught error) must put the terminal back exactly as it was, or the user's
shell is left on a blank screen without a cursor.
*/
import {onExit as signalExitOnExit} from 'signal-exit';

export const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
export const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
export const HIDE_CURSOR = '\u001B[?25l';
export const SHOW_CURSOR = '\u001B[?25h';

type Input = {
	readonly isTTY?: boolean;
	setRawMode?: (mode: boolean) => unknown;
};

type Output = {
	write: (data: string) => unknown;
};

export type TerminalSession = {
	/** Leaves the alternate screen, shows the cursor, ends raw mode. Safe to call again. */
	readonly restore: () => void;
};

export type TerminalOptions = {
	readonly stdin: Input;
	readonly stdout: Output;
	/** signal-exit's `onExit`; tests pass their own. */
	readonly onExit?: (handler: () => void) => () => void;
	/** Where to hear about uncaught errors; `process` in the app. */
	readonly errorMonitor?: Pick<NodeJS.Process, 'on' | 'off'>;
};

export function enterTerminal({stdin, stdout, onExit = signalExitOnExit, errorMonitor = process}: TerminalOptions): TerminalSession {
	const rawMode = stdin.isTTY === true && typeof stdin.setRawMode === 'function';
	// Raw mode before the first frame: keys typed while the app starts would
	// otherwise be echoed (`^[[C`) onto it.
	if (rawMode) {
		stdin.setRawMode!(true);
	}

	stdout.write(ENTER_ALTERNATE_SCREEN + HIDE_CURSOR);

	let restored = false;
	let removeExitHandler = (): void => {};
	const restore = (): void => {
		if (restored) {
			return;
		}

		restored = true;
		removeExitHandler();
		errorMonitor.off('uncaughtExceptionMonitor', restore);
		stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
		if (rawMode) {
			stdin.setRawMode!(false);
		}
	};

	// signal-exit, not process.on('exit'): that one does not run on SIGINT,
	// SIGTERM or SIGHUP, and left the alternate screen on.
	removeExitHandler = onExit(restore);
	// Runs before Node prints an uncaught error, so the message lands on the
	// normal screen instead of vanishing with the alternate one.
	errorMonitor.on('uncaughtExceptionMonitor', restore);
	return {restore};
}
