/**
Sixel (xterm -ti vt340, foot, mlterm, WezTerm, Windows Terminal): the
picture in at most 256 colour registers (what an xterm offers with
`numColorRegisters: 256`), written six pixel rows at a time by the `sixel`
package's encoder.

The palette is chosen here, not by the package's quantiser: that one merged a
picture of two pure colours into a single purple register, and dithers into
the caller's pixels. A picture of at most 256 colours (a diagram, a logo, a
screenshot) keeps them exactly; a photo is mapped onto a 6×7×6 colour cube,
which is fast and never far off at terminal sizes. Transparent pixels are
drawn black, as the encoder paints every pixel.
*/
import {sixelEncodeIndexed} from 'sixel/lib/SixelEncoder.js';
import type {DecodedImage} from './types.js';

const REGISTERS = 256;
// Levels per channel of the cube: 6 × 7 × 6 = 252 registers, green finest as the eye is.
const LEVELS = [6, 7, 6] as const;

type Palette = {readonly colors: Array<[number, number, number]>; readonly indices: Uint16Array};

const opaque = (data: Uint8Array, index: number, channel: number): number => data[index + 3]! < 128 ? 0 : data[index + channel]!;

function exactPalette(image: DecodedImage): Palette | undefined {
	const registerOf = new Map<number, number>();
	const colors: Array<[number, number, number]> = [];
	const indices = new Uint16Array(image.width * image.height);
	for (let pixel = 0; pixel < indices.length; pixel++) {
		const index = pixel * 4;
		const rgb: [number, number, number] = [opaque(image.data, index, 0), opaque(image.data, index, 1), opaque(image.data, index, 2)];
		const key = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
		let register = registerOf.get(key);
		if (register === undefined) {
			if (colors.length === REGISTERS) {
				return undefined;
			}

			register = colors.length;
			registerOf.set(key, register);
			colors.push(rgb);
		}

		indices[pixel] = register;
	}

	return {colors, indices};
}

function cubePalette(image: DecodedImage): Palette {
	const colors: Array<[number, number, number]> = [];
	const level = (step: number, levels: number) => Math.round(step * 255 / (levels - 1));
	for (let red = 0; red < LEVELS[0]; red++) {
		for (let green = 0; green < LEVELS[1]; green++) {
			for (let blue = 0; blue < LEVELS[2]; blue++) {
				colors.push([level(red, LEVELS[0]), level(green, LEVELS[1]), level(blue, LEVELS[2])]);
			}
		}
	}

	const step = (value: number, levels: number) => Math.round(value * (levels - 1) / 255);
	const indices = new Uint16Array(image.width * image.height);
	for (let pixel = 0; pixel < indices.length; pixel++) {
		const index = pixel * 4;
		indices[pixel] = (((step(opaque(image.data, index, 0), LEVELS[0]) * LEVELS[1]) + step(opaque(image.data, index, 1), LEVELS[1])) * LEVELS[2]) + step(opaque(image.data, index, 2), LEVELS[2]);
	}

	return {colors, indices};
}

export function encodeSixel(image: DecodedImage): string {
	const {colors, indices} = exactPalette(image) ?? cubePalette(image);
	// P2 = 1: pixels left at 0 keep the background; raster attributes give the size up front.
	return `\u001BP0;1;0q${sixelEncodeIndexed(indices, image.width, image.height, colors)}\u001B\\`;
}
