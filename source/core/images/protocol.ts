/**
Which way this terminal can draw a picture, decided the way mature terminal
tools do: the environment names most terminals outright; for the rest the
terminal is asked (a kitty graphics query, the device attributes, the cell
size in pixels) and its replies read here. A terminal that answers neither
gets coloured half blocks, which every terminal draws.
*/

export const IMAGE_PROTOCOLS = ['kitty', 'iterm2', 'sixel', 'blocks', 'off'] as const;
export type ImageProtocol = typeof IMAGE_PROTOCOLS[number];

/**
The protocols that draw a picture over blank cells kept for it, sent apart
from the text; half blocks are the text itself, and `off` draws nothing.
*/
export const drawsOverCells = (protocol: ImageProtocol): boolean => protocol === 'kitty' || protocol === 'iterm2' || protocol === 'sixel';

type Env = Readonly<Record<string, string | undefined>>;

/** Each protocol as a person knows it. */
const protocolNames: Readonly<Record<ImageProtocol, string>> = {
	kitty: 'kitty graphics',
	iterm2: 'iTerm2 inline images',
	sixel: 'sixel',
	blocks: 'coloured half blocks',
	off: 'off, alt text only',
};

/** The line that says how this screen draws pictures, and why: "Images: sixel (the terminal's device attributes offer sixel)". */
export const describeImageProtocol = (protocol: ImageProtocol, reason: string, tmux: boolean): string =>
	`Images: ${protocolNames[protocol]}${tmux ? ' through tmux' : ''} (${reason})`;

/** The protocol the environment names, or undefined when only asking the terminal can tell. */
export function protocolFromEnvironment(env: Env): ImageProtocol | undefined {
	const term = env['TERM'] ?? '';
	const program = env['TERM_PROGRAM'] ?? '';
	if (env['KITTY_WINDOW_ID'] !== undefined || term === 'xterm-kitty' || term === 'xterm-ghostty' || program === 'ghostty') {
		return 'kitty';
	}

	// WezTerm speaks kitty's protocol too, but its iTerm2 images are the complete implementation.
	if (program === 'iTerm.app' || program === 'WezTerm' || env['LC_TERMINAL'] === 'iTerm2' || env['WEZTERM_EXECUTABLE'] !== undefined) {
		return 'iterm2';
	}

	if (term.startsWith('foot') || term.startsWith('mlterm')) {
		return 'sixel';
	}

	return undefined;
}

/** What the terminal said to the queries, as far as it got before the deadline. */
export type TerminalReplies = {
	/** It answered the kitty graphics query with OK. */
	readonly kitty: boolean;
	/** Its primary device attributes list 4: sixel graphics. */
	readonly sixel: boolean;
	/** The size of one cell in pixels (`CSI 16 t`), where it tells it. */
	readonly cell?: {readonly width: number; readonly height: number};
	/**
	The area a sixel picture may fill, in pixels (XTSMGRAPHICS): xterm's window,
	unless its largest picture is smaller. xterm does not answer `CSI 16 t` by
	default (window reports are off), so this is how its cell size is known.
	*/
	readonly sixelArea?: {readonly width: number; readonly height: number};
	/** The device attributes arrived: every terminal answers them, and last, so nothing more is coming. */
	readonly complete: boolean;
};

// The replies, also used to keep late ones from being read as keys.
export const KITTY_REPLY = /\u001B_Gi=31;([^\u001B]*)\u001B\\/;
export const DEVICE_ATTRIBUTES_REPLY = /\u001B\[\?([\d;]*)c/;
export const CELL_SIZE_REPLY = /\u001B\[6;(\d+);(\d+)t/;
export const SIXEL_AREA_REPLY = /\u001B\[\?2;0;(\d+);(\d+)S/;
/** Any of the replies, wherever they are in what was read. */
export const QUERY_REPLIES = new RegExp(`${KITTY_REPLY.source}|${DEVICE_ATTRIBUTES_REPLY.source}|${CELL_SIZE_REPLY.source}|${SIXEL_AREA_REPLY.source}`, 'g');

const positiveSize = (width: number, height: number): {width: number; height: number} | undefined =>
	(width > 0 && height > 0 ? {width, height} : undefined);

export function readReplies(input: string): TerminalReplies {
	const kitty = KITTY_REPLY.exec(input);
	const attributes = DEVICE_ATTRIBUTES_REPLY.exec(input);
	const cell = CELL_SIZE_REPLY.exec(input);
	const cellSize = cell ? positiveSize(Number(cell[2]), Number(cell[1])) : undefined;
	const area = SIXEL_AREA_REPLY.exec(input);
	const sixelArea = area ? positiveSize(Number(area[1]), Number(area[2])) : undefined;
	return {
		kitty: kitty?.[1] === 'OK',
		sixel: attributes?.[1]?.split(';').includes('4') ?? false,
		...(cellSize ? {cell: cellSize} : {}),
		...(sixelArea ? {sixelArea} : {}),
		complete: attributes !== null,
	};
}

/**
One cell's size in pixels: as the terminal says it, else the sixel area shared
among the screen's columns and rows. Where that area is capped below the
window's size, the cells come out smaller than they are, so a picture is drawn
smaller than the cells kept for it, never over the text below.
*/
export function cellSizeOf(replies: TerminalReplies, columns: number | undefined, rows: number | undefined): {width: number; height: number} | undefined {
	if (replies.cell) {
		return replies.cell;
	}

	const area = replies.sixelArea;
	return area && columns && rows ? positiveSize(Math.floor(area.width / columns), Math.floor(area.height / rows)) : undefined;
}

export function protocolFromReplies(replies: TerminalReplies): ImageProtocol {
	if (replies.kitty) {
		return 'kitty';
	}

	return replies.sixel ? 'sixel' : 'blocks';
}
