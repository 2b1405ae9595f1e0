import {Buffer} from 'node:buffer';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {decodeImage, readImageHeader} from '../../source/io/images/read-image.js';
import {openImageSource} from '../../source/io/images/image-source.js';
import {scaleImage} from '../../source/core/images/scale.js';

let root: string;
let deckDir: string;

const crc32 = (bytes: Buffer): number => zlib.crc32(bytes);
const chunk = (type: string, data: Buffer): Buffer => {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body) >>> 0);
	return Buffer.concat([length, body, crc]);
};

/** A PNG whose header claims `width` × `height`, with one tiny data chunk. */
const pngClaiming = (width: number, height: number): Buffer => {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
};

const redPng = (width: number, height: number): Buffer => {
	const png = new PNG({width, height});
	for (let index = 0; index < width * height; index++) {
		png.data.set([255, 0, 0, 255], index * 4);
	}

	return PNG.sync.write(png);
};

/** A GIF of a few bytes whose logical screen is 65,535 × 65,535. */
const gifBomb = (): Buffer => Buffer.concat([
	Buffer.from('GIF89a', 'latin1'),
	Buffer.from([0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00]),
	Buffer.from([0x2C, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x02, 0x02, 0x4C, 0x01, 0x00, 0x3B]),
]);

beforeAll(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'images-'));
	deckDir = path.join(root, 'deck');
	fs.mkdirSync(deckDir);
	fs.writeFileSync(path.join(deckDir, 'red.png'), redPng(8, 4));
	fs.writeFileSync(path.join(deckDir, 'huge.png'), pngClaiming(100_000, 100_000));
	const whole = redPng(64, 64);
	fs.writeFileSync(path.join(deckDir, 'cut.png'), whole.subarray(0, whole.length - 40));
	fs.writeFileSync(path.join(deckDir, 'bomb.gif'), gifBomb());
	fs.writeFileSync(path.join(root, 'outside.png'), redPng(2, 2));
	fs.symlinkSync('/dev/zero', path.join(deckDir, 'zero.png'));
	fs.symlinkSync(path.join(root, 'outside.png'), path.join(deckDir, 'link-out.png'));
	fs.writeFileSync(path.join(deckDir, 'evil\u001B]0;x\u0007.png'), 'not an image');
	execFileSync('mkfifo', [path.join(deckDir, 'pipe.png')]);
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

describe('reading images safely', () => {
	it('reads a PNG\'s size and pixels', async () => {
		expect(await readImageHeader(deckDir, 'red.png')).toMatchObject({ok: true, width: 8, height: 4, format: 'png'});
		const decoded = await decodeImage(deckDir, 'red.png');
		expect(decoded.ok && [decoded.image.width, decoded.image.height, [...decoded.image.data.subarray(0, 4)]]).toEqual([8, 4, [255, 0, 0, 255]]);
	});

	it.each([
		['a PNG claiming 100,000 × 100,000 pixels', 'huge.png', /100,000 × 100,000 pixels, more than the 40 megapixels/],
		['a GIF whose screen is 65,535 × 65,535', 'bomb.gif', /65,535 × 65,535 pixels/],
		['a symbolic link to /dev/zero', 'zero.png', /outside the deck's folder/],
		['a link out of the deck\'s folder', 'link-out.png', /outside the deck's folder/],
		['a ../ path', '../outside.png', /outside the deck's folder/],
		['a FIFO', 'pipe.png', /named pipe/],
		['a missing file', 'gone.png', /was not found/],
		['a URL', 'https://example.com/a.png', /never fetched/],
		['a file that is no image', 'evil\u001B]0;x\u0007.png', /not an image/],
	])('refuses %s with a reason, before decoding', async (_, src, reason) => {
		const started = process.hrtime.bigint();
		const before = process.memoryUsage().rss;
		const result = await decodeImage(deckDir, src);
		expect(result).toMatchObject({ok: false, problem: expect.stringMatching(reason)});
		expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
		expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
	});

	it('says a truncated PNG is broken, past its header', async () => {
		expect(await readImageHeader(deckDir, 'cut.png')).toMatchObject({ok: true});
		expect(await decodeImage(deckDir, 'cut.png')).toEqual({ok: false, problem: 'is broken or cut short: its PNG data cannot be decoded'});
	});

	it('opens a deck\'s images: sizes for the good, reasons for the rest, pixels cached', async () => {
		const source = await openImageSource(deckDir, ['red.png', 'huge.png']);
		expect(source.sizes.get('red.png')).toEqual({width: 8, height: 4});
		expect(source.problems.get('huge.png')).toMatch(/megapixels/);
		const first = await source.decode('red.png');
		expect(await source.decode('red.png')).toBe(first);
		const half = await source.scaled('red.png', 4, 2);
		expect(half.ok && [half.image.width, half.image.height]).toEqual([4, 2]);
		expect(await source.scaled('red.png', 4, 2)).toBe(half);
	});

	it('says when an image is found broken past its header: its size goes, in a new map', async () => {
		const source = await openImageSource(deckDir, ['red.png', 'cut.png']);
		const before = source.sizes;
		expect(before.has('cut.png')).toBe(true);
		let told = 0;
		source.onChange(() => {
			told++;
		});
		expect(await source.decode('cut.png')).toMatchObject({ok: false});
		expect(told).toBe(1);
		expect(source.sizes).not.toBe(before);
		expect([...source.sizes.keys()]).toEqual(['red.png']);
		expect(source.problems.get('cut.png')).toMatch(/cut short/);
	});

	it('opened again with the one before, keeps the pixels of a file not changed and decodes a changed one afresh', async () => {
		fs.writeFileSync(path.join(deckDir, 'changing.png'), redPng(4, 4));
		const first = await openImageSource(deckDir, ['red.png', 'changing.png']);
		const red = await first.decode('red.png');
		const changing = await first.decode('changing.png');
		fs.writeFileSync(path.join(deckDir, 'changing.png'), redPng(6, 3));
		const second = await openImageSource(deckDir, ['red.png', 'changing.png'], undefined, first);
		expect(await second.decode('red.png')).toBe(red);
		expect(second.sizes.get('changing.png')).toEqual({width: 6, height: 3});
		const changed = await second.decode('changing.png');
		expect(changed).not.toBe(changing);
		expect(changed.ok && [changed.image.width, changed.image.height]).toEqual([6, 3]);
	});
});

describe('scaling', () => {
	it('averages the pixels each target pixel covers', () => {
		const data = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
		const scaled = scaleImage({width: 2, height: 2, data}, 1, 1);
		expect([...scaled.data]).toEqual([128, 128, 128, 255]);
	});

	it('keeps a transparent pixel\'s colour out of its neighbours', () => {
		const data = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 0]);
		expect([...scaleImage({width: 2, height: 1, data}, 1, 1).data]).toEqual([255, 0, 0, 128]);
	});

	it('grows an image without leaving its colours', () => {
		const scaled = scaleImage({width: 1, height: 1, data: new Uint8Array([10, 20, 30, 255])}, 3, 2);
		expect(scaled.data.length).toBe(24);
		expect([...scaled.data.subarray(20)]).toEqual([10, 20, 30, 255]);
	});
});
