/**
Splits a slide's lines into pages no taller than the screen. Every page after
the first starts with the slide title and `(continued)`; every page with more
after it ends with `more ↓`. Those lines count toward the height.

A table or a code block split across pages is split between its rows or its
lines, never inside a row; the part on each page is closed (its bottom border)
and the part on the next page opens again (the table's header row, the code
frame's top).
*/
import {truncateToWidth} from './display-width.js';
import {segment} from './segments.js';
import type {Line, Page} from './types.js';
import {append} from '../text/arrays.js';

/** How a table or code block may be split across pages. */
export type ChunkSplit = {
	/** Line indexes, within the chunk, where a page may break: between table rows or code lines. */
	readonly breaks: readonly number[];
	/** Lines repeated at the top of a page that continues the chunk: the header row, the frame's top. */
	readonly head: readonly Line[];
	/** Lines that close the chunk on a page that breaks inside it: the bottom border. */
	readonly tail: readonly Line[];
};

export type Chunk = {
	readonly lines: readonly Line[];
	/** A heading: a page should not end right after it. */
	readonly keepWithNext?: boolean;
	/** No blank line before this chunk: it goes on from the one above (a list revealed item by item). */
	readonly joinPrevious?: boolean;
	readonly split?: ChunkSplit;
	/** The index of the slide block the chunk shows, if it shows one (a title slide's byline does not). */
	readonly block?: number;
};

/** A chunk that may be split, placed in the slide's lines: `[start, end)`, breaks as line indexes. */
export type Region = ChunkSplit & {
	readonly start: number;
	readonly end: number;
};

export type PageInput = {
	readonly lines: readonly Line[];
	/** Line indexes where a page may start without cutting a block. */
	readonly breaks: ReadonlySet<number>;
	/** Tables and code blocks that may be split between their rows. */
	readonly regions?: readonly Region[];
	/** The first line of each chunk, by chunk index (`-1` for an empty chunk). */
	readonly starts?: readonly number[];
};

/** Chunks one under another with a blank line between them, and where pages may break. */
export function joinChunks(chunks: readonly Chunk[]): Required<PageInput> {
	const lines: Line[] = [];
	const breaks = new Set<number>();
	const regions: Region[] = [];
	const starts: number[] = [];
	let previous: Chunk | undefined;
	for (const chunk of chunks) {
		if (chunk.lines.length === 0) {
			starts.push(-1);
			continue;
		}

		if (previous !== undefined) {
			if (!chunk.joinPrevious) {
				lines.push([]);
			}

			if (!previous.keepWithNext) {
				breaks.add(lines.length);
			}
		}

		starts.push(lines.length);
		if (chunk.split) {
			const start = lines.length;
			regions.push({...chunk.split, start, end: start + chunk.lines.length, breaks: chunk.split.breaks.map(index => start + index)});
		}

		append(lines, chunk.lines);
		previous = chunk;
	}

	return {lines, breaks, regions, starts};
}

const MORE_MARKER = 'more ↓';
const CONTINUED_MARKER = '(continued)';

/** With this many rows or more, a blank line sets the repeated title apart from the page. */
const roomyHeight = 10;

function continuedHeader(title: string, width: number): Line {
	const marker = segment(CONTINUED_MARKER, {role: 'muted'});
	const room = width - CONTINUED_MARKER.length - 1;
	if (title === '' || room < 1) {
		return [{...marker, text: truncateToWidth(CONTINUED_MARKER, width)}];
	}

	return [segment(truncateToWidth(title, room), {role: 'title', bold: true}), segment(' '), marker];
}

// An image's cells are spaces, but they are not blank: pixels are drawn over them.
const isBlank = (line: Line | undefined): boolean => line !== undefined && line.every(({text, style}) => text.trim() === '' && style.image === undefined);

export type PaginateOptions = {
	readonly height: number;
	readonly width: number;
	/** Repeated at the top of every page after the first. */
	readonly title: string;
	/**
	Fill the last page first: it ends the slide and holds as much of what comes
	before as fits. For a step just revealed, which is always at the end.
	*/
	readonly anchorEnd?: boolean;
};

export type Pagination = {
	readonly pages: Page[];
	/** The `[first, end)` slide lines each page shows. */
	readonly ranges: Array<readonly [number, number]>;
};

/**
Pages of at most `height` lines (given `height >= MIN_BODY_HEIGHT`; below it a
page still holds one line of the slide, so the caller must show "too small").
Breaks between blocks when that keeps at least half a page, else between the
rows of a table or the lines of code, else inside a block.
*/
export function paginate(input: PageInput, options: PaginateOptions): Pagination {
	const paginator = new Paginator(input, options);
	return paginator.run();
}

class Paginator {
	private readonly lines: readonly Line[];
	private readonly breaks: ReadonlySet<number>;
	private readonly regions: readonly Region[];
	/** Every region's breaks, as slide line indexes. */
	private readonly regionBreaks: ReadonlySet<number>;
	private readonly options: PaginateOptions;
	private readonly end: number;
	private readonly pages: Page[] = [];
	private readonly ranges: Array<readonly [number, number]> = [];

