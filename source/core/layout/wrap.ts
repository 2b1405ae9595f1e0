/**
Word wrapping of styled runs. Breaks at spaces (and between CJK ideographs,
which are written without spaces), keeps each run's style across the break,
cuts words longer than the width at grapheme boundaries, and starts a new line
at every hard break.
*/
import type {Span} from '../deck/types.js';
import {safeHref} from '../text/hyperlink.js';
import {displayWidth, graphemes, splitAtWidth} from './display-width.js';
import {mergeSegments} from './segments.js';
import {isNarrowText} from '../text/narrow-width.js';
import {segmentStyleFor, showImages} from './span-style.js';
import type {Line, Segment, SegmentStyle} from './types.js';
import {append} from '../text/arrays.js';

// A run of spaces, or a single character of a script that breaks anywhere.
const breakToken = /( +|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF])/u;

type Piece = Segment;

const piecesWidth = (pieces: readonly Piece[]): number =>
	pieces.reduce((sum, {text}) => sum + displayWidth(text), 0);

class LineBuilder {
	readonly lines: Line[] = [];
	private current: Piece[] = [];
	private currentWidth = 0;
	private word: Piece[] = [];
	private space: Piece[] = [];
	private readonly width: number;

	constructor(width: number) {
		this.width = width;
	}

	addText(text: string, style: SegmentStyle): void {
		for (const part of text.split(breakToken)) {
			if (part === '') {
				continue;
			}

			if (part.startsWith(' ')) {
				this.flushWord();
				this.space.push({text: part, style});
			} else if (breakToken.test(part)) {
				// A CJK character is a word of its own, with no space before it.
				this.flushWord();
				this.word.push({text: part, style});
				this.flushWord();
			} else {
				this.word.push({text: part, style});
			}
		}
	}

	hardBreak(): void {
		this.flushWord();
		this.pushLine();
	}

	finish(): Line[] {
		this.flushWord();
		if (this.current.length > 0) {
			this.pushLine();
		}

		return this.lines;
	}

	private flushWord(): void {
		const word = this.word;
		this.word = [];
		if (word.length === 0) {
			return;
		}

		const space = this.current.length > 0 ? this.space : [];
		this.space = [];
		const wordWidth = piecesWidth(word);
		const spaceWidth = piecesWidth(space);
		if (this.currentWidth + spaceWidth + wordWidth <= this.width) {
			this.append([...space, ...word], spaceWidth + wordWidth);
			return;
		}

		if (this.current.length > 0) {
			this.pushLine();
		}

		if (wordWidth <= this.width) {
			this.append(word, wordWidth);
			return;
		}

		this.appendLongWord(word);
	}

	private appendLongWord(word: readonly Piece[]): void {
		for (const piece of word) {
			let rest = piece.text;
			while (rest !== '') {
				const room = this.width - this.currentWidth;
				const [head, tail] = splitAtWidth(rest, room);
				const headWidth = displayWidth(head);
				if (headWidth > room && this.current.length > 0) {
					this.pushLine();
					continue;
				}

				this.append([{text: head, style: piece.style}], headWidth);
				rest = tail;
				if (rest !== '' || this.currentWidth >= this.width) {
					this.pushLine();
				}
			}
		}
	}

	private append(pieces: readonly Piece[], width: number): void {
		append(this.current, pieces);
		this.currentWidth += width;
	}

	private pushLine(): void {
		this.lines.push(mergeSegments(this.current));
		this.current = [];
		this.currentWidth = 0;
		this.space = [];
	}
}

export type WrapOptions = {
	/** Follow each link with its URL as muted text (see `LayoutOptions.linkUrls`). */
	readonly linkUrls?: boolean;
};

const urlStyle: SegmentStyle = {role: 'muted'};

/**
The URL to show after a link run, if any: not for a link to a slide (`#slug`),
not when the text already is the URL, and not for a target that is unsafe to
print (it is not drawn as a link either).
*/
function shownUrl(href: string, text: string): string | undefined {
	const safe = safeHref(href);
	return safe === undefined || safe.startsWith('#') || safe === text.trim() ? undefined : safe;
}

/**
Wraps styled runs to `width` columns. `baseStyle` is the style of the block
(a heading's role, a header cell's bold); each run's own style goes on top.
*/
export function wrapSpans(spans: readonly Span[], width: number, baseStyle: SegmentStyle = {}, options: WrapOptions = {}): Line[] {
	const single = singleLine(spans, width, baseStyle, options);
	if (single !== undefined) {
		return single;
	}

	const builder = new LineBuilder(Math.max(1, width));
	const shown = showImages(spans);
	let linkText = '';
	for (const [spanIndex, span] of shown.entries()) {
		const style = segmentStyleFor(span.style, baseStyle);
		// Prose has no tab stops: a tab is a space. Newlines inside a run are hard breaks too.
		const parts = span.text.replaceAll('\t', ' ').split('\n');
		for (const [index, part] of parts.entries()) {
			if (index > 0) {
				builder.hardBreak();
			}

			builder.addText(part, style);
		}

		const {href} = span.style;
		if (!options.linkUrls || href === undefined) {
			continue;
		}

		// A link of several runs (`[a **b**](url)`) gets its URL once, after the last.
		linkText += span.text;
		if (shown[spanIndex + 1]?.style.href !== href) {
			const url = shownUrl(href, linkText);
			linkText = '';
			if (url !== undefined) {
				builder.addText(` (${url})`, urlStyle);
			}
		}
	}

	return builder.finish();
}

/**
The lines of one run of one-column text that fits the width, made without the
line builder, which costs most of a table's layout when a table has thousands
of one-word cells: the builder would give the text without its outer spaces,
on one line (none when nothing is left).
*/
function singleLine(spans: readonly Span[], width: number, baseStyle: SegmentStyle, options: WrapOptions): Line[] | undefined {
	const span = spans.length === 1 ? spans[0]! : undefined;
	if (span === undefined || span.style.image || (options.linkUrls && span.style.href !== undefined) || !isNarrowText(span.text)) {
		return undefined;
	}

	// No tab, newline or wide character here: narrow text is one column a character.
	const text = span.text.replace(/^ +| +$/g, '');
	if (text.length > Math.max(1, width)) {
		return undefined;
	}

	return text === '' ? [] : [[{text, style: segmentStyleFor(span.style, baseStyle)}]];
}

/** The widest single word of the runs: the narrowest a column can be without cutting words. */
export function longestWordWidth(spans: readonly Span[]): number {
	let widest = 0;
	for (const span of showImages(spans)) {
		for (const word of span.text.split(/[ \t\n]+/)) {
			widest = Math.max(widest, displayWidth(word));
		}
	}

	return widest;
}

/** The widest grapheme of the runs (2 when there is any CJK or emoji), the narrowest a column can be at all. */
export function widestGrapheme(spans: readonly Span[]): number {
	let widest = 0;
	for (const span of spans) {
		// Plain ASCII is one column a character: no need to split it into graphemes.
		if (/^[\u0020-\u007E]*$/.test(span.text)) {
			widest = Math.max(widest, span.text === '' ? 0 : 1);
			continue;
		}

		for (const grapheme of graphemes(span.text)) {
			widest = Math.max(widest, displayWidth(grapheme));
		}
	}

	return widest;
}
