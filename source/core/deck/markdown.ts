import MarkdownIt from 'markdown-it';
import type {Options, Token} from 'markdown-it';
import {singleTildeStrikethrough} from './single-tilde.js';

/**
markdown-it stops tokenizing blocks nested deeper than this and silently drops
the rest of the range; the parser reports that as an error instead.
*/
export const MAX_NESTING = 100;

let instance: MarkdownIt | undefined;

function markdown(): MarkdownIt {
	// `html` is on only so comments become tokens: nothing is ever rendered as
	// HTML. `linkify` stays off: linkify-it has had quadratic-time advisories.
	if (!instance) {
		instance = new MarkdownIt({html: true, linkify: false, typographer: false});
		// Not in the published option types, but read by both block and inline parsers.
		instance.set({maxNesting: MAX_NESTING} as Options);
		instance.use(singleTildeStrikethrough);
	}

	return instance;
}

export function tokenize(text: string): Token[] {
	return markdown().parse(text, {});
}

/** The inline tokens of one line of Markdown (a front matter title, say). */
export function tokenizeInline(text: string): Token[] {
	return markdown().parseInline(text, {})[0]?.children ?? [];
}

const containers = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open']);

/**
The first container opened at the nesting limit: markdown-it does not tokenize
inside it, so whatever it holds was dropped.
*/
export function findNestingOverflow(tokens: readonly Token[]): Token | undefined {
	return tokens.find(token => containers.has(token.type) && token.level >= MAX_NESTING - 1);
}
