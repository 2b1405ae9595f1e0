/**
The full-screen terminal the slideshow runs in: the alternate screen, no
cursor, raw input. Whatever ends the program (q, Ctrl+C, SIGTERM, SIGHUP, an
uncaught error) must put the terminal back exactly as it was, or the user's
shell is left on a blank screen without a cursor. Suspending (Ctrl+Z, or a
SIGTSTP from elsewhere) gives the terminal back too while the program is
stopped, and `fg` takes it again.
*/
import {onExit as signalExitOnExit} from 'signal-exit';

export const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
export const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
export const HIDE_CURSOR = '\u001B[?25l';
export const SHOW_CURSOR = '\u001B[?25h';
export const CURSOR_HOME = '\u001B[H';

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
	/** Gives the terminal back and stops the process, as Ctrl+Z does in any full-screen program. */
	readonly suspend: () => void;
	/** Called when the process continues (`fg`), after the screen is taken again: redraw everything. */
	readonly onResume: (listener: () => void) => () => void;
};

export type TerminalOptions = {
	readonly stdin: Input;
	readonly stdout: Output;
	/** signal-exit's `onExit`; tests pass their own. */
	readonly onExit?: (handler: () => void) => () => void;
	/** Where to hear about uncaught errors, SIGTSTP and SIGCONT; `process` in the app. */
	readonly errorMonitor?: Pick<NodeJS.Process, 'on' | 'off'>;
	/** Stops the process (SIGSTOP to itself); tests pass their own. */
	readonly stop?: () => void;
	/** What to write before the terminal is given back: taking away pictures the terminal keeps (kitty's). */
	readonly farewell?: () => string;
};

const stopProcess = (): void => {
	// SIGSTOP, not SIGTSTP: with a SIGTSTP listener in place, SIGTSTP would only call it again.
	process.kill(process.pid, 'SIGSTOP');
};

export function enterTerminal({stdin, stdout, onExit = signalExitOnExit, errorMonitor = process, stop = stopProcess, farewell}: TerminalOptions): TerminalSession {
	const rawMode = stdin.isTTY === true && typeof stdin.setRawMode === 'function';
	const take = (): void => {
		// Raw mode before the first frame: keys typed while the app starts would
		// otherwise be echoed (`^[[C`) onto it.
		if (rawMode) {
			stdin.setRawMode!(true);
		}

		stdout.write(ENTER_ALTERNATE_SCREEN + HIDE_CURSOR);
	};

	const giveBack = (): void => {
		stdout.write((farewell?.() ?? '') + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
		if (rawMode) {
			stdin.setRawMode!(false);
		}
	};

	take();
	let restored = false;
	let suspended = false;
	const resumeListeners = new Set<() => void>();

	const suspend = (): void => {
		if (restored || suspended) {
			return;
		}

		suspended = true;
		giveBack();
		stop();
	};

	// Runs on every continue, also after a SIGSTOP sent by someone else: the
	// shell may have changed the terminal meanwhile, so take it again and redraw.
	const resume = (): void => {
		if (restored) {
			return;
		}

		suspended = false;
		take();
		stdout.write(CURSOR_HOME);
		for (const listener of resumeListeners) {
			listener();
		}
	};

	let removeExitHandler = (): void => {};
	const restore = (): void => {
		if (restored) {
			return;
		}

		restored = true;
		removeExitHandler();
		errorMonitor.off('uncaughtExceptionMonitor', restore);
		errorMonitor.off('SIGTSTP', suspend);
		errorMonitor.off('SIGCONT', resume);
		giveBack();
	};

	// signal-exit, not process.on('exit'): that one does not run on SIGINT,
	// SIGTERM or SIGHUP, and left the alternate screen on.
	removeExitHandler = onExit(restore);
	// Runs before Node prints an uncaught error, so the message lands on the
	// normal screen instead of vanishing with the alternate one.
	errorMonitor.on('uncaughtExceptionMonitor', restore);
	// `kill -TSTP` from elsewhere: by default the process would stop with the
	// shell left on the alternate screen, without a cursor.
	if (process.platform !== 'win32') {
		errorMonitor.on('SIGTSTP', suspend);
		errorMonitor.on('SIGCONT', resume);
	}

	return {
		restore,
		suspend,
		onResume(listener) {
			resumeListeners.add(listener);
			return () => {
				resumeListeners.delete(listener);
			};
		},
	};
}
