/**
Splits a slide's lines into pages no taller than the screen. Every page after
the first starts with the slide title and `(continued)`; every page with more
after it ends with `more ↓`. Those lines count toward the height.
*/
import {truncateToWidth} from './display-width.js';
import {segment} from './segments.js';
import type {Line, Page} from './types.js';
import {append} from '../../text/arrays.js';

export type Chunk = {
	readonly lines: readonly Line[];
	/** A heading: a page should not end right after it. */
	readonly keepWithNext?: boolean;
};

export type PageInput = {
	readonly lines: readonly Line[];
	/** Line indexes where a page may start without cutting a block. */
	readonly breaks: ReadonlySet<number>;
};

/** Chunks one under another with a blank line between them, and where pages may break. */
export function joinChunks(chunks: readonly Chunk[]): PageInput {
	const lines: Line[] = [];
	const breaks = new Set<number>();
	let previous: Chunk | undefined;
	for (const chunk of chunks) {
		if (chunk.lines.length === 0) {
			continue;
		}

		if (previous !== undefined) {
			lines.push([]);
			if (!previous.keepWithNext) {
				breaks.add(lines.length);
			}
		}

		append(lines, chunk.lines);
		previous = chunk;
	}

	return {lines, breaks};
}

export const MORE_MARKER = 'more ↓';
export const CONTINUED_MARKER = '(continued)';

/** With this many rows or more, a blank line sets the repeated title apart from the page. */
const roomyHeight = 10;

export function continuedHeader(title: string, width: number): Line {
	const marker = segment(CONTINUED_MARKER, {role: 'muted'});
	const room = width - CONTINUED_MARKER.length - 1;
	if (title === '' || room < 1) {
		return [{...marker, text: truncateToWidth(CONTINUED_MARKER, width)}];
	}

	return [segment(truncateToWidth(title, room), {role: 'title', bold: true}), segment(' '), marker];
}

const isBlank = (line: Line | undefined): boolean => line !== undefined && line.every(({text}) => text.trim() === '');

export type PaginateOptions = {
	readonly height: number;
	readonly width: number;
	/** Repeated at the top of every page after the first. */
	readonly title: string;
};

/**
Pages of at most `height` lines (given `height >= MIN_BODY_HEIGHT`; below it a
page still holds one line of the slide, so the caller must show "too small").
Breaks between blocks when that keeps at least half a page, else inside one.
*/
export function paginate({lines, breaks}: PageInput, {height, width, title}: PaginateOptions): Page[] {
	let end = lines.length;
	while (end > 0 && isBlank(lines[end - 1])) {
		end--;
	}

	if (end === 0) {
		return [{lines: [], continued: false, more: false}];
	}

	const pages: Page[] = [];
	const more: Line = [segment(MORE_MARKER.length <= width ? MORE_MARKER : '↓', {role: 'muted'})];
	let position = 0;
	while (position < end) {
		const continued = pages.length > 0;
		const header: Line[] = continued ? [continuedHeader(title, width), ...(height >= roomyHeight ? [[]] : [])] : [];
		const room = height - header.length;
		if (end - position <= room) {
			pages.push({lines: [...header, ...lines.slice(position, end)], continued, more: false});
			break;
		}

		const capacity = Math.max(1, room - 1);
		const pageEnd = breakPoint(lines, breaks, position, capacity);
		const body = lines.slice(position, pageEnd);
		while (body.length > 1 && isBlank(body.at(-1))) {
			body.pop();
		}

		pages.push({lines: [...header, ...body, more], continued, more: true});
		position = pageEnd;
		while (position < end && isBlank(lines[position])) {
			position++;
		}
	}

	return pages;
}

/**
Where the page starting at `start` should end: a block boundary if one keeps at
least half the page, else the page's last line. A boundary one past the page
still works when the line before it is the blank that gets trimmed.
*/
function breakPoint(lines: readonly Line[], breaks: ReadonlySet<number>, start: number, capacity: number): number {
	const latest = start + capacity;
	const earliest = start + Math.ceil(capacity / 2);
	const fits = (candidate: number): boolean => candidate <= latest || isBlank(lines[candidate - 1]);
	for (let candidate = latest + 1; candidate >= earliest; candidate--) {
		if (breaks.has(candidate) && fits(candidate)) {
			return candidate;
		}
	}

	// Inside a block, a blank line (between list items, say) is still a better place than mid-paragraph.
	for (let candidate = latest + 1; candidate >= earliest; candidate--) {
		if (candidate > start + 1 && isBlank(lines[candidate - 1])) {
			return candidate;
		}
	}

	return latest;
}
