/**
A fence's info string: its language, then presenterm's attributes
(`rust +line_numbers`, `python +exec`, `rust {1-4|6-10|all}`). Line numbers
are shown; `+no_background` needs nothing, since code has no background
here; the rest is named so that `check` can say, once, what is not done.
*/
import type {Token} from 'markdown-it';
import {sanitize} from '../text/sanitize.js';
import type {Diagnostic} from './types.js';

export type CodeInfo = {
	readonly language: string;
	readonly lineNumbers: boolean;
	/** Attributes that are not supported, as written (`+exec`, `{1-4|all}`). */
	readonly unsupported: readonly string[];
};

const quietlyDone = new Set(['+no_background']);

export function readCodeInfo(info: string): CodeInfo {
	const words = info.trim().split(/\s+/).filter(word => word !== '');
	const [first = ''] = words;
	const language = first.startsWith('+') || first.startsWith('{') ? '' : first;
	const attributes = language === '' ? words : words.slice(1);
	let lineNumbers = false;
	const unsupported: string[] = [];
	for (const attribute of attributes) {
		if (attribute === '+line_numbers') {
			lineNumbers = true;
		} else if (attribute.startsWith('+') && !quietlyDone.has(attribute)) {
			unsupported.push(attribute.split(':')[0]!);
		} else if (attribute.startsWith('{')) {
			unsupported.push(attribute);
		}
	}

	return {language, lineNumbers, unsupported};
}

// The attribute is the deck's own text, quoted back in a message: made inert first.
const whatHappens = (attribute: string): string => {
	const shown = sanitize(attribute);
	if (attribute.startsWith('{')) {
		return `line highlighting \`${shown}\` is not supported; all of the code is shown at once`;
	}

	return /^\+(exec|exec_replace|acquire_terminal)$/.test(attribute)
		? `\`${shown}\` is not supported; the code is shown, never run`
		: `\`${shown}\` is not supported; the code is shown as it is`;
};

/** One warning per unsupported code attribute in a deck, at its first use. */
export function checkCodeAttributes(tokens: readonly Token[], lines: readonly string[]): Diagnostic[] {
	const reported = new Set<string>();
	const diagnostics: Diagnostic[] = [];
	for (const token of tokens) {
		if (token.type !== 'fence' || !token.map) {
			continue;
		}

		for (const attribute of readCodeInfo(token.info).unsupported) {
			const name = attribute.startsWith('{') ? '{}' : attribute;
			if (reported.has(name)) {
				continue;
			}

			reported.add(name);
			const line = token.map[0] + 1;
			diagnostics.push({
				severity: 'warning',
				line,
				column: Math.max(0, (lines[line - 1] ?? '').indexOf(attribute)) + 1,
				message: whatHappens(attribute),
			});
		}
	}

	return diagnostics;
}
