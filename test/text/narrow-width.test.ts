import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {isNarrowText, narrowWidth} from '../../source/core/text/narrow-width.js';

// Every BMP character outside the surrogates: the fast path must agree with string-width on each one it takes.
const bmp = Array.from({length: 0xD800}, (_, code) => String.fromCodePoint(code));
const narrow = bmp.filter(character => isNarrowText(character));

describe('narrowWidth', () => {
	it('takes a character only where string-width counts one column', () => {
		const wrong = narrow.filter(character => stringWidth(character) !== 1).map(character => character.codePointAt(0)!.toString(16));
		expect(wrong).toEqual([]);
		// The ranges hold the text slides are made of.
		expect(narrow.length).toBeGreaterThan(1500);
	});

	it('agrees with string-width on any text made of such characters', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom(...narrow), {maxLength: 40}), characters => {
			const text = characters.join('');
			expect(narrowWidth(text)).toBe(stringWidth(text));
		}));
	});

	it('leaves to string-width what segmentation or emoji data decide', () => {
		for (const text of ['e\u0301', 'a\u200Db', '©', '▶', '↔', '漢字', '👍', 'tab\tstop', 'soft\u00ADhyphen', 'line\u2028break', '\u001B[1mbold']) {
			expect(narrowWidth(text)).toBeUndefined();
		}

		const slideText = '“Quotes” – dashes — bullets • arrows → ½ über ελληνικά кириллица ┌─┐';
		expect(narrowWidth(slideText)).toBe(slideText.length);
		expect(narrowWidth(slideText)).toBe(stringWidth(slideText));
		expect(narrowWidth('')).toBe(0);
	});
});
