/**
Works out how this terminal draws pictures (see core/images/protocol.ts), for
a deck that has some. The terminal is asked only when it is interactive, and
waited for at most a tenth of a second: the device attributes, which every
terminal answers and answers last, end the wait early. What the user types
meanwhile is handed back to the input; replies that come after the deadline
are kept from being read as keys (swallow-replies.ts).
*/
import {execFileSync} from 'node:child_process';
import {KITTY_QUERY} from '../../core/images/encode-kitty.js';
import {cellSizeOf, drawsOverCells, type ImageProtocol, protocolFromEnvironment, protocolFromReplies, QUERY_REPLIES, readReplies, type TerminalReplies} from '../../core/images/protocol.js';
import {DEFAULT_CELL_PIXELS} from '../../core/layout/image-block.js';
import {colorLevel} from './color-level.js';

export type Graphics = {
	readonly protocol: ImageProtocol;
	/** Inside tmux with passthrough on: every sequence goes out wrapped for tmux to hand on. */
	readonly tmux: boolean;
	/** One cell in pixels, for sizing sixel pictures. */
	readonly cell: {readonly width: number; readonly height: number};
	/** Half blocks in 24-bit colour (3) or the 256-colour palette (2). */
	readonly depth: 2 | 3;
	/** How the choice was made, said by `check --verbose`-style reports and the help overlay. */
	readonly reason: string;
};

const QUERY_TIMEOUT_MS = 100;
// The kitty query, the cell size in pixels, the sixel area in pixels (xterm's way to the cell size), then the
// device attributes last.
const QUERIES = `${KITTY_QUERY}\u001B[16t\u001B[?2;1;0S\u001B[c`;

type Env = Readonly<Record<string, string | undefined>>;

export type DetectOptions = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly env: Env;
	/** `--images`, when given. */
	readonly override?: ImageProtocol;
	/** Colour is off (--no-color, NO_COLOR): half blocks would show nothing; pictures still draw. */
	readonly color: boolean;
	/** How long to wait for the terminal's replies. */
	readonly timeoutMs?: number;
	/** Whether tmux hands escape sequences on; asks tmux itself unless given. */
	readonly tmuxPassthrough?: () => boolean;
};

/** Asks the terminal and collects its replies until the device attributes or the deadline. */
export async function askTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, timeoutMs = QUERY_TIMEOUT_MS): Promise<TerminalReplies> {
	const input = await new Promise<string>(resolve => {
		let read = '';
		const finish = (): void => {
			clearTimeout(timer);
			stdin.off('data', onData);
			// Back to paused mode: Ink reads with 'readable', and flowing data with no listener is lost.
			stdin.pause();

			// Keys typed while the terminal was answering are the user's: give them back.
			const keys = read.replaceAll(QUERY_REPLIES, '');
			if (keys !== '') {
				stdin.unshift(Buffer.from(keys));
			}

			resolve(read);
		};

		const onData = (chunk: Buffer | string): void => {
			read += chunk.toString();
			if (readReplies(read).complete) {
				finish();
			}
		};

		const timer = setTimeout(finish, timeoutMs);
		stdin.on('data', onData);
		stdout.write(QUERIES);
	});
	return readReplies(input);
}

function tmuxAllowsPassthrough(): boolean {
	try {
		const value = execFileSync('tmux', ['show', '-gv', 'allow-passthrough'], {encoding: 'utf8', timeout: 500, stdio: ['ignore', 'pipe', 'ignore']}).trim();
		return value === 'on' || value === 'all';
	} catch {
		return false;
	}
}

/** Which variable named the terminal, as `NAME=value`, for the reason shown (sanitized where it is shown). */
function namingVariable(env: Env): string {
	// The first that names a terminal on its own.
	const name = ['KITTY_WINDOW_ID', 'WEZTERM_EXECUTABLE', 'LC_TERMINAL', 'TERM_PROGRAM', 'TERM'].find(variable => protocolFromEnvironment({[variable]: env[variable]}) !== undefined) ?? 'TERM';
	return name === 'KITTY_WINDOW_ID' || name === 'WEZTERM_EXECUTABLE' ? `${name} is set` : `${name}=${env[name] ?? ''}`;
}

export async function detectGraphics(options: DetectOptions): Promise<Graphics> {
	const {env, stdin, stdout} = options;
	const depth = colorLevel(env) === 3 ? 3 : 2;
	const inTmux = env['TMUX'] !== undefined && env['TMUX'] !== '';
	const passthrough = inTmux && (options.tmuxPassthrough ?? tmuxAllowsPassthrough)();
	const interactive = stdin.isTTY === true && stdout.isTTY === true;
	// Inside tmux the queries would be answered by tmux, not the terminal around it. Half blocks and alt text
	// chosen by --images need nothing from the terminal: no question, no wait before the first slide.
	const needsAnswer = options.override === undefined || drawsOverCells(options.override);
	const replies = interactive && !inTmux && needsAnswer ? await askTerminal(stdin, stdout, options.timeoutMs) : undefined;
	const cell = (replies && cellSizeOf(replies, stdout.columns, stdout.rows)) ?? DEFAULT_CELL_PIXELS;
	const graphics = (chosen: ImageProtocol, reason: string): Graphics => {
		// Half blocks are coloured text: with colour off (--no-color, NO_COLOR) they would show nothing, so alt text.
		const protocol = chosen === 'blocks' && !options.color && options.override === undefined ? 'off' : chosen;
		return {protocol, tmux: passthrough && drawsOverCells(protocol), cell, depth, reason: protocol === chosen ? reason : 'colour is off'};
	};

	if (options.override) {
		return graphics(options.override, '--images');
	}

	const named = protocolFromEnvironment(env);
	if (inTmux) {
		return passthrough && named ? graphics(named, 'tmux passthrough, the terminal named by the environment') : graphics('blocks', passthrough ? 'tmux, the terminal outside not named' : 'tmux without allow-passthrough');
	}

	if (named) {
		return graphics(named, `the environment names the terminal: ${namingVariable(env)}`);
	}

	if (replies) {
		const protocol = protocolFromReplies(replies);
		return graphics(protocol, {
			kitty: 'the terminal answered the kitty graphics query',
			sixel: 'the terminal\'s device attributes offer sixel',
			blocks: replies.complete ? 'the terminal answered no graphics query' : 'the terminal did not answer in time',
		}[protocol === 'kitty' || protocol === 'sixel' ? protocol : 'blocks']);
	}

	return graphics('blocks', 'not an interactive terminal');
}
