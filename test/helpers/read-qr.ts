/**
Reads a QR code drawn on a terminal screen, as a phone camera would: the
half-block cells become pixels (a cell is one module wide and two high, its
upper and lower halves light where `▀`, `▄` or `█` draws them), and a real
decoder reads the picture. A symbol drawn wrongly does not decode.
*/
import jsQRModule from 'jsqr';

// jsqr is CommonJS that also sets `default`; its types describe only the latter.
const jsQR = (jsQRModule as unknown as {default: typeof jsQRModule.default}).default;

/** Pixels per module side. */
const SCALE = 4;

/**
The QR cells in a frame: the first row that is a long run of `█` (the top of
the quiet zone), and as many rows under it as the symbol is wide, in half rows.
*/
export function qrCells(frame: string): string[] | undefined {
	const lines = frame.split('\n');
	const top = lines.findIndex(line => /█{21,}/.test(line));
	if (top === -1) {
		return undefined;
	}

	const run = /█{21,}/.exec(lines[top]!)!;
	const start = run.index;
	const width = run[0].length;
	const cells = lines.slice(top, top + Math.ceil(width / 2)).map(line => line.slice(start, start + width));
	return cells.every(row => /^[▀▄█ ]+$/.test(row) && row.length === width) ? cells : undefined;
}

/** The cells as an RGBA picture, light modules white, dark ones black. */
export function cellsToImage(cells: readonly string[]): {data: Uint8ClampedArray; width: number; height: number} {
	const columns = cells[0]?.length ?? 0;
	const width = columns * SCALE;
	const height = cells.length * 2 * SCALE;
	const data = new Uint8ClampedArray(width * height * 4);
	for (const [row, line] of cells.entries()) {
		for (const [column, cell] of [...line].entries()) {
			const halves = [cell === '▀' || cell === '█', cell === '▄' || cell === '█'];
			for (const [half, light] of halves.entries()) {
				for (let dy = 0; dy < SCALE; dy++) {
					for (let dx = 0; dx < SCALE; dx++) {
						const at = ((((((row * 2) + half) * SCALE) + dy) * width) + (column * SCALE) + dx) * 4;
						data.fill(light ? 255 : 0, at, at + 3);
						data[at + 3] = 255;
					}
				}
			}
		}
	}

	return {data, width, height};
}

/** The text of the QR code on a screen, or `undefined` when there is none a decoder can read. */
export function readQr(frame: string): string | undefined {
	const cells = qrCells(frame);
	if (!cells) {
		return undefined;
	}

	const {data, width, height} = cellsToImage(cells);
	// A camera reads dark on light; an inverted symbol would need a second try, which phones do not all make.
	return jsQR(data, width, height, {inversionAttempts: 'dontInvert'})?.data;
}
