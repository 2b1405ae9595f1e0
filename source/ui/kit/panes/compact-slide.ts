/**
A slide squeezed into a pane of the presenter's screen: laid out at the
pane's width as an ordinary slide (no big title letters). When it is taller
than the pane, the pane shows the title and the step just revealed, since
that is what is being talked about; a marker says how much is out of view.
*/
import type {Block, Slide} from '../../../core/deck/types.js';
import {type Highlighter, layoutBlocks, layoutSlide, type Line} from '../../../core/layout/index.js';
import type {PixelSize} from '../../../core/layout/types.js';
import {segment} from '../../../core/layout/segments.js';

// Tall enough that a slide is never split into pages here.
const unpaged = 100_000;

const marker = (count: number, where: 'above' | 'below'): Line =>
	[segment(`⋮ ${count} more line${count === 1 ? '' : 's'} ${where}`, {role: 'muted'})];

/**
`lines` in `height` rows. Without `focus`, from the top; with it, the first
line (the title) and then the lines from `focus` on. A cut is marked.
*/
export function fitLines(lines: readonly Line[], height: number, focus = 0): readonly Line[] {
	const rows = Math.max(0, height);
	if (lines.length <= rows) {
		return lines;
	}

	if (rows < 3) {
		return lines.slice(focus, focus + rows);
	}

	// Keep the title when the focus is further down; start at the focus, but fill the pane.
	const head: Line[] = focus > 1 ? [lines[0]!] : [];
	const start = Math.max(head.length > 0 ? 2 : 0, Math.min(focus, lines.length - (rows - head.length - 1)));
	const hidden = start - head.length;
	const top = hidden > 0 ? [...head, marker(hidden, 'above')] : lines.slice(0, start);
	const room = rows - top.length;
	const rest = lines.slice(start);
	return rest.length <= room ? [...top, ...rest] : [...top, ...rest.slice(0, room - 1), marker(rest.length - room + 1, 'below')];
}

export type CompactOptions = {
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
	/** Pictures' pixel sizes and the terminal's cell, to lay pictures out at the pane's size; without them, alt text. */
	readonly imageSizes?: ReadonlyMap<string, PixelSize>;
	readonly cellPixels?: PixelSize;
};

const slideLines = (slide: Slide, step: number, {width, highlighter, imageSizes, cellPixels}: CompactOptions): readonly Line[] =>
	layoutSlide(slide, step, {width, height: unpaged, isTitleSlide: false, stage: false, highlighter, linkUrls: false, imageSizes, cellPixels}).pages[0]?.lines ?? [];

/** The slide at a step, focused on what that step revealed. */
export function compactSlide(slide: Slide, step: number, options: CompactOptions): readonly Line[] {
	const lines = slideLines(slide, step, options);
	// The step's new blocks start after the previous step's lines and a blank line.
	const focus = step > 0 ? slideLines(slide, step - 1, options).length + 1 : 0;
	return fitLines(lines, options.height, Math.min(focus, Math.max(0, lines.length - 1)));
}

/** Blocks on their own (what the next step reveals), from the top. */
export function compactBlocks(blocks: readonly Block[], {width, height, highlighter, imageSizes, cellPixels}: CompactOptions): readonly Line[] {
	return fitLines(layoutBlocks(blocks, width, {highlighter, images: {imageSizes, cellPixels, pageHeight: height}}), height);
}
