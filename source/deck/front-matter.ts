import {parseDocument} from 'yaml';
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

/** Splits optional YAML front matter (`---` … `---` at the very top) from the deck. */
export function splitFrontMatter(text: string): FrontMatterResult {
	if (!openingFence.test(text)) {
		return {frontMatter: {}, body: text, diagnostics: []};
	}

	const afterOpening = text.indexOf('\n') + 1;
	const rest = text.slice(afterOpening);
	const closing = closingFence.exec(rest);
	if (!closing) {
		// Without a closing fence this is not front matter: the `---` is an
		// ordinary line of Markdown.
		return {frontMatter: {}, body: text, diagnostics: []};
	}

	const yamlText = rest.slice(0, closing.index);
	const blockEnd = afterOpening + closing.index + closing[0].length;
	const frontLines = text.slice(0, blockEnd).split('\n').length;
	const body = '\n'.repeat(frontLines - 1) + text.slice(blockEnd);
	// The YAML starts on the file's second line.
	return {...readYaml(yamlText, 2), body};
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
		const [line = 1, column = 1] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [];
		const firstMessageLine = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
		diagnostics.push(error(firstLine + line - 1, column, `invalid YAML front matter: ${sanitize(firstMessageLine)}`));
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

	const lineOfKey = (key: string): number => {
		const index = yamlText.search(new RegExp(`^${key.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm'));
		return index === -1 ? firstLine : firstLine + yamlText.slice(0, index).split('\n').length - 1;
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
