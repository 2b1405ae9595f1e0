/**
Deck blocks to lines that fit a width: the heart of the layout step. Pure, so
it is tested by comparing lines, and components never measure anything.
*/
import {alertLabel} from '../deck/alerts.js';
import type {AlertKind, Block} from '../deck/types.js';
import {layoutCode, layoutCodeBlock} from './code-block.js';
import type {Highlighter} from './highlighter.js';
import {layoutColumns} from './columns.js';
import {layoutImage, type ImageLayoutOptions} from './image-block.js';
import {layoutList} from './list.js';
import {indentLine, lineWidth, prefixLine, segment, truncateLine} from './segments.js';
import type {ChunkSplit} from './paginate.js';
import {layoutTable, layoutTableBlock} from './table.js';
import type {Line, Role, SegmentStyle} from './types.js';
import {wrapSpans} from './wrap.js';
import {append} from '../text/arrays.js';

export type BlockLayoutOptions = {
	/** From `loadHighlighter()`; without it code is shown plain. */
	readonly highlighter?: Highlighter;
	/** List nesting depth, which picks the bullet glyph. */
	readonly depth?: number;
	/** No blank line between blocks (the blocks of a tight list item). */
	readonly tight?: boolean;
	/** Follow each link with its URL (see `LayoutOptions.linkUrls`). */
	readonly linkUrls?: boolean;
	/**
	Columns prose wraps at, counted from the block's left edge: headings,
	paragraphs and rules keep to it, code and tables take the whole width.
	*/
	readonly measure?: number;
	/** Images' pixel sizes and the page's height; without them an image is its alt text. */
	readonly images?: ImageLayoutOptions;
};

/** The style of a heading of the given level: `#` is a title, `###` is underlined. */
export function headingStyle(level: number): SegmentStyle {
	if (level <= 1) {
		return {role: 'title', bold: true};
	}

	return level === 3 ? {role: 'heading', bold: true, underline: true} : {role: 'heading', bold: true};
}

// Quoted prose is italic; borders, code and highlighted tokens keep their look.
const italicRoles = new Set<Role | undefined>([undefined, 'text', 'title', 'heading', 'accent', 'muted', 'link', 'quote']);

const quoteLine = (line: Line): Line => {
	const styled = line.map(part => (italicRoles.has(part.style.role) ? {text: part.text, style: {...part.style, italic: true}} : part));
	return line.length === 0 ? [segment('│', {role: 'quote'})] : prefixLine(styled, [segment('│ ', {role: 'quote'})]);
};

/** Each kind of callout has its own colour; the label says which it is without colour. */
const calloutRoles: Readonly<Record<AlertKind, Role>> = {
	note: 'link',
	tip: 'string',
	important: 'keyword',
	warning: 'accent',
	caution: 'number',
};

/** A GitHub alert: its label, then its content, behind a bar in its colour. Not italic: it is not a quotation. */
const calloutLines = (alert: AlertKind, inner: readonly Line[]): Line[] => {
	const bar = segment('│ ', {role: calloutRoles[alert]});
	return [
		[bar, segment(alertLabel(alert), {role: calloutRoles[alert], bold: true})],
		...inner.map(line => (line.length === 0 ? [segment('│', {role: calloutRoles[alert]})] : prefixLine(line, [bar]))),
	];
};

/** Lines centred in the width, for a block that asks for it. */
const aligned = (lines: Line[], width: number, align: 'center' | undefined): Line[] =>
	(align === 'center' ? lines.map(line => indentLine(line, Math.max(0, Math.floor((width - lineWidth(line)) / 2)))) : lines);

/** One block's lines, without the blank lines around it. */
export function layoutBlock(block: Block, width: number, options: BlockLayoutOptions = {}): Line[] {
	const depth = options.depth ?? 0;
	const wrap = {linkUrls: options.linkUrls};
	const measure = options.measure ?? width;
	const prose = Math.max(1, Math.min(width, measure));
	switch (block.kind) {
		case 'heading': {
			return aligned(wrapSpans(block.spans, prose, headingStyle(block.level), wrap), prose, block.align);
		}

		case 'paragraph': {
			return aligned(wrapSpans(block.spans, prose, {}, wrap), prose, block.align);
		}

		case 'list': {
			// An item's prose keeps to the measure less the marker's indent; its code may go wider.
			return layoutList(block, width, depth, (item, itemWidth, tight) =>
				layoutBlocks(item.blocks, itemWidth, {...options, depth: depth + 1, tight, measure: measure - (width - itemWidth)}));
		}

		case 'table': {
			return layoutTable(block, width, wrap);
		}

		case 'code': {
			return layoutCode(block.text, block.language, width, options.highlighter, {lineNumbers: block.lineNumbers});
		}

		case 'quote': {
			const inner = layoutBlocks(block.blocks, Math.max(1, width - 2), {...options, tight: false, measure: measure - 2});
			return block.alert === undefined ? inner.map(quoteLine) : calloutLines(block.alert, inner);
		}

		case 'rule': {
			return [[segment('─'.repeat(prose), {role: 'border'})]];
		}

		case 'space': {
			return Array.from({length: block.lines}, (): Line => []);
		}

		case 'columns': {
			return layoutColumns(block, width, (blocks, columnWidth) => layoutBlocks(blocks, columnWidth, {...options, tight: false}));
		}

		case 'image': {
			return layoutImage(block, width, options.images ?? {});
		}
	}
}

/**
A top-level block's lines, and for a table or code block how it may be split
across pages (between rows, its header or frame repeated).
*/
export function layoutBlockChunk(block: Block, width: number, options: BlockLayoutOptions = {}): {lines: Line[]; split?: ChunkSplit} {
	if (block.kind === 'table') {
		return layoutTableBlock(block, width, {linkUrls: options.linkUrls});
	}

	if (block.kind === 'code') {
		return layoutCodeBlock(block.text, block.language, width, {highlighter: options.highlighter, lineNumbers: block.lineNumbers});
	}

	return {lines: layoutBlock(block, width, options)};
}

/** A tight list revealed item by item is drawn as one list: no blank line between its parts. */
export const continuesList = (block: Block): boolean => block.kind === 'list' && block.continues === true && block.tight;

/** Lays out blocks one under another, with one blank line between them (none when `tight`). */
export function layoutBlocks(blocks: readonly Block[], width: number, options: BlockLayoutOptions = {}): Line[] {
	const lines: Line[] = [];
	for (const block of blocks) {
		const blockLines = layoutBlock(block, width, options);
		if (blockLines.length === 0) {
			continue;
		}

		if (lines.length > 0 && !options.tight && !continuesList(block)) {
			lines.push([]);
		}

		append(lines, blockLines);
	}

	// Only absurdly narrow widths (deep nesting in a few columns) get here.
	return lines.map(line => truncateLine(line, Math.max(1, width)));
}
