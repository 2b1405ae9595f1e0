import {createHash} from 'node:crypto';
import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {type BlockEvents, convertBlock, endOf, lineOf, stripTaskMarker, taskMarker} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import {inlineToSpans, spansToText} from './inline.js';
import type {Block, Diagnostic, Question, QuizOption, Span} from './types.js';

/** A question before its slide link is resolved (that needs the slides). */
export type DraftQuestion = Omit<Question, 'slide'> & {readonly slideLink?: string};

export type QuizDraft = {
	readonly title: string;
	readonly questions: readonly DraftQuestion[];
	readonly diagnostics: readonly Diagnostic[];
};

const ignoreComments: BlockEvents = {onComment() {/* Comments inside questions are the author's own. */}};

/** Parses the top-level tokens after `<!-- quiz -->`. */
export function parseQuiz(tokens: readonly Token[], start: number, end: number, columnOf: (line: number) => number): QuizDraft {
	const diagnostics: Diagnostic[] = [];
	const questions: DraftQuestion[] = [];
	let title = '';
	let current: {heading: Token; headingInline: Token | undefined; nodes: Array<[number, number]>} | undefined;

	const finish = () => {
		if (current) {
			questions.push(buildQuestion(tokens, current.heading, current.headingInline, current.nodes, diagnostics, columnOf));
		}
	};

	for (let index = start; index < end; index = endOf(tokens, index)) {
		const token = tokens[index]!;
		if (token.type === 'heading_open' && token.tag === 'h2') {
			finish();
			current = {heading: token, headingInline: tokens[index + 1], nodes: []};
		} else if (token.type === 'heading_open' && token.tag === 'h1' && !current && title === '') {
			title = spansToText(inlineToSpans(tokens[index + 1]?.children ?? null, () => undefined)).trim();
		} else if (token.type === 'heading_open') {
			// A `###` looks like a question to its writer, but only `##` starts one.
			const hashes = '#'.repeat(Number(token.tag.slice(1)));
			const line = lineOf(token);
			diagnostics.push({
				severity: 'warning',
				line,
				column: 1,
				message: current
					? `a \`${hashes}\` heading does not start a question: it is part of question "${spansToText(inlineToSpans(current.headingInline?.children ?? null, () => undefined)).trim()}"`
					: `a \`${hashes}\` heading does not start a question, so it is not shown`,
				hint: 'start each question with a `##` heading',
			});
			current?.nodes.push([index, endOf(tokens, index)]);
		} else if (current) {
			current.nodes.push([index, endOf(tokens, index)]);
		} else if (token.type !== 'html_block') {
			diagnostics.push({
				severity: 'warning',
				line: lineOf(token),
				column: columnOf(lineOf(token)),
				message: 'text in the quiz before its first `##` question is not shown',
				hint: 'start each question with a `##` heading',
			});
		}
	}

	finish();
	if (questions.length === 0) {
		const line = lineOf(tokens[start - 1]);
		diagnostics.push({severity: 'warning', line, column: 1, message: 'the quiz has no questions', hint: 'add questions as `##` headings after `<!-- quiz -->`'});
	}

	checkDuplicateIds(questions, diagnostics, columnOf);
	return {title, questions, diagnostics};
}

