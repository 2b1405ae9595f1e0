/**
Blocks as plain text: the one reading of a slide without a screen layout. The
transcript (`print`, and `play` into a pipe) frames it with slide headings,
notes and answers (deck-text.ts); a screen reader gets it wrapped to the screen
(`plainTextLines`); search looks through it. Text is never wrapped here (a
screen reader or a pager does that better), and no escape sequence is written.
*/
import stringWidth from 'string-width';
import {alertLabel} from '../deck/alerts.js';
import type {Alignment, Block, Span} from '../deck/types.js';
import {continuesList} from './blocks.js';
import {imageAltText, showImages} from './span-style.js';
import type {Line} from './types.js';
import {wrapSpans} from './wrap.js';
import {append, maxOf} from '../text/arrays.js';

type PlainTextOptions = {
	/**
	Follow each link with its URL (default on): plain text has no other way to
	carry it. Search turns it off, so it finds only what every slide shows.
	*/
	readonly linkUrls?: boolean;
};

/**
The URL to write after a link's text: none for a link to a slide (`#slug`) or
when the text already is the URL (`[](url)`). Targets were sanitized when the
deck was read, so any of them is safe as text, even one too long or too odd for
an OSC 8 link.
*/
const writtenUrl = (href: string, text: string): string | undefined =>
	href === '' || href.startsWith('#') || href === text.trim() ? undefined : href;

/** Runs as text: images as `[image: alt]`, hard breaks as `\n`, each link followed by `(url)`. */
export function spansToPlainText(spans: readonly Span[], {linkUrls = true}: PlainTextOptions = {}): string {
	const shown = showImages(spans);
	let text = '';
	let linkText = '';
	for (const [index, span] of shown.entries()) {
		text += span.text;
		const {href} = span.style;
		if (!linkUrls || href === undefined) {
			continue;
		}

		// A link of several runs (`[a **b**](url)`) gets its URL once, after the last.
		linkText += span.text;
		if (shown[index + 1]?.style.href !== href) {
			const url = writtenUrl(href, linkText);
			linkText = '';
			if (url !== undefined) {
				text += ` (${url})`;
			}
		}
	}

	return text;
}

/** Lines of the blocks, a blank line between two blocks (none inside a list revealed item by item). */
export function blocksToPlainLines(blocks: readonly Block[], options: PlainTextOptions = {}): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		const blockLines = blockToLines(block, options);
		if (blockLines.length === 0) {
			continue;
		}

		// A list revealed item by item is still one list.
		if (lines.length > 0 && !continuesList(block)) {
			lines.push('');
		}

		append(lines, blockLines);
	}

	return lines;
}

/** The blocks as one text (see `blocksToPlainLines`). */
export function blocksToPlainText(blocks: readonly Block[], options: PlainTextOptions = {}): string {
	return blocksToPlainLines(blocks, options).join('\n');
}

/** Blocks as plain text lines wrapped to `width`, for a screen reader: no frames, rules or glyphs. */
export function plainTextLines(blocks: readonly Block[], width: number): Line[] {
	return blocksToPlainLines(blocks).flatMap(text => (text === '' ? [[]] : wrapSpans([{text, style: {}}], width)));
}

function blockToLines(block: Block, options: PlainTextOptions): string[] {
	switch (block.kind) {
		case 'heading':
		case 'paragraph': {
			return spansToPlainText(block.spans, options).split('\n');
		}

		case 'list': {
			return block.items.flatMap((item, index) => {
				const marker = block.ordered ? `${block.start + index}.` : '-';
				const box = item.checked === undefined ? '' : (item.checked ? '[x] ' : '[ ] ');
				const [first = '', ...rest] = block.tight ? item.blocks.flatMap(inner => blockToLines(inner, options)) : blocksToPlainLines(item.blocks, options);
				const pad = ' '.repeat(marker.length + 1);
				return [`${marker} ${box}${first}`, ...rest.map(line => (line === '' ? '' : pad + line))];
			});
		}

		case 'quote': {
			const label = block.alert === undefined ? [] : [alertLabel(block.alert), ''];
			return [...label, ...blocksToPlainLines(block.blocks, options)].map(line => (line === '' ? '>' : `> ${line}`));
		}

		case 'code': {
			return block.text.split('\n').map(line => `    ${line}`);
		}

		case 'rule': {
			return ['----'];
		}

		case 'image': {
			return [imageAltText(block.alt)];
		}

		case 'space': {
			return [];
		}

		case 'columns': {
			// Read in order, each column named, as a screen reader cannot see them side by side.
			return block.columns.flatMap((column, index) => {
				const lines = blocksToPlainLines(column, options);
				return lines.length === 0 ? [] : [...(index === 0 ? [] : ['']), `Column ${index + 1} of ${block.columns.length}:`, ...lines];
			});
		}

		case 'table': {
			// A hard break inside a cell would break the row: it reads as a space.
			const cells = (row: ReadonlyArray<readonly Span[]>) => row.map(cell => spansToPlainText(cell, options).replaceAll('\n', ' '));
			return tableToLines(cells(block.header), block.rows.map(row => cells(row)), block.align);
		}
	}
}

function tableToLines(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Alignment[]): string[] {
	const columns = maxOf(rows.map(row => row.length), header.length);
	const widths = Array.from({length: columns}, (_, column) => maxOf([header, ...rows].map(row => stringWidth(row[column] ?? '')), 3));
	const pad = (text: string, column: number) => {
		const space = widths[column]! - stringWidth(text);
		const alignment = align[column] ?? 'left';
		if (alignment === 'right') {
			return ' '.repeat(space) + text;
		}

		if (alignment === 'center') {
			return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2));
		}

		return text + ' '.repeat(space);
	};

	const line = (row: readonly string[]) => `| ${widths.map((_, column) => pad(row[column] ?? '', column)).join(' | ')} |`;
	return [line(header), `|${widths.map(width => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(row => line(row))];
}
