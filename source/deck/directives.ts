/**
HTML comments in a deck are either directives or speaker notes. Only the
names below are directives; every other comment is a note for its slide
(Marp's rule), so a note like "Remember: smile" stays a note.
*/

export type Directive =
	| {readonly kind: 'pause'}
	| {readonly kind: 'end-slide'}
	| {readonly kind: 'quiz'}
	| {readonly kind: 'id'; readonly value: string}
	/** A slide's time budget, as written (`90s`, `2m`, `1m30s`); checked by the parser. */
	| {readonly kind: 'time'; readonly value: string}
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

const commentPattern = /<!--([\s\S]*?)-->/g;

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

	if (name === 'time' && named?.[2] !== undefined) {
		return {kind: 'time', value: named[2].trim()};
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

/** Separates the comments of a raw HTML chunk from the rest of its text. */
export function splitHtml(html: string): HtmlPieces {
	const comments: string[] = [];
	const withoutComments = html.replace(commentPattern, (_match, body: string) => {
		comments.push(body);
		return '';
	});
	// An unclosed `<!--` runs to the end of the block: keep it as a comment too.
	const unclosed = withoutComments.indexOf('<!--');
	let rest = withoutComments;
	if (unclosed !== -1) {
		comments.push(withoutComments.slice(unclosed + 4));
		rest = withoutComments.slice(0, unclosed);
	}

	return {comments, rest: stripTags(rest).trim()};
}

export function stripTags(html: string): string {
	return html.replace(/<\/?[A-Za-z][^>]*>/g, '');
}

/** presenterm writes long notes as a YAML block scalar: `speaker_note: |` then indented lines. */
function blockScalar(text: string): string {
	if (!/^[|>][+-]?\n/.test(text)) {
		return text;
	}

	const lines = text.split('\n').slice(1);
	const indent = Math.min(...lines.filter(line => line.trim() !== '').map(line => /^\s*/.exec(line)![0].length));
	return lines.map(line => line.slice(indent)).join('\n').trim();
}
