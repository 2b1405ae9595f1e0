import xtermHeadless from '@xterm/headless';
import {PNG} from 'pngjs';
import {decode as decodeSixel} from 'sixel/lib/Decoder.js';
import {describe, expect, test} from 'vitest';
import {encodeIterm2} from '../../source/core/images/encode-iterm2.js';
import {KITTY_QUERY, kittyDelete, kittyPlace, kittyTransmit} from '../../source/core/images/encode-kitty.js';
import {encodeSixel} from '../../source/core/images/encode-sixel.js';
import {halfBlocks, xterm256} from '../../source/core/images/half-blocks.js';
import {tmuxPassthrough} from '../../source/core/images/passthrough.js';
import type {DecodedImage} from '../../source/core/images/types.js';

const {Terminal} = xtermHeadless;

/** Pixels from a function of their place. */
const picture = (width: number, height: number, color: (x: number, y: number) => readonly [number, number, number, number]): DecodedImage => {
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			data.set(color(x, y), ((y * width) + x) * 4);
		}
	}

	return {width, height, data};
};

const red = [255, 0, 0, 255] as const;
const blue = [0, 0, 255, 255] as const;
/** Left half red, right half blue. */
const split = (width: number, height: number) => picture(width, height, x => x < width / 2 ? red : blue);

// The documented framing: ESC _ G <keys> [; <base64>] ESC \
const apcPattern = /^\u001B_G([a-zA-Z]=[^,;\u001B]+(?:,[a-zA-Z]=[^,;\u001B]+)*)(?:;([A-Za-z0-9+/=]*))?\u001B\\$/;

const keysOf = (chunk: string): Map<string, string> => {
	const match = apcPattern.exec(chunk);
	expect(match, JSON.stringify(chunk.slice(0, 80))).not.toBeNull();
	return new Map(match![1]!.split(',').map(pair => pair.split('=') as [string, string]));
};

describe('kitty graphics', () => {
	test('a 1×1 image is one chunk, byte for byte', () => {
		expect(kittyTransmit(picture(1, 1, () => [1, 2, 3, 255]), 7)).toEqual(['\u001B_Ga=t,f=32,s=1,v=1,i=7,q=2,m=0;AQID/w==\u001B\\']);
		expect(kittyPlace(7, 20, 10)).toBe('\u001B_Ga=p,i=7,p=1,c=20,r=10,C=1,q=2\u001B\\');
		expect(kittyDelete(7, false)).toBe('\u001B_Ga=d,d=i,i=7,q=2\u001B\\');
		expect(kittyDelete(7, true)).toBe('\u001B_Ga=d,d=I,i=7,q=2\u001B\\');
		expect(KITTY_QUERY).toBe('\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\');
	});

	test('a large image goes in chunks of at most 4096 base64 bytes, keys on the first only, m=1 on all but the last', () => {
		const image = split(100, 40); // 16,000 bytes, 21,336 base64 bytes: 6 chunks
		const chunks = kittyTransmit(image, 3);
		expect(chunks).toHaveLength(6);
		const first = keysOf(chunks[0]!);
		expect(Object.fromEntries(first)).toEqual({a: 't', f: '32', s: '100', v: '40', i: '3', q: '2', m: '1'});
		let base64 = '';
		for (const [index, chunk] of chunks.entries()) {
			const keys = keysOf(chunk);
			expect(keys.get('m')).toBe(index === chunks.length - 1 ? '0' : '1');
			if (index > 0) {
				expect([...keys.keys()].sort()).toEqual(['m', 'q']);
			}

			const payload = apcPattern.exec(chunk)![2]!;
			expect(payload.length).toBeLessThanOrEqual(4096);
			// Every chunk but the last is a whole number of base64 quads.
			if (index < chunks.length - 1) {
				expect(payload.length % 4).toBe(0);
			}

			base64 += payload;
		}

		expect(new Uint8Array(Buffer.from(base64, 'base64'))).toEqual(image.data);
	});

	test('under tmux each sequence is wrapped whole, its ESCs doubled', () => {
		expect(tmuxPassthrough(kittyPlace(1, 2, 3))).toBe('\u001BPtmux;\u001B\u001B_Ga=p,i=1,p=1,c=2,r=3,C=1,q=2\u001B\u001B\\\u001B\\');
	});
});

describe('iTerm2 inline images', () => {
	test('OSC 1337 File= with the cell size, no aspect ratio kept, a base64 PNG of the pixels, ended by BEL', () => {
		const image = split(8, 4);
		const sequence = encodeIterm2(image, 12, 3);
		const match = /^\u001B\]1337;File=inline=1;width=12;height=3;preserveAspectRatio=0:([A-Za-z0-9+/=]+)\u0007$/.exec(sequence);
		expect(match).not.toBeNull();
		const png = PNG.sync.read(Buffer.from(match![1]!, 'base64'));
		expect([png.width, png.height]).toEqual([8, 4]);
		expect(new Uint8Array(png.data)).toEqual(image.data);
	});
});

