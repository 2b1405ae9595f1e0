import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {convertBlock, endOf, lineOf} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import type {Directive} from './directives.js';
import {splitFrontMatter} from './front-matter.js';
import {spansToText} from './inline.js';
import {findNestingOverflow, MAX_NESTING, tokenize} from './markdown.js';
import {collectLinks, hashQuiz, parseQuiz} from './quiz.js';
import type {Block, Deck, Diagnostic, Question, Slide} from './types.js';

export type ParseOptions = {
	/** Used for the default title when the deck has none. */
	readonly fileName?: string;
};

type SlideDraft = {
	blocks: Block[];
	steps: number[];
	notes: string[];
	line: number;
	/** Line of the `---` under a line of text that made a heading instead of a break. */
};

/** Parses deck text into the deck model and every problem found in it. Pure. */
export function parseDeck(source: string, options: ParseOptions = {}): {deck: Deck; diagnostics: Diagnostic[]} {
	// A BOM would turn the first heading into a paragraph.
	const text = source.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
	const lines = text.split('\n');
	const columnOf = (line: number): number => {
		const content = lines[line - 1] ?? '';
		const heading = /^(\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?)/.exec(content);
		return (heading?.[1]?.length ?? 0) + 1;
	};

	const diagnostics: Diagnostic[] = [];
	const front = splitFrontMatter(text);
	diagnostics.push(...front.diagnostics);

	const tokens = tokenize(front.body);
	const overflow = findNestingOverflow(tokens);
	if (overflow) {
		diagnostics.push({
			severity: 'error',
			line: lineOf(overflow),
			column: columnOf(lineOf(overflow)),
			message: `content is nested more than ${MAX_NESTING} levels deep (lists or quotes) and cannot be shown`,
			hint: 'flatten the nesting',
		});
	}

	const usesEndSlide = tokens.some(token => token.type === 'html_block' && token.level === 0 && splitHtml(token.content).comments.some(body => classifyComment(body).kind === 'end-slide'));
	const splitLevel = usesEndSlide ? undefined : headingSplitLevel(tokens);
	const reportedDirectives = new Set<string>();
	const drafts: SlideDraft[] = [];
	let draft: SlideDraft = {blocks: [], steps: [], notes: [], line: 1};
	let draftStarted = false;
	let quizStart: number | undefined;

	const closeSlide = (nextLine: number) => {
		if (draft.blocks.length > 0 || draft.notes.length > 0) {
			drafts.push(draft);
		}

		draft = {blocks: [], steps: [], notes: [], line: nextLine};
		draftStarted = false;
	};

	const applyDirective = (directive: Directive, line: number, topLevel: boolean) => {
		switch (directive.kind) {
			case 'note': {
				if (directive.text !== '') {
					draft.notes.push(sanitize(directive.text));
				}

				break;
			}

			case 'pause': {
				if (!topLevel) {
					diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'a pause inside a list or quote is ignored', hint: 'put `<!-- pause -->` on its own line between top-level blocks'});
				} else if (draft.blocks.length > 0 && draft.steps.at(-1) !== draft.blocks.length) {
					draft.steps.push(draft.blocks.length);
				}

				break;
			}

			case 'unsupported': {
				if (!reportedDirectives.has(directive.name)) {
					reportedDirectives.add(directive.name);
					diagnostics.push({severity: 'warning', line, column: columnOf(line), message: `\`${directive.name}\` is not supported; the slide's content is shown in order`});
				}

				break;
			}

			case 'id': {
				diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'an `id` directive only means something under a quiz question'});
				break;
			}

			case 'quiz':
			case 'end-slide': {
				diagnostics.push({severity: 'warning', line, column: columnOf(line), message: `\`${directive.kind === 'quiz' ? 'quiz' : 'end_slide'}\` only works on its own line at the top level`});
				break;
			}
		}
	};

	const events = {
		onComment(body: string, line: number, topLevel: boolean) {
			applyDirective(classifyComment(body), line, topLevel);
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
			const {comments, rest} = splitHtml(token.content);
			for (const body of comments) {
				const directive = classifyComment(body);
				if (directive.kind === 'end-slide') {
					closeSlide(line + 1);
				} else if (directive.kind === 'quiz') {
					quizStart = endOf(tokens, index);
				} else {
					applyDirective(directive, line, true);
				}
			}

			if (rest) {
				draft.blocks.push({kind: 'paragraph', spans: [{text: sanitize(rest), style: {}}], line});
			}

			continue;
		}

		if (token.type === 'heading_open' && token.tag === `h${splitLevel}` && (draft.blocks.length > 0 || draft.notes.length > 0)) {
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
			draft.blocks.push(block);
		}
	}

	closeSlide(1);

	const slides = drafts.map((slideDraft, index) => finishSlide(slideDraft, index + 1));
	checkSlides(slides, diagnostics, columnOf);

	let quizDraft;
	if (quizStart !== undefined) {
		quizDraft = parseQuiz(tokens, quizStart, tokens.length, columnOf);
		diagnostics.push(...quizDraft.diagnostics);
	}

	const resolveLink = (target: string): number | undefined => {
		if (/^\d+$/.test(target)) {
			const number = Number(target);
			return number >= 1 && number <= slides.length ? number : undefined;
		}

		return slides.find(slide => slide.slug !== '' && slide.slug === decodeURIComponentSafe(target))?.number;
	};

	const allLinks = [
		...slides.flatMap(slide => collectLinks(slide.blocks)),
		...(quizDraft?.questions ?? []).flatMap(question => collectLinks([...question.explanation, ...question.options.flatMap(option => option.feedback)])),
	];
	for (const link of allLinks) {
		if (link.href.startsWith('#') && resolveLink(link.href.slice(1)) === undefined) {
			// markdown-it percent-encodes targets; the message shows them as written.
			const written = decodeURIComponentSafe(link.href);
			const {line, column} = locate(lines, `(${written}`, link.line);
			diagnostics.push({
				severity: 'error',
				line,
				column: column + 1,
				message: `link to \`${written}\` does not match any slide`,
				hint: closestSlug(written.slice(1), slides),
			});
		}
	}

	const questions: Question[] = (quizDraft?.questions ?? []).map(({slideLink, ...question}) => {
		const slide = slideLink === undefined ? undefined : resolveLink(slideLink);
		return slide === undefined ? question : {...question, slide};
	});

	if (slides.length === 0 && questions.length === 0 && !diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		diagnostics.push({severity: 'error', line: 1, column: 1, message: 'the deck is empty: it has no slides', hint: 'write a `# Title` and some text; separate slides with a `---` line'});
	}

	const title = front.frontMatter.title ?? slides.find(slide => slide.title !== '')?.title ?? options.fileName ?? 'Untitled deck';
	const deck: Deck = {
		meta: {
			title,
			id: front.frontMatter.id ?? (slugify(title) || 'deck'),
			...pick(front.frontMatter, ['subtitle', 'author', 'date', 'duration']),
		},
		slides,
		...(quizDraft ? {quiz: {title: quizDraft.title || 'Quiz', questions, hash: hashQuiz(questions)}} : {}),
	};

	diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	return {deck, diagnostics};
}

