import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from './pty.js';
import {tools, type Tool} from './reference-splitters.js';

/** Real decks written for other presenters, kept in the project with their sources and licences (SOURCES.md). */
export const realDecksDir = path.join(repoRoot, 'test', 'fixtures', 'real-decks');

export type RealDeck = {name: string; tool: Tool; file: string};

/** The decks of one corpus folder laid out as `<tool>/<deck>.md` (files deeper down are what decks include or import). */
export function listRealDecks(root: string): RealDeck[] {
	if (!fs.existsSync(root)) {
		return [];
	}

	return tools.flatMap(tool => {
		const folder = path.join(root, tool);
		if (!fs.existsSync(folder)) {
			return [];
		}

		return fs.readdirSync(folder)
			.filter(name => name.endsWith('.md') && fs.statSync(path.join(folder, name)).isFile())
			.sort()
			.map(name => ({name: `${tool}/${name}`, tool, file: path.join(folder, name)}));
	});
}

/**
The words of a deck's prose as its author wrote them, for the check that none
is lost: front matter, HTML comments and tags, `<style>` and `<script>` blocks,
fenced code, Slidev per-slide front matter and slot markers, mdp `%` lines and
`->`/`<-` centring marks, patat `. . .` pauses and Markdown punctuation are
left out; what remains is words of two letters or more.
*/
export function proseWords(text: string): string[] {
	const lines = text.replaceAll('\r\n', '\n').split('\n');
	const kept: string[] = [];
	let fence: string | undefined;
	let inBlock: RegExp | undefined;
	let index = 0;
	if (lines[0]?.trimEnd() === '---') {
		index = lines.findIndex((line, at) => at > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) + 1;
	}

	for (; index < lines.length; index++) {
		const line = lines[index]!;
		if (fence) {
			if (line.trim().startsWith(fence)) {
				fence = undefined;
			}

			continue;
		}

		if (inBlock) {
			if (inBlock.test(line)) {
				inBlock = undefined;
			}

			continue;
		}

		const opening = /^\s*(`{3,}|~{3,})/.exec(line);
		if (opening) {
			fence = opening[1];
			continue;
		}

		if (/^\s*<!--/.test(line) && !line.includes('-->')) {
			inBlock = /-->/;
			continue;
		}

		if (/^\s*<(style|script|template)\b/i.test(line) && !/<\/(style|script|template)>/i.test(line)) {
			inBlock = /<\/(style|script|template)>/i;
			continue;
		}

		// A Slidev per-slide front matter block: `---` followed directly by `key: value` lines up to the next `---`.
		if (/^---\s*$/.test(line) && /^[\w-]+:/.test(lines[index + 1] ?? '')) {
			const close = lines.findIndex((candidate, at) => at > index && /^---\s*$/.test(candidate));
			const front = lines.slice(index + 1, close);
			if (close > index && front.every(candidate => /^(?:[\w-]+:|\s|$|#)/.test(candidate))) {
				index = close;
				// `hide: true` or `disabled: true` leaves the slide out of Slidev's show (packages/parser/src/core.ts), and its words with it.
				if (front.some(candidate => /^(?:hide|disabled):\s*true\s*$/.test(candidate))) {
					const next = lines.findIndex((candidate, at) => at > close && /^---\s*$/.test(candidate));
					index = (next === -1 ? lines.length : next) - 1;
				}

				continue;
			}
		}

		if (/^%\w+:/.test(line) || /^\s*\.\s\.\s\.\s*$/.test(line) || /^\s*::\s*\w+\s*::\s*$/.test(line) || /^( {4}|\t)/.test(line)) {
			continue;
		}

		kept.push(line
			.replaceAll(/<!--[\s\S]*?-->/g, ' ')
			.replaceAll(/<style[\s\S]*?<\/style>/gi, ' ')
			.replaceAll(/<[^>]+>/g, ' ')
			.replaceAll(/`[^`]*`/g, ' ')
			// An entity reference is one character on screen (CommonMark 0.31 §2.5, which markdown-it, Marp's reader, follows): `&copy;` is ©, no word.
			.replaceAll(/&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/gi, ' ')
			.replaceAll(/!\[[^\]]*\]\([^)]*\)/g, ' ')
			.replaceAll(/\]\([^)]*\)/g, ' ')
			.replaceAll(/https?:\/\/\S+/g, ' ')
			.replaceAll(/\{[^}]*\}/g, ' ')
			.replaceAll(/->|<-/g, ' '));
	}

	// A tag may spread its attributes over several lines (`<img\n  class="absolute …"\n  alt=""\n/>`): none of it is prose.
	return wordsOf(kept.join('\n').replaceAll(/<[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, ' '));
}

/** Letters and digits runs of two or more, lower-cased: the unit both sides of the lost-text check are compared in. */
export const wordsOf = (text: string): string[] =>
	[...text.toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)].map(match => match[0]);

/** Directive syntax of the seven tools, which must never reach the screen as text. */
export const directivesShownAsText: ReadonlyArray<[string, RegExp]> = [
	['an HTML comment', /<!--/],
	['a Slidev slot marker', /::\s*(?:right|left|default|\w+)\s*::/],
	['an mdp `%title:`/`%author:`/`%date:` line', /^\s*%(?:title|author|date):/m],
	['a patat `. . .` pause line', /^\s*\.\s\.\s\.\s*$/m],
	['per-slide front matter (`layout:` or `class:`)', /^\s*(?:layout|class):\s*\S/m],
	['a `<style>` block or CSS', /<style|\{\s*[\w-]+\s*:\s*[^}]+;\s*\}/],
	['an mdp centring marker `-> … <-`', /->.*<-/],
];

/**
The code spans of the deck's prose (`` `<!-- stop -->` ``): every tool shows a
code span's text as written (CommonMark 0.31 §6.1; lookatme renders it as
`codespan` in lookatme/render/markdown_inline.py, Marp through markdown-it),
so a directive an author quotes in one is shown, not obeyed.
*/
export function codeSpans(text: string): string[] {
	const code = codeLines(text);
	return text.split('\n')
		.filter(line => !code.has(line.trim()) && !/^\s*(?:`{3,}|~{3,})/.test(line))
		.flatMap(line => [...line.matchAll(/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)].map(match => match[2]!.trim()))
		.filter(span => span !== '')
		// Longest first, so a span inside another (`default` in `<!-- $theme: default -->`) is not taken out of it first.
		.sort((a, b) => b.length - a.length);
}

/**
Lines that write a directive with its first character escaped: the tool
obeys nothing and prints the line with the backslashes taken out. mdp's own
sample.md (visit1985/mdp) relies on it: it prints `\-> # test <-` to show the
syntax, then "becomes", then the same lines unescaped, centred.
*/
export function escapedDirectiveLines(text: string): string[] {
	return text.split('\n')
		.filter(line => /^\s*\\[-%.:<]/.test(line))
		.map(line => line.trim().replaceAll(/\\([\\`*_{}[\]()#+\-.!<>%])/g, '$1'));
}

/** The trimmed lines inside the deck's fenced code blocks, which may show any syntax as written. */
export function codeLines(text: string): Set<string> {
	const lines = new Set<string>();
	let fence: string | undefined;
	for (const line of text.replaceAll('\r\n', '\n').split('\n')) {
		const opening = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fence) {
			if (opening && opening[1]!.startsWith(fence)) {
				fence = undefined;
			} else if (line.trim() !== '') {
				lines.add(line.trim());
			}
		} else if (opening) {
			fence = opening[1];
		}
	}

	return lines;
}
