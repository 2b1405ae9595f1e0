import type {Token} from 'markdown-it';
import type {Diagnostic} from './types.js';

/** A line of three or more backticks or tildes, up to three spaces in: it opens a fence, or closes one. */
const fenceMarker = /^ {0,3}(`{3,}|~{3,})/;

/**
The fence open after `line`, given the one open before it (`undefined`
outside code), for the line scans that skip fenced code before the text is
parsed. A line of three or more backticks or tildes opens a fence; by
CommonMark's rule it closes only at a line of the same character, at least as
long, with nothing after, so a `~~~` or ```` ```js ```` line inside a ```
block is code.
*/
export function fenceAfter(open: string | undefined, line: string): string | undefined {
	const marker = fenceMarker.exec(line)?.[1];
	if (open === undefined) {
		return marker;
	}

	return marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker ? undefined : open;
}

/** A line that closes a fence: the fence characters alone, after any quote markers. */
const closingLine = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

/** A line that would have meant something outside the code: a heading, a slide break, a comment. */
const structureLine = /^ {0,3}(?:#{1,6}[ \t]|(?:-{3,}|\*{3,}|_{3,})[ \t]*$|<!--)/;

/**
A fenced code block that is never closed runs to the end of the file: every
slide, note and quiz answer after it becomes code, and nothing else looks
wrong. That is an error at the line that opened it. When all it swallowed is
code (a last slide's example missing its closing fence), it is a warning.
A fence inside a list or quote that ends with its container swallows nothing
and is left alone.
*/
export function findUnclosedFences(tokens: readonly Token[], lines: readonly string[]): Diagnostic[] {
	let lastContent = lines.length;
	while (lastContent > 0 && lines[lastContent - 1]!.trim() === '') {
		lastContent--;
	}

	const diagnostics: Diagnostic[] = [];
	for (const token of tokens) {
		if (token.type !== 'fence' || !token.map) {
			continue;
		}

		const [start, end] = token.map;
		const last = end - 1 > start ? closingLine.exec(lines[end - 1] ?? '') : null;
		const closed = last?.[1] !== undefined && last[1][0] === token.markup[0] && last[1].length >= token.markup.length;
		if (closed || end < lastContent) {
			continue;
		}

		const opening = lines[start] ?? '';
		const swallowed = lines.slice(start + 1, end).some(line => structureLine.test(line));
		diagnostics.push({
			severity: swallowed ? 'error' : 'warning',
			line: start + 1,
			column: Math.max(0, opening.indexOf(token.markup)) + 1,
			message: 'code block opened here is never closed',
			hint: `everything after this line became code: close the block with a line of ${token.markup}`,
		});
	}

	return diagnostics;
}
