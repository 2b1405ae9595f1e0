import {describe, expect, it} from 'vitest';
import {displayPath, toSafeJson} from '../../source/core/text/sanitize.js';

const ESC = '\u001B';
const CSI = '\u009B';
const RLO = '\u202E';
/** Anything a terminal acts on, raw, outside an escape written as text. */
const rawControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('toSafeJson', () => {
	it('writes C1 controls, bidi overrides and line separators as \\u escapes', () => {
		const value = {name: `a${ESC}]0;t\u0007${CSI}2J${RLO}b\u2028c\u0085`};
		const json = toSafeJson(value);
		expect(json).not.toMatch(rawControl);
		expect(json).toContain(String.raw`\u009B2J\u202Eb\u2028c\u0085`);
	});

	it('parses back to the same value', () => {
		const value = {list: [`${CSI}x`, `${RLO}`, 'plain ✓'], nested: {[`k${CSI}`]: 1}};
		expect(JSON.parse(toSafeJson(value))).toEqual(value);
	});
});

describe('displayPath', () => {
	it('leaves an ordinary path as it is', () => {
		expect(displayPath('decks/talk one.md')).toBe('decks/talk one.md');
	});

	it('quotes a path with a newline so that it stays on one line', () => {
		const shown = displayPath('a\nb.md');
		expect(shown).toBe(String.raw`"a\nb.md"`);
		expect(JSON.parse(shown)).toBe('a\nb.md');
	});

	it('quotes and escapes a path with escape bytes, C1 controls or bidi overrides', () => {
		for (const name of [`x${ESC}]52;c;aGk=\u0007.md`, `x${CSI}2J.md`, `x${RLO}dm.exe`]) {
			const shown = displayPath(name);
			expect(shown).not.toMatch(rawControl);
			expect(JSON.parse(shown)).toBe(name);
		}
	});
});