function buildQuestion(
	tokens: readonly Token[],
	heading: Token,
	headingInline: Token | undefined,
	nodes: ReadonlyArray<[number, number]>,
	diagnostics: Diagnostic[],
	columnOf: (line: number) => number,
): DraftQuestion {
	const line = lineOf(heading);
	const prompt = spansToText(inlineToSpans(headingInline?.children ?? null, () => undefined)).trim();
	let id = '';
	let options: QuizOption[] | undefined;
	let optionsLine = line;
	const explanation: Block[] = [];

	for (const [start, end] of nodes) {
		const token = tokens[start]!;
		if (token.type === 'html_block') {
			for (const body of splitHtml(token.content).comments) {
				const directive = classifyComment(body);
				if (directive.kind === 'id' && id === '') {
					id = sanitize(directive.value);
				}
			}

			continue;
		}

		if (!options && token.type === 'bullet_list_open' && isTaskList(tokens, start, end)) {
			options = convertOptions(tokens, start, end);
			optionsLine = lineOf(token);
			continue;
		}

		if (!options && token.type === 'ordered_list_open' && isTaskList(tokens, start, end) && !isTaskListAhead(tokens, nodes, start)) {
			diagnostics.push({
				severity: 'error',
				line: lineOf(token),
				column: 1,
				message: `the options of question "${prompt}" are a numbered list, so it became a self-graded card that shows its answer key`,
				hint: 'write the options as a bullet list: `- [x]` for a right option, `- [ ]` for a wrong one',
			});
		}

		const block = convertBlock(tokens, start, end, ignoreComments);
		if (block && options === undefined && isTaskListAhead(tokens, nodes, start)) {
			diagnostics.push({
				severity: 'warning',
				line: block.line,
				column: columnOf(block.line),
				message: 'text between a question and its options is shown only after answering',
				hint: 'put the whole question in the `##` heading, and the explanation after the options',
			});
		}

		if (block) {
			explanation.push(block);
		}
	}

	if (prompt === '') {
		diagnostics.push({severity: 'error', line, column: 1, message: 'question has an empty prompt', hint: 'write the question as the `##` heading text'});
	}

	id ||= slugify(prompt);
	const correct = (options ?? []).flatMap((option, index) => (option.correct ? [index] : []));
	const unspaced = (options ?? []).filter(option => unspacedTaskMarker.test(option.text));
	for (const option of unspaced) {
		const box = option.text.slice(0, 3);
		diagnostics.push({
			severity: 'error',
			line: option.line,
			column: columnOf(option.line),
			message: `\`${box}\` needs a space after it to be a task box, ${box === '[ ]' ? `so the option reads "${option.text}"` : 'so this option counts as wrong'}`,
			hint: `write \`- ${box} ${option.text.slice(3)}\``,
		});
	}

	if (options && correct.length === 0 && unspaced.length === 0) {
		diagnostics.push({
			severity: 'error',
			line: optionsLine,
			column: columnOf(optionsLine),
			message: `question "${prompt}" has no option marked right`,
			hint: 'mark the right option with `- [x]`',
		});
	}

	if (options?.length === 1) {
		diagnostics.push({severity: 'warning', line: optionsLine, column: columnOf(optionsLine), message: `question "${prompt}" has a single option`, hint: 'add wrong options with `- [ ]`'});
	}

	const kind = options ? (correct.length > 1 ? 'multiple' : 'single') : 'card';
	const slideLink = firstSlideLink(explanation) ?? firstSlideLink((options ?? []).flatMap(option => option.feedback));
	return {id, prompt, kind, options: options ?? [], correct, explanation, line, ...(slideLink ? {slideLink} : {})};
}

function isTaskListAhead(tokens: readonly Token[], nodes: ReadonlyArray<[number, number]>, after: number): boolean {
	return nodes.some(([start, end]) => start > after && tokens[start]!.type === 'bullet_list_open' && isTaskList(tokens, start, end));
}

/** `[x]Exactly`: a box without the space after it, which Markdown does not take as a box. */
const unspacedTaskMarker = /^\[[ xX]\](?=\S)/;

/** A list whose first item starts with a task box, even one missing its space. */
function isTaskList(tokens: readonly Token[], start: number, end: number): boolean {
	const open = tokens[start]!;
	for (let index = start; index < end; index++) {
		const token = tokens[index]!;
		if (token.type === 'inline' && token.level === open.level + 3) {
			return taskMarker.test(token.content) || unspacedTaskMarker.test(token.content);
		}
	}

	return false;
}

