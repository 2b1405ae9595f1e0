/**
A question's options: the task list under its heading (`- [x]` for a right
option, `- [ ]` for a wrong one), each with the feedback written under it, and
the mistakes people make writing one.
*/
import type {Token} from 'markdown-it';
import {type BlockEvents, convertBlock, endOf, lineOf, stripTaskMarker, taskMarker} from './blocks.js';
import {inlineToSpans, spansToText} from './inline.js';
import type {Block, Diagnostic, QuizOption} from './types.js';

export const ignoreComments: BlockEvents = {onComment() { /* Comments inside questions are the author's own. */ }};

/** `[x]Exactly`: a box without the space after it, which Markdown does not take as a box. */
const unspacedTaskMarker = /^\[[ xX]\](?=\S)/;

/** A list whose first item starts with a task box, even one missing its space. */
export function isTaskList(tokens: readonly Token[], start: number, end: number): boolean {
	const open = tokens[start]!;
	for (let index = start; index < end; index++) {
		const token = tokens[index]!;
		if (token.type === 'inline' && token.level === open.level + 3) {
			return taskMarker.test(token.content) || unspacedTaskMarker.test(token.content);
		}
	}

	return false;
}

/** Whether a bullet task list (the options) comes after node `after` among a question's nodes. */
export function isTaskListAhead(tokens: readonly Token[], nodes: ReadonlyArray<[number, number]>, after: number): boolean {
	return nodes.some(([start, end]) => start > after && tokens[start]!.type === 'bullet_list_open' && isTaskList(tokens, start, end));
}

export function convertOptions(tokens: readonly Token[], start: number, end: number): QuizOption[] {
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

/** The options of question `prompt` (written at `optionsLine`), checked: boxes missing their space, no right option, a single option. */
export function checkOptions(options: readonly QuizOption[] | undefined, prompt: string, optionsLine: number, diagnostics: Diagnostic[], columnOf: (line: number) => number): void {
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

	if (options && !options.some(option => option.correct) && unspaced.length === 0) {
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
}
