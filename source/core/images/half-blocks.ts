/**
A picture as text: each cell an upper half block `▀` whose foreground is the
upper pixel and whose background the lower one, so `cols × rows` cells show
`cols × 2·rows` pixels. Every terminal draws it, in truecolor where it has it,
else in the 256-colour palette. Each line ends with the colours reset, so it
can be laid out like any other line of text.
*/
import type {DecodedImage} from './types.js';

const UPPER_HALF = '\u2580';
const LOWER_HALF = '\u2584';
const RESET = '\u001B[0m';

/** Which colours the terminal takes: 3 for 24-bit, else 256 (the app's colour levels). */
export type ColorDepth = 2 | 3;

type Rgb = readonly [number, number, number];

const cubeLevels = [0, 95, 135, 175, 215, 255];

const nearestLevel = (value: number): number => {
	let best = 0;
	for (let index = 1; index < cubeLevels.length; index++) {
		if (Math.abs(cubeLevels[index]! - value) < Math.abs(cubeLevels[best]! - value)) {
			best = index;
		}
	}

	return best;
};

const distance = (a: Rgb, b: Rgb): number => ((a[0] - b[0]) ** 2) + ((a[1] - b[1]) ** 2) + ((a[2] - b[2]) ** 2);

/** The nearest of the 256-colour palette's 6×6×6 cube and 24 greys. */
export function xterm256([red, green, blue]: Rgb): number {
	const [r, g, b] = [nearestLevel(red), nearestLevel(green), nearestLevel(blue)];
	const cube = 16 + (36 * r) + (6 * g) + b;
	const cubeColor: Rgb = [cubeLevels[r]!, cubeLevels[g]!, cubeLevels[b]!];
	const greyIndex = Math.min(23, Math.max(0, Math.round((((red + green + blue) / 3) - 8) / 10)));
	const grey = 8 + (greyIndex * 10);
	return distance([grey, grey, grey], [red, green, blue]) < distance(cubeColor, [red, green, blue]) ? 232 + greyIndex : cube;
}

const colorCode = (rgb: Rgb, depth: ColorDepth, ground: 38 | 48): string => depth === 3 ? `${ground};2;${rgb[0]};${rgb[1]};${rgb[2]}` : `${ground};5;${xterm256(rgb)}`;

/** `image` must already be `cols × 2·rows` pixels; one string per row of cells. */
export function halfBlocks(image: DecodedImage, depth: ColorDepth): string[] {
	const lines: string[] = [];
	const pixel = (x: number, y: number): Rgb | undefined => {
		if (y >= image.height) {
			return undefined;
		}

		const index = ((y * image.width) + x) * 4;
		// Mostly transparent pixels show the terminal's own background.
		return image.data[index + 3]! < 128 ? undefined : [image.data[index]!, image.data[index + 1]!, image.data[index + 2]!];
	};

	for (let y = 0; y < image.height; y += 2) {
		let line = '';
		// A cell of the same colours as the one before it is its glyph alone: a flat diagram or logo is a few
		// escapes a line, not one a cell, which is less for the terminal to read and for each frame to lay out.
		let colours = '';
		const cell = (sgr: string, glyph: string): void => {
			line += sgr === colours ? glyph : sgr + glyph;
			colours = sgr;
		};

		for (let x = 0; x < image.width; x++) {
			const upper = pixel(x, y);
			const lower = pixel(x, y + 1);
			if (upper && lower) {
				cell(`\u001B[${colorCode(upper, depth, 38)};${colorCode(lower, depth, 48)}m`, UPPER_HALF);
			} else if (upper) {
				cell(`\u001B[49;${colorCode(upper, depth, 38)}m`, UPPER_HALF);
			} else if (lower) {
				cell(`\u001B[49;${colorCode(lower, depth, 38)}m`, LOWER_HALF);
			} else {
				cell(RESET, ' ');
			}
		}

		lines.push(line + RESET);
	}

	return lines;
}
