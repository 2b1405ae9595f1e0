/**
Display width without Unicode segmentation, for the text most slides hold:
ASCII, Latin, Greek and Cyrillic letters, typographic quotes and dashes,
bullets, arrows, maths and box-drawing. Every character in these ranges is
one column wide in a terminal and a grapheme of its own, so the width is the
length. string-width gives the same answer for them, but it first builds a
grapheme segmenter and an RGI emoji pattern (about 20 ms before the first
slide) and segments every string it measures.

Left out, because a terminal may draw them two columns wide or join them to
their neighbours: the few emoji among these ranges (©, ®, ‼, ⁉, ↔…↙, ↩, ↪,
▪, ▫, ▶, ◀, ◻…◾), control characters, the soft hyphen, combining marks,
zero-width and bidirectional formatting characters, and line separators.
test/text/narrow-width.test.ts checks every character here against string-width.
*/
const narrowRanges = [
	'\u0020-\u007E',
	'\u00A0-\u00A8',
	'\u00AA-\u00AC',
	'\u00AF-\u02FF',
	'\u0370-\u0482',
	'\u048A-\u052F',
	'\u2010-\u2027',
	'\u2030-\u203B',
	'\u203D-\u2048',
	'\u204A-\u205E',
	'\u2190-\u2193',
	'\u219A-\u21A8',
	'\u21AB-\u22FF',
	'\u2500-\u25A9',
	'\u25AC-\u25B5',
	'\u25B7-\u25BF',
	'\u25C1-\u25FA',
].join('');

const onlyNarrow = new RegExp(`^[${narrowRanges}]*$`);
// Tried first: a single range is checked faster per character, and most text is ASCII.
const onlyAscii = /^[\u0020-\u007E]*$/;

/** Whether every character of the text is one column wide and a grapheme on its own. */
export function isNarrowText(text: string): boolean {
	return onlyAscii.test(text) || onlyNarrow.test(text);
}

/** The text's width in columns when it holds only such characters; undefined otherwise. */
export function narrowWidth(text: string): number | undefined {
	return isNarrowText(text) ? text.length : undefined;
}
