/**
Marp's split slides (`![bg left](photo.jpg)`, `![bg right:40%](chart.png)`):
the image takes its share of the slide's width, top to bottom, and the rest of
the slide is laid out beside it. On a slide too narrow for both, the image is
an ordinary image block, where it is written.
*/
import type {Slide} from '../deck/types.js';
import {DEFAULT_CELL_PIXELS, imageCells, imageLines, type ImageLayoutOptions} from './image-block.js';
import {segment} from './segments.js';
import type {Line} from './types.js';
import {lineWidth} from './segments.js';

/** Columns between the image and the text. */
const GAP = 2;
/** The text beside an image keeps at least this measure, or the image goes above it. */
const MIN_TEXT_WIDTH = 30;

export type SideImage = {
	/** Index of the image's block in the slide: it is laid out here, not in the flow. */
	readonly block: number;
	readonly placement: 'left' | 'right';
	/** Columns the text beside it has. */
	readonly textWidth: number;
	readonly lines: readonly Line[];
	readonly cols: number;
};

/** The slide's first image placed beside its text, when its size is known and the slide is wide enough. */
export function findSideImage(slide: Slide, width: number, height: number, options: ImageLayoutOptions): SideImage | undefined {
	const index = slide.blocks.findIndex(block => block.kind === 'image' && (block.placement === 'left' || block.placement === 'right'));
	const block = slide.blocks[index];
	if (block?.kind !== 'image' || (block.placement !== 'left' && block.placement !== 'right')) {
		return undefined;
	}

	const pixels = options.imageSizes?.get(block.src);
	const share = Math.floor(width * (block.size?.widthPercent ?? 50) / 100);
	const textWidth = width - share - GAP;
	if (!pixels || share < 1 || textWidth < MIN_TEXT_WIDTH) {
		return undefined;
	}

	// Its half of the slide, top to bottom: a split image is not held to a share of the page.
	const hint = {widthPixels: block.size?.widthPixels, heightPixels: block.size?.heightPixels, heightPercent: 100};
	const size = imageCells(pixels, hint, share, height, options.cellPixels ?? DEFAULT_CELL_PIXELS);
	return {block: index, placement: block.placement, textWidth, lines: imageLines(block.src, size), cols: share};
}

/** The text's lines with the image's rows beside them: as many lines as the taller of the two. */
export function besideImage(text: readonly Line[], side: SideImage): Line[] {
	const count = Math.max(text.length, side.lines.length);
	const gap = segment(' '.repeat(GAP));
	return Array.from({length: count}, (_, index): Line => {
		const line = text[index] ?? [];
		const image = side.lines[index] ?? [];
		const imageWidth = lineWidth(image);
		if (side.placement === 'left') {
			const pad = side.cols - imageWidth;
			return line.length === 0 && image.length === 0 ? [] : [...image, segment(' '.repeat(pad)), gap, ...line].filter(part => part.text !== '');
		}

		if (image.length === 0) {
			return line;
		}

		const pad = side.textWidth - lineWidth(line);
		return [...line, segment(' '.repeat(Math.max(0, pad))), gap, ...image].filter(part => part.text !== '');
	});
}
