/**
Reading the front matter's YAML: refusing nesting too deep for the parser,
and saying what went wrong in plain words at the line where it went wrong.
*/
import {parseDocument, type YAMLError} from 'yaml';
import {append} from '../text/arrays.js';
import {sanitize} from '../text/sanitize.js';
import {error} from './diagnostic.js';
import {type FrontMatter, readFields} from './front-matter-fields.js';
import type {Diagnostic} from './types.js';

/** Deeper front matter is refused before the YAML parser, which recurses per level, overflows the stack. */
const MAX_YAML_DEPTH = 64;

/**
The first line (1-based) where block indentation or `[`/`{` flow nesting goes
deeper than `MAX_YAML_DEPTH`, if any. Rough (brackets in quotes count too), but
no real front matter comes near the limit, and it is one linear pass.
*/
export function tooDeep(yamlText: string): number | undefined {
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

/** The front matter in `yamlText`, whose first line is line `firstLine` of the file. */
export function readYaml(yamlText: string, firstLine: number, ownKeys?: ReadonlySet<string>): {frontMatter: FrontMatter; diagnostics: Diagnostic[]} {
	const diagnostics: Diagnostic[] = [];
	const deep = tooDeep(yamlText);
	if (deep !== undefined) {
		diagnostics.push(error(firstLine + deep - 1, 1, `front matter is nested more than ${MAX_YAML_DEPTH} levels deep`, 'front matter is a flat list of `key: value` lines'));
		return {frontMatter: {}, diagnostics};
	}

	const {document, errors} = parseAroundErrors(yamlText, firstLine);
	append(diagnostics, errors);
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

	const fields = readFields(data as Record<string, unknown>, lineOfKey, ownKeys);
	return {frontMatter: fields.frontMatter, diagnostics: [...diagnostics, ...fields.diagnostics]};
}

/** How many times the lines that broke the YAML are set aside before the rest is given up on. */
const MAX_YAML_RETRIES = 8;

/**
Every YAML error, once each line, and the document the other lines make. The
parser goes on after an error, but its reading of the lines around one is a
guess (`title: Bad: deck` swallows the keys after it, an unclosed quote all
the lines to the end), so the lines that broke are set aside (blanked, so that
the lines after them keep their numbers) and the rest read again, which finds
the errors the first mistake hid. The fields are read from what is left.
*/
function parseAroundErrors(yamlText: string, firstLine: number): {document: ReturnType<typeof parseDocument>; errors: Diagnostic[]} {
	const lines = yamlText.split('\n');
	const errors: Diagnostic[] = [];
	let document = parseDocument(yamlText, {prettyErrors: true, uniqueKeys: true});
	for (let retry = 0; retry <= MAX_YAML_RETRIES && document.errors.length > 0; retry++) {
		const text = lines.join('\n');
		let setAside = false;
		for (const problem of document.errors) {
			const diagnostic = explainYamlError(problem, text, firstLine);
			if (!errors.some(said => said.line === diagnostic.line)) {
				errors.push(diagnostic);
			}

			setAside = setAsideBlock(lines, diagnostic.line - firstLine) || setAside;
		}

		if (!setAside) {
			break;
		}

		document = parseDocument(lines.join('\n'), {prettyErrors: true, uniqueKeys: true});
	}

	return {document, errors};
}

const indentOf = (text: string): number => /^[ \t]*/.exec(text)![0].length;

/**
Blanks the line at `index` and the lines indented under it, which belong to
it (set aside alone, they would be read as keys of their own); false when
there was nothing left there to set aside.
*/
function setAsideBlock(lines: string[], index: number): boolean {
	const text = lines[index];
	if (text === undefined || text === '') {
		return false;
	}

	const indent = indentOf(text);
	lines[index] = '';
	for (let next = index + 1; next < lines.length && (lines[next]!.trim() === '' || indentOf(lines[next]!) > indent); next++) {
		lines[next] = '';
	}

	return true;
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

	if (/end with an? [\]}]/.test(problem.message)) {
		for (const [index, text] of lines.entries()) {
			const [, , key = '', value = ''] = keyValue.exec(text) ?? [];
			const [open, close] = value.startsWith('[') ? ['[', ']'] : value.startsWith('{') ? ['{', '}'] : [];
			if (open && close && value.split(open).length > value.split(close).length) {
				return error(
					firstLine + index,
					text.length - value.length + 1,
					`the value of \`${sanitize(key)}\` opens a \`${open}\` that is never closed`,
					`end it with \`${close}\` on this line, or quote the value`,
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
