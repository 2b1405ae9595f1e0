/** Blocks as plain text: what search looks through, and what a screen reader can be given. */
import {alertLabel} from '../deck/alerts.js';
import type {Block} from '../deck/types.js';
import {spansToText} from './span-style.js';
import type {Line} from './types.js';
import {wrapSpans} from './wrap.js';

const indent = (text: string, prefix: string): string =>
	text.split('\n').map(line => (line === '' ? line : prefix + line)).join('\n');

function blockToPlainText(block: Block): string {
	switch (block.kind) {
		case 'heading':
		case 'paragraph': {
			return spansToText(block.spans);
		}

		case 'list': {
			return block.items.map((item, index) => {
				const bullet = block.ordered ? `${block.start + index}.` : '-';
				const box = item.checked === undefined ? '' : item.checked ? ' [x]' : ' [ ]';
				const marker = `${bullet}${box} `;
				const text = blocksToPlainText(item.blocks, '\n');
				const [first = '', ...rest] = text.split('\n');
				return [marker + first, ...rest.map(line => (line === '' ? line : ' '.repeat(marker.length) + line))].join('\n');
			}).join('\n');
		}

		case 'table': {
			return [block.header, ...block.rows].map(row => row.map(cell => spansToText(cell).replaceAll('\n', ' ')).join(' | ')).join('\n');
		}

		case 'code': {
			return block.text.endsWith('\n') ? block.text.slice(0, -1) : block.text;
		}

		case 'quote': {
			const label = block.alert === undefined ? '' : `${alertLabel(block.alert)}\n`;
			return indent(label + blocksToPlainText(block.blocks), '> ');
		}

		case 'rule': {
			return '---';
		}

		case 'space': {
			return '';
		}
	}
}

/** Plain text of the blocks, separated by a blank line (or `separator`). Images read as `[image: alt]`. */
export function blocksToPlainText(blocks: readonly Block[], separator = '\n\n'): string {
	return blocks.map(blockToPlainText).filter(text => text !== '').join(separator);
}

/** Blocks as plain text lines wrapped to `width`, for a screen reader: no frames, rules or glyphs. */
export function plainTextLines(blocks: readonly Block[], width: number): Line[] {
	return blocksToPlainText(blocks).split('\n').flatMap(text => (text === '' ? [[]] : wrapSpans([{text, style: {}}], width)));
}
