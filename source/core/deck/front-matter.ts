import {parseDocument, type YAMLError} from 'yaml';
import {sanitize} from '../text/sanitize.js';
import {slugify} from '../text/slug.js';
import type {Diagnostic} from './types.js';

export type FrontMatter = {
	readonly title?: string;
	readonly subtitle?: string;
	readonly author?: string;
	readonly date?: string;
	readonly duration?: number;
	readonly id?: string;
};

export type FrontMatterResult = {
	readonly frontMatter: FrontMatter;
	/**
	The document with the front matter replaced by blank lines, so that every
	line number the Markdown parser reports is still a line of the file.
	*/
	readonly body: string;
	readonly diagnostics: readonly Diagnostic[];
};

const stringKeys = ['title', 'subtitle', 'author', 'id'] as const;

/**
Keys other presenters put in front matter. They are not ours, but a deck
written for those tools is not wrong to have them, so they get a gentler
warning than a typo would.
*/
const otherToolKeys = new Set(['theme', 'options', 'paging', 'styles', 'extensions', 'sub_title', 'authors', 'marp', 'class', 'paginate', 'header', 'footer']);

// Front matter starts right under the fence; `---` followed by a blank line is a slide break.
const openingFence = /^---[ \t]*\r?\n(?![ \t]*\r?\n)/;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/m;

function warning(line: number, column: number, message: string, hint?: string): Diagnostic {
	return {severity: 'warning', line, column, message, ...(hint ? {hint} : {})};
}

function error(line: number, column: number, message: string, hint?: string): Diagnostic {
	return {severity: 'error', line, column, message, ...(hint ? {hint} : {})};
}

/** The text with its first `length` characters turned into blank lines, so line numbers stay those of the file. */
const blankOut = (text: string, length: number): string => '\n'.repeat(text.slice(0, length).split('\n').length - 1) + text.slice(length);

