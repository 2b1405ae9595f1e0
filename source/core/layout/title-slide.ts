/**
The title slide: the title large and centred (in block letters when they fit),
the front matter's subtitle, author and date under it, then the rest of the
slide, all centred.
*/
import type {Block, Span} from '../deck/types.js';
import {blockTitle} from './block-font.js';
import {headingStyle, layoutBlock, type BlockLayoutOptions} from './blocks.js';
import {displayWidth} from './display-width.js';
import type {Chunk} from './paginate.js';
import {indentLine, lineWidth, segment} from './segments.js';
import {spansToText} from './span-style.js';
import type {Line, SegmentStyle} from './types.js';
import {wrapSpans, type WrapOptions} from './wrap.js';
import {append, maxOf} from '../text/arrays.js';

const titleStyle = {role: 'title', bold: true} as const;

const centre = (line: Line, width: number): Line => indentLine(line, Math.floor((width - lineWidth(line)) / 2));

/** Centres the lines as one block, so a list or table keeps its left edge. */
const centreTogether = (lines: readonly Line[], width: number): Line[] => {
	const widest = maxOf(lines.map(line => lineWidth(line)), 0);
	return lines.map(line => indentLine(line, Math.floor((width - widest) / 2)));
};

/**
Wraps centred text so that its lines come out about as long as each other,
never a last line of one orphaned word: the narrowest width that still needs
no more lines than the full width does.
*/
export function balancedLines(spans: readonly Span[], width: number, style: SegmentStyle = {}, options: WrapOptions = {}): Line[] {
	const lines = wrapSpans(spans, width, style, options);
	if (lines.length < 2) {
		return lines;
	}

	let low = 1;
	let high = width;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (wrapSpans(spans, middle, style, options).length <= lines.length) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}

	return wrapSpans(spans, low, style, options);
}

/** The title: block letters when they fit the width and at most half the height, else bold text. */
function titleLines(text: string, fallback: readonly Line[], width: number, height: number): Line[] {
	const maxRows = Math.floor(height / 2);
	const greedy = blockTitle(text, width, maxRows);
	if (greedy === undefined) {
		return [...fallback];
	}

	// Balanced like any centred text: the narrowest width that needs no more block lines.
	let low = 1;
	let high = width;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		const narrower = blockTitle(text, middle, maxRows);
		if (narrower !== undefined && narrower.length <= greedy.length) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}

	const blockLines = blockTitle(text, low, maxRows) ?? greedy;

	return blockLines.flatMap((rows, index) => {
		const pad = Math.floor((width - maxOf(rows.map(row => displayWidth(row)))) / 2);
		const drawn = rows.map(row => (row === '' ? [] : indentLine([segment(row, titleStyle)], pad)));
		return index > 0 ? [[], ...drawn] : drawn;
	});
}

const centredBlock = (block: Block, width: number, options: BlockLayoutOptions): Line[] => {
	if (block.kind === 'heading' || block.kind === 'paragraph') {
		const style = block.kind === 'heading' ? headingStyle(block.level) : {};
		return balancedLines(block.spans, width, style, {linkUrls: options.linkUrls}).map(line => centre(line, width));
	}

	return centreTogether(layoutBlock(block, width, options), width);
};

/** What the front matter says about the deck, shown under the title. */
export type TitleMeta = {
	readonly subtitle?: string;
	readonly author?: string;
	readonly date?: string;
};

export type TitleSlideOptions = BlockLayoutOptions & {
	readonly width: number;
	readonly height: number;
	/** Drawn as the title when the slide does not start with a heading. */
	readonly deckTitle?: string;
	readonly meta?: TitleMeta;
};

/**
The front matter's subtitle, then its author and date, centred under the
title. A subtitle the slide already says in its own words is not repeated.
*/
function bylineChunks(blocks: readonly Block[], meta: TitleMeta | undefined, width: number): Chunk[] {
	const said = new Set(blocks.flatMap(block => (block.kind === 'heading' || block.kind === 'paragraph' ? [spansToText(block.spans).trim().toLowerCase()] : [])));
	const subtitle = meta?.subtitle?.trim() ?? '';
	const byline = [meta?.author, meta?.date].map(part => part?.trim() ?? '').filter(part => part !== '').join(' · ');
	const chunks: Chunk[] = [];
	if (subtitle !== '' && !said.has(subtitle.toLowerCase())) {
		chunks.push({lines: balancedLines([{text: subtitle, style: {}}], width, {role: 'heading'}).map(line => centre(line, width)), keepWithNext: true});
	}

	if (byline !== '') {
		chunks.push({lines: balancedLines([{text: byline, style: {}}], width, {role: 'muted'}).map(line => centre(line, width)), keepWithNext: true});
	}

	return chunks;
}

/**
The chunks of a title slide's first `visible` blocks. Revealing a step only
adds chunks at the end, so what is shown never moves.
*/
export function titleSlideChunks(blocks: readonly Block[], visible: number, options: TitleSlideOptions): Chunk[] {
	const {width, height} = options;
	// Blank lines (presenterm's `new_lines`) mean nothing on a slide that is centred anyway.
	const content = [...blocks.entries()].filter(([, block]) => block.kind !== 'space');
	const shown = content.filter(([index]) => index < visible);
	const [first] = content;
	const chunks: Chunk[] = [];
	if (first?.[1].kind === 'heading') {
		const [index, heading] = first;
		if (shown.length > 0) {
			chunks.push({lines: titleLines(spansToText(heading.spans), balancedLines(heading.spans, width, titleStyle, {linkUrls: options.linkUrls}).map(line => centre(line, width)), width, height), keepWithNext: true, block: index});
		}
	} else if (options.deckTitle !== undefined && options.deckTitle.trim() !== '') {
		const fallback = balancedLines([{text: options.deckTitle, style: {}}], width, titleStyle).map(line => centre(line, width));
		chunks.push({lines: titleLines(options.deckTitle, fallback, width, height), keepWithNext: true});
	}

	append(chunks, bylineChunks(content.map(([, block]) => block), options.meta, width));
	for (const [index, block] of shown.slice(first?.[1].kind === 'heading' ? 1 : 0)) {
		chunks.push({lines: centredBlock(block, width, options), keepWithNext: block.kind === 'heading', block: index});
	}

	return chunks;
}
