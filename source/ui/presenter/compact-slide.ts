/**
A slide squeezed into a pane of the presenter's screen: laid out at the
pane's width as an ordinary slide (no big title letters), and when it is
taller than the pane, the title and the newest lines, since the step just
revealed is what is being talked about.
*/
import type {Block, Slide} from '../../deck/types.js';
import {type Highlighter, layoutBlocks, layoutSlide, type Line} from '../layout/index.js';
import {segment} from '../layout/segments.js';

// Tall enough that a slide is never split into pages here.
const unpaged = 100_000;

/** `lines` in `height` rows: as they are when they fit, else the first line, a marker and the last ones. */
export function fitLines(lines: readonly Line[], height: number): readonly Line[] {
	if (lines.length <= height) {
		return lines;
	}

	if (height < 3) {
		return lines.slice(-Math.max(0, height));
	}

	const hidden = lines.length - height + 1;
	return [lines[0]!, [segment(`⋮ ${hidden} more line${hidden === 1 ? '' : 's'} above`, {role: 'muted'})], ...lines.slice(lines.length - height + 2)];
}

export type CompactOptions = {
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
};

export function compactSlide(slide: Slide, step: number, {width, height, highlighter}: CompactOptions): readonly Line[] {
	const [page] = layoutSlide(slide, step, {width, height: unpaged, isTitleSlide: false, highlighter, linkUrls: false}).pages;
	return fitLines(page?.lines ?? [], height);
}

/** Blocks on their own (what the next step reveals), fitted the same way. */
export function compactBlocks(blocks: readonly Block[], {width, height, highlighter}: CompactOptions): readonly Line[] {
	return fitLines(layoutBlocks(blocks, width, {highlighter}), height);
}
