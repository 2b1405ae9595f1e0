/**
A slide at a given step to pages that fit the screen: what the slide view
draws. Handles pauses, the title slide, where the slide sits on a big screen,
pagination and search highlighting.
*/
import type {Block, Slide} from '../deck/types.js';
import {continuesList, layoutBlockChunk, type BlockLayoutOptions} from './blocks.js';
import {boundSlide} from './bound-slide.js';
import {columnWidths, revealedColumns} from './columns.js';
import type {Highlighter} from './highlighter.js';
import {markMatches} from './matches.js';
import {joinChunks, paginate, type Chunk, type PageInput} from './paginate.js';
import {plainTextLines} from './plain-text.js';
import {besideImage, findSideImage} from './side-image.js';
import {indentLine, lineWidth} from './segments.js';
import {titleSlideChunks, type TitleMeta} from './title-slide.js';
import type {LayoutOptions, Line, Page} from './types.js';
import {PROSE_MEASURE} from './body-width.js';
import {wrapSpans} from './wrap.js';
import {maxOf} from '../text/arrays.js';

export type SlideLayoutOptions = LayoutOptions & {
	/** From `loadHighlighter()`; without it code is shown plain. */
	readonly highlighter?: Highlighter;
	/** Force (or forbid) the title-slide look; by default the slide's own `titleSlide` decides. */
	readonly isTitleSlide?: boolean;
	/** The deck's title: drawn on a title slide that has no heading, and repeated on its continued pages. */
	readonly deckTitle?: string;
	/** The front matter's subtitle, author and date, shown on the title slide. */
	readonly titleMeta?: TitleMeta;
	/**
	Plain text only, for screen readers: no block letters, no frames or rules
	of box-drawing characters, nothing placed with leading spaces.
	*/
	readonly plain?: boolean;
	/** Centre a slide that fits on a big screen (default); a pane that shows a slide small turns this off. */
	readonly stage?: boolean;
	/**
	Columns prose wraps at (`PROSE_MEASURE` by default). `width` is all the
	slide may take: code, tables and columns side by side use it, and the
	slide is laid out in a region as wide as its widest line, centred in
	`width`.
	*/
	readonly measure?: number;
};

export type SlideLayout = {
	/** At least one page; a slide with nothing to show has one page without lines. */
	readonly pages: readonly Page[];
	/** The page that shows the start of what this step revealed (0 for a slide's first step). */
	readonly revealPage: number;
};

/** From this many rows, a slide that fits sits in the middle of the screen, as on a projector. */
const STAGE_ROWS = 30;

/** How many top-level blocks step `stepIndex` shows (clamped to the slide's steps). */
export function visibleBlockCount(slide: Slide, stepIndex: number): number {
	if (slide.steps.length === 0) {
		return slide.blocks.length;
	}

	const step = Math.min(Math.max(0, Math.trunc(stepIndex)), slide.steps.length - 1);
	return Math.min(slide.steps[step] ?? slide.blocks.length, slide.blocks.length);
}

/**
The slide's blocks as step `stepIndex` shows them: a `columns` block that a
pause inside it splits is cut to what this step reveals of it.
*/
export function revealedBlocks(slide: Slide, stepIndex: number): readonly Block[] {
	const visible = visibleBlockCount(slide, stepIndex);
	const last = slide.blocks[visible - 1];
	if (last?.kind !== 'columns' || last.reveal === undefined) {
		return slide.blocks;
	}

	const step = Math.min(Math.max(0, Math.trunc(stepIndex)), slide.steps.length - 1);
	const part = step - slide.steps.indexOf(visible);
	return slide.blocks.with(visible - 1, revealedColumns(last, part));
}

const blankLines = (count: number): Line[] => Array.from({length: count}, (): Line => []);

type ChunkOptions = BlockLayoutOptions & {
	readonly width: number;
	/** Columns prose wraps at: at most `width`. */
	readonly measure: number;
	/** Lay out `new_lines` blank lines; off when the slide would not fit with them. */
	readonly spaces: boolean;
	readonly plain: boolean;
	/** A block laid out beside the others (a split slide's image), not in the flow. */
	readonly aside?: number;
};