/**
A deck with no slide breaks at all is split at its top-level headings, as
lookatme does, when that level occurs more than once; otherwise it is one slide.
*/
function headingSplitLevel(tokens: readonly Token[]): number | undefined {
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

	const top = Math.min(...levels);
	return levels.filter(level => level === top).length > 1 ? top : undefined;
}

function finishSlide(draft: SlideDraft, number: number): Slide {
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

function checkSlides(slides: readonly Slide[], diagnostics: Diagnostic[], columnOf: (line: number) => number): void {
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

/** Line and 0-based column of `needle`, searching from `fromLine` on. */
function locate(lines: readonly string[], needle: string, fromLine: number): {line: number; column: number} {
	for (let index = fromLine - 1; index < lines.length; index++) {
		const column = lines[index]!.indexOf(needle);
		if (column !== -1) {
			return {line: index + 1, column};
		}
	}

	return {line: fromLine, column: 0};
}

function closestSlug(target: string, slides: readonly Slide[]): string {
	let best: Slide | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const slide of slides) {
		const distance = editDistance(target, slide.slug);
		if (slide.slug !== '' && distance < bestDistance) {
			best = slide;
			bestDistance = distance;
		}
	}

	return best && bestDistance <= Math.max(3, target.length / 3) ? `did you mean \`#${best.slug}\` (slide ${best.number})?` : 'link to a slide as `#slug-of-its-title` or `#number`';
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}

		previous = current;
	}

	return previous[b.length]!;
}

export function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
	const picked: Partial<Pick<T, K>> = {};
	for (const key of keys) {
		if (object[key] !== undefined) {
			picked[key] = object[key];
		}
	}

	return picked;
}

export type {Token};
