import {describe, expect, it} from 'vitest';
import {checkDecks, wideCodeWarnings} from '../../source/commands/check/check-report.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {md} from '../deck/helpers.js';

const deck = md(
	'# Code', // 1
	'',
	'```sh', // 3
	'short',
	`echo ${'x'.repeat(85)}`, // 5: 90 columns
	'```',
	'',
	'- A list item:', // 8
	'',
	'  ```',
	`  ${'y'.repeat(70)}`, // 11: 70 columns, in a list
	'  ```',
);

const warnings = (width?: number) => wideCodeWarnings(parseDeck(deck).deck, width).map(d => [d.line, d.message, d.hint]);

describe('check: code too wide for the slide', () => {
	it('by default, warns about code wider than the widest slide, at the line', () => {
		expect(warnings()).toEqual([
			[5, 'code line is 90 columns wide; the widest slide has room for 76', 'on screen it is wrapped behind ↪ marks; shorten it to 76 columns'],
		]);
	});

	it('--width N checks for that terminal, list indents included, and says which terminal fits', () => {
		expect(warnings(70)).toEqual([
			[5, 'code line is 90 columns wide; at 70 columns a slide has room for 62', 'on screen it is wrapped behind ↪ marks; shorten it to 62 columns'],
			[11, 'code line is 70 columns wide; at 70 columns a slide has room for 60', 'on screen it is wrapped behind ↪ marks; it fits a terminal 80 columns wide, or shorten it to 60 columns'],
		]);
	});

	it('counts the line numbers of +line_numbers code', () => {
		const numbered = parseDeck(md('# A', '', '```rust +line_numbers', 'x'.repeat(75), '```')).deck;
		expect(wideCodeWarnings(numbered).map(d => d.message)).toEqual(['code line is 75 columns wide; the widest slide has room for 74']);
	});

	it('the warnings are in the text and JSON output, counted, sorted by line', () => {
		const result = {path: 'talk.md', ...parseDeck(md('# A', '', 'text', '', '```', 'z'.repeat(74), '```', '', '<!-- puase -->'))};
		const text = checkDecks([result], {width: 80});
		expect(text.stdout).toBe([
			'talk.md:6:1: warning: code line is 74 columns wide; at 80 columns a slide has room for 72',
			'  hint: on screen it is wrapped behind ↪ marks; it fits a terminal 82 columns wide, or shorten it to 72 columns',
			'talk.md:9:1: warning: `<!-- puase -->` is not a directive, so it is a speaker note',
			'  hint: did you mean `<!-- pause -->`?',
			'talk.md: 1 slide, 0 questions; 0 errors, 2 warnings',
			'',
		].join('\n'));
		expect(text.exitCode).toBe(0);
		const json = JSON.parse(checkDecks([result], {width: 80, json: true}).stdout) as {decks: Array<{warnings: Array<{line: number}>}>};
		expect(json.decks[0]?.warnings.map(warning => warning.line)).toEqual([6, 9]);
	});
});