	constructor(input: PageInput, options: PaginateOptions) {
		this.lines = input.lines;
		this.breaks = input.breaks;
		// On a screen too short to repeat a region's header and still show a row, it is split like any block.
		const header = options.height >= roomyHeight ? 2 : 1;
		this.regions = (input.regions ?? []).filter(region => header + region.head.length + region.tail.length + 2 <= options.height);
		this.regionBreaks = new Set(this.regions.flatMap(region => region.breaks));
		this.options = options;
		let end = input.lines.length;
		while (end > 0 && isBlank(input.lines[end - 1])) {
			end--;
		}

		this.end = end;
	}

	run(): Pagination {
		if (this.end === 0) {
			return {pages: [{lines: [], continued: false, more: false}], ranges: [[0, 0]]};
		}

		const lastStart = this.options.anchorEnd && !this.fits(0, this.end, false) ? this.lastPageStart() : undefined;
		if (lastStart === undefined) {
			this.fill(0, this.end);
		} else {
			this.fill(0, lastStart);
			this.fill(lastStart, this.end);
		}

		return {pages: this.pages, ranges: this.ranges};
	}

	/** The region a page starting or ending at `index` would cut, if any. Regions are in order and never overlap. */
	private regionAround(index: number): Region | undefined {
		let low = 0;
		let high = this.regions.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const region = this.regions[middle]!;
			if (index <= region.start) {
				high = middle - 1;
			} else if (index >= region.end) {
				low = middle + 1;
			} else {
				return region;
			}
		}

		return undefined;
	}

	/** The lines above a page's content: the repeated title, and the opened region's head. */
	private headerAt(position: number, continued: boolean): Line[] {
		const {height, width, title} = this.options;
		const header: Line[] = continued ? [continuedHeader(title, width), ...(height >= roomyHeight ? [[]] : [])] : [];
		return [...header, ...(this.regionAround(position)?.head ?? [])];
	}

	/** Whether `[start, stop)` fits one page, with a `more ↓` after it when `more`. */
	private fits(start: number, stop: number, more: boolean): boolean {
		const used = this.headerAt(start, start > 0).length + (stop - start) + (this.regionAround(stop)?.tail.length ?? 0) + (more ? 1 : 0);
		return used <= this.options.height;
	}

	/** Pages for `[from, to)`; every page but the very last ends with `more ↓`. */
	private fill(from: number, to: number): void {
		let position = from;
		while (position < to) {
			const last = to === this.end;
			const pageEnd = this.fits(position, to, !last) ? to : this.breakPoint(position, to);
			this.push(position, pageEnd, pageEnd < this.end);
			position = pageEnd;
			while (position < to && isBlank(this.lines[position]) && this.regionAround(position) === undefined) {
				position++;
			}
		}
	}

	private push(start: number, stop: number, more: boolean): void {
		const body = this.lines.slice(start, stop);
		while (body.length > 1 && isBlank(body.at(-1)) && this.regionAround(stop) === undefined) {
			body.pop();
		}

		const tail = this.regionAround(stop)?.tail ?? [];
		const marker: Line = [segment(MORE_MARKER.length <= this.options.width ? MORE_MARKER : '↓', {role: 'muted'})];
		const continued = this.pages.length > 0;
		this.pages.push({lines: [...this.headerAt(start, continued), ...body, ...tail, ...(more ? [marker] : [])], continued, more});
		this.ranges.push([start, stop]);
	}

	/** Whether a page may end at `candidate`: a block boundary, or between rows of a region. */
	private isBreak(candidate: number): boolean {
		return this.regionAround(candidate) === undefined ? this.breaks.has(candidate) : this.regionBreaks.has(candidate);
	}

	/**
	Where the page starting at `start` should end: a block boundary if one
	keeps at least half the page, else a break between rows, else a blank
	line, else the page's last line. A boundary one past the page still works
	when the line before it is the blank that gets trimmed.
	*/
	private breakPoint(start: number, limit: number): number {
		const fitsUpTo = (candidate: number): boolean => this.fits(start, candidate, true) || (isBlank(this.lines[candidate - 1]) && this.fits(start, candidate - 1, true));
		let latest = start + 1;
		while (latest + 1 < limit && this.fits(start, latest + 1, true)) {
			latest++;
		}

		const earliest = start + Math.ceil((latest - start) / 2);
		const candidates = Array.from({length: Math.max(0, Math.min(latest + 1, limit) - start)}, (_, index) => Math.min(latest + 1, limit) - index).filter(candidate => candidate > start);
		return candidates.find(candidate => candidate >= earliest && this.breaks.has(candidate) && this.regionAround(candidate) === undefined && fitsUpTo(candidate))
			?? candidates.find(candidate => this.regionAround(candidate) !== undefined && this.isBreak(candidate) && this.fits(start, candidate, true))
			?? candidates.find(candidate => candidate >= earliest && candidate > start + 1 && this.regionAround(candidate) === undefined && isBlank(this.lines[candidate - 1]) && fitsUpTo(candidate))
			?? latest;
	}

	/**
	For `anchorEnd`: the earliest place the last page can start and still hold
	everything to the end of the slide, at a block boundary or between rows
	(else anywhere).
	*/
	private lastPageStart(): number | undefined {
		let earliest = this.end;
		while (earliest - 1 > 0 && this.fits(earliest - 1, this.end, false)) {
			earliest--;
		}

		for (let candidate = earliest; candidate < this.end; candidate++) {
			if ((this.isBreak(candidate) || isBlank(this.lines[candidate - 1])) && this.fits(candidate, this.end, false)) {
				return candidate;
			}
		}

		return earliest < this.end ? earliest : undefined;
	}
}
