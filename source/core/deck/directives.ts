/**
HTML comments in a deck are either directives or speaker notes. Only the
names below are directives; every other comment is a note for its slide
(Marp's rule), so a note like "Remember: smile" stays a note.
*/

import {withinEditDistance} from '../text/edit-distance.js';
import {minOf} from '../text/arrays.js';

export type Directive =
	| {readonly kind: 'pause'}
	| {readonly kind: 'end-slide'}
	| {readonly kind: 'quiz'}
	| {readonly kind: 'id'; readonly value: string}
	/** A slide's time budget, as written (`90s`, `2m`, `1m30s`); checked by the parser. */
	| {readonly kind: 'time'; readonly value: string}
	| {readonly kind: 'note'; readonly text: string}
	/** A presenterm layout directive that briefing-deck does not have. */
	| {readonly kind: 'unsupported'; readonly name: string}
	/** presenterm: leave this slide out of the show. */
	| {readonly kind: 'skip-slide'}
	/** presenterm: reveal each item of the lists that follow on its own step (or stop doing so). */
	| {readonly kind: 'incremental-lists'; readonly on: boolean}
	/** presenterm: what follows sits in the middle of the screen. */
	| {readonly kind: 'jump-to-middle'}
	/** presenterm: blank lines (`new_lines: 3`). */
	| {readonly kind: 'new-lines'; readonly count: number}
	/** presenterm: columns with these shares of the width (`column_layout: [2, 1]`); `widths` absent when unreadable. */
	| {readonly kind: 'column-layout'; readonly widths?: readonly number[]; readonly value: string}
	/** presenterm: what follows goes into this column (0-based); `index` absent when unreadable. */
	| {readonly kind: 'column'; readonly index?: number; readonly value: string}
	/** presenterm: back to the full width, under the columns. */
	| {readonly kind: 'reset-layout'};

/** Most columns a layout may have: more could not show a word each on any screen. */
export const MAX_COLUMNS = 12;

/** Most blank lines a `new_lines` directive gives: more would only push the slide off the screen. */
const MAX_NEW_LINES = 50;

/** presenterm directives that only change layout; the content is still shown in order. */
const unsupportedNames = new Set([
	'alignment',
	'font_size',
	'list_item_newlines',
	'no_footer',
	'include',
	'snippet_output',
]);

/** Directive names are case-insensitive: `<!-- PAUSE -->` and `<!-- Quiz -->` are directives too. */
export function classifyComment(body: string): Directive {
	const text = body.trim();
	const lower = text.toLowerCase();
	if (lower === 'pause' || lower === 'stop') {
		// `stop` is lookatme's name for a pause.
		return {kind: 'pause'};
	}

	if (lower === 'end_slide') {
		return {kind: 'end-slide'};
	}

	if (lower === 'quiz') {
		return {kind: 'quiz'};
	}

	const named = /^([a-z_]+)\s*:\s*([\s\S]*)$/i.exec(text) ?? /^([a-z_]+)$/i.exec(text);
	const name = named?.[1]?.toLowerCase();
	if (name === 'id') {
		return {kind: 'id', value: (named?.[2] ?? '').trim()};
	}

	if (name === 'time' && named?.[2] !== undefined) {
		return {kind: 'time', value: named[2].trim()};
	}

	if (name === 'speaker_note') {
		return {kind: 'note', text: blockScalar((named?.[2] ?? '').trim())};
	}

	const value = (named?.[2] ?? '').trim().toLowerCase();
	switch (name) {
		case 'skip_slide': {
			return {kind: 'skip-slide'};
		}

		case 'incremental_lists': {
			return {kind: 'incremental-lists', on: value !== 'false'};
		}

		case 'jump_to_middle': {
			return {kind: 'jump-to-middle'};
		}

		case 'new_line':
		case 'newline':
		case 'new_lines':
		case 'newlines': {
			const count = /^\d+$/.test(value) ? Number(value) : 1;
			return {kind: 'new-lines', count: Math.min(count, MAX_NEW_LINES)};
		}

		case 'column_layout': {
			return {kind: 'column-layout', ...readWidths(value), value: (named?.[2] ?? '').trim()};
		}

		case 'column': {
			return {kind: 'column', ...(/^\d{1,3}$/.test(value) ? {index: Number(value)} : {}), value: (named?.[2] ?? '').trim()};
		}

		case 'reset_layout': {
			return {kind: 'reset-layout'};
		}

		default:
	}

	if (name !== undefined && unsupportedNames.has(name)) {
		return {kind: 'unsupported', name};
	}

	return {kind: 'note', text};
}

/** Names a one-word comment is compared with: the directives people write by hand. */
const suggestible = ['pause', 'stop', 'end_slide', 'quiz', 'skip_slide', 'incremental_lists', 'jump_to_middle', 'new_lines', 'newlines', 'new_line', 'newline', 'column_layout', 'column', 'reset_layout', ...unsupportedNames];

/**
presenterm's widths are whole numbers from 1 to 255 in brackets (`[2, 1]`);
anything else (`[]`, a zero, a fraction) is no layout, as presenterm says.
*/
function readWidths(value: string): {widths?: number[]} {
	const list = /^\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*,?\s*\]$/.exec(value);
	const widths = list?.[1]?.split(',').map(Number);
	return widths && widths.length <= MAX_COLUMNS && widths.every(width => width >= 1 && width <= 255) ? {widths} : {};
}

/**
The directive a one-word comment was probably meant to be (`puase`, `end-slide`,
`quizz`), if it is one typo away (two for longer names). Such a comment is a
speaker note, so the slide silently loses its pause or the deck its quiz.
*/
export function suggestDirective(body: string): string | undefined {
	const word = body.trim().toLowerCase();
	if (!/^[a-z][a-z_-]{1,29}$/.test(word)) {
		return undefined;
	}

	const normal = word.replaceAll('-', '_');
	const allowed = normal.length <= 4 ? 1 : 2;
	return suggestible.find(name => name === normal) ?? suggestible.find(name => withinEditDistance(normal, name, allowed));
}

export type HtmlPieces = {
	readonly comments: readonly string[];
	/** Whatever is not inside a comment, with tags removed. */
	readonly rest: string;
};

/**
Separates the comments of a raw HTML chunk from the rest of its text. A scan
with indexOf, not a lazy regex: `/<!--[\s\S]*?-->/g` reads to the end of the
chunk for every unclosed `<!--`, which is quadratic in a chunk of thousands.
*/
export function splitHtml(html: string): HtmlPieces {
	const comments: string[] = [];
	let rest = '';
	let position = 0;
	for (;;) {
		const open = html.indexOf('<!--', position);
		if (open === -1) {
			rest += html.slice(position);
			break;
		}

		rest += html.slice(position, open);
		const close = html.indexOf('-->', open + 4);
		if (close === -1) {
			// An unclosed `<!--` runs to the end of the block: keep it as a comment too.
			comments.push(html.slice(open + 4));
			break;
		}

		comments.push(html.slice(open + 4, close));
		position = close + 3;
	}

	return {comments, rest: stripTags(rest).trim()};
}

function stripTags(html: string): string {
	return html.replace(/<\/?[A-Za-z][^<>]*>/g, '');
}

/** presenterm writes long notes as a YAML block scalar: `speaker_note: |` then indented lines. */
function blockScalar(text: string): string {
	if (!/^[|>][+-]?\n/.test(text)) {
		return text;
	}

	const lines = text.split('\n').slice(1);
	const indent = minOf(lines.filter(line => line.trim() !== '').map(line => /^\s*/.exec(line)![0].length));
	return lines.map(line => line.slice(indent)).join('\n').trim();
}
