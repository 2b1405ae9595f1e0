/** Deck-wide search: which slides, at which step, show the query. */
import type {Slide} from '../../deck/types.js';
import {findMatches} from './matches.js';
import {blocksToPlainText} from './plain-text.js';

export type SearchHit = {
	/** 0-based index into the `slides` searched (not `Slide.number`). */
	readonly slide: number;
	/** The first step (index into `Slide.steps`) that shows this match. */
	readonly step: number;
	/** The line of text holding the first match there, trimmed, for a results list. */
	readonly snippet: string;
};

/** The step that first shows top-level block `block`. */
export function stepShowingBlock(slide: Slide, block: number): number {
	const step = slide.steps.findIndex(count => count > block);
	return step === -1 ? Math.max(0, slide.steps.length - 1) : step;
}

/**
Every place the query occurs (case-insensitive), in deck order: one hit per
slide and step, so "next match" walks through reveals too. Titles are blocks,
so they are searched; speaker notes are not.
*/
export function searchSlides(slides: readonly Slide[], query: string): SearchHit[] {
	const hits: SearchHit[] = [];
	if (query.trim() === '') {
		return hits;
	}

	for (const [slideIndex, slide] of slides.entries()) {
		for (const [blockIndex, block] of slide.blocks.entries()) {
			const text = blocksToPlainText([block]);
			const [first] = findMatches(text, query);
			if (first === undefined) {
				continue;
			}

			const step = stepShowingBlock(slide, blockIndex);
			const previous = hits.at(-1);
			if (previous?.slide === slideIndex && previous.step >= step) {
				continue;
			}

			const lineStart = text.lastIndexOf('\n', first[0]) + 1;
			const lineEnd = text.indexOf('\n', first[0]);
			hits.push({slide: slideIndex, step, snippet: text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim()});
		}
	}

	return hits;
}
