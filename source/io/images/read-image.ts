/**
Reading an image named in a deck: its size from its header, then its pixels,
each step refusing what could cost without bound. The file is read by the one
safe reader (regular files only, under a size limit, never hanging on a FIFO
or a device); its header's size is checked against a pixel limit before a
decoder sees it, since a few bytes of PNG or GIF can claim gigapixels. The
decoders are loaded on first use, so a deck without images never evaluates them.
*/
import type {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import {formatBytes, readRegularFile} from '../fs/read-file.js';
import type {DecodeResult, ImageFormat, ImageHeader, ImageLimits, ImageProblem} from '../../core/images/types.js';
import {defaultImageLimits} from '../../core/images/types.js';
import {resolveImagePath} from './image-path.js';

/** A read image: its header without `version`, which only a header's reader needs, and the file's bytes. */
type Read = {readonly ok: true; readonly header: Omit<ImageHeader, 'version'>; readonly bytes: Buffer} | ImageProblem;

const formats: Readonly<Record<string, ImageFormat>> = {png: 'png', jpg: 'jpeg', gif: 'gif'};

const megapixels = (pixels: number): string => `${(pixels / 1_000_000).toLocaleString('en-US', {maximumFractionDigits: 1})} megapixels`;

async function readImage(deckDir: string, src: string, limits: ImageLimits): Promise<Read> {
	const where = resolveImagePath(deckDir, src);
	if (!where.ok) {
		return where;
	}

	const file = readRegularFile(where.path, {maxBytes: limits.maxBytes});
	if (!file.ok) {
		return {ok: false, problem: file.problem === 'too-large' ? `is larger than ${formatBytes(limits.maxBytes)}` : file.message};
	}

	const {imageSize} = await import('image-size');
	let size: {width?: number; height?: number; type?: string};
	try {
		size = imageSize(file.bytes);
	} catch {
		return {ok: false, problem: 'is not an image this program can read (PNG, JPEG or GIF)'};
	}

	const format = formats[size.type ?? ''];
	if (!format) {
		return {ok: false, problem: `is ${size.type ? size.type.toUpperCase() : 'an unknown kind of image'}; only PNG, JPEG and GIF are drawn`};
	}

	const {width = 0, height = 0} = size;
	if (width <= 0 || height <= 0) {
		return {ok: false, problem: 'has no size in its header: it is broken'};
	}

	if (width * height > limits.maxPixels) {
		return {ok: false, problem: `is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels, more than the ${megapixels(limits.maxPixels)} decoded here`};
	}

	return {ok: true, header: {ok: true, width, height, format, path: where.path}, bytes: file.bytes};
}

/** An image's size and format from its header, or why it will not be drawn. */
export async function readImageHeader(deckDir: string, src: string, limits: ImageLimits = defaultImageLimits): Promise<ImageHeader | ImageProblem> {
	const read = await readImage(deckDir, src, limits);
	// The digest is taken here only: decoding needs the bytes, not a name for them.
	return read.ok ? {...read.header, version: createHash('sha1').update(read.bytes).digest('base64url')} : read;
}

/** An image's pixels (RGBA), or why it will not be drawn: broken, truncated, or past a limit. */
export async function decodeImage(deckDir: string, src: string, limits: ImageLimits = defaultImageLimits): Promise<DecodeResult> {
	const read = await readImage(deckDir, src, limits);
	if (!read.ok) {
		return read;
	}

	try {
		return await decode(read.header.format, read.bytes, limits);
	} catch {
		// The decoders throw on any damage; which byte was wrong helps nobody at a talk.
		return {ok: false, problem: `is broken or cut short: its ${read.header.format.toUpperCase()} data cannot be decoded`};
	}
}

async function decode(format: ImageFormat, bytes: Buffer, limits: ImageLimits): Promise<DecodeResult> {
	switch (format) {
		case 'png': {
			const {PNG} = await import('pngjs');
			// pngjs inflates no more than the header's size needs: a zlib bomb stops there.
			const png = PNG.sync.read(bytes);
			return {ok: true, image: {width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength)}};
		}

		case 'jpeg': {
			const {default: jpeg} = await import('jpeg-js/lib/decoder.js');
			const image = jpeg(bytes, {useTArray: true, formatAsRGBA: true, maxResolutionInMP: limits.maxPixels / 1_000_000, maxMemoryUsageInMB: Math.ceil(limits.maxPixels * 4 * 1.5 / 1_000_000)});
			return {ok: true, image: {width: image.width, height: image.height, data: image.data}};
		}

		case 'gif': {
			const {GifReader} = await import('omggif');
			const reader = new GifReader(bytes);
			// The first frame only, drawn on the logical screen the header gave (and the pixel limit checked).
			const frame = reader.frameInfo(0);
			if (frame.x + frame.width > reader.width || frame.y + frame.height > reader.height || reader.width * reader.height > limits.maxPixels) {
				return {ok: false, problem: 'has a first frame outside its own screen: it is broken'};
			}

			const data = new Uint8Array(reader.width * reader.height * 4);
			reader.decodeAndBlitFrameRGBA(0, data);
			return {ok: true, image: {width: reader.width, height: reader.height, data}};
		}
	}
}
