/**
An image's place on a slide: how many cells it takes, and the lines that
reserve them. The layout never sees pixels; it knows an image's size in
pixels (read from its header) and the shape of a terminal cell, and the
drawer paints the pixels over the blank cells these lines carry.
*/
import type {Block, ImageSizeHint} from '../deck/types.js';
import {segment} from './segments.js';
import {imageAltText} from './span-style.js';
import type {Line, PixelSize} from './types.js';
import {wrapSpans} from './wrap.js';

/** A common cell (10×20 pixels): twice as tall as wide, the usual shape when the terminal does not say. */
export const DEFAULT_CELL_PIXELS: PixelSize = {width: 10, height: 20};

/** Of a page, an image takes at most this share unless its author sized it, so its slide's words still fit beside it. */
const PAGE_SHARE = 2 / 3;

export type ImageLayoutOptions = {
	readonly imageSizes?: ReadonlyMap<string, PixelSize>;
	readonly cellPixels?: PixelSize;
	/** Rows of a page: no image is taller. */
	readonly pageHeight?: number;
};

export type CellSize = {readonly cols: number; readonly rows: number};

/**
The cells an image of `pixels` takes in `width` columns and a page of `height`
rows: never wider than the width or its hint, never taller than its share of
the page, never larger than its own pixels would be on screen, at its aspect
ratio as far as whole cells allow.
*/
export function imageCells(pixels: PixelSize, hint: ImageSizeHint | undefined, width: number, height: number, cell: PixelSize = DEFAULT_CELL_PIXELS): CellSize {
	const columns = Math.max(1, Math.floor(width));
	const pageRows = Math.max(1, Math.floor(height));
	// Rows one column of the image needs: its aspect ratio, in cells.
	const rowsPerCol = (pixels.height / Math.max(1, pixels.width)) * (cell.width / cell.height);
	const hinted = hint?.widthPercent !== undefined || hint?.widthPixels !== undefined || hint?.heightPercent !== undefined || hint?.heightPixels !== undefined;

	// An author's size is honoured up to the slide's width; without one, the image's own size is the most it grows to.
	let maxCols = hint?.widthPercent === undefined ? columns : Math.max(1, Math.floor(columns * hint.widthPercent / 100));
	if (hint?.widthPixels !== undefined) {
		maxCols = Math.min(maxCols, Math.max(1, Math.round(hint.widthPixels / cell.width)));
	}

	let maxRows = hint?.heightPercent === undefined ? (hinted ? pageRows : Math.max(1, Math.floor(pageRows * PAGE_SHARE))) : Math.max(1, Math.floor(pageRows * hint.heightPercent / 100));
	if (hint?.heightPixels !== undefined) {
		maxRows = Math.min(maxRows, Math.max(1, Math.round(hint.heightPixels / cell.height)));
	}

	if (!hinted) {
		maxCols = Math.min(maxCols, Math.max(1, Math.ceil(pixels.width / cell.width)));
	}

	let cols = maxCols;
	let rows = Math.max(1, Math.round(cols * rowsPerCol));
	if (rows > maxRows) {
		rows = maxRows;
		cols = Math.max(1, Math.min(maxCols, Math.round(rows / rowsPerCol)));
	}

	return {cols, rows};
}

/** The key an image's encoding is cached under: the same image at the same size draws the same bytes. */
export const imageKey = (src: string, size: CellSize): string => `${src}@${size.cols}x${size.rows}`;

/** The lines that reserve an image's cells: `rows` lines of `cols` blank cells, each carrying its row. */
export function imageLines(src: string, size: CellSize): Line[] {
	const key = imageKey(src, size);
	const blank = ' '.repeat(size.cols);
	return Array.from({length: size.rows}, (_, row): Line => [segment(blank, {image: {key, src, cols: size.cols, rows: size.rows, row}})]);
}

/** An image block's lines: its cells when its size is known, else its alt text, muted, as before images were drawn. */
export function layoutImage(block: Block & {kind: 'image'}, width: number, options: ImageLayoutOptions): Line[] {
	const pixels = options.imageSizes?.get(block.src);
	if (!pixels || pixels.width <= 0 || pixels.height <= 0) {
		return imageAltLines(block.alt, width);
	}

	return imageLines(block.src, imageCells(pixels, block.size, width, options.pageHeight ?? Number.POSITIVE_INFINITY, options.cellPixels));
}

export const imageAltLines = (alt: string, width: number): Line[] => wrapSpans([{text: imageAltText(alt), style: {}}], width, {role: 'muted', italic: true});
