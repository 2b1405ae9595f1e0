/**
A small built-in font of large block letters for title slides. Each glyph is
a 5-row bitmap drawn with half blocks (▀ ▄ █), two bitmap rows to a text row,
so a letter is 3 rows high. Upper case only: lower case is drawn as upper.
*/
import {maxOf} from '../text/arrays.js';

type Bitmap = readonly string[];

const glyphs: Readonly<Record<string, Bitmap>> = {
	A: ['.#.', '#.#', '###', '#.#', '#.#'],
	B: ['##.', '#.#', '##.', '#.#', '##.'],
	C: ['.##', '#..', '#..', '#..', '.##'],
	D: ['##.', '#.#', '#.#', '#.#', '##.'],
	E: ['###', '#..', '##.', '#..', '###'],
	F: ['###', '#..', '##.', '#..', '#..'],
	G: ['.##', '#..', '#.#', '#.#', '.##'],
	H: ['#.#', '#.#', '###', '#.#', '#.#'],
	I: ['###', '.#.', '.#.', '.#.', '###'],
	J: ['..#', '..#', '..#', '#.#', '.#.'],
	K: ['#.#', '#.#', '##.', '#.#', '#.#'],
	L: ['#..', '#..', '#..', '#..', '###'],
	M: ['#...#', '##.##', '#.#.#', '#...#', '#...#'],
	N: ['#..#', '##.#', '#.##', '#..#', '#..#'],
	O: ['.#.', '#.#', '#.#', '#.#', '.#.'],
	P: ['##.', '#.#', '##.', '#..', '#..'],
	Q: ['.#.', '#.#', '#.#', '##.', '.##'],
	R: ['##.', '#.#', '##.', '#.#', '#.#'],
	S: ['.##', '#..', '.#.', '..#', '##.'],
	T: ['###', '.#.', '.#.', '.#.', '.#.'],
	U: ['#.#', '#.#', '#.#', '#.#', '###'],
	V: ['#.#', '#.#', '#.#', '#.#', '.#.'],
	W: ['#...#', '#...#', '#.#.#', '##.##', '#...#'],
	X: ['#.#', '#.#', '.#.', '#.#', '#.#'],
	Y: ['#.#', '#.#', '.#.', '.#.', '.#.'],
	Z: ['###', '..#', '.#.', '#..', '###'],
	0: ['###', '#.#', '#.#', '#.#', '###'],
	1: ['.#.', '##.', '.#.', '.#.', '###'],
	2: ['##.', '..#', '.#.', '#..', '###'],
	3: ['##.', '..#', '.#.', '..#', '##.'],
	4: ['#.#', '#.#', '###', '..#', '..#'],
	5: ['###', '#..', '##.', '..#', '##.'],
	6: ['.##', '#..', '###', '#.#', '###'],
	7: ['###', '..#', '.#.', '.#.', '.#.'],
	8: ['###', '#.#', '###', '#.#', '###'],
	9: ['###', '#.#', '###', '..#', '##.'],
	' ': ['.', '.', '.', '.', '.'],
	'.': ['.', '.', '.', '.', '#'],
	',': ['..', '..', '..', '.#', '#.'],
	'!': ['#', '#', '#', '.', '#'],
	'?': ['##.', '..#', '.#.', '...', '.#.'],
	'-': ['...', '...', '###', '...', '...'],
	':': ['.', '#', '.', '#', '.'],
	';': ['..', '.#', '..', '.#', '#.'],
	'\'': ['#', '#', '.', '.', '.'],
	'"': ['#.#', '#.#', '...', '...', '...'],
	'/': ['..#', '..#', '.#.', '#..', '#..'],
	'+': ['...', '.#.', '###', '.#.', '...'],
	'=': ['...', '###', '...', '###', '...'],
	_: ['...', '...', '...', '...', '###'],
	'(': ['.#', '#.', '#.', '#.', '.#'],
	')': ['#.', '.#', '.#', '.#', '#.'],
	'%': ['#.#', '..#', '.#.', '#..', '#.#'],
};

// Typographic forms a title is likely to use, drawn with the nearest glyph.
const lookalikes: Readonly<Record<string, string>> = {
	'’': '\'', '‘': '\'', '“': '"', '”': '"', '–': '-', '—': '-', '…': '.',
};

const BLOCK_LETTER_HEIGHT = 3;

const glyphFor = (character: string): Bitmap | undefined => {
	const upper = character.toUpperCase();
	return glyphs[upper] ?? glyphs[lookalikes[character] ?? ''];
};

/** Whether every character of the text has a block-letter glyph. */
export function canDrawBlockLetters(text: string): boolean {
	return [...text].every(character => glyphFor(character) !== undefined);
}

const cell = (top: boolean, bottom: boolean): string => {
	if (top) {
		return bottom ? '█' : '▀';
	}

	return bottom ? '▄' : ' ';
};

/**
Draws the text as 3 rows of block letters, one column between letters, or
returns `undefined` when a character has no glyph. Rows are right-trimmed.
*/
export function drawBlockLetters(text: string): string[] | undefined {
	const bitmaps = [...text].map(glyphFor);
	if (bitmaps.some(bitmap => bitmap === undefined)) {
		return undefined;
	}

	const pixelRows = Array.from({length: 5}, (_, row) => bitmaps.map(bitmap => bitmap![row]!).join('.'));
	return Array.from({length: BLOCK_LETTER_HEIGHT}, (_, textRow) => {
		const top = pixelRows[textRow * 2] ?? '';
		const bottom = pixelRows[(textRow * 2) + 1] ?? '';
		return [...top].map((pixel, column) => cell(pixel === '#', bottom[column] === '#')).join('').trimEnd();
	});
}

/**
Draws the title in block letters, its words wrapped over several block lines
to fit `width`. Each block line is 3 text rows; drawn one under another with a
blank row between them, they take `blockTitleRows(lines)` rows. `undefined`
when a character has no glyph, a word is wider than the width, or more than
`maxRows` rows would be needed.
*/
export function blockTitle(title: string, width: number, maxRows: number): string[][] | undefined {
	const words = title.trim().split(/\s+/).filter(word => word !== '');
	if (words.length === 0 || !canDrawBlockLetters(words.join(' '))) {
		return undefined;
	}

	// Rows are made of one-column cells (see `cell`), so length is width;
	// string-width on a row of thousands of block characters took seconds.
	const measure = (text: string): number => maxOf(drawBlockLetters(text)!.map(row => row.length));
	const texts: string[] = [];
	for (const word of words) {
		// Every letter is at least one column and a gap: no need to draw a word that cannot fit.
		if ((word.length * 2) - 1 > width || measure(word) > width) {
			return undefined;
		}

		const last = texts.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= width) {
			texts[texts.length - 1] = `${last} ${word}`;
		} else {
			texts.push(word);
		}
	}

	const lines = texts.map(text => drawBlockLetters(text)!);
	return blockTitleRows(lines) <= maxRows ? lines : undefined;
}

function blockTitleRows(lines: readonly string[][]): number {
	return lines.length === 0 ? 0 : (lines.length * (BLOCK_LETTER_HEIGHT + 1)) - 1;
}
