/**
The mistakes people make while writing a deck, one at a time: each is
reported with its exact message, at the line where it was made.
*/
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/deck/parse.js';
import {md} from './helpers.js';

const problems = (text: string) => parseDeck(text).diagnostics.map(d => ({severity: d.severity, line: d.line, column: d.column, message: d.message, hint: d.hint}));

describe('an unclosed code fence', () => {
	const deck = md(
		'# Talk', // 1
		'',
		'```js', // 3
		'const x = 1;',
		'',
		'---',
		'',
		'## Later',
		'',
		'<!-- quiz -->',
		'',
		'## Q?',
		'',
		'- [x] yes',
		'- [ ] no',
	);

	it('is an error at the line that opened it, with the hint that the rest became code', () => {
		expect(problems(deck)).toEqual([{
			severity: 'error',
			line: 3,
			column: 1,
			message: 'code block opened here is never closed',
			hint: 'everything after this line became code: close the block with a line of ```',
		}]);
	});

	it('names the fence that was opened, tildes or a longer run of backticks', () => {
		expect(problems(md('# A', '', '  ~~~~', 'x', '~~~'))).toEqual([expect.objectContaining({line: 3, column: 3, hint: expect.stringContaining('a line of ~~~~') as unknown})]);
	});

	it('a closed fence, one closed by a longer fence, and one ending with its list item are fine', () => {
		expect(problems(md('# A', '', '```', 'x', '```'))).toEqual([]);
		expect(problems(md('# A', '', '```', 'x', '`````'))).toEqual([]);
		expect(problems(md('# A', '', '- item', '', '  ```', '  code', '', 'after'))).toEqual([]);
		expect(problems(md('# A', '', '> ```', '> x', '> ```'))).toEqual([]);
	});
});