function bodyChunks(blocks: readonly Block[], visible: number, options: ChunkOptions): Chunk[] {
	const {width, measure} = options;
	const titleIndex = blocks.findIndex(block => block.kind !== 'space');
	const spaces = options.spaces && !options.plain;
	return blocks.slice(0, visible).map((block, index): Chunk => {
		// `new_lines: N` is N blank lines in all, not N between two blank lines.
		if (block.kind === 'space') {
			return {lines: spaces ? blankLines(block.lines) : [], joinPrevious: true, block: index};
		}

		if (index === options.aside) {
			return {lines: [], block: index};
		}

		const joinPrevious = continuesList(block) || (spaces && blocks[index - 1]?.kind === 'space');
		if (options.plain) {
			const plainWidth = block.kind === 'code' || block.kind === 'table' ? width : measure;
			return {lines: plainTextLines([block], plainWidth), keepWithNext: block.kind === 'heading', joinPrevious, block: index};
		}

		// The slide's own title heading looks like a title whatever its level.
		if (index === titleIndex && block.kind === 'heading') {
			return {lines: wrapSpans(block.spans, measure, {role: 'title', bold: true}, {linkUrls: options.linkUrls}), keepWithNext: true, joinPrevious, block: index};
		}

		return {...layoutBlockChunk(block, width, options), keepWithNext: block.kind === 'heading', joinPrevious, block: index};
	});
}

/** The input with `count` blank lines put in at line `at`. */
function insertBlankLines(input: Required<PageInput>, at: number, count: number): Required<PageInput> {
	if (count <= 0) {
		return input;
	}

	const shift = (index: number): number => (index >= at ? index + count : index);
	return {
		lines: [...input.lines.slice(0, at), ...blankLines(count), ...input.lines.slice(at)],
		breaks: new Set([...input.breaks].map(index => shift(index))),
		regions: input.regions.map(region => ({...region, start: shift(region.start), end: shift(region.end), breaks: region.breaks.map(index => shift(index))})),
		starts: input.starts.map(index => (index < 0 ? index : shift(index))),
	};
}

const trimmedLength = (lines: readonly Line[]): number => {
	let end = lines.length;
	while (end > 0 && lines[end - 1]!.length === 0) {
		end--;
	}

	return end;
};

