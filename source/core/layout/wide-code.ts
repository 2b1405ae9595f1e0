/**
Code lines too wide for the slide they are on. The slideshow wraps them
behind a `↪` mark; `check` warns, so an author can shorten them.
*/
import type {Block, Slide} from '../deck/types.js';
import {CODE_FRAME_COLUMNS, gutterWidth} from './code-block.js';
import {displayWidth, expandTabs} from './display-width.js';
import {columnWidths} from './columns.js';
import {itemIndent} from './list.js';
import {maxOf} from '../text/arrays.js';

export type WideCode = {
	/** Source line of the widest line of the code block. */
	readonly line: number;
	/** Its width in columns. */
	readonly width: number;
	/** Columns of code the frame has room for. */
	readonly room: number;
};

function findInBlocks(blocks: readonly Block[], width: number, found: WideCode[]): void {
	for (const block of blocks) {
		switch (block.kind) {
			case 'code': {
				const lines = expandTabs(block.text.replace(/\n$/, '')).split('\n');
				const room = width - CODE_FRAME_COLUMNS - (block.lineNumbers ? gutterWidth(lines.length) : 0);
				const widths = lines.map(line => displayWidth(line));
				const widest = maxOf([0, ...widths]);
				if (widest > room) {
					found.push({line: (block.firstLine ?? block.line) + widths.indexOf(widest), width: widest, room: Math.max(0, room)});
				}

				break;
			}

			case 'list': {
				for (const [index, item] of block.items.entries()) {
					findInBlocks(item.blocks, width - itemIndent(block, index), found);
				}

				break;
			}

			case 'quote': {
				findInBlocks(block.blocks, width - 2, found);
				break;
			}

			case 'columns': {
				const widths = columnWidths(block.widths, width);
				for (const [index, column] of block.columns.entries()) {
					findInBlocks(column, widths?.[index] ?? width, found);
				}

				break;
			}

			default:
		}
	}
}

/** The code blocks on the slides whose widest line does not fit a slide body `width` columns wide. */
export function findWideCode(slides: readonly Slide[], width: number): WideCode[] {
	const found: WideCode[] = [];
	for (const slide of slides) {
		findInBlocks(slide.blocks, width, found);
	}

	return found;
}
