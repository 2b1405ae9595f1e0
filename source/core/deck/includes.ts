/**
presenterm's `<!-- include: file.md -->`: the file's Markdown in place of the
line, as if written there. Included files may include others (relative to
themselves); a file that includes itself, directly or through others, is a
cycle. An included file may not have front matter (presenterm refuses one).

Reading is not done here: the caller passes a resolver, which finds, checks
and reads a file (io/deck/includes.ts). This module does the expanding, and
bounds it: how deep includes nest, how many there are, and how much text they
add altogether. An include that is refused leaves a visible warning on its
slide and a diagnostic at its line, never a hole.

Line numbers: the expanded text has other lines than the file, so each of its
lines keeps where it came from (`origins`): a line of the deck file, or a line
of an included file, named by its path from the deck's folder. Diagnostics in
included text name that file and its own line.
*/
import {maxOf} from '../text/arrays.js';
import {sanitize} from '../text/sanitize.js';
import {warning} from './diagnostic.js';
import {fenceAfter} from './fences.js';
import type {Diagnostic} from './types.js';

/** Includes inside includes, at most: presenterm sets none, but a thousand-deep chain must end quickly. */
export const MAX_INCLUDE_DEPTH = 8;

/** Includes in a deck altogether: each is a file read. */
export const MAX_INCLUDES = 64;

export type IncludeRead =
	| {
		readonly ok: true;
		/** The file's path from the deck's folder, `/`-separated: what diagnostics name it by. */
		readonly file: string;
		/** What makes two paths the same file (its real path): cycles are found by it. */
		readonly key: string;
		readonly text: string;
	}
	| {readonly ok: false; readonly message: string; readonly hint?: string};

/**
Finds and reads `target` as written in the file `from` (a `key`), at most
`maxBytes` long. Never throws.
*/
export type IncludeResolver = (target: string, from: string, maxBytes: number) => IncludeRead;

/**
Where a line of the expanded text came from: a file (absent for the deck
file) and its 1-based line; and the deck file's line it stands at (the
include directive's, for included text), which slides and blocks are told by.
*/
export type LineOrigin = {readonly file?: string; readonly line: number; readonly deckLine: number};

export type Expansion = {
	readonly text: string;
	/** One per line of `text`. */
	readonly origins: readonly LineOrigin[];
	/** About refused includes, each at the line of its directive. */
	readonly diagnostics: readonly Diagnostic[];
	/** How many includes were read. */
	readonly included: number;
};

export type ExpandOptions = {
	/** The deck file's own key, so a file including the deck is a cycle. */
	readonly rootKey: string;
	/** Text the includes may add altogether, in UTF-16 units (near enough bytes for a limit). */
	readonly maxAddedBytes: number;
};

const directive = /^ {0,3}<!--\s*include\s*:\s*(.*?)\s*-->\s*$/i;

/** The target of an include directive line, if the line is one. */
export function includeTarget(line: string): string | undefined {
	const target = directive.exec(line)?.[1];
	return target === undefined || target === '' ? undefined : target;
}

/** Whether the text has an include directive outside code: decks without one skip all of this. */
export function hasIncludes(text: string): boolean {
	return /<!--\s*include\s*:/i.test(text) && scan(text.split('\n')).some(({target}) => target !== undefined);
}

/** Each line with the target of the include directive on it, code blocks skipped; and the fence left open at the end, if any. */
function scan(lines: readonly string[]): Array<{readonly target?: string; readonly openFence?: string}> {
	let fence: string | undefined;
	return lines.map(line => {
		const inCode = fence !== undefined;
		fence = fenceAfter(fence, line);
		if (inCode || fence !== undefined) {
			return fence === undefined ? {} : {openFence: fence};
		}

		const target = includeTarget(line);
		return target === undefined ? {} : {target};
	});
}

