/**
Columns side by side, or stacked in order where the screen is too narrow for
them. Each column is laid out on its own at its own width, so it wraps its
own prose and wraps its own code behind `↪`.
*/
import type {Block} from '../deck/types.js';
import {padLine} from './segments.js';
import type {Line} from './types.js';
import {append, maxOf} from '../text/arrays.js';

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
The narrowest a column may be: room for four or five words of prose, or a
short line of code in its frame. Narrower, prose falls to a word a line and
code wraps on every line, and the columns read worse than one under another.
*/
export const MIN_COLUMN_WIDTH = 24;

/** Blank columns between two columns: wide enough that two columns of prose never read as one line. */
export const COLUMN_GAP = 3;

/**
Each column's width on a slide body `width` columns wide, shared out as the
layout's widths say (`[2, 1]`: two thirds and one third); `undefined` when a
column would be narrower than `MIN_COLUMN_WIDTH`, so the columns are stacked.
*/
export function columnWidths(shares: readonly number[], width: number): number[] | undefined {
	const room = width - (COLUMN_GAP * (shares.length - 1));
	const total = sum(shares);
	if (shares.length === 0 || total <= 0) {
		return undefined;
	}

	const widths = shares.map(share => Math.floor((room * share) / total));
	// The columns left over by rounding down go to the last column, so the layout spans the width.
	widths[widths.length - 1]! += room - sum(widths);
	return widths.every(columnWidth => columnWidth >= MIN_COLUMN_WIDTH) ? widths : undefined;
}

/**
The block as step part `part` shows it: each column cut to the blocks its
`reveal` entry counts, or the whole block once `reveal` runs out.
*/
export function revealedColumns(block: Extract<Block, {kind: 'columns'}>, part: number): Extract<Block, {kind: 'columns'}> {
	const counts = block.reveal?.[part];
	if (!counts) {
		return block;
	}

	return {kind: 'columns', widths: block.widths, line: block.line, columns: block.columns.map((column, index) => column.slice(0, counts[index] ?? column.length))};
}

/**
The columns' lines: side by side, each padded to its width with a gap
between, when `width` allows every column `MIN_COLUMN_WIDTH`; else each
column's lines under the one before, a blank line between.
*/
export function layoutColumns(block: Extract<Block, {kind: 'columns'}>, width: number, layoutBlocks: (blocks: readonly Block[], width: number) => Line[]): Line[] {
	const widths = columnWidths(block.widths, width);
	if (!widths) {
		const lines: Line[] = [];
		for (const column of block.columns) {
			const columnLines = layoutBlocks(column, width);
			if (lines.length > 0 && columnLines.length > 0) {
				lines.push([]);
			}

			append(lines, columnLines);
		}

		return lines;
	}

	const laidOut = block.columns.map((column, index) => layoutBlocks(column, widths[index]!));
	const height = maxOf(laidOut.map(lines => lines.length), 0);
	const gap = ' '.repeat(COLUMN_GAP);
	return Array.from({length: height}, (_, row): Line => {
		const last = laidOut.findLastIndex(lines => (lines[row]?.length ?? 0) > 0);
		const parts: Line[] = laidOut.slice(0, last + 1).map((lines, index) => {
			const line = lines[row] ?? [];
			// The last column on the row needs no padding: trailing blanks only cost width.
			return index === last ? line : padLine(line, widths[index]!);
		});
		return parts.flatMap((line, index) => (index === 0 ? line : [{text: gap, style: {}}, ...line]));
	});
}
