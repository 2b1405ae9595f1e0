/**
The title slide: the title large and centred (in block letters when they fit),
everything else centred under it, the whole centred vertically when it fits.
*/
import type {Block} from '../../deck/types.js';
import {blockTitle} from './block-font.js';
import {layoutBlock, type BlockLayoutOptions} from './blocks.js';
import {displayWidth} from './display-width.js';
import type {Chunk} from './paginate.js';
import {indentLine, lineWidth, segment} from './segments.js';
import {spansToText} from './span-style.js';
import type {Line} from './types.js';
import {wrapSpans} from './wrap.js';
import {maxOf} from '../../text/arrays.js';

const titleStyle = {role: 'title', bold: true} as const;

const centre = (line: Line, width: number): Line => indentLine(line, Math.floor((width - lineWidth(line)) / 2));

/** Centres the lines as one block, so a list or table keeps its left edge. */
const centreTogether = (lines: readonly Line[], width: number): Line[] => {
	const widest = maxOf(lines.map(line => lineWidth(line)), 0);
	return lines.map(line => indentLine(line, Math.floor((width - widest) / 2)));
};

/** The title: block letters when they fit the width and at most half the height, else bold text. */
export function titleLines(text: string, fallback: readonly Line[], width: number, height: number): Line[] {
	const blockLines = blockTitle(text, width, Math.floor(height / 2));
	if (blockLines === undefined) {
		return fallback.map(line => centre(line, width));
	}

	return blockLines.flatMap((rows, index) => {
		const pad = Math.floor((width - maxOf(rows.map(row => displayWidth(row)))) / 2);
		const drawn = rows.map(row => (row === '' ? [] : indentLine([segment(row, titleStyle)], pad)));
		return index > 0 ? [[], ...drawn] : drawn;
	});
}

const centredBlock = (block: Block, width: number, options: BlockLayoutOptions): Line[] => {
	const lines = layoutBlock(block, width, options);
	return block.kind === 'heading' || block.kind === 'paragraph'
		? lines.map(line => centre(line, width))
		: centreTogether(lines, width);
};

export type TitleSlideOptions = BlockLayoutOptions & {
	readonly width: number;
	readonly height: number;
	/** Drawn as the title when the slide does not start with a heading. */
	readonly deckTitle?: string;
};

/** The chunks of a title slide's first `visible` blocks, and the blank rows above them. */
export function layoutTitleSlide(blocks: readonly Block[], visible: number, options: TitleSlideOptions): {chunks: Chunk[]; topPadding: number} {
	const {width, height} = options;
	const [first] = blocks;
	const titleFromHeading = first?.kind === 'heading';
	const chunksOf = (count: number): Chunk[] => {
		const chunks: Chunk[] = [];
		if (titleFromHeading) {
			if (count > 0) {
				chunks.push({lines: titleLines(spansToText(first.spans), wrapSpans(first.spans, width, titleStyle, {linkUrls: options.linkUrls}), width, height), keepWithNext: true});
			}
		} else if (options.deckTitle !== undefined && options.deckTitle.trim() !== '') {
			const fallback = wrapSpans([{text: options.deckTitle, style: {}}], width, titleStyle);
			chunks.push({lines: titleLines(options.deckTitle, fallback, width, height), keepWithNext: true});
		}

		for (const block of blocks.slice(titleFromHeading ? 1 : 0, count)) {
			chunks.push({lines: centredBlock(block, width, options), keepWithNext: block.kind === 'heading'});
		}

		return chunks;
	};

	// Centre on the whole slide, so revealing a step does not move what is already shown.
	const fullHeight = chunksOf(blocks.length).reduce((sum, chunk, index) => sum + chunk.lines.length + (index > 0 ? 1 : 0), 0);
	return {
		chunks: chunksOf(visible),
		topPadding: fullHeight <= height ? Math.floor((height - fullHeight) / 2) : 0,
	};
}
