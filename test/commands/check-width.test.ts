import {describe, expect, it} from 'vitest';
import {checkDecks, wideCodeWarnings} from '../../source/commands/check/check-report.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {md} from '../deck/helpers.js';

const deck = md(
	'# Code', // 1
	'',
	'```sh', // 3
	'short',
	`echo ${'x'.repeat(125)}`, // 5: 130 columns
	'```',
	'',
	'- A list item:', // 8
	'',
	'  ```',
	`  ${'y'.repeat(110)}`, // 11: 110 columns, in a list
	'  ```',
);

const warnings = (width?: number, maxWidth?: number, source = deck) => wideCodeWarnings(parseDeck(source).deck, width, maxWidth).map(d => [d.line, d.message, d.hint]);

describe('check: code too wide for the slide', () => {
	it('by default, checks for a 120-column projector terminal, says so, and says which terminal fits', () => {
		expect(warnings()).toEqual([
			[5, 'code line is 130 columns wide; in a 120-column terminal (a projector\'s, assumed; `--width` sets yours) a slide has room for 112', 'on screen it is wrapped behind ↪ marks; it fits a terminal 138 columns wide, or shorten it to 112 columns'],
		]);
	});

	it('--width N checks for that terminal, list indents included', () => {
		expect(warnings(100)).toEqual([
			[5, 'code line is 130 columns wide; at 100 columns a slide has room for 92', 'on screen it is wrapped behind ↪ marks; it fits a terminal 138 columns wide, or shorten it to 92 columns'],
			[11, 'code line is 110 columns wide; at 100 columns a slide has room for 90', 'on screen it is wrapped behind ↪ marks; it fits a terminal 120 columns wide, or shorten it to 90 columns'],
		]);
	});

	it('--max-width and the deck\'s max_width narrow the slide, and the hint says the cap is why', () => {
		const capped = [[5, 'code line is 130 columns wide; at 200 columns a slide has room for 92', 'on screen it is wrapped behind ↪ marks; it fits a slide 134 columns wide (the max width is 96), or shorten it to 92 columns']];
		expect(warnings(200)).toEqual([]);
		expect(warnings(200, 96)[0]).toEqual(capped[0]);
		expect(warnings(200, undefined, `---\nmax_width: 96\n---\n\n${deck}`)[0]).toEqual([9, capped[0]![1], capped[0]![2]]);
		// The flag is over the deck's own key.
		expect(warnings(200, 196, `---\nmax_width: 96\n---\n\n${deck}`)).toEqual([]);
	});

	it('counts the line numbers of +line_numbers code', () => {
		const numbered = parseDeck(md('# A', '', '```rust +line_numbers', 'x'.repeat(115), '```')).deck;
		expect(wideCodeWarnings(numbered, 120).map(d => d.message)).toEqual(['code line is 115 columns wide; at 120 columns a slide has room for 110']);
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