function convertOptions(tokens: readonly Token[], start: number, end: number): QuizOption[] {
	const options: QuizOption[] = [];
	for (let item = start + 1; item < end - 1; item = endOf(tokens, item)) {
		const itemEnd = endOf(tokens, item);
		const paragraph = tokens[item + 1];
		const inline = tokens[item + 2];
		const children = paragraph?.type === 'paragraph_open' ? inline?.children ?? [] : [];
		// The option is the first line of the item; lines under it are feedback,
		// whether or not a blank line separates them.
		const lineBreak = children.findIndex(child => child.type === 'softbreak' || child.type === 'hardbreak');
		const optionTokens = lineBreak === -1 ? children : children.slice(0, lineBreak);
		const spans = inlineToSpans(optionTokens, () => undefined);
		const {spans: cleaned, checked} = stripTaskMarker(spans);
		const feedback: Block[] = [];
		if (lineBreak !== -1) {
			const rest = inlineToSpans(children.slice(lineBreak + 1), () => undefined);
			if (rest.length > 0) {
				feedback.push({kind: 'paragraph', spans: rest, line: lineOf(tokens[item]) + 1});
			}
		}

		const afterParagraph = paragraph?.type === 'paragraph_open' ? endOf(tokens, item + 1) : item + 1;
		for (let index = afterParagraph; index < itemEnd - 1; index = endOf(tokens, index)) {
			const block = convertBlock(tokens, index, endOf(tokens, index), ignoreComments);
			if (block) {
				feedback.push(block);
			}
		}

		options.push({
			text: spansToText(cleaned).trim(),
			spans: cleaned,
			correct: checked === true,
			feedback,
			line: lineOf(tokens[item]),
		});
	}

	return options;
}

/** The first `#slug` or `#3` link in some blocks. */
export function firstSlideLink(blocks: readonly Block[]): string | undefined {
	for (const link of collectLinks(blocks)) {
		if (link.href.startsWith('#')) {
			return link.href.slice(1);
		}
	}

	return undefined;
}

/** Every link in some blocks, with the line of the block it is in. */
export function collectLinks(blocks: readonly Block[]): Array<{href: string; line: number}> {
	const links: Array<{href: string; line: number}> = [];
	const fromSpans = (spans: readonly Span[], line: number) => {
		let previous: string | undefined;
		for (const span of spans) {
			if (span.style.href !== undefined && span.style.href !== previous) {
				links.push({href: span.style.href, line});
			}

			previous = span.style.href;
		}
	};

	const walk = (block: Block) => {
		switch (block.kind) {
			case 'heading':
			case 'paragraph': {
				fromSpans(block.spans, block.line);
				break;
			}

			case 'list': {
				for (const item of block.items) {
					item.blocks.forEach(walk);
				}

				break;
			}

			case 'quote': {
				block.blocks.forEach(walk);
				break;
			}

			case 'table': {
				for (const cell of [...block.header, ...block.rows.flat()]) {
					fromSpans(cell, block.line);
				}

				break;
			}

			default:
		}
	};

	blocks.forEach(walk);
	return links;
}

function checkDuplicateIds(questions: readonly DraftQuestion[], diagnostics: Diagnostic[], columnOf: (line: number) => number): void {
	const firstLine = new Map<string, number>();
	for (const question of questions) {
		const seen = firstLine.get(question.id);
		if (seen === undefined) {
			firstLine.set(question.id, question.line);
		} else {
			diagnostics.push({
				severity: 'error',
				line: question.line,
				column: columnOf(question.line),
				message: `duplicate question id \`${question.id}\` (first used on line ${seen})`,
				hint: 'give one of them its own id with `<!-- id: another-id -->` under the heading',
			});
		}
	}
}

/** A short hash of what a quiz asks, to tell when it changed since an attempt. */
export function hashQuiz(questions: readonly Question[]): string {
	const content = questions.map(question => [question.id, question.prompt, question.kind, question.options.map(option => [option.text, option.correct])]);
	return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
