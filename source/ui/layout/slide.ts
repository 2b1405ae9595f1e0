/**
A slide at a given step to pages that fit the screen: what the slide view
draws. Handles pauses, the title slide, pagination and search highlighting.
*/
import type {Slide} from '../../deck/types.js';
import {layoutBlock, type BlockLayoutOptions} from './blocks.js';
import {boundSlide} from './bound-slide.js';
import type {Highlighter} from './highlighter.js';
import {markMatches} from './matches.js';
import {joinChunks, paginate, type Chunk} from './paginate.js';
import {layoutTitleSlide} from './title-slide.js';
import type {LayoutOptions, Line, Page} from './types.js';
import {wrapSpans} from './wrap.js';

export type SlideLayoutOptions = LayoutOptions & {
	/** From `loadHighlighter()`; without it code is shown plain. */
	readonly highlighter?: Highlighter;
	/** Force (or forbid) the title-slide look; by default the first slide gets it when it starts with a `#` heading. */
	readonly isTitleSlide?: boolean;
	/** The deck's title: drawn on a title slide that has no heading, and repeated on its continued pages. */
	readonly deckTitle?: string;
};

export type SlideLayout = {
	/** At least one page; a slide with nothing to show has one page without lines. */
	readonly pages: readonly Page[];
};

/** The first slide of a deck is a title slide when it starts with a level-1 heading. */
export function looksLikeTitleSlide(slide: Slide): boolean {
	const [first] = slide.blocks;
	return slide.number === 1 && first?.kind === 'heading' && first.level === 1;
}

/** How many top-level blocks step `stepIndex` shows (clamped to the slide's steps). */
export function visibleBlockCount(slide: Slide, stepIndex: number): number {
	if (slide.steps.length === 0) {
		return slide.blocks.length;
	}

	const step = Math.min(Math.max(0, Math.trunc(stepIndex)), slide.steps.length - 1);
	return Math.min(slide.steps[step] ?? slide.blocks.length, slide.blocks.length);
}

const bodyChunks = (slide: Slide, visible: number, width: number, options: BlockLayoutOptions): Chunk[] =>
	slide.blocks.slice(0, visible).map((block, index): Chunk => {
		// The slide's own title heading looks like a title whatever its level.
		const lines = index === 0 && block.kind === 'heading'
			? wrapSpans(block.spans, width, {role: 'title', bold: true}, {linkUrls: options.linkUrls})
			: layoutBlock(block, width, options);
		return {lines, keepWithNext: block.kind === 'heading'};
	});

export function layoutSlide(full: Slide, stepIndex: number, options: SlideLayoutOptions): SlideLayout {
	const slide = boundSlide(full);
	const width = Math.max(1, Math.floor(options.width));
	const height = Math.max(1, Math.floor(options.height));
	const visible = visibleBlockCount(slide, stepIndex);
	const blockOptions: BlockLayoutOptions = {highlighter: options.highlighter, linkUrls: options.linkUrls};

	let chunks: Chunk[];
	let topPadding = 0;
	if (options.isTitleSlide ?? looksLikeTitleSlide(slide)) {
		({chunks, topPadding} = layoutTitleSlide(slide.blocks, visible, {...blockOptions, width, height, deckTitle: options.deckTitle}));
	} else {
		chunks = bodyChunks(slide, visible, width, blockOptions);
	}

	const joined = joinChunks(chunks);
	const padding: Line[] = Array.from({length: topPadding}, () => []);
	const lines = [...padding, ...joined.lines].map(line => markMatches(line, options.highlight));
	const breaks = new Set([...joined.breaks].map(index => index + topPadding));
	const title = slide.title === '' ? options.deckTitle ?? '' : slide.title;
	return {pages: paginate({lines, breaks}, {height, width, title})};
}
