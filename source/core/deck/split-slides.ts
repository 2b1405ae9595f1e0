import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {convertBlock, endOf, htmlImageBlock, lineOf} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import {applyDirective, type DirectiveReading} from './slide-directives.js';
import {addBlock, draftHasContent, headingSplitLevel, type SlideDraft} from './slides.js';
import type {TimeBudget} from './time-budgets.js';
import type {Diagnostic} from './types.js';

export type SlideSplit = {
	/** The slides in order, skipped ones left out. */
	readonly drafts: readonly SlideDraft[];
	/** The token after `<!-- quiz -->`, where the quiz starts; absent without one. */
	readonly quizStart?: number;
	readonly budgets: readonly TimeBudget[];
	readonly diagnostics: readonly Diagnostic[];
};

/**
Cuts the body's top-level tokens into slides, applying each slide's
directives: a slide ends at `---`, or at a heading of the level that starts
slides, or, in a deck that uses `<!-- end_slide -->`, only there. Reading
stops at `<!-- quiz -->`.
*/
export function splitSlides(tokens: readonly Token[], lines: readonly string[], columnOf: (line: number) => number): SlideSplit {
	const usesEndSlide = tokens.some(token => token.type === 'html_block' && token.level === 0 && splitHtml(token.content).comments.some(body => classifyComment(body).kind === 'end-slide'));
	const splitLevel = usesEndSlide ? undefined : headingSplitLevel(tokens);
	const reading: DirectiveReading = {lines, columnOf, diagnostics: [], budgets: [], reportedDirectives: new Set()};
	const {diagnostics} = reading;
	const drafts: SlideDraft[] = [];
	let draft: SlideDraft = {blocks: [], steps: [], notes: [], noteSteps: [], line: 1};
	let draftStarted = false;
	let quizStart: number | undefined;

	const closeSlide = (nextLine: number) => {
		if (draftHasContent(draft) && !draft.skip) {
			drafts.push(draft);
		}

		draft = {blocks: [], steps: [], notes: [], noteSteps: [], line: nextLine};
		draftStarted = false;
	};

	const events = {
		onComment(body: string, line: number, topLevel: boolean) {
			applyDirective(classifyComment(body), line, topLevel, draft, reading);
		},
	};

	for (let index = 0; index < tokens.length && quizStart === undefined; index = endOf(tokens, index)) {
		const token = tokens[index]!;
		const line = lineOf(token);
		if (!draftStarted) {
			draft.line = line;
			draftStarted = true;
		}

		if (token.type === 'hr' && !usesEndSlide) {
			closeSlide(line + 1);
			continue;
		}

		if (token.type === 'html_block') {
			const image = htmlImageBlock(token.content, line);
			if (image) {
				draft.blocks.push(image);
				continue;
			}

			const {comments, rest} = splitHtml(token.content);
			for (const body of comments) {
				const directive = classifyComment(body);
				if (directive.kind === 'end-slide') {
					closeSlide(line + 1);
				} else if (directive.kind === 'quiz') {
					quizStart = endOf(tokens, index);
				} else {
					applyDirective(directive, line, true, draft, reading);
				}
			}

			if (rest) {
				draft.blocks.push({kind: 'paragraph', spans: [{text: sanitize(rest), style: {}}], line});
			}

			continue;
		}

		if (token.type === 'heading_open' && token.tag === `h${splitLevel}` && draftHasContent(draft)) {
			closeSlide(line);
			draft.line = line;
			draftStarted = true;
		}

		if (token.type === 'heading_open' && token.markup === '-' && !usesEndSlide) {
			const underline = token.map ? token.map[1] : line + 1;
			diagnostics.push({
				severity: 'warning',
				line: underline,
				column: 1,
				message: '`---` directly under a line of text makes that line a heading, not a slide break',
				hint: 'add a blank line above `---` to start a new slide',
			});
		}

		const block = convertBlock(tokens, index, endOf(tokens, index), events, true);
		if (block) {
			addBlock(draft, block);
		}
	}

	closeSlide(1);
	return {drafts, ...(quizStart === undefined ? {} : {quizStart}), budgets: reading.budgets, diagnostics};
}
