import {render} from 'ink';
import type {ReactElement} from 'react';
import {isNoColor, supportsHyperlinks} from '../../core/text/hyperlink.js';
import {AfterFirstFrame} from './AfterFirstFrame.js';
import {closableOutput} from '../../io/terminal/closable-output.js';
import {Suspendable} from './Suspendable.js';
import {enterTerminal} from '../../io/terminal/terminal.js';
import {chooseTheme} from './theme.js';
import {type Leave, LeaveContext} from './use-leave.js';
import {ThemeContext} from './use-theme.js';

/** What every full-screen app (slideshow, quiz) is run with. */
export type ScreenOptions = {
	readonly theme: 'dark' | 'light';
	/** False for --no-color; NO_COLOR in the environment also turns colour off. */
	readonly color: boolean;
	readonly screenReader: boolean;
	readonly stdin?: NodeJS.ReadStream;
	readonly stdout?: NodeJS.WriteStream;
	readonly env?: Readonly<Record<string, string | undefined>>;
};

export type Screen = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly color: boolean;
	/** OSC 8 links; when off, the layout writes URLs out after the link text. */
	readonly hyperlinks: boolean;
	readonly theme: ScreenOptions['theme'];
	readonly screenReader: boolean;
};

/** Decides the terminal facts once, before anything renders. */
export function describeScreen(options: ScreenOptions): Screen {
	const stdout = options.stdout ?? process.stdout;
	const env = options.env ?? process.env;
	const color = options.color && !isNoColor(env);
	return {
		stdin: options.stdin ?? process.stdin,
		stdout,
		color,
		hyperlinks: supportsHyperlinks({isTTY: stdout.isTTY === true, env, color}),
		theme: options.theme,
		screenReader: options.screenReader || env['INK_SCREEN_READER'] === 'true',
	};
}

/**
Renders an app on the alternate screen until it exits, and gives the terminal
back whatever happens. Resolves with the value the app passed to `exit()`, or
to `leave()` (use-leave.ts): then at once, with Ink's unmount left for later,
since the process is about to end. `afterFirstFrame` runs as soon as the first
frame is written.
*/
export async function renderFullScreen(app: ReactElement, screen: Screen, afterFirstFrame?: () => void): Promise<unknown> {
	const terminal = enterTerminal({stdin: screen.stdin, stdout: screen.stdout});
	const output = closableOutput(screen.stdout);
	let left: (result: unknown) => void = () => {};
	const leftEarly = new Promise(resolve => {
		left = resolve;
	});
	const leave: Leave = result => {
		output.close();
		terminal.restore();
		left(result);
	};

	try {
		const instance = render(<LeaveContext value={leave}><ThemeContext value={chooseTheme(screen.theme, screen.color)}><AfterFirstFrame run={afterFirstFrame}/><Suspendable session={terminal}>{app}</Suspendable></ThemeContext></LeaveContext>, {
			stdin: screen.stdin,
			stdout: output.stream,
			exitOnCtrlC: false,
			patchConsole: false,
			isScreenReaderEnabled: screen.screenReader,
			// No render throttle: a frame is drawn in the commit that made it, so
			// a key is drawn at once rather than at the next tick of a 30 or 60
			// fps window. Nothing here changes faster than keys arrive, and the
			// keys of one read are one commit, so frames stay few.
			// (incrementalRendering was tried too: it left stale lines behind.)
			maxFps: 0,
		});
		// Taken right after render: asked for after the app exited, it never settles.
		const exited = instance.waitUntilExit();
		return await Promise.race([exited, leftEarly.then(result => {
			exited.catch(() => {
				// Whatever the unmount meets, the app has already ended.
			});
			// Not before the process can end: exiting does not wait for it.
			setTimeout(() => {
				instance.unmount();
			}, 0).unref();
			return result;
		})]);
	} finally {
		terminal.restore();
	}
}
