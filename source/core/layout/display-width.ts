/**
Measuring text the way a terminal draws it: by display columns, not by string
length. CJK ideographs and most emoji take two columns, combining marks none,
and a user-perceived character (grapheme) is never split.
*/
import stringWidth from 'string-width';
import {isNarrowText} from '../text/narrow-width.js';

// Made on first use: the first segmenter a process makes loads ICU's break
// rules, which a slide of plain text never needs.
let segmenter: Intl.Segmenter | undefined;
const graphemeSegmenter = (): Intl.Segmenter => {
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter;
};

// string-width segments its input every time; short non-ASCII pieces (bullets,
// box-drawing, single graphemes) are measured over and over, so remember them.
const widthCache = new Map<string, number>();
const cacheableLength = 8;
const cacheLimit = 10_000;

/** Columns the text takes in a terminal. */
export function displayWidth(text: string): number {
	// Most slide text is one column a character (see narrow-width.ts); layout measures every word.
	if (isNarrowText(text)) {
		return text.length;
	}

	if (text.length > cacheableLength) {
		return stringWidth(text);
	}

	let width = widthCache.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (widthCache.size >= cacheLimit) {
			widthCache.clear();
		}

		widthCache.set(text, width);
	}

	return width;
}

/** The user-perceived characters of the text, so a cut never splits an emoji or a surrogate pair. */
export function graphemes(text: string): string[] {
	if (isNarrowText(text)) {
		return [...text];
	}

	return Array.from(graphemeSegmenter().segment(text), ({segment}) => segment);
}

const TAB_SIZE = 4;

/**
Replaces each tab by spaces up to the next tab stop (columns restart after
each newline). Terminals would expand a
tab on their own, but then every width computed here would be wrong.
*/
export function expandTabs(text: string, tabSize = TAB_SIZE): string {
	if (!text.includes('\t')) {
		return text;
	}

	let result = '';
	let column = 0;
	for (const grapheme of graphemes(text)) {
		if (grapheme === '\t') {
			const spaces = tabSize - (column % tabSize);
			result += ' '.repeat(spaces);
			column += spaces;
		} else if (grapheme === '\n') {
			result += grapheme;
			column = 0;
		} else {
			result += grapheme;
			column += displayWidth(grapheme);
		}
	}

	return result;
}

/**
Splits the text after the longest prefix that fits `width` columns. The head
holds at least one grapheme, so callers always make progress even when a
two-column character meets a one-column space.
*/
export function splitAtWidth(text: string, width: number): [head: string, tail: string] {
	// Only as far as the cut: wrapping a 40,000-character word line by line
	// would otherwise split all of it into graphemes for every line.
	const take = Math.max(1, width);
	if (isNarrowText(text.slice(0, take + 1))) {
		return [text.slice(0, take), text.slice(take)];
	}

	let end = 0;
	let used = 0;
	for (const {segment} of graphemeSegmenter().segment(text)) {
		const graphemeWidth = displayWidth(segment);
		if (end > 0 && used + graphemeWidth > width) {
			break;
		}

		end += segment.length;
		used += graphemeWidth;
	}

	return [text.slice(0, end), text.slice(end)];
}

/** CJK, an emoji sequence and a flag: text that takes every path of the measures above. */
const warmingText = '会議 👩‍💻 🇯🇵 é';

/**
Builds what measuring wide text needs the first time (the grapheme segmenter,
ICU's break rules, string-width's emoji pattern): about 20 ms that would
otherwise fall between the key onto the first slide with CJK or emoji and its
frame. Screens call it once their first frame is drawn.
*/
export function warmDisplayWidth(): void {
	stringWidth(warmingText);
	splitAtWidth(warmingText, 3);
	graphemes(warmingText);
}

export const ELLIPSIS = '…';

/** Cuts the text to `width` columns, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	if (width <= 0) {
		return '';
	}

	const [head] = splitAtWidth(text, width - 1);
	return displayWidth(head) <= width - 1 ? head + ELLIPSIS : ELLIPSIS;
}
