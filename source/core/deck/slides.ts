import {slugify} from '../text/slug.js';
import {markdownToText, spansToText} from './inline.js';
import type {Block, Diagnostic, Slide} from './types.js';

/** A slide while its tokens are being read. */
export type SlideDraft = {
	blocks: Block[];
	steps: number[];
	notes: string[];
	/** Pauses passed when each note was read: the step it belongs to. */
	noteSteps: number[];
	/** Seconds, from a `time` directive. */
	time?: number;
	line: number;
	/** presenterm's `skip_slide`: left out of the show. */
	skip?: boolean;
	/** presenterm's `incremental_lists`: each item of a top-level list is a step of its own. */
	incremental?: boolean;
	/** presenterm's `jump_to_middle`: the index of the first block after it. */
	middle?: number;
	/** An open column layout: content goes into its current column until `reset_layout` or the slide's end. */
	layout?: OpenLayout;
	/** A `column_layout` on the slide was unreadable: its `column:` directives are not warned about again. */
	layoutRefused?: boolean;
	/** A patat section heading: a title slide of its own. */
	section?: boolean;
	/** Features on this slide that cannot be shown, for the deck's one warning about each. */
	unshown?: Array<{readonly feature: string; readonly line: number; readonly outcome?: string; readonly hint?: string}>;
	/** What the slide held that is hidden, to name in its place if nothing else is left. */
	hiddenOnly?: string;
};

/** A `columns` block still being filled, the last of its slide's blocks while it is open. */
export type OpenLayout = {
	readonly widths: readonly number[];
	readonly columns: Block[][];
	readonly reveal: number[][];
	readonly line: number;
	/** The column content goes into; absent before the first `column:` directive. */
	column?: number;
};

/** Where a block read now goes: the open layout's current column, or the slide itself. */
export function blockTarget(draft: SlideDraft): Block[] {
	const {layout} = draft;
	return layout ? layout.columns[layout.column ?? 0]! : draft.blocks;
}

/** Opens a column layout on the slide (closing any open one, which stays as it is). */
export function openLayout(draft: SlideDraft, widths: readonly number[], line: number): void {
	const layout: OpenLayout = {widths, columns: widths.map((): Block[] => []), reveal: [], line};
	draft.layout = layout;
	// The block shares its arrays with the open layout, so it fills as the layout does.
	draft.blocks.push({kind: 'columns', widths, columns: layout.columns, reveal: layout.reveal, line});
}

/** Whether the draft holds anything a slide is made of (blank lines alone are not). */
export function draftHasContent(draft: SlideDraft): boolean {
	const shows = (block: Block): boolean => (block.kind === 'columns' ? block.columns.flat().some(inner => shows(inner)) : block.kind !== 'space');
	return draft.blocks.some(block => shows(block)) || draft.notes.length > 0;
}

/**
A pause: the next step starts after the blocks so far. Inside a column
layout the step shows the layout as far as it is filled, which the layout
records (`reveal`), and the slide's count for it repeats.
*/
export function addStep(draft: SlideDraft): void {
	const {layout, blocks, steps} = draft;
	const counts = layout?.columns.map(column => column.length);
	if (!layout || !counts || counts.every(count => count === 0)) {
		// A pause before a layout shows anything is a pause before the layout.
		const shown = layout ? blocks.length - 1 : blocks.length;
		const last = blocks[shown - 1];
		const columnSteps = last?.kind === 'columns' ? last.reveal?.length ?? 0 : 0;
		// After a layout with pauses inside, one more step shows it whole.
		const stepsAtShown = steps.filter(count => count === shown).length;
		if (shown > 0 && (steps.at(-1) !== shown || stepsAtShown <= columnSteps)) {
			steps.push(shown);
		}

		return;
	}

	const previous = layout.reveal.at(-1);
	if (previous?.every((count, index) => count === counts[index])) {
		return;
	}

	layout.reveal.push(counts);
	steps.push(blocks.length);
}

/**
Adds a top-level block. With incremental lists on, a list is revealed one
item at a time, after what came before it and before what follows it, as
presenterm does: each item becomes a list of its own that continues the one
above it.
*/
export function addBlock(draft: SlideDraft, block: Block): void {
	if (!draft.incremental || block.kind !== 'list' || block.items.length < 2) {
		blockTarget(draft).push(block);
		return;
	}

	addStep(draft);
	for (const [index, item] of block.items.entries()) {
		if (index > 0) {
			addStep(draft);
		}

		blockTarget(draft).push({...block, start: block.start + index, items: [item], ...(index > 0 ? {continues: true} : {})});
	}

	addStep(draft);
}

