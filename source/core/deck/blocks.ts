import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {readAlert} from './alerts.js';
import {readCodeInfo} from './code-info.js';
import {readHtmlBlock} from './html-blocks.js';
import {readHtmlImage} from './html-image.js';
import {imagePath, readImageAlt} from './image-alt.js';
import {altText, fileName, inlineToSpans} from './inline.js';
import {isBackgroundAlt} from './marp.js';
import type {Alignment, Block, ImagePlacement, ImageSizeHint, ListItem, Span} from './types.js';

/** What block conversion reports back while it walks the tokens. */
export type BlockEvents = {
	/** An HTML comment, with the 1-based line it is on, and whether it is at the top level of the slide. */
	readonly onComment: (body: string, line: number, topLevel: boolean) => void;
};

/** 1-based line of a block token (markdown-it counts from 0). */
export function lineOf(token: Token | undefined, fallback = 1): number {
	return token?.map ? token.map[0] + 1 : fallback;
}

/** Index just past the token that closes the one at `start`. */
export function endOf(tokens: readonly Token[], start: number): number {
	const open = tokens[start];
	if (!open || open.nesting !== 1) {
		return start + 1;
	}

	let depth = 0;
	for (let index = start; index < tokens.length; index++) {
		depth += tokens[index]!.nesting;
		if (depth === 0) {
			return index + 1;
		}
	}

	return tokens.length;
}

/** Converts the tokens in `[start, end)` (a run of sibling blocks) to blocks. */
export function convertBlocks(tokens: readonly Token[], start: number, end: number, events: BlockEvents, topLevel = false): Block[] {
	const blocks: Block[] = [];
	let index = start;
	while (index < end) {
		const next = endOf(tokens, index);
		const block = convertBlock(tokens, index, next, events, topLevel);
		if (block) {
			blocks.push(block);
		}

		index = next;
	}

	return blocks;
}

/** Converts the one block that spans `[start, end)`; `undefined` for comments and such. */
export function convertBlock(tokens: readonly Token[], start: number, end: number, events: BlockEvents, topLevel = false): Block | undefined {
	const token = tokens[start]!;
	const line = lineOf(token);
	const spansOf = (inline: Token | undefined): Span[] =>
		inlineToSpans(inline?.children ?? null, body => {
			events.onComment(body, lineOf(inline, line), false);
		});

	switch (token.type) {
		case 'heading_open': {
			return {kind: 'heading', level: Number(token.tag.slice(1)), spans: spansOf(tokens[start + 1]), line};
		}

		case 'paragraph_open': {
			const image = loneImage(tokens[start + 1]);
			if (image) {
				const {alt, size, placement} = readImageAlt(altText(image));
				return imageBlock(image.attrGet('src') ?? '', alt, line, size, placement);
			}

			const spans = spansOf(tokens[start + 1]);
			return spans.length > 0 ? {kind: 'paragraph', spans, line} : undefined;
		}

		case 'bullet_list_open':
		case 'ordered_list_open': {
			return convertList(tokens, start, end, events);
		}

		case 'blockquote_open': {
			const blocks = convertBlocks(tokens, start + 1, end - 1, events);
			const alert = readAlert(blocks);
			return alert ? {kind: 'quote', ...alert, line} : {kind: 'quote', blocks, line};
		}

		case 'table_open': {
			return convertTable(tokens, start, end, spansOf, line);
		}

		case 'fence':
		case 'code_block': {
			const info = readCodeInfo(token.info);
			return {
				kind: 'code',
				language: sanitize(info.language),
				text: sanitize(token.content.replace(/\n$/, '')),
				line,
				firstLine: token.type === 'fence' ? line + 1 : line,
				...(info.lineNumbers ? {lineNumbers: true} : {}),
			};
		}

		case 'hr': {
			return {kind: 'rule', line};
		}

		case 'html_block': {
			// Top-level HTML is read by the slide splitter; this is HTML inside a list or quote.
			const image = htmlImageBlock(token.content, line);
			if (image) {
				return image;
			}

			const html = readHtmlBlock(token.content);
			for (const body of html.comments) {
				events.onComment(body, line, topLevel);
			}

			if (html.text) {
				return {kind: 'paragraph', spans: [{text: html.text, style: {}}], line};
			}

			return html.placeholder ? {kind: 'paragraph', spans: html.placeholder, line} : undefined;
		}

		default: {
			return undefined;
		}
	}
}

/** The one image a paragraph holds and nothing else (white space aside), as `![alt](path)` on its own. */
function loneImage(inline: Token | undefined): Token | undefined {
	const children = (inline?.children ?? []).filter(child => !(child.type === 'softbreak' || (child.type === 'text' && child.content.trim() === '')));
	return children.length === 1 && children[0]!.type === 'image' ? children[0] : undefined;
}

