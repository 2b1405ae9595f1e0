/**
The pieces quiz screens are laid out from: sections of lines that already fit
the width, so a screen knows its height before it is drawn and can scroll.
*/
import type {BoxProps} from 'ink';
import type {Block, Span} from '../../../core/deck/types.js';
import {displayWidth, layoutBlocks, type SegmentStyle, wrapSpans} from '../../../core/layout/index.js';
import type {ThemedLine, ThemedSegment} from '../LineText.js';
import {type KeyHint, keyHints} from '../../../core/keys/keymap.js';
import {optionSlots, type QuizCommand, quizKeys, type QuizScope, scrollCommands} from '../../../core/keys/quiz-keys.js';

/** Lines drawn together, with what a screen reader says for them. */
export type Section = {
	readonly lines: readonly ThemedLine[];
	/** Said instead of the lines by a screen reader. */
	readonly label?: string;
	readonly role?: BoxProps['aria-role'];
	readonly state?: BoxProps['aria-state'];
	/** The option (displayed position) the section draws: kept in view when highlighted. */
	readonly option?: number;
};

/** One option of a single-choice question, drawn in the options' window. */
export type ChoiceOption = {
	/** `1 A`: unique, so it also keys the drawn option. */
	readonly label: string;
	/** The option's lines after the pointer column, highlighted or not; both are as tall. */
	readonly lines: (highlighted: boolean) => readonly ThemedLine[];
	/** Width of those lines at the most: the pointer column is not in it. */
	readonly width: number;
};

/** The options of a single-choice question, drawn in a window of their own under the body. */
export type Choices = {
	/** The question's id: the window is keyed on it, so each question opens its own. */
	readonly id: string;
	readonly options: readonly ChoiceOption[];
};

/** Width of the pointer column drawn before each option. */
export const pointerWidth = 2;

/** How the quiz draws a screen: a header and footer always shown, a body that scrolls between. */
export type QuizScreen = {
	readonly header: readonly Section[];
	readonly body: readonly Section[];
	/** A single-choice question's options: always shown under the body, in a window of their own. */
	readonly choices?: Choices;
	/** The note and key hints; with `scrolls`, the hints offer the scroll keys. */
	readonly footer: (scrolls: boolean) => readonly Section[];
};

export const plain = (text: string): readonly Span[] => [{text, style: {}}];

const withRole = (line: ThemedLine, style: ThemedSegment['style']): ThemedLine =>
	line.map(segment => ({text: segment.text, style: {...segment.style, ...style}}));

/** A plain string wrapped to `width`, in one style. */
export function textLines(text: string, width: number, style: ThemedSegment['style'] = {}): ThemedLine[] {
	return wrapSpans(plain(text), Math.max(1, width)).map(line => withRole(line, style));
}

/**
The app's own text, where a command to type is between backticks as in the
docs: the command drawn as code, without the backticks, wrapped to `width`.
*/
export function commandTextLines(text: string, width: number, style: ThemedSegment['style'] = {}): ThemedLine[] {
	// Every other piece of the split was between backticks.
	const spans: Span[] = text.split('`')
		.map((part, index) => ({text: part, style: index % 2 === 1 ? {code: true} : {}}))
		.filter(span => span.text !== '');
	return wrapSpans(spans, Math.max(1, width)).map(line => withRole(line, style));
}

/** Deck runs (a prompt, an option) wrapped to `width`. */
export function spanLines(spans: readonly Span[], width: number, linkUrls: boolean, style: SegmentStyle = {}): ThemedLine[] {
	return wrapSpans(spans, Math.max(1, width), style, {linkUrls});
}

/** Deck blocks (an explanation, an option's feedback) as the slides lay them out. */
export function blockLines(blocks: readonly Block[], width: number, linkUrls: boolean): ThemedLine[] {
	return layoutBlocks(blocks, Math.max(1, width), {linkUrls});
}

const lineWidth = (line: ThemedLine): number => line.reduce((sum, {text}) => sum + displayWidth(text), 0);

