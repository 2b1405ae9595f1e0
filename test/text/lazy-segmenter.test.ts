import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {isOneUnitPerGrapheme, lazyGraphemeSegmenter} from '../../source/core/text/lazy-segmenter.js';

const real = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const bmp = Array.from({length: 0xD800}, (_, code) => String.fromCodePoint(code));
const oneUnit = bmp.filter(character => isOneUnitPerGrapheme(character));
const segmentsOf = (segments: Iterable<Intl.SegmentData>) => Array.from(segments, ({segment, index, input}) => ({segment, index, input}));

describe('lazyGraphemeSegmenter', () => {
	it('splits text of narrow characters and escape sequences as Intl.Segmenter does, each unit next to each', {timeout: 60_000}, () => {
		expect(oneUnit).toContain('\u001B');
		expect(oneUnit).toContain('\u0007');
		// Every pair of such characters, where a joining rule could apply: Intl.Segmenter finds a grapheme per unit.
		const wrong: string[] = [];
		for (const left of oneUnit) {
			const pairs = oneUnit.map(right => left + right).join('');
			let count = 0;
			for (const {segment} of real.segment(pairs)) {
				count += segment.length === 1 ? 1 : 0;
			}

			if (!isOneUnitPerGrapheme(pairs) || count !== pairs.length) {
				wrong.push(left.codePointAt(0)!.toString(16));
			}
		}

		expect(wrong).toEqual([]);
	});

	it('agrees with Intl.Segmenter on styled text and links, and on whatever text', () => {
		const segmenter = lazyGraphemeSegmenter();
		const pieces = ['\u001B[1m', '\u001B[38;2;1;2;3m', '\u001B[39m', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007', 'plain', '• “q” —', '█▀▄', 'e\u0301', '👍🏽', '🇫🇷', '漢字', '\r\n', 'a\u200Db', '\u0915\u094D\u0937'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), parts => {
			const text = parts.join('');
			expect(segmentsOf(segmenter.segment(text))).toEqual(segmentsOf(real.segment(text)));
			for (const index of [-1, 0, 1, text.length - 1, text.length]) {
				const mine = segmenter.segment(text).containing(index);
				const theirs = real.segment(text).containing(index);
				expect(mine && {segment: mine.segment, index: mine.index}).toEqual(theirs && {segment: theirs.segment, index: theirs.index});
			}
		}));
	});

	it('sends to the real segmenter what splits otherwise', () => {
		for (const text of ['e\u0301', 'a\r\nb', '👍', 'x\u200Dy', '\u1100\u1161']) {
			expect(isOneUnitPerGrapheme(text)).toBe(false);
		}

		expect(isOneUnitPerGrapheme('\u001B[1mTitle\u001B[22m • “quoted” → █▀▄')).toBe(true);
	});
});
