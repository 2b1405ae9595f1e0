import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {convertBlock, endOf, lineOf} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import type {Directive} from './directives.js';
import {splitFrontMatter} from './front-matter.js';
import {findNestingOverflow, MAX_NESTING, tokenize} from './markdown.js';
import {checkLinks, resolveSlideLink} from './links.js';
import {collectLinks, hashQuiz, parseQuiz} from './quiz.js';
import {checkSlides, finishSlide, headingSplitLevel, type SlideDraft} from './slides.js';
import type {Deck, Diagnostic, Question} from './types.js';
import {append} from '../text/arrays.js';

export type ParseOptions = {
	/** Used for the default title when the deck has none. */
	readonly fileName?: string;
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
	append(diagnostics, front.diagnostics);

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
		append(diagnostics, quizDraft.diagnostics);
	}

	const allLinks = [
		...slides.flatMap(slide => collectLinks(slide.blocks)),
		...(quizDraft?.questions ?? []).flatMap(question => collectLinks([...question.explanation, ...question.options.flatMap(option => option.feedback)])),
	];
	append(diagnostics, checkLinks(allLinks, slides, lines));

	const questions: Question[] = (quizDraft?.questions ?? []).map(({slideLink, ...question}) => {
		const slide = slideLink === undefined ? undefined : resolveSlideLink(slides, slideLink);
		return slide === undefined ? question : {...question, slide};
	});

	if (slides.length === 0 && questions.length === 0 && !diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		diagnostics.push({severity: 'error', line: 1, column: 1, message: 'the deck is empty: it has no slides', hint: 'write a `# Title` and some text; separate slides with a `---` line'});
	}

	// The file name is untrusted text too, and a title is one line.
	const fileName = options.fileName === undefined ? undefined : sanitize(options.fileName).replaceAll(/\s+/g, ' ');
	const title = front.frontMatter.title ?? slides.find(slide => slide.title !== '')?.title ?? fileName ?? 'Untitled deck';
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

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
	const picked: Partial<Pick<T, K>> = {};
	for (const key of keys) {
		if (object[key] !== undefined) {
			picked[key] = object[key];
		}
	}

	return picked;
}