/**
The first `max` lines, the last of them ending in `…` when lines were left out,
within `width`.
*/
export function clipLines(lines: readonly ThemedLine[], max: number, width: number): readonly ThemedLine[] {
	if (lines.length <= max) {
		return lines;
	}

	const kept = lines.slice(0, Math.max(1, max));
	const last = kept.pop() ?? [];
	const room = Math.max(0, width - 1);
	const cut: ThemedSegment[] = [];
	let used = 0;
	for (const segment of last) {
		let text = '';
		for (const character of segment.text) {
			const size = displayWidth(character);
			if (used + size > room) {
				break;
			}

			text += character;
			used += size;
		}

		if (text !== '') {
			cut.push({text, style: segment.style});
		}

		if (text !== segment.text) {
			break;
		}
	}

	return [...kept, [...cut, {text: '…', style: {role: 'muted'}}]];
}

/** `prefix` before the first line, as many spaces before the others, so wrapped text hangs under itself. */
export function hanging(prefix: ThemedLine, lines: readonly ThemedLine[]): ThemedLine[] {
	const indent = lineWidth(prefix);
	const pad: ThemedSegment = {text: ' '.repeat(indent), style: {}};
	const [first = [], ...rest] = lines;
	return [[...prefix, ...first], ...rest.map(line => (line.length === 0 ? line : [pad, ...line]))];
}

/** The sections with a blank line between each; absent ones are left out. */
export function spaced(sections: ReadonlyArray<Section | undefined>): Section[] {
	const result: Section[] = [];
	for (const section of sections) {
		if (section === undefined || section.lines.length === 0) {
			continue;
		}

		if (result.length > 0) {
			result.push({lines: [[]]});
		}

		result.push(section);
	}

	return result;
}

/** The quiz's key hints of a scope, sized to a question of `options` options when one is on screen. */
const quizHints = (scope: QuizScope, include: (command: QuizCommand) => boolean, options: number | undefined): KeyHint[] =>
	keyHints(quizKeys, scope, {include, slots: optionSlots(options)});

/**
The key hints of a scope, generated from the keymap and packed into lines:
each hint goes on the first line it fits (so a short hint fills the gap a long
one left), and a hint too wide for any line is wrapped under its keys.
*/
export function hintLines(scope: QuizScope, width: number, include: (command: QuizCommand) => boolean = () => true, options?: number): ThemedLine[] {
	// Narrow terminals get a tighter separator, so more hints share a line.
	const separator = width < 60 ? ' · ' : '  ·  ';
	const lines: ThemedSegment[][] = [];
	const used: number[] = [];
	for (const {keys, description} of quizHints(scope, include, options)) {
		const size = displayWidth(keys) + 1 + displayWidth(description);
		const hint: ThemedSegment[] = [{text: keys, style: {role: 'key'}}, {text: ` ${description}`, style: {role: 'hint'}}];
		const line = used.findIndex(taken => taken + separator.length + size <= width);
		if (line !== -1) {
			lines[line]!.push({text: separator, style: {role: 'hint'}}, ...hint);
			used[line]! += separator.length + size;
			continue;
		}

		const keyColumn = displayWidth(keys) + 1;
		const wrapped = size <= width || keyColumn >= width
			? [hint]
			: hanging([{text: `${keys} `, style: {role: 'key'}}], textLines(description, width - keyColumn, {role: 'hint'}));
		for (const wrappedLine of wrapped) {
			lines.push([...wrappedLine]);
			used.push(lineWidth(wrappedLine));
		}
	}

	return lines;
}

/**
The footer of most screens: a one-off note, then the key hints. `options` is
the number of options of the question on screen, for the hints' ranges.
*/
export function footer(scope: QuizScope, width: number, message: string | undefined, include: (command: QuizCommand) => boolean = () => true, options?: number): QuizScreen['footer'] {
	return (scrolls: boolean): Section[] => {
		const shown = (command: QuizCommand): boolean => include(command) && (scrolls || !scrollCommands.has(command));
		const keysLabel = `Keys: ${quizHints(scope, shown, options).map(hint => `${hint.keys} ${hint.description}`).join(', ')}`;
		return [
			...(message === undefined ? [] : [{lines: textLines(message, width, {role: 'hint'})}]),
			{lines: hintLines(scope, width, shown, options), label: keysLabel},
		];
	};
}
