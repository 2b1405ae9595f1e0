/**
presenterm's intro slide: a deck whose front matter has any of `title`,
`sub_title`, `event`, `location`, `date`, `author` or `authors` opens with a
slide built from them, before the deck's own first slide, and it counts as
slide 1. Its order is presenterm's: the title and sub-title (Markdown, a line
each of theirs), then event, location and date, then the authors, one a line.

It is made of ordinary blocks, so every view (the slideshow, `print`, the
plain layout, search) shows it as it shows any slide, and marked `titleSlide`
for the title look. Its slug is not a heading's: the title may be edited, and
what is kept by slug (a rehearsal's times, a kept talk) must still find it; no
heading can slugify to it, so no `#link` of the deck's can mean it by mistake.
*/
import type {FrontMatter} from './front-matter-fields.js';
import {inlineToSpans} from './inline.js';
import {tokenizeInline} from './markdown.js';
import type {Block, Span} from './types.js';
import type {Slide} from './types.js';

/** Parentheses never survive slugify, so no slide of the deck's can have it. */
export const INTRO_SLUG = '(intro)';

/** Whether presenterm would build an intro slide from this front matter (its `has_frontmatter`). */
export function buildsIntroSlide(frontMatter: FrontMatter): boolean {
	return [frontMatter.title, frontMatter.subtitle, frontMatter.event, frontMatter.location, frontMatter.date, frontMatter.author].some(value => value !== undefined)
		|| (frontMatter.authors?.length ?? 0) > 0;
}

const plain = (text: string): Span => ({text, style: {}});
const lineBreak: Span = {text: '\n', style: {}};

/** Lines as one run of spans with hard breaks between them. */
const joinLines = (lines: ReadonlyArray<readonly Span[]>): Span[] => lines.flatMap((spans, index) => (index > 0 ? [lineBreak, ...spans] : [...spans]));

/** Front matter text read as presenterm reads it: each line a line of inline Markdown. */
const markdownLines = (text: string): Span[] =>
	joinLines(text.split('\n').map(line => line.trim()).filter(line => line !== '').map(line => inlineToSpans(tokenizeInline(line), () => undefined)));

/** The intro slide for the front matter, as slide 1; `line` is where the front matter starts. */
export function introSlide(frontMatter: FrontMatter, line: number): Slide {
	const blocks: Block[] = [];
	const title = frontMatter.title === undefined ? [] : markdownLines(frontMatter.title);
	if (title.length > 0) {
		blocks.push({kind: 'heading', level: 1, spans: title, line});
	}

	const subtitle = frontMatter.subtitle === undefined ? [] : markdownLines(frontMatter.subtitle);
	if (subtitle.length > 0) {
		blocks.push({kind: 'heading', level: 2, spans: subtitle, line});
	}

	const occasion = [frontMatter.event, frontMatter.location, frontMatter.date].filter((part): part is string => part !== undefined && part.trim() !== '');
	if (occasion.length > 0) {
		blocks.push({kind: 'paragraph', spans: joinLines(occasion.map(part => [plain(part.trim())])), line});
	}

	const authors = [frontMatter.author, ...frontMatter.authors ?? []].filter((author): author is string => author !== undefined && author.trim() !== '');
	if (authors.length > 0) {
		blocks.push({kind: 'paragraph', spans: joinLines(authors.map(author => [plain(author.trim())])), line});
	}

	const titleText = title.map(span => (span.text === '\n' ? ' ' : span.text)).join('').trim();
	return {
		number: 1,
		title: titleText === '' ? 'Introduction' : titleText,
		slug: INTRO_SLUG,
		blocks,
		steps: [blocks.length],
		notes: [],
		line,
		titleSlide: true,
		intro: true,
	};
}
