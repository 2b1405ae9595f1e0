/**
Pictures drawn with sixel, iTerm2 or kitty sequences live outside the text
Ink draws, and Ink redraws its whole frame on every render (the footer's
clock renders every second): every line erased and written again, which
wipes a sixel or iTerm2 picture.

So the stream Ink writes to takes each frame apart and writes only the lines
that changed since the last one, each at its own row. A picture is drawn
again only when a line it covers was written (or it is new, or moved): a
clock tick rewrites the footer's line and nothing else, and sends no
picture. kitty keeps its pictures above the text, so they are only placed
when they appear and taken away when they go.

Only used while a deck's pictures are drawn by one of those protocols; every
other screen keeps Ink's own writes.
*/

/** A picture on screen: its top-left cell (0-based) and the cells it covers. */
export type Placement = {
	/** Same key at the same cell: the same picture, not drawn again unless its cells were written. */
	readonly key: string;
	readonly row: number;
	readonly col: number;
	readonly rows: number;
	readonly cols: number;
	/** The sequence that draws it at the cursor; undefined while it is still being decoded. */
	readonly draw: () => string | undefined;
	/** kitty: the sequence that takes it away. Others are taken away by writing their lines again. */
	readonly erase?: () => string;
};

export type FrameStats = {
	/** Frames Ink wrote. */
	frames: number;
	/** Bytes written for them, pictures included. */
	bytes: number;
	/** Bytes of picture sequences among them. */
	imageBytes: number;
	/** Pictures drawn. */
	imagesDrawn: number;
};

export type ImageFrames = {
	/** The stream to give Ink. */
	readonly stream: NodeJS.WriteStream;
	/** Draws pictures not yet on screen: one just mounted, or just decoded. */
	readonly refresh: () => void;
	/** The screen was cleared (resized, or taken back after Ctrl+Z): the next frame draws everything. */
	readonly reset: () => void;
	readonly stats: FrameStats;
};

const CLEAR_TERMINAL = '\u001B[2J\u001B[3J\u001B[H';
const ERASE_LINES = /^(?:\u001B\[2K\u001B\[1A)*\u001B\[2K\u001B\[G/;
const ESCAPES = /\u001B(?:\[[\d;?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[78])/g;
const SAVE_CURSOR = '\u001B7';
const RESTORE_CURSOR = '\u001B8';

const moveTo = (row: number, col: number) => `\u001B[${row + 1};${col + 1}H`;

/** The frame in one of Ink's writes, or undefined for a write that is not one (hiding the cursor, say). */
export function frameOf(chunk: string): string | undefined {
	if (chunk.startsWith(CLEAR_TERMINAL)) {
		return chunk.slice(CLEAR_TERMINAL.length);
	}

	const erase = ERASE_LINES.exec(chunk);
	if (erase) {
		return chunk.slice(erase[0].length);
	}

	// The first frame has nothing to erase before it.
	return chunk.replaceAll(ESCAPES, '') === '' ? undefined : chunk;
}

export function imageFrames(target: NodeJS.WriteStream, placements: () => readonly Placement[]): ImageFrames {
	let previous: string[] | undefined;
	// What is on screen now, by key, where it was drawn.
	let drawn = new Map<string, Placement>();
	const stats: FrameStats = {frames: 0, bytes: 0, imageBytes: 0, imagesDrawn: 0};

	const samePlace = (a: Placement | undefined, b: Placement): boolean => a !== undefined && a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

	const drawPicture = (placement: Placement): string => {
		const sequence = placement.draw();
		if (sequence === undefined) {
			return '';
		}

		stats.imageBytes += sequence.length;
		stats.imagesDrawn++;
		drawn.set(placement.key, placement);
		return SAVE_CURSOR + moveTo(placement.row, placement.col) + sequence + RESTORE_CURSOR;
	};

	/** The pictures after the lines in `written` were written: those gone taken away, those new or written over drawn. */
	const pictures = (written: Set<number>, lines: readonly string[]): string => {
		let out = '';
		const current = placements();
		const keys = new Set(current.map(placement => placement.key));
		for (const [key, placement] of drawn) {
			const moved = !keys.has(key) || !samePlace(placement, current.find(other => other.key === key)!);
			if (!moved) {
				continue;
			}

			drawn.delete(key);
			if (placement.erase) {
				out += placement.erase();
				continue;
			}

			// Text cells written again wipe what was drawn over them.
			for (let row = placement.row; row < placement.row + placement.rows; row++) {
				if (!written.has(row)) {
					written.add(row);
					out += moveTo(row, 0) + '\u001B[0m\u001B[2K' + (lines[row] ?? '');
				}
			}
		}

		for (const placement of current) {
			const covered = placement.erase === undefined && Array.from({length: placement.rows}, (_, index) => placement.row + index).some(row => written.has(row));
			if (!samePlace(drawn.get(placement.key), placement) || covered) {
				out += drawPicture(placement);
			}
		}

		return out;
	};

	const writeFrame = (frame: string, rest: unknown[]): boolean => {
		const lines = frame.split('\n');
		let out = previous === undefined ? '\u001B[0m\u001B[2J' : '';
		const written = new Set<number>();
		const rowCount = Math.max(lines.length, previous?.length ?? 0);
		for (let row = 0; row < rowCount; row++) {
			if (previous === undefined || previous[row] !== lines[row]) {
				written.add(row);
				out += moveTo(row, 0) + '\u001B[0m\u001B[2K' + (lines[row] ?? '');
			}
		}

		if (previous === undefined) {
			drawn = new Map();
		}

		out += pictures(written, lines);
		// Where Ink left the cursor: on its last line.
		out += moveTo(lines.length - 1, 0);
		previous = lines;
		stats.frames++;
		stats.bytes += out.length;
		return (target.write as (...parameters: unknown[]) => boolean)(out, ...rest);
	};

	const stream = new Proxy(target, {
		get(object, property) {
			if (property === 'write') {
				return (chunk: unknown, ...rest: unknown[]) => {
					const frame = typeof chunk === 'string' ? frameOf(chunk) : undefined;
					return frame === undefined ? (object.write as (...parameters: unknown[]) => boolean)(chunk, ...rest) : writeFrame(frame, rest);
				};
			}

			const value: unknown = Reflect.get(object, property, object);
			return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown).bind(object) : value;
		},
	});

	return {
		stream,
		refresh() {
			if (previous === undefined) {
				return;
			}

			const out = pictures(new Set(), previous);
			if (out !== '') {
				stats.bytes += out.length;
				target.write(out);
			}
		},
		reset() {
			previous = undefined;
		},
		stats,
	};
}
