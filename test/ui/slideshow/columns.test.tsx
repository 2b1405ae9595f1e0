/**
Columns on screen at a laptop's 80×24, a wide 120×40 and a projector's
200×50: presenterm's `column_layout` and Slidev's `two-cols` lay their
columns side by side where each column has room, and stack them in order
where it does not.
*/
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import type {Deck} from '../../../source/core/deck/types.js';
import {readingKeys} from '../../helpers/frames.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const show = async (deck: Deck, size: {columns: number; rows: number}) => {
	const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, size);
	keep(app);
	await readingKeys(app);
	return app.lastFrame().split('\n');
};

const presentermDeck = [
	'Columns',
	'===',
	'',
	'<!-- column_layout: [3, 1] -->',
	'<!-- column: 0 -->',
	'',
	'Left column words that fill a line of the first column here.',
	'',
	'<!-- column: 1 -->',
	'',
	'Right column text.',
	'',
	'<!-- reset_layout -->',
	'',
	'Under both.',
	'',
].join('\n');

const slidevDeck = [
	'---',
	'theme: default',
	'layout: cover',
	'---',
	'',
	'# Columns',
	'',
	'Left column words that fill a line of the first column here.',
	'',
	'::right::',
	'',
	'Right column text.',
	'',
].join('\n').replace('layout: cover', 'layout: two-cols');

const rowOf = (rows: readonly string[], text: string): number => rows.findIndex(row => row.includes(text));

/** Whether the right column's text shares its row with the left column's (side by side), or has a row of its own under it (stacked). */
function placement(rows: readonly string[]): 'side by side' | 'stacked' {
	const right = rowOf(rows, 'Right column text.');
	const row = rows[right]!;
	expect(rowOf(rows, 'Left column')).toBeGreaterThan(-1);
	return row.slice(0, row.indexOf('Right column text.')).trim() === '' ? 'stacked' : 'side by side';
}

// At 80 columns, presenterm's [3, 1] leaves the right column under the 24 a column needs; Slidev's halves have room at every size.
describe.each([
	['a presenterm column_layout deck', presentermDeck, ['stacked', 'side by side', 'side by side']],
	['a Slidev two-cols deck', slidevDeck, ['side by side', 'side by side', 'side by side']],
] as const)('%s', (_name, text, expected) => {
	const {deck, diagnostics} = parseDeck(text);

	it('reads with no warnings', () => {
		expect(diagnostics).toEqual([]);
	});

	it.each([{columns: 80, rows: 24, at: 0}, {columns: 120, rows: 40, at: 1}, {columns: 200, rows: 50, at: 2}])('lays the columns out at $columns×$rows, in order, no marker shown', async ({at, ...size}) => {
		const rows = await show(deck, size);
		expect(placement(rows)).toBe(expected[at]);
		if (expected[at] === 'stacked') {
			expect(rowOf(rows, 'Right column text.')).toBeGreaterThan(rowOf(rows, 'Left column'));
		}

		expect(rows.join('\n')).not.toMatch(/::right::|column_layout|reset_layout|column: /);
	});
});
