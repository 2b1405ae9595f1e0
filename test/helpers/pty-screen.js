// @ts-check
/*
The screen of a pseudo-terminal as a person sees it: everything the program
writes goes into a headless xterm, which keeps the screen (both buffers), the
cursor and the terminal modes, read here as plain text, and waited for.
Part of the pty driver (pty-driver.js).
*/
import {performance} from 'node:perf_hooks';
import {clearInterval, clearTimeout, setInterval, setTimeout} from 'node:timers';
// @xterm/headless is CommonJS and Node cannot see its named exports.
import xtermHeadless from '@xterm/headless';

const {Terminal} = xtermHeadless;

/** @typedef {string | RegExp | ((screen: string) => boolean)} Matcher */

const pollMs = 50;
/** How long the output must pause before a matching screen counts as a whole frame. */
const frameSettleMs = 20;
/** The longest a match waits for that pause, for a program that redraws without one. */
const maxFrameSettleMs = 250;

/**
@param {Matcher} matcher
@param {string} screen
*/
const matches = (matcher, screen) => {
	if (typeof matcher === 'string') {
		return screen.includes(matcher);
	}

	if (matcher instanceof RegExp) {
		matcher.lastIndex = 0;
		return matcher.test(screen);
	}

	return matcher(screen);
};

/** @param {Matcher} matcher */
const describeMatcher = matcher => (typeof matcher === 'function' ? 'predicate' : (typeof matcher === 'string' ? JSON.stringify(matcher) : String(matcher)));

/**
The screen, set off for an error message.
@param {string} screen
*/
export const framed = screen => `\n----- screen -----\n${screen}\n------------------`;

/**
Whether the program has hidden the cursor (DECTCEM), tracked through xterm's
parser: xterm keeps the mode internally but its public `modes` leave it out.
Each handler returns false, so xterm handles the sequence too.
@param {import('@xterm/headless').Terminal} terminal
@returns {() => boolean}
*/
function trackCursor(terminal) {
	let hidden = false;
	/** @param {ReadonlyArray<number | number[]>} params */
	const hasCursorMode = params => params.includes(25);
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
}

/**
@typedef {object} ScreenState What a wait needs to know of the program.
@property {() => number} lastOutputAt When it last wrote (Date.now()).
@property {() => string | undefined} stopped Why nothing more will come (it exited, it was let go), once so.
*/

/**
A screen of `cols`×`rows` for one program.
@param {number} cols
@param {number} rows
@param {ScreenState} state
*/
export function createScreen(cols, rows, {lastOutputAt, stopped}) {
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	const cursorHidden = trackCursor(terminal);
	/** @type {Set<() => void>} */
	const checks = new Set();
	const recheck = () => {
		for (const check of checks) {
			check();
		}
	};

	const text = () => {
		const buffer = terminal.buffer.active;
		const lines = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	/**
	Resolves with the screen that matched and when (performance.now()) it
	first did. With `whole`, only once the output pauses: a frame can reach the
	pty in pieces, so its first lines can match before its last are on screen.
	@param {Matcher} matcher
	@param {number} timeout
	@param {boolean} whole
	@returns {Promise<{screen: string, at: number}>}
	*/
	const watch = (matcher, timeout, whole) => new Promise((resolve, reject) => {
		/** @type {{screen: string, at: number} | undefined} */
		let matched;
		/** @type {NodeJS.Timeout | undefined} */
		let settleTimer;
		/** @param {Error | undefined} error */
		const finish = error => {
			clearTimeout(timer);
			clearTimeout(settleTimer);
			clearInterval(poll);
			checks.delete(check);
			if (error) {
				reject(error);
			} else {
				resolve(matched ?? {screen: text(), at: performance.now()});
			}
		};

		const check = () => {
			const current = text();
			const reason = stopped();
			if (matches(matcher, current)) {
				const at = matched?.at ?? performance.now();
				matched = {screen: current, at};
				// A program that never pauses is answered soon after, with what it shows then.
				if (!whole || reason !== undefined || Date.now() - lastOutputAt() >= frameSettleMs || performance.now() - at >= maxFrameSettleMs) {
					finish(undefined);
				} else {
					settleTimer ??= setTimeout(() => {
						settleTimer = undefined;
						check();
					}, frameSettleMs);
				}
			} else if (matched !== undefined) {
				// A screen that matched and has since moved on: what it showed is the answer.
				finish(undefined);
			} else if (reason !== undefined) {
				finish(new Error(`${reason} before the screen matched ${describeMatcher(matcher)}${framed(current)}`));
			}
		};

		const timer = setTimeout(() => {
			finish(new Error(`Timed out after ${timeout} ms waiting for ${describeMatcher(matcher)}${framed(text())}`));
		}, timeout);
		// Parsed output covers redraws; the interval covers a screen that already matched.
		const poll = setInterval(check, pollMs);
		checks.add(check);
		check();
	});

	return {
		/**
		Feeds output to the terminal; `parsed` runs once xterm has parsed it (it
		parses asynchronously), and every wait looks at the screen again then.
		@param {string} data
		@param {() => void} [parsed]
		*/
		write(data, parsed) {
			terminal.write(data, () => {
				recheck();
				parsed?.();
			});
		},
		text,
		watch,
		/** Every wait looks at the screen again: the program has stopped. */
		recheck,
		cursorHidden,
		isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
		/**
		@param {number} newCols
		@param {number} newRows
		*/
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
		},
		dispose() {
			terminal.dispose();
		},
	};
}
