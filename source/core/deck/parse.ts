import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {convertBlock, endOf, lineOf} from './blocks.js';
import {classifyComment, type Directive, splitHtml, suggestDirective} from './directives.js';
import {unlinkBrokenLinks} from './broken-links.js';
import {checkCodeAttributes} from './code-info.js';
import {findUnclosedFences} from './fences.js';
import {splitFrontMatter} from './front-matter.js';
import {findNestingOverflow, MAX_NESTING, tokenize} from './markdown.js';
import {checkLinks, resolveSlideLink} from './links.js';
import {markdownToText} from './inline.js';
import {collectLinks} from './block-links.js';
import {parseQuiz} from './quiz.js';
import {hashQuiz} from './quiz-hash.js';
import {formatSlideTime, parseSlideTime} from './slide-time.js';
import {addBlock, addStep, checkSlides, checkStrayQuestions, draftHasContent, finishSlide, headingSplitLevel, markTitleSlide, type SlideDraft} from './slides.js';
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
	append(diagnostics, [...findUnclosedFences(tokens, front.body.split('\n')), ...checkCodeAttributes(tokens, lines)]);
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

	const budgets: Array<{readonly line: number; readonly seconds: number}> = [];
	const readTime = (value: string, line: number) => {
		const seconds = parseSlideTime(value);
		const at = locateValue(lines, line, 'time', value);
		if (seconds === undefined) {
			diagnostics.push({
				severity: 'warning',
				...at,
				message: `\`time\` must be a duration such as \`90s\`, \`2m\` or \`1m30s\`, not \`${sanitize(value)}\``,
				hint: 'the slide shares the time left over with the slides that have no `time`',
			});
		} else if (draft.time === undefined) {
			draft.time = seconds;
			budgets.push({line: at.line, seconds});
		} else {
			diagnostics.push({severity: 'warning', ...at, message: `the slide already has \`time: ${formatSlideTime(draft.time)}\`; this one is ignored`});
		}
	};

	const applyDirective = (directive: Directive, line: number, topLevel: boolean) => {
		switch (directive.kind) {
			case 'note': {
				if (directive.text !== '') {
					draft.notes.push(sanitize(directive.text));
					draft.noteSteps.push(draft.steps.length);
				}

				const meant = suggestDirective(directive.text);
				if (meant !== undefined) {
					diagnostics.push({
						severity: 'warning',
						line,
						column: columnOf(line),
						message: `\`<!-- ${sanitize(directive.text)} -->\` is not a directive, so it is a speaker note`,
						hint: `did you mean \`<!-- ${meant} -->\`?`,
					});
				}

				break;
			}

			case 'pause': {
				if (!topLevel) {
					diagnostics.push({severity: 'warning', line, column: columnOf(line), message: 'a pause inside a list or quote is ignored', hint: 'put `<!-- pause -->` on its own line between top-level blocks'});
				} else {
					addStep(draft);
				}

				break;
			}

			case 'skip-slide': {
				draft.skip = true;
				break;
			}

			case 'incremental-lists': {
				draft.incremental = directive.on;
				break;
			}

			case 'jump-to-middle': {
				if (topLevel) {
					draft.middle = draft.blocks.length;
				}

				break;
			}

			case 'new-lines': {
				if (topLevel) {
					draft.blocks.push({kind: 'space', lines: directive.count, line});
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

			case 'time': {
				readTime(directive.value, line);
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

	const slides = markTitleSlide(drafts.map((slideDraft, index) => finishSlide(slideDraft, index + 1)), front.frontMatter.title);
	checkSlides(slides, diagnostics, columnOf);
	checkStrayQuestions(slides, quizStart !== undefined, diagnostics, columnOf);

	let quizDraft;
	if (quizStart !== undefined) {
		quizDraft = parseQuiz(tokens, quizStart, tokens.length, columnOf);
		append(diagnostics, quizDraft.diagnostics);
	}

	const allLinks = [
		...slides.flatMap(slide => collectLinks(slide.blocks)),
		...(quizDraft?.questions ?? []).flatMap(question => collectLinks([...question.explanation, ...question.options.flatMap(option => option.feedback)])),
	];
	const brokenLinks = checkLinks(allLinks, slides, lines);
	append(diagnostics, brokenLinks.map(diagnostic => ({...diagnostic, recovered: true})));

	const linkedQuestions: Question[] = (quizDraft?.questions ?? []).map(({slideLink, ...question}) => {
		const slide = slideLink === undefined ? undefined : resolveSlideLink(slides, slideLink);
		return slide === undefined ? question : {...question, slide};
	});
	const {slides: shownSlides, questions} = brokenLinks.length > 0 ? unlinkBrokenLinks(slides, linkedQuestions) : {slides, questions: linkedQuestions};

	if (slides.length === 0 && questions.length === 0 && !diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		diagnostics.push({severity: 'error', line: 1, column: 1, message: 'the deck is empty: it has no slides', hint: 'write a `# Title` and some text; separate slides with a `---` line'});
	}

	append(diagnostics, checkBudgets(budgets, front.frontMatter.duration, columnOf));

	// The file name is untrusted text too, and a title is one line.
	const fileName = options.fileName === undefined ? undefined : sanitize(options.fileName).replaceAll(/\s+/g, ' ');
	const title = front.frontMatter.title ?? slides.find(slide => slide.title !== '')?.title ?? fileName ?? 'Untitled deck';
	// presenterm reads front matter text as Markdown; the id stays the slug of the title as written.
	const {subtitle, author} = front.frontMatter;
	const shown = (text: string): string => markdownToText(text) || text;
	const deck: Deck = {
		meta: {
			title: front.frontMatter.title === undefined ? title : shown(title),
			id: front.frontMatter.id ?? (slugify(title) || 'deck'),
			...pick(front.frontMatter, ['date', 'duration']),
			...(subtitle === undefined ? {} : {subtitle: shown(subtitle)}),
			...(author === undefined ? {} : {author: shown(author)}),
		},
		slides: shownSlides,
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

/** Where a directive's value is written: on the comment's first line, or a few lines below it. */
function locateValue(lines: readonly string[], line: number, name: string, value: string): {line: number; column: number} {
	for (let index = line - 1; index < Math.min(lines.length, line + 9); index++) {
		const text = lines[index]!;
		const after = Math.max(0, text.indexOf(name));
		const found = value === '' ? -1 : text.indexOf(value, after);
		if (found !== -1) {
			return {line: index + 1, column: found + 1};
		}
	}

	return {line, column: 1};
}

/** Slide budgets that add up to more than the whole talk can never all be met: say where they pass it. */
function checkBudgets(budgets: ReadonlyArray<{readonly line: number; readonly seconds: number}>, duration: number | undefined, columnOf: (line: number) => number): Diagnostic[] {
	if (duration === undefined) {
		return [];
	}

	let total = 0;
	for (const budget of budgets) {
		total += budget.seconds;
		if (total > duration * 60) {
			const sum = budgets.reduce((sum, {seconds}) => sum + seconds, 0);
			return [{
				severity: 'warning',
				line: budget.line,
				column: columnOf(budget.line),
				message: `slide \`time\` budgets add up to ${formatSlideTime(sum)}, more than the deck's \`duration\` of ${formatSlideTime(duration * 60)}`,
				hint: 'shorten the budgets or raise `duration`; slides without `time` get none of it',
			}];
		}
	}

	return [];
}
