import type {Token} from 'markdown-it';
import {slugify} from '../text/slug.js';
import {endOf} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import {spansToText} from './inline.js';
import type {Block, Diagnostic, Slide} from './types.js';
import {minOf} from '../text/arrays.js';

/** A slide while its tokens are being read. */
export type SlideDraft = {
	blocks: Block[];
	steps: number[];
	notes: string[];
	line: number;
};

/**
A deck with no slide breaks at all is split at its top-level headings, as
lookatme does, when that level occurs more than once; otherwise it is one slide.
*/
export function headingSplitLevel(tokens: readonly Token[]): number | undefined {
	const levels: number[] = [];
	for (let index = 0; index < tokens.length; index = endOf(tokens, index)) {
		const token = tokens[index]!;
		if (token.type === 'hr') {
			return undefined;
		}

		if (token.type === 'html_block' && splitHtml(token.content).comments.some(body => classifyComment(body).kind === 'quiz')) {
			break;
		}

		if (token.type === 'heading_open') {
			levels.push(Number(token.tag.slice(1)));
		}
	}

	const top = minOf(levels);
	return levels.filter(level => level === top).length > 1 ? top : undefined;
}

export function finishSlide(draft: SlideDraft, number: number): Slide {
	const heading = draft.blocks.find(block => block.kind === 'heading');
	const title = heading?.kind === 'heading' ? spansToText(heading.spans).trim() : '';
	const steps = [...draft.steps.filter(count => count < draft.blocks.length), draft.blocks.length];
	return {number, title, slug: slugify(title), blocks: continueSplitLists(draft.blocks, steps), steps, notes: draft.notes, line: heading?.line ?? draft.line};
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
