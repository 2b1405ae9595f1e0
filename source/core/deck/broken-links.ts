/**
A `#link` that names no slide is an error for `check`, but it must not stop a
talk: the deck is shown with such a link as plain text, since it leads nowhere.
*/
import {resolveSlideLink} from './links.js';
import type {Block, Question, Slide, Span} from './types.js';

type Resolves = (href: string) => boolean;

function unlinkSpans(spans: readonly Span[], resolves: Resolves): readonly Span[] {
	if (spans.every(span => span.style.href === undefined || resolves(span.style.href))) {
		return spans;
	}

	const result: Span[] = [];
	for (const span of spans) {
		const style = span.style.href === undefined || resolves(span.style.href)
			? span.style
			: Object.fromEntries(Object.entries(span.style).filter(([key]) => key !== 'href'));
		const previous = result.at(-1);
		// The link's text joins the plain text around it, as if never linked.
		if (previous && JSON.stringify(previous.style) === JSON.stringify(style)) {
			result[result.length - 1] = {text: previous.text + span.text, style};
		} else {
			result.push({text: span.text, style});
		}
	}

	return result;
}

function unlinkBlock(block: Block, resolves: Resolves): Block {
	switch (block.kind) {
		case 'heading':
		case 'paragraph': {
			const spans = unlinkSpans(block.spans, resolves);
			return spans === block.spans ? block : {...block, spans};
		}

		case 'list': {
			return {...block, items: block.items.map(item => ({...item, blocks: unlinkBlocks(item.blocks, resolves)}))};
		}

		case 'quote': {
			return {...block, blocks: unlinkBlocks(block.blocks, resolves)};
		}

		case 'columns': {
			return {...block, columns: block.columns.map(column => unlinkBlocks(column, resolves))};
		}

		case 'table': {
			const cells = (row: ReadonlyArray<readonly Span[]>) => row.map(cell => unlinkSpans(cell, resolves));
			return {...block, header: cells(block.header), rows: block.rows.map(row => cells(row))};
		}

		default: {
			return block;
		}
	}
}

function unlinkBlocks(blocks: readonly Block[], resolves: Resolves): Block[] {
	return blocks.map(block => unlinkBlock(block, resolves));
}

/** The slides and questions with every `#` link that names no slide turned into plain text. */
export function unlinkBrokenLinks(slides: readonly Slide[], questions: readonly Question[]): {slides: Slide[]; questions: Question[]} {
	const resolves: Resolves = href => !href.startsWith('#') || resolveSlideLink(slides, href.slice(1)) !== undefined;
	return {
		slides: slides.map(slide => ({...slide, blocks: unlinkBlocks(slide.blocks, resolves)})),
		questions: questions.map(question => ({
			...question,
			explanation: unlinkBlocks(question.explanation, resolves),
			options: question.options.map(option => ({...option, spans: unlinkSpans(option.spans, resolves), feedback: unlinkBlocks(option.feedback, resolves)})),
		})),
	};
}
