/** Deck-wide search: which slides, at which step, show the query. */
import {noteStep} from '../deck/notes.js';
import type {Slide} from '../deck/types.js';
import {revealedColumns} from './columns.js';
import {findMatches} from './matches.js';
import {blocksToPlainText} from './plain-text.js';
import {append} from '../text/arrays.js';

export type SearchHit = {
	/** 0-based index into the `slides` searched (not `Slide.number`). */
	readonly slide: number;
	/** The first step (index into `Slide.steps`) that shows this match. */
	readonly step: number;
	/** The line of text holding the first match there, trimmed, for a results list. */
	readonly snippet: string;
	/** Found in the speaker notes for that step, not on the slide. */
	readonly inNotes?: boolean;
};

/** The step that first shows top-level block `block`. */
function stepShowingBlock(slide: Slide, block: number): number {
	const step = slide.steps.findIndex(count => count > block);
	return step === -1 ? Math.max(0, slide.steps.length - 1) : step;
}

/** The step that first shows a match in top-level block `index`: for columns revealed in parts, the part that holds it. */
function stepShowingMatch(slide: Slide, index: number, query: string): number {
	const first = stepShowingBlock(slide, index);
	const block = slide.blocks[index];
	for (let part = 0; block?.kind === 'columns' && part < (block.reveal?.length ?? 0); part++) {
		if (findMatches(blocksToPlainText([revealedColumns(block, part)], {linkUrls: false}), query).length > 0) {
			return Math.min(first + part, slide.steps.length - 1);
		}
	}

	return block?.kind === 'columns' && block.reveal ? Math.min(first + block.reveal.length, slide.steps.length - 1) : first;
}

/** The line of `text` around offset `at`, trimmed. */
const lineAround = (text: string, at: number): string => {
	const lineStart = text.lastIndexOf('\n', at) + 1;
	const lineEnd = text.indexOf('\n', at);
	return text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
};

/**
Hits in a slide's speaker notes, at the step each note belongs to, where the
slide itself has no hit at that step: one hit per place is what `n` walks.
*/
const noteHits = (slide: Slide, slideIndex: number, query: string, taken: ReadonlySet<number>): SearchHit[] => {
	const hits: SearchHit[] = [];
	for (const [index, note] of slide.notes.entries()) {
		const [first] = findMatches(note, query);
		const step = noteStep(slide, index);
		if (first !== undefined && !taken.has(step) && !hits.some(hit => hit.step === step)) {
			hits.push({slide: slideIndex, step, snippet: lineAround(note, first[0]), inNotes: true});
		}
	}

	return hits;
};

/**
Every place the query occurs (case-insensitive), in deck order: one hit per
slide and step, so "next match" walks through reveals too. Titles are blocks,
so they are searched, and so are the speaker notes.
*/
export function searchSlides(slides: readonly Slide[], query: string): SearchHit[] {
	const hits: SearchHit[] = [];
	if (query.trim() === '') {
		return hits;
	}

	for (const [slideIndex, slide] of slides.entries()) {
		const onSlide: SearchHit[] = [];
		for (const [blockIndex, block] of slide.blocks.entries()) {
			// What every terminal shows: a link's URL is on screen only where links are not clickable.
			const text = blocksToPlainText([block], {linkUrls: false});
			const [first] = findMatches(text, query);
			if (first === undefined) {
				continue;
			}

			const step = stepShowingMatch(slide, blockIndex, query);
			const previous = onSlide.at(-1);
			if (previous !== undefined && previous.step >= step) {
				continue;
			}

			onSlide.push({slide: slideIndex, step, snippet: lineAround(text, first[0])});
		}

		const inNotes = noteHits(slide, slideIndex, query, new Set(onSlide.map(hit => hit.step)));
		append(hits, [...onSlide, ...inNotes].sort((a, b) => a.step - b.step));
	}

	return hits;
}