/**
Marp takes every `![bg](…)` out of the text it is written in and places it on
the slide as a background, or beside the text (`bg left`): for a paragraph
that has any, those images as image blocks, and the paragraph's tokens
without them; `undefined` for a paragraph with none.
*/
export function takeBackgroundImages(tokens: readonly Token[], start: number): {images: Block[]; rest: Token[]} | undefined {
	const [open, inline, close] = tokens.slice(start, start + 3);
	const backgrounds = open?.type === 'paragraph_open' && inline?.type === 'inline' && close ? (inline.children ?? []).filter(child => child.type === 'image' && isBackgroundAlt(altText(child))) : [];
	if (backgrounds.length === 0) {
		return undefined;
	}

	const line = lineOf(open);
	const images = backgrounds.map(image => {
		const {alt, size, placement} = readImageAlt(altText(image));
		return imageBlock(image.attrGet('src') ?? '', alt, line, size, placement);
	});
	// A copy of the inline token, so the deck's tokens stay as markdown-it made them.
	const text: Token = Object.assign(Object.create(Object.getPrototypeOf(inline) as object) as Token, inline, {children: inline!.children!.filter(child => !backgrounds.includes(child))});
	return {images, rest: [open!, text, close!]};
}

/** An HTML block that is one `<img>`, as an image block. */
export function htmlImageBlock(html: string, line: number): Block | undefined {
	const image = readHtmlImage(html);
	return image ? imageBlock(image.src, image.alt, line, image.size) : undefined;
}

function imageBlock(src: string, alt: string, line: number, size?: ImageSizeHint, placement?: ImagePlacement): Block {
	return {
		kind: 'image',
		src: sanitize(imagePath(src)),
		// Without alt text, the file's name says more than "image".
		alt: sanitize(alt || fileName(imagePath(src)) || 'image'),
		...(size ? {size} : {}),
		...(placement ? {placement} : {}),
		line,
	};
}

function convertList(tokens: readonly Token[], start: number, end: number, events: BlockEvents): Block {
	const open = tokens[start]!;
	const items: ListItem[] = [];
	let index = start + 1;
	while (index < end - 1) {
		const itemEnd = endOf(tokens, index);
		const {blocks, checked} = takeTaskMarker(convertBlocks(tokens, index + 1, itemEnd - 1, events));
		items.push(checked === undefined ? {blocks} : {blocks, checked});
		index = itemEnd;
	}

	// Tight lists hide their paragraphs; markdown-it marks them `hidden`.
	const tight = tokens.slice(start, end).every(token => token.type !== 'paragraph_open' || token.hidden || token.level !== open.level + 2);
	return {
		kind: 'list',
		ordered: open.type === 'ordered_list_open',
		start: Number(open.attrGet('start') ?? 1),
		tight,
		items,
		line: lineOf(open),
	};
}

/** The `[x] ` or `[ ] ` that opens a GFM task item, in raw Markdown or in its first run of text. */
export const taskMarker = /^\[([ xX])\][ \t]+/;

/** Strips a task marker from the start of some runs, and says whether it was ticked. */
export function stripTaskMarker(spans: readonly Span[]): {spans: readonly Span[]; checked?: boolean} {
	const first = spans[0];
	const match = first && !first.style.code ? taskMarker.exec(first.text) : null;
	if (!first || !match) {
		return {spans};
	}

	return {spans: [{...first, text: first.text.slice(match[0].length)}, ...spans.slice(1)].filter(span => span.text !== ''), checked: match[1] !== ' '};
}

/** `- [x] text` is a GFM task item: strip the marker and remember its state. */
function takeTaskMarker(blocks: Block[]): {blocks: Block[]; checked?: boolean} {
	const first = blocks[0];
	if (first?.kind !== 'paragraph') {
		return {blocks};
	}

	const {spans, checked} = stripTaskMarker(first.spans);
	return checked === undefined ? {blocks} : {blocks: [{...first, spans}, ...blocks.slice(1)], checked};
}

function convertTable(tokens: readonly Token[], start: number, end: number, spansOf: (inline: Token | undefined) => Span[], line: number): Block {
	const header: Span[][] = [];
	const rows: Span[][][] = [];
	const align: Alignment[] = [];
	let row: Span[][] | undefined;
	let inHead = false;
	for (let index = start; index < end; index++) {
		const token = tokens[index]!;
		if (token.type === 'thead_open') {
			inHead = true;
		} else if (token.type === 'thead_close') {
			inHead = false;
		} else if (token.type === 'tr_open') {
			row = inHead ? header : [];
		} else if (token.type === 'tr_close' && row && !inHead) {
			rows.push(row);
		} else if ((token.type === 'th_open' || token.type === 'td_open') && row) {
			if (inHead) {
				align.push(alignmentOf(token));
			}

			row.push(spansOf(tokens[index + 1]));
		}
	}

	return {kind: 'table', align, header, rows, line};
}

function alignmentOf(token: Token): Alignment {
	const style = token.attrGet('style') ?? '';
	if (style.includes('center')) {
		return 'center';
	}

	return style.includes('right') ? 'right' : 'left';
}
