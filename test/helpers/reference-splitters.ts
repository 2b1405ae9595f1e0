/**
How many slides each terminal or web presenter shows for a deck, worked out by
that tool's own splitting rule, ported from its source and kept apart from
briefing-deck's parser: it is the yardstick the parser is measured against, so
it shares no code with it. Each function names the file it was ported from
(the commit is in test/fixtures/real-decks/SOURCES.md).

Only the slide count is ported, not the rendering: fenced code, HTML comments
and front matter are recognised as far as they change where a slide ends.
*/
import fs from 'node:fs';
import path from 'node:path';

export type Tool = 'presenterm' | 'marp' | 'slidev' | 'slides' | 'lookatme' | 'patat' | 'mdp';

export const tools: readonly Tool[] = ['presenterm', 'marp', 'slidev', 'slides', 'lookatme', 'patat', 'mdp'];

const linesOf = (text: string): string[] => text.replaceAll('\r\n', '\n').replaceAll('\r', '\n').split('\n');

const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;

/** A CommonMark thematic break: three or more of one of `-`, `*`, `_`, with spaces between. */
const isThematicBreak = (line: string): boolean => /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line);

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** A line that makes the line before it a setext heading, when that line is paragraph text. */
const isSetextUnderline = (line: string): boolean => /^ {0,3}(?:=+|-+)[ \t]*$/.test(line);

type Line = {text: string; index: number};

