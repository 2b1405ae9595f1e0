/**
A stand-in for `new Intl.Segmenter(…)` that the build puts in the
dependencies that make one as they load (string-width, slice-ansi, Ink's
ANSI tokenizer). The first segmenter a process makes costs about 7 ms (ICU
loads its break rules), and Ink tokenizes every line of every frame with one.
Here the real segmenter is made only for text that needs it: text whose
every character is narrow (narrow-width.ts) is a grapheme per UTF-16 unit,
and so is the ESC and BEL of the escape sequences around it, as a control
character is a grapheme of its own.
*/
import {isNarrowText} from './narrow-width.js';

const escapes = /[\u0007\u001B]/g;

/** Whether every UTF-16 unit of the text is a grapheme on its own. */
export function isOneUnitPerGrapheme(text: string): boolean {
	return isNarrowText(text.includes('\u001B') || text.includes('\u0007') ? text.replaceAll(escapes, '') : text);
}

type Segments = Pick<Intl.Segments, 'containing'> & Iterable<Intl.SegmentData>;

/** What `Intl.Segmenter#segment` gives for such text, one unit at a time. */
const oneUnitSegments = (input: string): Segments => ({
	containing(index = 0) {
		const at = Math.trunc(index);
		return at >= 0 && at < input.length ? {segment: input[at]!, index: at, input} : undefined;
	},
	* [Symbol.iterator]() {
		for (let index = 0; index < input.length; index++) {
			yield {segment: input[index]!, index, input};
		}
	},
});

/** A grapheme segmenter that makes the real one on the first text that needs it. */
export function lazyGraphemeSegmenter(locales?: Intl.LocalesArgument, options?: Intl.SegmenterOptions): {segment(text: string): Segments} {
	let real: Intl.Segmenter | undefined;
	const graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
	return {
		segment(text) {
			if (graphemes && isOneUnitPerGrapheme(text)) {
				return oneUnitSegments(text);
			}

			real ??= new Intl.Segmenter(locales, options);
			return real.segment(text);
		},
	};
}
