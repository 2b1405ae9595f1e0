import type MarkdownIt from 'markdown-it';
import type {Delimiter, StateInline} from 'markdown-it';

/**
GFM strikes text through between one tilde (`~strike~`) as well as two;
markdown-it only knows two. A lone `~` becomes a delimiter of its own kind,
so it pairs only with another lone `~`, never with half of a `~~`.
*/
const loneTilde = -0x7E;

function tokenize(state: StateInline, silent: boolean): boolean {
	if (silent || state.src.charCodeAt(state.pos) !== 0x7E) {
		return false;
	}

	const scanned = state.scanDelims(state.pos, true);
	if (scanned.length !== 1) {
		return false;
	}

	const token = state.push('text', '', 0);
	token.content = '~';
	state.delimiters.push({
		marker: loneTilde,
		length: 0,
		token: state.tokens.length - 1,
		end: -1,
		open: scanned.can_open,
		close: scanned.can_close,
	});
	state.pos += 1;
	return true;
}

function pairUp(state: StateInline, delimiters: readonly Delimiter[]): void {
	for (const start of delimiters) {
		if (start.marker !== loneTilde || start.end === -1) {
			continue;
		}

		const end = delimiters[start.end]!;
		for (const [index, type, nesting] of [[start.token, 's_open', 1], [end.token, 's_close', -1]] as const) {
			const token = state.tokens[index]!;
			token.type = type;
			token.tag = 's';
			token.nesting = nesting;
			token.markup = '~';
			token.content = '';
		}
	}
}

export function singleTildeStrikethrough(markdown: MarkdownIt): void {
	markdown.inline.ruler.before('strikethrough', 'single_tilde', tokenize);
	markdown.inline.ruler2.before('strikethrough', 'single_tilde', state => {
		pairUp(state, state.delimiters);
		for (const meta of state.tokens_meta) {
			if (meta?.delimiters) {
				pairUp(state, meta.delimiters);
			}
		}

		return false;
	});
}