/** Splits optional YAML front matter (`---` … `---` at the very top) from the deck. */
export function splitFrontMatter(text: string): FrontMatterResult {
	if (!openingFence.test(text)) {
		return {frontMatter: {}, body: text, diagnostics: []};
	}

	const afterOpening = text.indexOf('\n') + 1;
	const rest = text.slice(afterOpening);
	const closing = closingFence.exec(rest);
	const yamlText = closing ? rest.slice(0, closing.index) : rest;
	if (!closing || !yamlIsValid(yamlText)) {
		// The closing line may be missing, and the `---` found a slide break.
		const unclosed = unclosedFrontMatter(yamlText);
		if (unclosed !== undefined) {
			const read = readYaml(unclosed.yaml, 2);
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
	return {...readYaml(yamlText, 2), body: blankOut(text, afterOpening + closing.index + closing[0].length)};
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

/** Deeper front matter is refused before the YAML parser, which recurses per level, overflows the stack. */
export const MAX_YAML_DEPTH = 64;

/**
The first line (1-based) where block indentation or `[`/`{` flow nesting goes
deeper than `MAX_YAML_DEPTH`, if any. Rough (brackets in quotes count too), but
no real front matter comes near the limit, and it is one linear pass.
*/
function tooDeep(yamlText: string): number | undefined {
	const indents: number[] = [];
	let flow = 0;
	let line = 1;
	for (const text of yamlText.split('\n')) {
		const indent = /^[ -]*/.exec(text)![0].length;
		if (text.trim() !== '') {
			while (indents.length > 0 && indents.at(-1)! >= indent) {
				indents.pop();
			}

			indents.push(indent);
		}

		let deepest = flow;
		for (const character of text) {
			flow += character === '[' || character === '{' ? 1 : character === ']' || character === '}' ? -1 : 0;
			deepest = Math.max(deepest, flow);
		}

		if (indents.length > MAX_YAML_DEPTH || deepest > MAX_YAML_DEPTH) {
			return line;
		}

		line++;
	}

	return undefined;
}

function readYaml(yamlText: string, firstLine: number): Omit<FrontMatterResult, 'body'> {
	const diagnostics: Diagnostic[] = [];
	const deep = tooDeep(yamlText);
	if (deep !== undefined) {
		diagnostics.push(error(firstLine + deep - 1, 1, `front matter is nested more than ${MAX_YAML_DEPTH} levels deep`, 'front matter is a flat list of `key: value` lines'));
		return {frontMatter: {}, diagnostics};
	}

	const document = parseDocument(yamlText, {prettyErrors: true, uniqueKeys: true});
	for (const problem of document.errors) {
		diagnostics.push(explainYamlError(problem, yamlText, firstLine));
	}

	if (document.errors.length > 0) {
		return {frontMatter: {}, diagnostics};
	}

	let data: unknown;
	try {
		data = document.toJS({maxAliasCount: 100});
	} catch (error_) {
		diagnostics.push(error(firstLine, 1, `invalid YAML front matter: ${sanitize((error_ as Error).message)}`));
		return {frontMatter: {}, diagnostics};
	}

	if (data === null || data === undefined) {
		return {frontMatter: {}, diagnostics};
	}

	if (typeof data !== 'object' || Array.isArray(data)) {
		diagnostics.push(error(firstLine, 1, 'front matter must be a mapping of keys to values', 'write it as `title: My talk` lines'));
		return {frontMatter: {}, diagnostics};
	}

	// A plain scan, not a RegExp built from the key: a key can be any text the
	// deck holds (a flow collection 100 KB long), and compiling that can exhaust memory.
	const yamlLines = yamlText.split('\n');
	const lineOfKey = (key: string): number => {
		const index = yamlLines.findIndex(line => line.startsWith(key) && /^\s*:/.test(line.slice(key.length)));
		return index === -1 ? firstLine : firstLine + index;
	};

	const frontMatter: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const line = lineOfKey(key);
		if ((stringKeys as readonly string[]).includes(key)) {
			if (typeof value === 'string' || typeof value === 'number') {
				frontMatter[key] = sanitize(String(value));
			} else {
				diagnostics.push(error(line, 1, `front matter \`${key}\` must be text, not ${describe(value)}`));
			}
		} else if (key === 'date') {
			if (typeof value === 'string' || typeof value === 'number') {
				frontMatter['date'] = sanitize(String(value));
			} else if (value instanceof Date) {
				frontMatter['date'] = value.toISOString().slice(0, 10);
			} else {
				diagnostics.push(error(line, 1, `front matter \`date\` must be text, not ${describe(value)}`));
			}
		} else if (key === 'duration') {
			if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
				frontMatter['duration'] = value;
			} else {
				diagnostics.push(error(line, 1, `front matter \`duration\` must be a positive number of minutes, not ${describe(value)}`, 'for example `duration: 15`'));
			}
		} else if (key === 'sub_title' && typeof value === 'string') {
			// presenterm's spelling.
			frontMatter['subtitle'] = sanitize(value);
		} else if (otherToolKeys.has(key)) {
			diagnostics.push(warning(line, 1, `front matter \`${sanitize(key)}\` belongs to another presenter and is ignored`));
		} else {
			diagnostics.push(warning(line, 1, `unknown front matter key \`${sanitize(key)}\``, 'known keys: title, subtitle, author, date, duration, id'));
		}
	}

	if (typeof frontMatter['id'] === 'string' && slugify(frontMatter['id']) !== frontMatter['id']) {
		diagnostics.push(warning(lineOfKey('id'), 1, `deck id \`${frontMatter['id']}\` is not a slug; scores are kept under \`${slugify(frontMatter['id'])}\``));
		frontMatter['id'] = slugify(frontMatter['id']);
	}

	return {frontMatter: frontMatter as FrontMatter, diagnostics};
}

function describe(value: unknown): string {
	if (value === null || value === undefined) {
		return 'empty';
	}

	if (Array.isArray(value)) {
		return 'a list';
	}

	if (typeof value === 'object') {
		return 'a mapping';
	}

	return typeof value === 'string' ? `"${sanitize(value)}"` : `${typeof value} ${String(value)}`;
}

/** A `key: value` line of YAML. */
const keyValue = /^([ \t]*)([\w-]+)[ \t]*:[ \t]*(.*)$/;

/** A quoted YAML value that ends on its own line. */
const closedQuote = {'"': /^"(?:[^"\\]|\\.)*"/, '\'': /^'(?:[^']|'')*'/} as const;

/**
The YAML library's message, in plain words where the mistake is a common one,
at the line where it was made: a quote opened and never closed (YAML notices
only at the end of the front matter), and a value with `: ` in it (`title:
Why: a talk`), which YAML reads as another key.
*/
function explainYamlError(problem: YAMLError, yamlText: string, firstLine: number): Diagnostic {
	const lines = yamlText.split('\n');
	const [line = 1, column = 1] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [];
	if (problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)) {
		for (const [index, text] of lines.entries()) {
			const [, , key = '', value = ''] = keyValue.exec(text) ?? [];
			const quote = value[0];
			if ((quote === '"' || quote === '\'') && !closedQuote[quote].test(value)) {
				return error(
					firstLine + index,
					text.length - value.length + 1,
					`the value of \`${sanitize(key)}\` opens a quote that is never closed`,
					`end the value with a closing ${quote} on this line`,
				);
			}
		}
	}

	if (problem.code === 'BLOCK_AS_IMPLICIT_KEY') {
		const [, , key = '', value = ''] = keyValue.exec(lines[line - 1] ?? '') ?? [];
		if (key !== '') {
			return error(
				firstLine + line - 1,
				(lines[line - 1] ?? '').length - value.length + 1,
				`the value of \`${sanitize(key)}\` contains \`: \`, which YAML reads as the start of another key`,
				`quote the value: \`${sanitize(key)}: "${sanitize(value.replaceAll('"', String.raw`\"`))}"\``,
			);
		}
	}

	const firstMessageLine = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
	return error(firstLine + line - 1, column, `invalid YAML front matter: ${sanitize(firstMessageLine)}`, 'quote a value that contains `: ` or starts with `[`, `{`, `&`, `*`, `!`, `|` or `>`');
}
