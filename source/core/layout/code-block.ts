/**
A fenced code block in a frame. Code never reflows at spaces, since that
would change what it says (think YAML or Python indentation): a line too wide
for the frame is cut at the frame's edge and goes on in the next row, behind a
`↪` mark, so nothing is lost and a continued line cannot pass for a new one.
*/
import {displayWidth, expandTabs, splitAtWidth, truncateToWidth} from './display-width.js';
import type {Highlighter} from './highlighter.js';
import type {ChunkSplit} from './paginate.js';
import {lineWidth, mergeSegments, padLine, segment} from './segments.js';
import type {Line, Segment} from './types.js';
import {append, maxOf} from '../text/arrays.js';

const border = {role: 'border'} as const;

/** The frame's columns around the code: '│ ' + code + ' │'. */
export const CODE_FRAME_COLUMNS = 4;
const frameColumns = CODE_FRAME_COLUMNS;

/** Starts each continued row of a wrapped line. */
const CONTINUATION_MARK = '↪ ';

const plainLines = (code: string): Segment[][] =>
	code.split('\n').map(text => (text === '' ? [] : [segment(text, {role: 'code'})]));

/** The code's lines, tabs expanded, highlighted when the highlighter knows the language. */
function codeLines(code: string, language: string, highlighter?: Highlighter): Segment[][] {
	// The fence's own final newline is not a line of code.
	const source = expandTabs(code.endsWith('\n') ? code.slice(0, -1) : code);
	const highlighted = language.trim() === '' ? undefined : highlighter?.(source, language);
	// Only trust a highlighter whose lines join back to the code.
	return highlighted?.length === source.split('\n').length ? highlighted : plainLines(source);
}

/** Columns the line numbers take: the widest number and a space. */
export const gutterWidth = (lineCount: number): number => String(lineCount).length + 1;

/** Cuts a line into rows: the first `width` columns wide, the rest `width - 2` behind the mark. */
function wrapCodeLine(line: readonly Segment[], width: number): Segment[][] {
	if (lineWidth(line) <= width) {
		return [mergeSegments(line)];
	}

	// Too narrow for the mark as well as some code: the rows go on without it.
	const mark = width > displayWidth(CONTINUATION_MARK) ? displayWidth(CONTINUATION_MARK) : 0;

	const rows: Segment[][] = [];
	let row: Segment[] = [];
	// Segments at the start of the row that are not code: the mark, on continued rows.
	let lead = 0;
	let room = width;
	for (const part of line) {
		let rest = part.text;
		while (rest !== '') {
			if (room <= 0) {
				rows.push(row);
				row = mark > 0 ? [segment(CONTINUATION_MARK, {role: 'muted'})] : [];
				lead = row.length;
				room = width - mark;
			}

			const [head, tail] = splitAtWidth(rest, room);
			// A wide character that does not fit the end of a row starts the next one (unless the row is empty).
			if (displayWidth(head) > room && row.length > lead) {
				room = 0;
				continue;
			}

			row.push(segment(head, part.style));
			room -= displayWidth(head);
			rest = tail;
		}
	}

	rows.push(row);
	return rows.map(cells => mergeSegments(cells));
}

export type CodeOptions = {
	readonly highlighter?: Highlighter;
	/** Number each line (presenterm's `+line_numbers`). */
	readonly lineNumbers?: boolean;
};

export type CodeLayout = {
	readonly lines: Line[];
	/** Where the framed block may be split across pages: between its lines, the frame closed and opened again. */
	readonly split?: ChunkSplit;
};

export function layoutCodeBlock(code: string, language: string, width: number, options: CodeOptions = {}): CodeLayout {
	const source = codeLines(code, language, options.highlighter);
	if (width < frameColumns + 1) {
		return {lines: source.flatMap(line => wrapCodeLine(line, Math.max(1, width)))};
	}

	const gutter = options.lineNumbers ? gutterWidth(source.length) : 0;
	const maxInner = width - frameColumns;
	const codeWidth = Math.max(1, maxInner - gutter);
	const rowsOf = source.map((line, lineIndex) => wrapCodeLine(line, codeWidth).map((row, index): Segment[] => {
		if (gutter === 0) {
			return row;
		}

		const number = index === 0 ? String(lineIndex + 1) : '';
		return [segment(`${number.padStart(gutter - 1)} `, {role: 'muted'}), ...row];
	}));
	const label = language.trim() === '' ? '' : truncateToWidth(language.trim(), Math.max(0, maxInner - 2));
	const widest = maxOf(rowsOf.flat().map(row => lineWidth(row)), 0);
	const inner = Math.min(maxInner, Math.max(widest, label === '' ? 0 : displayWidth(label) + 2));

	const top: Line = label === ''
		? [segment(`┌${'─'.repeat(inner + 2)}┐`, border)]
		: [
				segment('┌─ ', border),
				segment(label, {role: 'muted'}),
				segment(` ${'─'.repeat(inner - displayWidth(label) - 1)}┐`, border),
			];
	const bottom: Line = [segment(`└${'─'.repeat(inner + 2)}┘`, border)];
	const framed = (row: Segment[]): Line => [segment('│ ', border), ...padLine(row, inner), segment(' │', border)];

	const lines: Line[] = [top];
	const breaks: number[] = [];
	for (const [index, rows] of rowsOf.entries()) {
		// A page may break before any line but the first, never inside a wrapped one.
		if (index > 0) {
			breaks.push(lines.length);
		}

		append(lines, rows.map(row => framed(row)));
	}

	lines.push(bottom);
	return {lines, split: {breaks, head: [top], tail: [bottom]}};
}

/** The framed code's lines. */
export function layoutCode(code: string, language: string, width: number, highlighter?: Highlighter, options: Omit<CodeOptions, 'highlighter'> = {}): Line[] {
	return layoutCodeBlock(code, language, width, {...options, highlighter}).lines;
}
