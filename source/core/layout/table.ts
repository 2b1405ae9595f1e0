/**
GFM tables with box-drawing borders. Columns are sized by display width, so
CJK and emoji cells stay aligned; a table wider than the slide shrinks its
widest columns and wraps text inside the cells.
*/
import type {Alignment, Span} from '../deck/types.js';
import type {ChunkSplit} from './paginate.js';
import {lineWidth, segment, truncateLine} from './segments.js';
import type {Line, Segment, SegmentStyle} from './types.js';
import {longestWordWidth, widestGrapheme, type WrapOptions, wrapSpans} from './wrap.js';
import {append, maxOf} from '../text/arrays.js';

type Cells = ReadonlyArray<readonly Span[]>;

export type TableInput = {
	readonly align: readonly Alignment[];
	readonly header: Cells;
	readonly rows: readonly Cells[];
};

const border: SegmentStyle = {role: 'border'};

// '│ ' before each cell, ' │' after the last, ' │ ' between: 3 per column plus 1.
const bordersWidth = (columns: number): number => (3 * columns) + 1;

const naturalWidth = (spans: readonly Span[], options: WrapOptions): number =>
	maxOf(wrapSpans(spans, Number.MAX_SAFE_INTEGER, {}, options).map(line => lineWidth(line)), 0);

/**
Column widths that fit `available` columns of cell text: each column as wide as
its widest cell, then the widest column narrowed one step at a time. A column
is narrowed below its longest word only when there is no other way, and never
below its widest character.
*/
export function columnWidths(table: readonly Cells[], columns: number, available: number, options: WrapOptions = {}): number[] {
	const cellsOf = (column: number): Array<readonly Span[]> => table.map(row => row[column] ?? []);
	const widths = Array.from({length: columns}, (_, column) => maxOf(cellsOf(column).map(cell => naturalWidth(cell, options)), 1));
	const words = Array.from({length: columns}, (_, column) => maxOf(cellsOf(column).map(cell => longestWordWidth(cell)), 1));
	const floors = Array.from({length: columns}, (_, column) => maxOf(cellsOf(column).map(cell => widestGrapheme(cell)), 1));

	const total = (): number => widths.reduce((sum, width) => sum + width, 0);
	const shrink = (limit: readonly number[]): boolean => {
		let widest = -1;
		for (const [column, width] of widths.entries()) {
			if (width > limit[column]! && (widest === -1 || width > widths[widest]!)) {
				widest = column;
			}
		}

		if (widest === -1) {
			return false;
		}

		widths[widest]!--;
		return true;
	};

	while (total() > available && shrink(words)) {
		// Narrow the widest column that still holds its longest word.
	}

	while (total() > available && shrink(floors)) {
		// Then cut words too.
	}

	return widths;
}

const alignLine = (line: Line, width: number, alignment: Alignment): Segment[] => {
	const missing = Math.max(0, width - lineWidth(line));
	const left = alignment === 'right' ? missing : alignment === 'center' ? Math.floor(missing / 2) : 0;
	const right = missing - left;
	return [
		...(left > 0 ? [segment(' '.repeat(left))] : []),
		...line,
		...(right > 0 ? [segment(' '.repeat(right))] : []),
	];
};

const ruleLine = (widths: readonly number[], [left, middle, right]: readonly [string, string, string]): Line => [
	segment(left + widths.map(width => '─'.repeat(width + 2)).join(middle) + right, border),
];

export function layoutTable(table: TableInput, width: number, options: WrapOptions = {}): Line[] {
	return layoutTableBlock(table, width, options).lines;
}

/**
The table's lines, and how it may be split across pages: between rows, never
inside one, the header row repeated on the next page.
*/
export function layoutTableBlock(table: TableInput, width: number, options: WrapOptions = {}): {lines: Line[]; split?: ChunkSplit} {
	const columns = maxOf(table.rows.map(row => row.length), Math.max(table.align.length, table.header.length));
	if (columns === 0) {
		return {lines: []};
	}

	const all = [table.header, ...table.rows];
	const widths = columnWidths(all, columns, width - bordersWidth(columns), options);

	const rowLines = (cells: Cells, base: SegmentStyle): Line[] => {
		const wrapped = widths.map((columnWidth, column) => wrapSpans(cells[column] ?? [], columnWidth, base, options));
		const height = maxOf(wrapped.map(lines => lines.length), 1);
		return Array.from({length: height}, (_, index): Line => {
			const line: Segment[] = [segment('│ ', border)];
			for (const [column, columnWidth] of widths.entries()) {
				if (column > 0) {
					line.push(segment(' │ ', border));
				}

				append(line, alignLine(wrapped[column]![index] ?? [], columnWidth, table.align[column] ?? 'left'));
			}

			line.push(segment(' │', border));
			return line;
		});
	};

	// Only a table with more columns than the slide can hold characters is cut.
	const fit = (line: Line): Line => truncateLine(line, width);
	const head = [ruleLine(widths, ['┌', '┬', '┐']), ...rowLines(table.header, {bold: true}), ruleLine(widths, ['├', '┼', '┤'])].map(fit);
	const bottom = fit(ruleLine(widths, ['└', '┴', '┘']));
	const lines: Line[] = [...head];
	const breaks: number[] = [];
	for (const [index, row] of table.rows.entries()) {
		// The first row stays with the header.
		if (index > 0) {
			breaks.push(lines.length);
		}

		append(lines, rowLines(row, {}).map(fit));
	}

	lines.push(bottom);
	return {lines, split: {breaks, head, tail: [bottom]}};
}
