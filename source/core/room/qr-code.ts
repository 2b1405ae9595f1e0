/**
The join code's QR symbol as terminal cells: each cell is two modules, one
above the other, drawn with half blocks (`▀▄█` and spaces). The light modules
are the ones drawn, so the symbol is dark on light with its foreground light
and its background dark, the way a phone camera expects; the quiet zone
around it is light too.
*/
/** The four modules of light margin the standard asks for: without it a camera finds no edge. */
export const QUIET_ZONE = 4;

/**
Error correction, most preferred first: M (15 % of the symbol may be lost)
reads across a room through glare and a projector's blur; L (7 %) only when
M does not fit, as a smaller symbol is better than none.
*/
const LEVELS = ['M', 'L'] as const;

export type QrLevel = (typeof LEVELS)[number];

export type QrSymbol = {
	/** Modules per side, without the quiet zone. */
	readonly size: number;
	readonly level: QrLevel;
	readonly version: number;
	readonly dark: (x: number, y: number) => boolean;
};

/** Makes the symbol of a text at a level: qr-encoder.ts's `encodeQr`, loaded only when the room is served. */
export type QrEncoder = (text: string, level: QrLevel) => QrSymbol;

export type QrCells = {
	readonly rows: readonly string[];
	/** Columns, with the quiet zone. */
	readonly width: number;
	readonly level: QrLevel;
};

/** Cell rows of a symbol with its quiet zone: one column and half a row per module. */
export function qrHalfBlocks(symbol: QrSymbol): QrCells {
	const side = symbol.size + (2 * QUIET_ZONE);
	const light = (x: number, y: number): boolean => !symbol.dark(x - QUIET_ZONE, y - QUIET_ZONE);
	const rows: string[] = [];
	for (let y = 0; y < side; y += 2) {
		let row = '';
		for (let x = 0; x < side; x++) {
			// An odd side leaves the last row's lower half outside the symbol: quiet zone, light.
			const upper = light(x, y);
			const lower = y + 1 >= side || light(x, y + 1);
			row += upper ? (lower ? '█' : '▀') : (lower ? '▄' : ' ');
		}

		rows.push(row);
	}

	return {rows, width: side, level: symbol.level};
}

/** The symbols of `text` at each level, most robust first: encoded once, so a screen that is drawn again only chooses among them. */
export function qrChoices(encode: QrEncoder, text: string): readonly QrCells[] {
	return LEVELS.map(level => qrHalfBlocks(encode(text, level)));
}

/** The most robust of `choices` (from `qrChoices`) that fits `columns` × `rows` cells, or `undefined` when none does. */
export function fittingQr(choices: readonly QrCells[], columns: number, rows: number): QrCells | undefined {
	return choices.find(cells => cells.width <= columns && cells.rows.length <= rows);
}