/** A code span that holds `text` whatever backticks it has. */
function codeSpan(text: string): string {
	const longest = maxOf([...text.matchAll(/`+/g)].map(match => match[0].length), 0);
	const ticks = '`'.repeat(longest + 1);
	return `${ticks} ${text} ${ticks}`;
}

const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Expands every include in `text` (the deck file's text, front matter and all). Pure but for what `resolve` does. */
export function expandIncludes(text: string, resolve: IncludeResolver, {rootKey, maxAddedBytes}: ExpandOptions): Expansion {
	const outLines: string[] = [];
	const origins: LineOrigin[] = [];
	const diagnostics: Diagnostic[] = [];
	let budget = maxAddedBytes;
	let included = 0;

	const expand = (source: string, file: string | undefined, key: string, ancestors: readonly string[], deckLine?: number): void => {
		const lines = source.split('\n');
		const scanned = scan(lines);
		for (const [index, line] of lines.entries()) {
			const origin: LineOrigin = file === undefined ? {line: index + 1, deckLine: index + 1} : {file, line: index + 1, deckLine: deckLine ?? index + 1};
			const target = scanned[index]?.target;
			if (target === undefined) {
				outLines.push(line);
				origins.push(origin);
				continue;
			}

			const column = line.indexOf('<!--') + 1;
			const refuse = (message: string, hint?: string): void => {
				const shown = sanitize(target);
				diagnostics.push({...warning(origin.line, column, `include \`${shown}\` ${message}; a warning is shown in its place`, hint), ...(file === undefined ? {} : {file})});
				// Blank lines around keep it from joining the text above or below.
				for (const placeholder of ['', '> [!WARNING]', `> Not included: ${codeSpan(shown)} ${message}.`, '']) {
					outLines.push(placeholder);
					origins.push(origin);
				}
			};

			if (ancestors.length >= MAX_INCLUDE_DEPTH) {
				refuse(`is nested more than ${MAX_INCLUDE_DEPTH} includes deep`, 'include the files from fewer levels');
				continue;
			}

			if (included >= MAX_INCLUDES) {
				refuse(`is past the ${MAX_INCLUDES} includes a deck may have`, 'put more into each included file');
				continue;
			}

			const read = resolve(target, key, Math.max(0, budget));
			if (!read.ok) {
				refuse(read.message, read.hint);
				continue;
			}

			if (read.key === key || ancestors.includes(read.key)) {
				refuse('includes a file that is already being included (a cycle)', 'no file may include itself, even through others');
				continue;
			}

			const body = read.text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
			if (frontMatter.test(body)) {
				refuse('has front matter, which an included file cannot have', 'move the front matter into the deck file');
				continue;
			}

			if (body.length > budget) {
				refuse(`would take the deck with its includes past ${maxAddedBytes.toLocaleString('en-US')} bytes`, 'split it into several decks');
				continue;
			}

			budget -= body.length;
			included++;
			outLines.push('');
			origins.push(origin);
			const before = outLines.length;
			expand(body, read.file, read.key, [...ancestors, key], origin.deckLine);
			// A code block left open in the included file ends with it, as it does in presenterm, which parses each file alone.
			const open = scan(outLines.slice(before)).at(-1)?.openFence;
			if (open !== undefined) {
				outLines.push(open);
				origins.push(origin);
			}

			outLines.push('');
			origins.push(origin);
		}
	};

	expand(text, undefined, rootKey, []);
	return {text: outLines.join('\n'), origins, diagnostics, included};
}

/**
A diagnostic about the expanded text, told at the line it came from: a line
of the deck file, or of an included file (then it names the file).
*/
export function placeDiagnostic(diagnostic: Diagnostic, origins: readonly LineOrigin[]): Diagnostic {
	const origin = origins[diagnostic.line - 1];
	if (origin === undefined || diagnostic.file !== undefined) {
		return diagnostic;
	}

	return {...diagnostic, line: origin.line, ...(origin.file === undefined ? {} : {file: origin.file})};
}
