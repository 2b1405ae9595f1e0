/**
A fenced code block in a frame. Code never reflows: a line too wide is cut
with `…`, since wrapping would change what the code says (think YAML or
Python indentation).
*/
import {displayWidth, expandTabs, truncateToWidth} from './display-width.js';
import type {Highlighter} from './highlighter.js';
import {lineWidth, mergeSegments, padLine, segment, truncateLine} from './segments.js';
import type {Line, Segment} from './types.js';
import {maxOf} from '../../text/arrays.js';

const border = {role: 'border'} as const;

// Frame: '│ ' + code + ' │'.
const frameColumns = 4;

const plainLines = (code: string): Segment[][] =>
	code.split('\n').map(text => (text === '' ? [] : [segment(text, {role: 'code'})]));

export function layoutCode(code: string, language: string, width: number, highlighter?: Highlighter): Line[] {
	// The fence's own final newline is not a line of code.
	const source = expandTabs(code.endsWith('\n') ? code.slice(0, -1) : code);
	const highlighted = language.trim() === '' ? undefined : highlighter?.(source, language);
	// Only trust a highlighter whose lines join back to the code.
	const codeLines = highlighted?.length === source.split('\n').length ? highlighted : plainLines(source);

	if (width < frameColumns + 1) {
		return codeLines.map(line => truncateLine(mergeSegments(line), width));
	}

	const maxInner = width - frameColumns;
	const label = language.trim() === '' ? '' : truncateToWidth(language.trim(), Math.max(0, maxInner - 2));
	const widest = maxOf(codeLines.map(line => lineWidth(line)), 0);
	const inner = Math.min(maxInner, Math.max(widest, label === '' ? 0 : displayWidth(label) + 2));

	const top: Line = label === ''
		? [segment(`┌${'─'.repeat(inner + 2)}┐`, border)]
		: [
			segment('┌─ ', border),
			segment(label, {role: 'muted'}),
			segment(` ${'─'.repeat(inner - displayWidth(label) - 1)}┐`, border),
		];
	const bottom: Line = [segment(`└${'─'.repeat(inner + 2)}┘`, border)];
	const body = codeLines.map((line): Line => [
		segment('│ ', border),
		...padLine(truncateLine(mergeSegments(line), inner), inner),
		segment(' │', border),
	]);

	return [top, ...body, bottom];
}