export function layoutSlide(whole: Slide, stepIndex: number, options: SlideLayoutOptions): SlideLayout {
	const slide = boundSlide(whole);
	const width = Math.max(1, Math.floor(options.width));
	const height = Math.max(1, Math.floor(options.height));
	const visible = visibleBlockCount(slide, stepIndex);
	const step = slide.steps.length === 0 ? 0 : Math.min(Math.max(0, Math.trunc(stepIndex)), slide.steps.length - 1);
	const plain = options.plain ?? false;
	const titleSlide = (options.isTitleSlide ?? slide.titleSlide === true) && !plain;
	const images = {imageSizes: options.imageSizes, cellPixels: options.cellPixels, pageHeight: height};
	const side = plain || titleSlide ? undefined : findSideImage(slide, width, height, images);
	const textWidth = side?.textWidth ?? width;
	const measure = Math.max(1, Math.min(textWidth, Math.floor(options.measure ?? PROSE_MEASURE)));
	const base = {highlighter: options.highlighter, linkUrls: options.linkUrls, width: textWidth, measure, plain, images, aside: side?.block};

	const chunksFor = (count: number, spaces: boolean): Chunk[] => {
		if (titleSlide) {
			// A title slide is set at the measure and centred, as a whole, on the screen. An intro slide's
			// blocks are its front matter already: no byline, and no title it does not have.
			return titleSlideChunks(slide.blocks, count, {...base, width: measure, height, ...(slide.intro ? {} : {deckTitle: options.deckTitle, meta: options.titleMeta})});
		}

		const chunks = bodyChunks(count === visible ? revealedBlocks(slide, step) : slide.blocks, count, {...base, spaces});
		if (plain && slide.titleSlide && !slide.intro && count > 0) {
			// A screen reader hears the front matter's subtitle, author and date after the title.
			chunks.splice(slide.blocks.findIndex(block => block.kind !== 'space') + 1, 0, ...plainByline(options.titleMeta, measure));
		}

		return chunks;
	};

	// Where things sit is decided on the whole slide, so a reveal never moves
	// what is shown: not down the screen, and not across it either, since the
	// slide's region is as wide as its widest line at its last step.
	const hasSpaces = slide.blocks.some(block => block.kind === 'space');
	const staged = options.stage ?? true;
	// The whole slide is laid out only where it can move what is shown: set lower on the screen (a title
	// slide, spaces, a middle, a stage) or widen the region past the measure. Elsewhere a step is laid out alone.
	const mayMove = titleSlide || hasSpaces || slide.middle !== undefined || (staged && height >= STAGE_ROWS);
	const narrowMeasure = measure < width;
	let spaces = true;
	let chunks = chunksFor(visible, spaces);
	let full = mayMove || narrowMeasure ? joinChunks(visible === slide.blocks.length ? chunks : chunksFor(slide.blocks.length, spaces)) : undefined;
	if (full && hasSpaces && trimmedLength(full.lines) > height) {
		spaces = false;
		chunks = chunksFor(visible, spaces);
		full = joinChunks(chunksFor(slide.blocks.length, spaces));
	}

	// Without the whole slide nothing is staged (stage needs `mayMove`), so its height is never used but to say it does not fit.
	const fullHeight = full ? trimmedLength(full.lines) : Number.POSITIVE_INFINITY;
	const fits = fullHeight <= height;
	const middleAt = full && !titleSlide && !plain && side === undefined && fits && slide.middle !== undefined ? full.starts[slide.middle] ?? -1 : -1;
	// presenterm's jump_to_middle: what follows it is centred on the screen, below what comes before.
	const middleGap = middleAt >= 0 ? Math.max(0, Math.floor((height - (fullHeight - middleAt)) / 2) - middleAt) : 0;
	// A split slide fills its width already: it is not moved to the middle.
	const stage = !plain && fits && side === undefined && (titleSlide || (staged && height >= STAGE_ROWS && middleAt < 0));
	const topPadding = stage ? Math.floor((height - fullHeight - middleGap) / 2) : 0;
	// Columns side by side share out the slide's whole width, each wrapping its prose within its own column:
	// the region spans them all, though the last column's lines end where its text does.
	const columnsSpan = !plain && !titleSlide && slide.blocks.some(block => block.kind === 'columns' && columnWidths(block.widths, textWidth) !== undefined) ? textWidth : 0;
	// Without the whole slide the measure is the full width already, and so is the region, whatever the widest line.
	const widest = full ? maxOf([columnsSpan, ...full.lines.map(line => lineWidth(line))]) : 0;
	// Prose alone takes the measure, as it always has; a wider code block, table or row of columns widens the region, up to `width`.
	// A split slide's image stands beside the text at the slide's right edge: it takes the whole width.
	const region = side ? width : Math.min(width, Math.max(measure, widest));
	const regionLeft = plain ? 0 : Math.floor((width - region) / 2);
	const leftPadding = stage && !titleSlide ? Math.floor((region - widest) / 2) : 0;

	let placed = joinChunks(chunks);
	if (side) {
		// Lines only added at the end: the breaks and starts found for the text still hold.
		placed = {...placed, lines: besideImage(placed.lines, side)};
	}

	if (middleAt >= 0 && (placed.starts[slide.middle!] ?? -1) >= 0) {
		placed = insertBlankLines(placed, middleAt, middleGap);
	}

	placed = insertBlankLines(placed, 0, topPadding);
	placed = {...placed, lines: placed.lines.map(line => markMatches(indentLine(line, leftPadding), options.highlight))};
	const title = slide.title === '' ? options.deckTitle ?? '' : slide.title;
	const paginated = paginate(placed, {height, width: region, title, anchorEnd: step > 0});
	const pages = regionLeft === 0 ? paginated.pages : paginated.pages.map(page => ({...page, lines: page.lines.map(line => indentLine(line, regionLeft))}));
	const {ranges} = paginated;
	if (step === 0) {
		return {pages, revealPage: 0};
	}

	// The step revealed starts with the first chunk of a block the step before did not show.
	const shownBefore = visibleBlockCount(slide, step - 1);
	// A step that reveals more of a columns block starts at that block.
	const firstNew = shownBefore === visible ? visible - 1 : shownBefore;
	const revealed = placed.starts.find((start, index) => start >= 0 && (chunks[index]?.block ?? -1) >= firstNew);
	const revealPage = revealed === undefined ? -1 : ranges.findIndex(([start, end]) => revealed >= start && revealed < end);
	return {pages, revealPage: revealPage === -1 ? pages.length - 1 : revealPage};
}

/** The front matter's subtitle, then its author and date, as plain lines. */
function plainByline(meta: TitleMeta | undefined, width: number): Chunk[] {
	const lines = [meta?.subtitle, [meta?.author, meta?.date].filter(part => part !== undefined && part.trim() !== '').join(', ')];
	return lines.flatMap(text => (text === undefined || text.trim() === '' ? [] : [{lines: wrapSpans([{text, style: {}}], width)}]));
}
