/**
HTML comments in a deck are either directives or speaker notes. Only the
names below are directives; every other comment is a note for its slide
(Marp's rule), so a note like "Remember: smile" stays a note.
*/

import {minOf} from '../text/arrays.js';

export type Directive =
	| {readonly kind: 'pause'}
	| {readonly kind: 'end-slide'}
	| {readonly kind: 'quiz'}
	| {readonly kind: 'id'; readonly value: string}
	| {readonly kind: 'note'; readonly text: string}
	/** A presenterm layout directive that briefing-deck does not have. */
	| {readonly kind: 'unsupported'; readonly name: string};

/** presenterm directives that only change layout; the content is still shown in order. */
const unsupportedNames = new Set([
	'column_layout',
	'column',
	'reset_layout',
	'incremental_lists',
	'newlines',
	'new_lines',
	'new_line',
	'newline',
	'alignment',
	'jump_to_middle',
	'font_size',
	'list_item_newlines',
	'no_footer',
	'skip_slide',
	'include',
	'snippet_output',
]);

export function classifyComment(body: string): Directive {
	const text = body.trim();
	if (text === 'pause' || text === 'stop') {
		// `stop` is lookatme's name for a pause.
		return {kind: 'pause'};
	}

	if (text === 'end_slide') {
		return {kind: 'end-slide'};
	}

	if (text === 'quiz') {
		return {kind: 'quiz'};
	}

	const named = /^([a-z_]+)\s*:\s*([\s\S]*)$/.exec(text) ?? /^([a-z_]+)$/.exec(text);
	const name = named?.[1];
	if (name === 'id') {
		return {kind: 'id', value: (named?.[2] ?? '').trim()};
	}

	if (name === 'speaker_note') {
		return {kind: 'note', text: blockScalar((named?.[2] ?? '').trim())};
	}

	if (name !== undefined && unsupportedNames.has(name)) {
		return {kind: 'unsupported', name};
	}

	return {kind: 'note', text};
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

export function stripTags(html: string): string {
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
