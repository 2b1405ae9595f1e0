/** One field of `scores --csv`: quoted as RFC 4180 says, inert in a terminal and in a spreadsheet. */
import {describe, expect, it} from 'vitest';
import {csvCell, csvTable} from '../../source/commands/scores/csv-cell.js';

describe('csvCell', () => {
	it('leaves plain text, numbers and booleans as they are, and writes null as an empty field', () => {
		expect(csvCell('facts')).toBe('facts');
		expect(csvCell('2026-01-05T09:00:00.000Z')).toBe('2026-01-05T09:00:00.000Z');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(4.25)).toBe('4.25');
		expect(csvCell(false)).toBe('false');
		expect(csvCell(null)).toBe('');
		expect(csvCell('')).toBe('');
	});

	it('quotes a field with a comma, a double quote or a line break, doubling its quotes', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('keeps a spreadsheet from reading text as a formula: a leading = + - @ or tab gets a quote mark', () => {
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvCell('+1')).toBe('\'+1');
		expect(csvCell('-2+3')).toBe('\'-2+3');
		expect(csvCell('@SUM(A1)')).toBe('\'@SUM(A1)');
		expect(csvCell('\t=1')).toBe('\'\t=1');
		// Only at the start: elsewhere these are just characters.
		expect(csvCell('a=b-c')).toBe('a=b-c');
	});

	it('carries no escape bytes: control characters become their pictures, bidi overrides go', () => {
		const cell = csvCell('\u001B]0;pwned\u0007\r\u009B31m\u202Eevil');
		expect(cell).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
		expect(cell).toBe('␛]0;pwned␇␍\uFFFD31mevil');
	});
});

describe('csvTable', () => {
	it('is the header and one line per row, each ending in a newline', () => {
		expect(csvTable(['a', 'b'], [['x,y', 1], [null, true]])).toBe('a,b\n"x,y",1\n,true\n');
		expect(csvTable(['a', 'b'], [])).toBe('a,b\n');
	});
});
