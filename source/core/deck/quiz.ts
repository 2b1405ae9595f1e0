import type {Token} from 'markdown-it';
import {append} from '../text/arrays.js';
import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import {firstSlideLink} from './block-links.js';
import {convertBlock, endOf, lineOf} from './blocks.js';
import {classifyComment, splitHtml} from './directives.js';
import {inlineToSpans, spansToText} from './inline.js';
import {checkOptions, convertOptions, ignoreComments, isTaskList, isTaskListAhead} from './quiz-options.js';
import type {Block, Diagnostic, Question, QuizOption} from './types.js';

// `briefing-deck check` reads a deck's links from here.

/** A question before its slide link is resolved (that needs the slides). */
export type DraftQuestion = Omit<Question, 'slide'> & {readonly slideLink?: string};

export type QuizDraft = {
	readonly title: string;
	readonly questions: readonly DraftQuestion[];
	readonly diagnostics: readonly Diagnostic[];
};

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
	const promptSpans = inlineToSpans(headingInline?.children ?? null, () => undefined);
	const prompt = spansToText(promptSpans).trim();
	const emphasis = promptSpans.filter(span => span.style.bold || span.style.italic).map(span => span.text);
	const ignore: Array<{rule: string; line: number}> = [];
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

				append(ignore, lintIgnored(body).map(rule => ({rule, line: lineOf(token)})));
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
	checkOptions(options, prompt, optionsLine, diagnostics, columnOf);
	const kind = options ? (correct.length > 1 ? 'multiple' : 'single') : 'card';
	const slideLink = firstSlideLink(explanation) ?? firstSlideLink((options ?? []).flatMap(option => option.feedback));
	const lint = {...(emphasis.length > 0 ? {emphasis} : {}), ...(ignore.length > 0 ? {ignore} : {})};
	return {id, prompt, kind, options: options ?? [], correct, explanation, line, ...(slideLink ? {slideLink} : {}), ...(Object.keys(lint).length > 0 ? {lint} : {})};
}

/** The rules a `<!-- lint-ignore: rule, other-rule -->` comment names; none for any other comment. */
function lintIgnored(body: string): string[] {
	const named = /^\s*lint-ignore\s*:([\s\S]*)$/i.exec(body);
	return named ? named[1]!.split(/[\s,]+/).filter(rule => rule !== '').map(rule => sanitize(rule.toLowerCase())) : [];
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
