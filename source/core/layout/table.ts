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

/**
A cell measured once: its lines as wide as its text (what it shows in a
column at least that wide), and that width. The header is measured in bold,
so its lines can be drawn as they are.
*/
type MeasuredCell = {
	readonly spans: readonly Span[];
	readonly lines: readonly Line[];
	readonly width: number;
};

function measureCell(spans: readonly Span[], base: SegmentStyle, options: WrapOptions): MeasuredCell {
	const lines = wrapSpans(spans, Number.MAX_SAFE_INTEGER, base, options);
	return {spans, lines, width: maxOf(lines.map(line => lineWidth(line)), 0)};
}

const measureRow = (cells: Cells, columns: number, base: SegmentStyle, options: WrapOptions): MeasuredCell[] =>
	Array.from({length: columns}, (_, column) => measureCell(cells[column] ?? [], base, options));

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
The widths that narrowing the widest column above its limit one column at a
time, the first such column on a tie, would leave once they fit `available`
(or once every column is down to its limit), found without taking the
steps: at a level L every column that can give way is at most L wide (and
not below its limit); the steps pass through each level in turn, so the
answer lies between the lowest level that fits and the one above it, where
the first columns (in order) at the higher level give one column each.
*/
function narrowColumns(widths: readonly number[], limits: readonly number[], available: number): number[] {
	const atLevel = (level: number): number[] => widths.map((width, column) =>
		(width > limits[column]! ? Math.max(limits[column]!, Math.min(width, level)) : width));
	const highest = maxOf(widths, 0);
	if (sum(widths) <= available) {
		return [...widths];
	}

	const lowest = atLevel(0);
	if (sum(lowest) > available) {
		return lowest;
	}

	// The highest level that fits: sum(atLevel(fits)) <= available < sum(atLevel(fits + 1)).
	let fits = 0;
	let over = highest;
	while (over - fits > 1) {
		const middle = Math.floor((fits + over) / 2);
		if (sum(atLevel(middle)) <= available) {
			fits = middle;
		} else {
			over = middle;
		}
	}

	const result = atLevel(over);
	let excess = sum(result) - available;
	for (let column = 0; column < result.length && excess > 0; column++) {
		if (result[column] === over && limits[column]! < over) {
			result[column] = over - 1;
			excess--;
		}
	}

	return result;
}

/**
Column widths that fit `available` columns of cell text: each column as wide
as its widest cell, then the widest column narrowed one step at a time. A
column is narrowed below its longest word only when there is no other way,
and never below its widest character.
*/
function fitColumns(table: ReadonlyArray<readonly MeasuredCell[]>, columns: number, available: number): number[] {
	const widestOf = (measure: (cell: MeasuredCell) => number): number[] => {
		const widest = Array.from({length: columns}, () => 1);
		for (const row of table) {
			for (const [column, cell] of row.entries()) {
				widest[column] = Math.max(widest[column]!, measure(cell));
			}
		}

		return widest;
	};
	const natural = widestOf(cell => cell.width);
	if (sum(natural) <= available) {
		return natural;
	}

	// Narrow the widest column that still holds its longest word.
	const keepingWords = narrowColumns(natural, widestOf(cell => longestWordWidth(cell.spans)), available);
	if (sum(keepingWords) <= available) {
		return keepingWords;
	}

	// Then cut words too.
	return narrowColumns(keepingWords, widestOf(cell => widestGrapheme(cell.spans)), available);
}

/** The column widths `layoutTableBlock` gives the cells (`table` holds the header row and the body rows). */
export function columnWidths(table: readonly Cells[], columns: number, available: number, options: WrapOptions = {}): number[] {
	return fitColumns(table.map(cells => measureRow(cells, columns, {}, options)), columns, available);
}

/**
How many columns, from the left, a line must draw to show `width` columns:
each column takes its width and 3 of border ('│ ' before the first, ' │ '
between), so past the screen the rest would only be cut. Lines drawn with
fewer columns than the table has are still wider than `width`, and so cut
where the whole line would be.
*/
function columnsShown(widths: readonly number[], width: number): number {
	let drawn = 0;
	for (const [column, columnWidth] of widths.entries()) {
		drawn += columnWidth + 3;
		if (drawn > width + 1) {
			return column + 1;
		}
	}

	return widths.length;
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

/** A border line across the first `shown` columns; its right corner only when it shows them all. */
const ruleLine = (widths: readonly number[], shown: number, [left, middle, right]: readonly [string, string, string]): Line => [
	segment(left + widths.slice(0, shown).map(width => '─'.repeat(width + 2)).join(middle) + (shown === widths.length ? right : middle), border),
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

	const header = measureRow(table.header, columns, {bold: true}, options);
	const rows = table.rows.map(row => measureRow(row, columns, {}, options));
	const widths = fitColumns([header, ...rows], columns, width - bordersWidth(columns));
	const shown = columnsShown(widths, width);

	const rowLines = (cells: readonly MeasuredCell[], base: SegmentStyle): Line[] => {
		// A cell that fits its column is drawn as measured; every cell counts for the row's height, shown or not.
		const wrapped = widths.map((columnWidth, column) => {
			const cell = cells[column]!;
			return cell.width <= columnWidth ? cell.lines : wrapSpans(cell.spans, columnWidth, base, options);
		});
		const height = maxOf(wrapped.map(lines => lines.length), 1);
		return Array.from({length: height}, (_, index): Line => {
			const line: Segment[] = [segment('│ ', border)];
			for (let column = 0; column < shown; column++) {
				if (column > 0) {
					line.push(segment(' │ ', border));
				}

				append(line, alignLine(wrapped[column]![index] ?? [], widths[column]!, table.align[column] ?? 'left'));
			}

			if (shown === columns) {
				line.push(segment(' │', border));
			}

			return line;
		});
	};

	// Only a table with more columns than the slide can hold characters is cut.
	const fit = (line: Line): Line => truncateLine(line, width);
	const head = [ruleLine(widths, shown, ['┌', '┬', '┐']), ...rowLines(header, {bold: true}), ruleLine(widths, shown, ['├', '┼', '┤'])].map(fit);
	const bottom = fit(ruleLine(widths, shown, ['└', '┴', '┘']));
	const lines: Line[] = [...head];
	const breaks: number[] = [];
	for (const [index, row] of rows.entries()) {
		// The first row stays with the header.
		if (index > 0) {
			breaks.push(lines.length);
		}

		append(lines, rowLines(row, {}).map(fit));
	}

	lines.push(bottom);
	return {lines, split: {breaks, head, tail: [bottom]}};
}
