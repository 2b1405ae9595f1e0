/**
The slideshow at the sizes people use: a reveal at 60×20, a projector at
200×50, and a screen reader.
*/
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {md} from '../../deck/helpers.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const deckOf = (text: string) => parseDeck(text, {fileName: 'test'}).deck;

const show = async (text: string, size: {columns: number; rows: number; screenReader?: boolean}) => {
	const app = renderInTerminal(<Slideshow deck={deckOf(text)} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, size);
	keep(app);
	await readingKeys(app);
	return app;
};

const words = (count: number, label: string): string => Array.from({length: count}, (_, index) => `${label}${index}`).join(' ');

describe('a reveal at 60×20', () => {
	const deck = md(
		'## Our take: two scenarios',
		'',
		words(18, 'test'),
		'',
		`Scenario 1: ${words(36, 'one')}`,
		'',
		'<!-- pause -->',
		'',
		`Scenario 2: ${words(36, 'two')}`,
		'',
		'<!-- pause -->',
		'',
		'The read: bet on scenario 1.',
	);

	it('every press shows the new step, with as much of the step before as fits', async () => {
		const app = await show(deck, {columns: 60, rows: 20});
		expect(app.lastFrame()).toContain('Scenario 1');
		await press(app, right);
		expect(app.lastFrame()).toContain('Scenario 2');
		await press(app, right);
		const frame = app.lastFrame();
		expect(frame).toContain('The read: bet on scenario 1.');
		expect(frame).toContain('Scenario 2');
		expect(frame).not.toContain('more ↓');
	});
});

describe('a projector at 200×50', () => {
	it('the slide sits in the middle of the screen, not as a block at the top', async () => {
		const app = await show(md('## Centred', '', 'A short line of text.', '', '- one', '- two'), {columns: 200, rows: 50});
		const rows = app.lastFrame().split('\n');
		const titleRow = rows.findIndex(row => row.includes('Centred'));
		const lastRow = rows.findIndex(row => row.includes('• two'));
		const above = titleRow;
		const below = rows.length - 3 - lastRow;
		expect(Math.abs(above - below)).toBeLessThanOrEqual(3);
		// The block, as wide as its widest line, has as much room on its left as on its right.
		const left = rows[titleRow]!.indexOf('Centred');
		expect(rows.find(row => row.includes('A short line'))!.indexOf('A short line')).toBe(left);
		const right = 200 - left - 'A short line of text.'.length;
		expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
	});
});

describe('screen-reader mode', () => {
	it('plain text only: no block-letter title, no box-drawing lines', async () => {
		const app = await show(md(
			'---',
			'title: Launch Review',
			'subtitle: Where we are',
			'---',
			'',
			'# Launch Review',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'```js',
			'const x = 1;',
			'```',
		), {columns: 80, rows: 24, screenReader: true});
		const frame = app.lastFrame();
		expect(frame).toContain('Launch Review');
		expect(frame).toContain('Where we are');
		expect(frame).toContain('| a   | b   |');
		expect(frame).toContain('const x = 1;');
		expect(frame).not.toMatch(/[█▀▄│─┌┐└┘├┤┬┴┼]/);
	});
});