/**
Whether the `---` or `===` line at `index` underlines a paragraph line (a
setext heading) rather than standing alone (a thematic break): the line above
is prose text, not blank, not code, not a heading, list item, quote or comment.
*/
function underlinesText(lines: readonly string[], index: number, proseAt: ReadonlySet<number>): boolean {
	const previous = lines[index - 1];
	return isSetextUnderline(lines[index]!) && previous !== undefined && !isBlank(previous) && proseAt.has(index - 1)
		&& !isThematicBreak(previous) && !/^\s*(?:<!--|#|[-*+>] |\d+\. )/.test(previous);
}

/**
The lines outside fenced code blocks and HTML comments, as the Markdown parsers
of these tools see them (a fence closes at a fence of the same character at
least as long; an unclosed fence runs to the end).
*/
function proseLines(lines: readonly string[], {skipComments}: {skipComments: boolean}): Line[] {
	const result: Line[] = [];
	let fence: string | undefined;
	let inComment = false;
	for (const [index, text] of lines.entries()) {
		if (fence) {
			const match = fenceOpening.exec(text);
			if (match && match[1]![0] === fence[0] && match[1]!.length >= fence.length && text.trim() === match[1]) {
				fence = undefined;
			}

			continue;
		}

		if (inComment) {
			if (text.includes('-->')) {
				inComment = false;
			}

			continue;
		}

		const opening = fenceOpening.exec(text);
		if (opening) {
			fence = opening[1];
			continue;
		}

		if (skipComments && text.trimStart().startsWith('<!--') && !text.includes('-->')) {
			inComment = true;
			continue;
		}

		result.push({text, index});
	}

	return result;
}

type FrontMatter = {fields: Record<string, string>; bodyStart: number};

/**
A YAML front matter block (`---` … `---`, or `...` closing, as pandoc allows) at
the very top, read as flat `key: value` lines: enough for the keys that change
the count (title, options, slideLevel, headingDivider).
*/
function frontMatter(lines: readonly string[], {dotsClose = false} = {}): FrontMatter | undefined {
	if (lines[0]?.trimEnd() !== '---') {
		return undefined;
	}

	for (let index = 1; index < lines.length; index++) {
		const line = lines[index]!.trimEnd();
		if (line === '---' || (dotsClose && line === '...')) {
			return {fields: yamlFields(lines.slice(1, index)), bodyStart: index + 1};
		}
	}

	return undefined;
}

/** `key: value` pairs, nested keys joined with dots (`options.end_slide_shorthand`, `patat.slideLevel`). */
function yamlFields(lines: readonly string[]): Record<string, string> {
	const fields: Record<string, string> = {};
	const parents: Array<{indent: number; key: string}> = [];
	for (const line of lines) {
		const match = /^(\s*)([\w-]+)\s*:\s*(.*)$/.exec(line);
		if (!match || line.trimStart().startsWith('#')) {
			continue;
		}

		const indent = match[1]!.length;
		while (parents.length > 0 && parents.at(-1)!.indent >= indent) {
			parents.pop();
		}

		const key = [...parents.map(parent => parent.key), match[2]!].join('.');
		const value = match[3]!.trim().replace(/^(['"])(.*)\1$/, '$2');
		fields[key] = value;
		parents.push({indent, key: match[2]!});
	}

	return fields;
}

const atxLevel = (line: string): number | undefined => {
	const match = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
	return match ? match[1]!.length : undefined;
};

/**
presenterm, ported from src/presentation/builder/mod.rs (`build_from_parsed`,
`process_thematic_break`, `terminate_slide`), comment.rs (`end_slide`,
`skip_slide`), heading.rs (`implicit_slide_ends`) and frontmatter.rs with
src/presentation/mod.rs (`has_frontmatter`: an intro slide is pushed when the
front matter has a title, sub_title, event, location, date, author or authors).
A slide ends at `<!-- end_slide -->`; with `options: end_slide_shorthand: true`
also at a thematic break; with `implicit_slide_ends: true` a slide title (a
setext heading) ends the slide before it. A slide holding only whitespace
after the last end is not pushed; `<!-- skip_slide -->` drops its slide.
*/
export function presentermSlideCount(text: string): number {
	const lines = linesOf(text);
	const matter = frontMatter(lines);
	const fields = matter?.fields ?? {};
	const intro = ['title', 'sub_title', 'event', 'location', 'date', 'author', 'authors'].some(key => key in fields) ? 1 : 0;
	const shorthand = fields['options.end_slide_shorthand'] === 'true';
	const implicit = fields['options.implicit_slide_ends'] === 'true';
	const body = lines.slice(matter?.bodyStart ?? 0);

	let count = 0;
	let hasContent = false;
	let skip = false;
	const end = (): void => {
		if (!skip) {
			count++;
		}

		hasContent = false;
		skip = false;
	};

	const prose = proseLines(body, {skipComments: false});
	const inCode = new Set(body.map((_, index) => index).filter(index => !prose.some(line => line.index === index)));
	for (let index = 0; index < body.length; index++) {
		const line = body[index]!;
		if (inCode.has(index)) {
			hasContent = true;
			continue;
		}

		const command = /^\s*<!--\s*([\w-]+)(?::[^>]*)?\s*-->\s*$/.exec(line)?.[1];
		if (command === 'end_slide') {
			end();
			continue;
		}

		if (command === 'skip_slide') {
			skip = true;
			continue;
		}

		const previous = body[index - 1];
		const setext = isSetextUnderline(line) && !isBlank(previous) && !inCode.has(index - 1) && !/^\s*(?:<!--|#|[-*+>] |\d+\. )/.test(previous!);
		if (setext) {
			if (implicit && hasContentBefore(body, index - 1, hasContent)) {
				end();
			}

			hasContent = true;
			continue;
		}

		if (shorthand && isThematicBreak(line) && isBlank(previous)) {
			end();
			continue;
		}

		if (!isBlank(line)) {
			hasContent = true;
		}
	}

	if (hasContent) {
		end();
	}

	return intro + count;
}

/** Whether the slide had anything before the title line at `titleIndex` (the title itself set `hasContent` only if earlier text did). */
function hasContentBefore(body: readonly string[], titleIndex: number, hasContent: boolean): boolean {
	// The title's own line was counted as content when it was read; look for anything earlier in the slide.
	if (!hasContent) {
		return false;
	}

	for (let index = titleIndex - 1; index >= 0; index--) {
		const line = body[index]!;
		if (/^\s*<!--\s*end_slide\s*-->\s*$/.test(line)) {
			return false;
		}

		if (!isBlank(line)) {
			return true;
		}
	}

	return false;
}

/**
Marp (Marpit), ported from src/markdown/slide.js (every `hr` token starts a
slide; front matter is read as global directives, not a slide) and
src/markdown/heading_divider.js (`headingDivider: N` starts a slide before each
heading of level N or less, unless one just started). Marp classic
(yhatt/marp, `<!-- $theme -->` decks) splits at the same `---` rulers.
*/
export function marpSlideCount(text: string): number {
	const lines = linesOf(text);
	const matter = frontMatter(lines);
	const body = lines.slice(matter?.bodyStart ?? 0);
	const divider = Number(matter?.fields['headingDivider'] ?? /<!--\s*headingDivider:\s*(\d)\s*-->/.exec(text)?.[1] ?? 0);
	let count = 1;
	let slideHasContent = false;
	const prose = proseLines(body, {skipComments: false});
	const proseAt = new Set(prose.map(line => line.index));
	for (const {text: line, index} of prose) {
		if (isThematicBreak(line) && !underlinesText(body, index, proseAt)) {
			count++;
			slideHasContent = false;
			continue;
		}

		const level = atxLevel(line);
		if (divider > 0 && level !== undefined && level <= divider && slideHasContent) {
			count++;
		}

		if (!isBlank(line) && !/^\s*<!--.*-->\s*$/.test(line)) {
			slideHasContent = true;
		}
	}

	return count;
}

/**
Slidev, ported from packages/parser/src/core.ts (`parse`): a line starting
`---` outside fenced code and HTML comments ends the slide before it; when the
next line is not blank (and the line is not `----`), the lines up to the next
`---` are that slide's front matter. A slide whose front matter has
`src: file.md` is replaced by that file's slides (packages/parser/src/fs.ts);
`hide: true` or `disabled: true` leaves a slide out of the presentation.
*/
export function slidevSlideCount(text: string, deckPath?: string): number {
	const lines = linesOf(text);
	type Raw = {frontmatter: string[]; content: string[]};
	const slides: Raw[] = [];
	let start = 0;
	let contentStart = 0;
	let inComment = false;
	const slice = (end: number): void => {
		if (start === end) {
			return;
		}

		slides.push({frontmatter: lines.slice(start + 1, Math.max(start + 1, contentStart - 1)), content: lines.slice(contentStart, end)});
		start = end + 1;
		contentStart = end + 1;
	};

	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trimEnd();
		if (inComment) {
			inComment = !line.includes('-->');
			continue;
		}

		if (line.startsWith('---')) {
			slice(index);
			const next = lines[index + 1];
			if (line[3] !== '-' && next?.trim()) {
				start = index;
				for (index += 1; index < lines.length; index++) {
					if (lines[index]!.trimEnd() === '---') {
						break;
					}
				}

				contentStart = index + 1;
			}
		} else if (line.trimStart().startsWith('```')) {
			const level = /^\s*(`+)/.exec(line)![1]!;
			let closing = index + 1;
			for (; closing < lines.length; closing++) {
				if (lines[closing]!.trimStart().startsWith(level)) {
					break;
				}
			}

			if (closing !== lines.length) {
				index = closing;
			}
		} else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
			inComment = true;
		}
	}

	if (start <= lines.length - 1) {
		slice(lines.length);
	}

	let count = 0;
	for (const slide of slides) {
		// The first slice holds the headmatter, which is also the first slide's front matter.
		const fields = yamlFields(slide.frontmatter);
		if (fields['hide'] === 'true' || fields['disabled'] === 'true') {
			continue;
		}

		const source = fields['src'];
		if (source && deckPath) {
			const imported = path.resolve(path.dirname(deckPath), source.split('#')[0]!);
			count += fs.existsSync(imported) ? slidevSlideCount(fs.readFileSync(imported, 'utf8'), imported) : 1;
			continue;
		}

		count++;
	}

	return count;
}

/**
slides, ported from internal/model/model.go (`Load`): the file is split on the
exact string `"\n---\n"` (code blocks included) after a leading `---\n` is
trimmed; a first part that internal/meta/meta.go parses as YAML metadata is
configuration, not a slide.
*/
export function slidesSlideCount(text: string): number {
	let content = text.replaceAll('\r', '');
	if (content.startsWith('---\n')) {
		content = content.slice('---\n'.length);
	}

	const parts = content.split('\n---\n');
	const first = parts[0]!.split('\n').filter(line => line.trim() !== '');
	const isMetadata = first.length > 0 && first.every(line => /^\s*#|^\s*[\w-]+\s*:(?:\s|$)|^\s+\S/.test(line));
	return isMetadata && parts.length > 1 ? parts.length - 1 : parts.length;
}

/**
lookatme, ported from lookatme/parser.py (`parse_slides` and
`_slide_split`, "smart splitting"): front matter is metadata; a Markdown
thematic break (`---`, `***`, `___`) between blocks splits slides; with no
break, the deck is split at its highest heading level, unless exactly one
heading has that level and it opens the deck (the presentation's title),
then at the next level, the title slide kept as the first slide.
*/
export function lookatmeSlideCount(text: string): number {
	const lines = linesOf(text);
	const matter = frontMatter(lines);
	const body = lines.slice(matter?.bodyStart ?? 0);
	const prose = proseLines(body, {skipComments: false});
	const proseAt = new Set(prose.map(line => line.index));
	const breaks = prose.filter(({text: line, index}) => isThematicBreak(line) && !underlinesText(body, index, proseAt));
	if (breaks.length > 0) {
		const parts: string[][] = [[]];
		for (const [index, line] of body.entries()) {
			if (breaks.some(found => found.index === index)) {
				parts.push([]);
			} else {
				parts.at(-1)!.push(line);
			}
		}

		return parts.filter(part => part.some(line => !isBlank(line))).length;
	}

	const headings = prose.map(({text: line}) => atxLevel(line)).filter((level): level is number => level !== undefined);
	if (headings.length === 0) {
		return 1;
	}

	const top = Math.min(...headings);
	const atTop = headings.filter(level => level === top).length;
	const firstProse = prose.find(({text: line}) => !isBlank(line));
	const titleFirst = atTop === 1 && firstProse !== undefined && atxLevel(firstProse.text) === top;
	const level = titleFirst && headings.some(found => found > top) ? Math.min(...headings.filter(found => found > top)) : top;
	const splits = headings.filter(found => found === level).length;
	const beforeFirst = prose.findIndex(({text: line}) => atxLevel(line) === level);
	const leading = prose.slice(0, beforeFirst).some(({text: line}) => !isBlank(line)) ? 1 : 0;
	return splits + leading;
}

type PatatBlock = {kind: 'header'; level: number} | {kind: 'rule'} | {kind: 'comment'} | {kind: 'other'};

/**
patat, ported from lib/Patat/Presentation/Read.hs (`detectSlideLevel`,
`splitSlides`): with any horizontal rule in the document, slides are split at
the rules; otherwise at headers of the slide level (`patat: slideLevel:` in
the front matter, or else the least header level that is followed by a
non-header), a header above that level making a title slide of its own.
Empty slides are never made; comments alone do not make a slide.
*/
export function patatSlideCount(text: string): number {
	const lines = linesOf(text);
	const matter = frontMatter(lines, {dotsClose: true});
	let bodyStart = matter?.bodyStart ?? 0;
	if (!matter) {
		// A pandoc title block (`% title`, `% author`, `% date`) is metadata too.
		while (lines[bodyStart]?.startsWith('%')) {
			bodyStart++;
		}
	}

	const blocks = patatBlocks(lines.slice(bodyStart));
	const configured = matter?.fields['patat.slideLevel'];
	const slideLevel = configured === undefined ? detectSlideLevel(blocks) : Number(configured);
	const content = (acc: readonly PatatBlock[]): number => acc.some(block => block.kind !== 'comment') ? 1 : 0;

	if (blocks.some(block => block.kind === 'rule')) {
		let count = 0;
		let acc: PatatBlock[] = [];
		for (const block of blocks) {
			if (block.kind === 'rule') {
				count += content(acc);
				acc = [];
			} else {
				acc.push(block);
			}
		}

		return count + content(acc);
	}

	let count = 0;
	let acc: PatatBlock[] = [];
	for (const block of blocks) {
		if (block.kind === 'header' && block.level === slideLevel) {
			count += content(acc);
			acc = [block];
		} else if (block.kind === 'header' && block.level < slideLevel) {
			count += content(acc) + 1;
			acc = [];
		} else {
			acc.push(block);
		}
	}

	return count + content(acc);
}

function detectSlideLevel(blocks: readonly PatatBlock[]): number {
	const kept = blocks.filter(block => block.kind !== 'comment');
	let level = 6;
	for (let index = 0; index < kept.length - 1; index++) {
		const block = kept[index]!;
		if (block.kind === 'header' && block.level < level && kept[index + 1]!.kind !== 'header') {
			level = block.level;
			index++;
		}
	}

	return level;
}

/** The top-level Pandoc blocks patat sees, by kind: headers (ATX or setext), rules, comments, anything else. */
function patatBlocks(lines: readonly string[]): PatatBlock[] {
	const blocks: PatatBlock[] = [];
	const prose = new Map(proseLines(lines, {skipComments: false}).map(line => [line.index, line.text]));
	let inParagraph = false;
	for (let index = 0; index < lines.length; index++) {
		const line = prose.get(index);
		if (line === undefined) {
			if (!inParagraph) {
				blocks.push({kind: 'other'});
				inParagraph = true;
			}

			continue;
		}

		if (isBlank(line)) {
			inParagraph = false;
			continue;
		}

		const next = lines[index + 1];
		if (!inParagraph && next !== undefined && prose.has(index + 1) && /^ {0,3}(?:=+|-+)\s*$/.test(next) && !isThematicBreak(line)) {
			blocks.push({kind: 'header', level: next.trim().startsWith('=') ? 1 : 2});
			index++;
			continue;
		}

		const level = atxLevel(line);
		if (level !== undefined) {
			blocks.push({kind: 'header', level});
			inParagraph = false;
			continue;
		}

		if (!inParagraph && isThematicBreak(line)) {
			blocks.push({kind: 'rule'});
			continue;
		}

		if (!inParagraph && /^\s*<!--/.test(line)) {
			blocks.push({kind: 'comment'});
			while (index < lines.length && !lines[index]!.includes('-->')) {
				index++;
			}

			continue;
		}

		if (!inParagraph) {
			blocks.push({kind: 'other'});
			inParagraph = true;
		}
	}

	return blocks;
}

/**
mdp, ported from src/parser.c (`markdown_load`, `is_hr`): `%` lines at the top
are the title, author and date; a line of at least three `*` or `-` (spaces
allowed, nothing else) starts a new slide, unless it underlines a line of
text (then it is a setext header) or sits in an indented code block.
*/
export function mdpSlideCount(text: string): number {
	const lines = linesOf(text);
	let start = 0;
	while (lines[start]?.startsWith('%')) {
		start++;
	}

	let count = 1;
	let slideHasContent = false;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index]!;
		const hr = /^[ \t]*(?:[*-][ \t]*){3,}$/.test(line) && /^[ \t]*([*-])(?:[ \t]*\1)*[ \t]*$/.test(line);
		const previous = lines[index - 1];
		const underline = previous !== undefined && !isBlank(previous) && index > start && /^[ \t]*-+[ \t]*$/.test(line);
		if (hr && !underline && !/^( {4}|\t)/.test(line)) {
			if (slideHasContent) {
				count++;
			}

			slideHasContent = false;
			continue;
		}

		if (!isBlank(line)) {
			slideHasContent = true;
		}
	}

	return count;
}

/** The count the named tool shows for a deck (`deckPath` resolves Slidev's `src:` imports). */
export function referenceSlideCount(tool: Tool, text: string, deckPath?: string): number {
	switch (tool) {
		case 'presenterm': {
			return presentermSlideCount(text);
		}

		case 'marp': {
			return marpSlideCount(text);
		}

		case 'slidev': {
			return slidevSlideCount(text, deckPath);
		}

		case 'slides': {
			return slidesSlideCount(text);
		}

		case 'lookatme': {
			return lookatmeSlideCount(text);
		}

		case 'patat': {
			return patatSlideCount(text);
		}

		case 'mdp': {
			return mdpSlideCount(text);
		}
	}
}