export function finishSlide(draft: SlideDraft, number: number): Slide {
	const blocks = draft.blocks.map(block => finishColumns(block));
	const heading = firstHeading(blocks);
	const title = heading ? spansToText(heading.spans).trim() : '';
	// A layout last on the slide keeps a step for each of its own pauses.
	const last = blocks.at(-1);
	let columnSteps = last?.kind === 'columns' ? last.reveal?.length ?? 0 : 0;
	const steps = [...draft.steps.filter(count => count < blocks.length || (count === blocks.length && columnSteps-- > 0)), blocks.length];
	const middle = draft.middle !== undefined && draft.middle < draft.blocks.length ? {middle: draft.middle} : {};
	// A note after a pause at the very end belongs to the last step there is.
	const noteSteps = draft.noteSteps.map(step => Math.min(step, steps.length - 1));
	return {
		number,
		title,
		slug: slugify(title),
		blocks: continueSplitLists(blocks, steps),
		steps,
		notes: draft.notes,
		...(noteSteps.some(step => step > 0) ? {noteSteps} : {}),
		...(draft.time === undefined ? {} : {time: draft.time}),
		line: heading?.line ?? draft.line,
		...middle,
		...(draft.section ? {titleSlide: true} : {}),
	};
}

/** The slide's first heading, looked for in its columns too (a Slidev slide's title is often in its left column). */
function firstHeading(blocks: readonly Block[]): Extract<Block, {kind: 'heading'}> | undefined {
	for (const block of blocks) {
		if (block.kind === 'heading') {
			return block;
		}

		const inner = block.kind === 'columns' ? firstHeading(block.columns.flat()) : undefined;
		if (inner) {
			return inner;
		}
	}

	return undefined;
}

/** A finished layout: no `reveal` without pauses inside it, and none that shows it whole. */
function finishColumns(block: Block): Block {
	if (block.kind !== 'columns') {
		return block;
	}

	const {reveal = [], ...rest} = block;
	const total = block.columns.map(column => column.length);
	const partial = reveal.filter(counts => counts.some((count, index) => count < total[index]!));
	return partial.length === reveal.length && reveal.length > 0 ? block : (partial.length > 0 ? {...rest, reveal: partial} : rest);
}

/**
An ordered list split by a pause is two lists to Markdown; when the second one
starts again at 1, number it on from the first, as the reader expects.
*/
function continueSplitLists(blocks: Block[], steps: readonly number[]): Block[] {
	return blocks.map((block, index) => {
		const previous = blocks[index - 1];
		if (block.kind === 'list' && block.ordered && block.start === 1 && previous?.kind === 'list' && previous.ordered && steps.includes(index)) {
			const continued: Block = {...block, start: previous.start + previous.items.length};
			blocks[index] = continued;
			return continued;
		}

		return block;
	});
}

/**
Only a real title slide gets the title look: a first slide whose `#` heading
is the title the front matter gives, or which holds nothing but that heading
and a subtitle or two (`##`, `###` headings). A first slide of content, as
lookatme decks have, stays a content slide.
*/
export function markTitleSlide(slides: readonly Slide[], frontMatterTitle: string | undefined): Slide[] {
	const [first, ...rest] = slides;
	const [heading, ...others] = first?.blocks.filter(block => block.kind !== 'space') ?? [];
	if (!first || heading?.kind !== 'heading' || heading.level !== 1) {
		return [...slides];
	}

	const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
	const namesTheDeck = frontMatterTitle !== undefined && sameText(spansToText(heading.spans), markdownToText(frontMatterTitle));
	const onlySubtitles = others.length <= 2 && others.every(block => block.kind === 'heading');
	return namesTheDeck || onlySubtitles ? [{...first, titleSlide: true}, ...rest] : [...slides];
}

export function checkSlides(slides: readonly Slide[], diagnostics: Diagnostic[], columnOf: (line: number) => number): void {
	const firstWithSlug = new Map<string, Slide>();
	for (const slide of slides) {
		if (slide.title === '') {
			diagnostics.push({severity: 'warning', line: slide.line, column: 1, message: `slide ${slide.number} has no heading, so it has no title`, hint: 'start the slide with a `## Title` line'});
			continue;
		}

		const first = firstWithSlug.get(slide.slug);
		if (first) {
			diagnostics.push({
				severity: 'warning',
				line: slide.line,
				column: columnOf(slide.line),
				message: `slide ${slide.number} has the same title as slide ${first.number}, so \`#${slide.slug}\` is ambiguous`,
				hint: 'give each slide its own title',
			});
		} else {
			firstWithSlug.set(slide.slug, slide);
		}
	}
}

/**
A `##` heading over a task list with a ticked box is how a quiz question is
written. On a slide it shows the answer to the audience, so when the deck has
no quiz (a forgotten `<!-- quiz -->`) or the heading asks a question, say so,
once per slide. A checklist slide in a deck with a quiz ("Done so far") is fine.
*/
export function checkStrayQuestions(slides: readonly Slide[], hasQuiz: boolean, diagnostics: Diagnostic[], columnOf: (line: number) => number): void {
	for (const slide of slides) {
		const lastTicked = slide.blocks.findLastIndex(block => block.kind === 'list' && block.items.some(item => item.checked === true));
		const heading = slide.blocks.slice(0, Math.max(0, lastTicked)).find(block =>
			block.kind === 'heading'
			&& block.level === 2
			&& (!hasQuiz || spansToText(block.spans).trim().endsWith('?')));
		if (heading) {
			diagnostics.push({
				severity: 'warning',
				line: heading.line,
				column: columnOf(heading.line),
				message: 'this looks like a quiz question; the quiz starts with `<!-- quiz -->`',
				hint: 'put `<!-- quiz -->` on its own line above the first question; on a slide, the ticked answers are shown to everyone',
			});
		}
	}
}