describe('sixel', () => {
	test('decodes back to the same colours in the same places', () => {
		const image = split(20, 12);
		const sequence = encodeSixel(image);
		expect(sequence.startsWith('\u001BP')).toBe(true);
		expect(sequence.endsWith('\u001B\\')).toBe(true);
		const body = sequence.slice(sequence.indexOf('q') + 1, -2);
		expect(sequence.slice(0, 8)).toBe('\u001BP0;1;0q');
		const decoded = decodeSixel(body);
		expect([decoded.width, decoded.height]).toEqual([20, 12]);
		const at = (x: number, y: number) => [...decoded.data32.subarray((y * decoded.width) + x, (y * decoded.width) + x + 1)][0]!;
		// data32 is ABGR on a little-endian machine.
		expect(at(2, 2) & 0xFF_FF_FF).toBe(0x00_00_FF);
		expect(at(17, 9) & 0xFF_FF_FF).toBe(0xFF_00_00);
	});

	test('a picture of more than 256 colours is mapped onto a colour cube, each pixel near its own colour', () => {
		const image = picture(64, 64, (x, y) => [x * 4, y * 4, 128, 255]);
		const decoded = decodeSixel(encodeSixel(image).slice(8, -2));
		expect(decoded.height).toBe(64);
		expect(decoded.width).toBe(64);
		for (const [x, y] of [[0, 0], [63, 0], [10, 50], [63, 63]] as const) {
			const abgr = decoded.data32[(y * 64) + x]!;
			expect(Math.abs((abgr & 0xFF) - (x * 4))).toBeLessThanOrEqual(26);
			expect(Math.abs(((abgr >> 8) & 0xFF) - (y * 4))).toBeLessThanOrEqual(22);
		}
	});
});

describe('half blocks', () => {
	test('each cell shows its upper pixel as the foreground and the lower as the background', async () => {
		// 4×4 pixels: top row of cells red over blue, bottom row blue over red.
		const image = picture(4, 4, (_x, y) => y % 2 === 0 ? (y < 2 ? red : blue) : (y < 2 ? blue : red));
		const lines = halfBlocks(image, 3);
		expect(lines).toHaveLength(2);
		const terminal = new Terminal({cols: 10, rows: 4, allowProposedApi: true});
		await new Promise<void>(resolve => {
			terminal.write(lines.join('\r\n'), resolve);
		});
		const buffer = terminal.buffer.active;
		for (const [row, upper, lower] of [[0, 0xFF_00_00, 0x00_00_FF], [1, 0x00_00_FF, 0xFF_00_00]] as const) {
			for (let x = 0; x < 4; x++) {
				const cell = buffer.getLine(row)!.getCell(x)!;
				expect(cell.getChars()).toBe('▀');
				expect(cell.isFgRGB() && cell.getFgColor()).toBe(upper);
				expect(cell.isBgRGB() && cell.getBgColor()).toBe(lower);
			}

			// The colours end with the picture.
			expect(buffer.getLine(row)!.getCell(4)!.isBgDefault()).toBe(true);
		}
	});

	test('in 256 colours, the nearest palette entries', () => {
		const [line] = halfBlocks(picture(1, 2, (_x, y) => y === 0 ? red : blue), 2);
		expect(line).toBe(`\u001B[38;5;${xterm256([255, 0, 0])};48;5;${xterm256([0, 0, 255])}m▀\u001B[0m`);
		expect(xterm256([255, 0, 0])).toBe(196);
		expect(xterm256([0, 0, 255])).toBe(21);
		expect(xterm256([128, 128, 128])).toBe(244);
	});

	test('a run of cells of the same colours is one escape, then the glyphs', () => {
		const [line] = halfBlocks(picture(4, 2, (x, y) => (x < 3 ? (y === 0 ? red : blue) : [0, 0, 0, 0])), 3);
		expect(line).toBe('\u001B[38;2;255;0;0;48;2;0;0;255m▀▀▀\u001B[0m \u001B[0m');
	});

	test('transparent pixels leave the terminal\'s background', () => {
		const [line] = halfBlocks(picture(2, 2, (x, y) => x === 0 || y === 1 ? [0, 0, 0, 0] : red), 3);
		expect(line).toBe('\u001B[0m \u001B[49;38;2;255;0;0m▀\u001B[0m');
	});
});
