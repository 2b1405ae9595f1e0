import {parseDocument} from 'yaml';
import {minOf} from '../text/arrays.js';
import {error} from './diagnostic.js';
import type {FrontMatter} from './front-matter-fields.js';
import {readYaml, tooDeep} from './front-matter-yaml.js';
import type {Diagnostic} from './types.js';

export type FrontMatterResult = {
	readonly frontMatter: FrontMatter;
	/**
	The document with the front matter replaced by blank lines, so that every
	line number the Markdown parser reports is still a line of the file.
	*/
	readonly body: string;
	readonly diagnostics: readonly Diagnostic[];
};

// Front matter starts right under the fence; `---` followed by a blank line is a slide break.
const openingFence = /^---[ \t]*\r?\n(?![ \t]*\r?\n)/;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/m;

/** The text with its first `length` characters turned into blank lines, so line numbers stay those of the file. */
const blankOut = (text: string, length: number): string => '\n'.repeat(text.slice(0, length).split('\n').length - 1) + text.slice(length);

export type FrontMatterOptions = {
	/** Keys of the deck's own tool, read elsewhere: no warning for them. */
	readonly ownKeys?: ReadonlySet<string>;
	/** Accept lookatme's looser fences: blank lines before and inside, indented keys. */
	readonly loose?: boolean;
};

/** Splits optional YAML front matter (`---` … `---` at the very top) from the deck. */
export function splitFrontMatter(text: string, options: FrontMatterOptions = {}): FrontMatterResult {
	const {ownKeys} = options;
	if (!openingFence.test(text)) {
		const loose = options.loose ? looseFrontMatter(text) : undefined;
		return loose ? {...readYaml(loose.yaml, loose.firstLine, ownKeys), body: blankOut(text, loose.end)} : {frontMatter: {}, body: text, diagnostics: []};
	}

	const afterOpening = text.indexOf('\n') + 1;
	const rest = text.slice(afterOpening);
	const closing = closingFence.exec(rest);
	const yamlText = closing ? rest.slice(0, closing.index) : rest;
	if (!closing || !yamlIsValid(yamlText)) {
		// The closing line may be missing, and the `---` found a slide break.
		const unclosed = unclosedFrontMatter(yamlText);
		if (unclosed !== undefined) {
			const read = readYaml(unclosed.yaml, 2, ownKeys);
			return {
				frontMatter: read.frontMatter,
				body: blankOut(text, afterOpening + unclosed.yaml.length),
				diagnostics: [
					error(1, 1, 'the front matter opened here is never closed', `put a line of \`---\` after line ${unclosed.lastLine}, where the front matter ends`),
					...read.diagnostics,
				],
			};
		}
	}

	if (!closing) {
		// Without a closing fence this is not front matter: the `---` is an
		// ordinary line of Markdown.
		return {frontMatter: {}, body: text, diagnostics: []};
	}

	// The YAML starts on the file's second line.
	return {...readYaml(yamlText, 2, ownKeys), body: blankOut(text, afterOpening + closing.index + closing[0].length)};
}

function yamlIsValid(yamlText: string): boolean {
	// Too deep for the parser, which recurses per level: readYaml reports it.
	return tooDeep(yamlText) !== undefined || parseDocument(yamlText, {uniqueKeys: true}).errors.length === 0;
}

/** A `key:` line, a list item or an indented line: something that continues YAML. */
const yamlLine = /^(?:[ \t]|- |[\w"'-][^:]*:(?:[ \t]|$))/;

/**
Front matter whose closing `---` was forgotten: YAML `key: value` lines up to
a blank line, then Markdown (a `# heading`, a paragraph). Returns the YAML part
and the file line of its last line, or `undefined` when the text does not
look like that.
*/
function unclosedFrontMatter(text: string): {yaml: string; lastLine: number} | undefined {
	const lines = text.split('\n');
	const blank = lines.findIndex(line => line.trim() === '');
	const next = lines.slice(blank).find(line => line.trim() !== '');
	if (blank <= 0 || next === undefined || yamlLine.test(next)) {
		return undefined;
	}

	const yaml = lines.slice(0, blank).join('\n') + '\n';
	if (tooDeep(yaml) !== undefined) {
		return undefined;
	}

	const document = parseDocument(yaml, {uniqueKeys: true});
	const data: unknown = document.errors.length === 0 ? document.toJS({maxAliasCount: 100}) : undefined;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return undefined;
	}

	// The YAML starts on the file's second line.
	return {yaml, lastLine: blank + 1};
}

/**
lookatme's reading of front matter: blank lines may come first, the fences
are any lines that start with `---`, and the YAML between may start with a
blank line or be indented. Returns the YAML, its first line in the file and
the offset just past the closing fence.
*/
export function looseFrontMatter(text: string): {yaml: string; firstLine: number; end: number} | undefined {
	const lines = text.split('\n');
	let index = 0;
	while (index < lines.length && lines[index]!.trim() === '') {
		index++;
	}

	if (!/^---/.test(lines[index]?.trim() ?? '')) {
		return undefined;
	}

	const open = index;
	const close = lines.findIndex((line, at) => at > open && /^---/.test(line.trim()));
	if (close === -1) {
		return undefined;
	}

	const yaml = lines.slice(open + 1, close);
	const indent = minOf(yaml.filter(line => line.trim() !== '').map(line => /^[ \t]*/.exec(line)![0].length));
	if (indent === undefined) {
		return undefined;
	}

	const end = lines.slice(0, close + 1).join('\n').length;
	return {yaml: yaml.map(line => line.slice(indent)).join('\n') + '\n', firstLine: open + 2, end};
}
