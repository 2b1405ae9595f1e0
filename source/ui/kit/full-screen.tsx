import {render} from 'ink';
import type {ReactElement} from 'react';
import {isNoColor, supportsHyperlinks} from '../../core/text/hyperlink.js';
import {AfterFirstFrame} from './AfterFirstFrame.js';
import {closableOutput} from '../../io/terminal/closable-output.js';
import {Suspendable} from './Suspendable.js';
import {enterTerminal} from '../../io/terminal/terminal.js';
import type {Graphics} from '../../io/terminal/detect-graphics.js';
import {imageFrames} from '../../io/terminal/image-frames.js';
import {swallowReplies} from '../../io/terminal/swallow-replies.js';
import {imagesDrawnOverCells, ScreenImagesContext, screenImages} from './images.js';
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
	/** How pictures are drawn, for a deck that has some (detect-graphics.ts). */
	readonly graphics?: Graphics;
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
	const images = screen.graphics ? screenImages(screen.graphics) : undefined;
	// Made before Ink, so that on a resize it hears first and the frame Ink then writes is drawn whole.
	const frames = imagesDrawnOverCells(images) ? imageFrames(screen.stdout, images!.placements) : undefined;
	const terminal = enterTerminal({stdin: screen.stdin, stdout: screen.stdout, farewell: images?.farewell});
	const output = closableOutput(frames?.stream ?? screen.stdout);
	let closed = false;
	if (images && frames) {
		images.refresh = () => {
			if (!closed) {
				frames.refresh();
			}
		};

		screen.stdout.on('resize', frames.reset);
		terminal.onResume(frames.reset);
	}

	let left: (result: unknown) => void = () => {};
	const leftEarly = new Promise(resolve => {
		left = resolve;
	});
	const leave: Leave = result => {
		closed = true;
		output.close();
		terminal.restore();
		left(result);
	};

	try {
		const instance = render(<LeaveContext value={leave}><ThemeContext value={chooseTheme(screen.theme, screen.color)}><ScreenImagesContext value={images}><AfterFirstFrame run={afterFirstFrame}/><Suspendable session={terminal}>{app}</Suspendable></ScreenImagesContext></ThemeContext></LeaveContext>, {
			// After the graphics queries, a reply that came too late must not be read as keys.
			stdin: screen.graphics ? swallowReplies(screen.stdin) : screen.stdin,
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
		closed = true;
		if (frames) {
			screen.stdout.off('resize', frames.reset);
		}

		terminal.restore();
	}
}
