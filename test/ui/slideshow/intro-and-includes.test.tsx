/**
A presenterm deck on screen at a laptop's 80×24, a wide 120×40 and a
projector's 200×50: its intro slide (the front matter, title first, in the
title slide's look) as slide 1, and a slide brought in by an include, next to
one whose include was refused and shows a warning in its place.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {loadDeck} from '../../../source/io/deck/load.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import type {Deck} from '../../../source/core/deck/types.js';
import {press, readingKeys} from '../../helpers/frames.js';
import {right} from '../../helpers/keys.js';
import {temporaryDirectories} from '../../helpers/temporary-files.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();
const {freshDir} = temporaryDirectories('intro-includes');

const sizes = [{columns: 80, rows: 24}, {columns: 120, rows: 40}, {columns: 200, rows: 50}] as const;

const show = async (deck: Deck, size: {columns: number; rows: number}) => {
	const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, size);
	keep(app);
	await readingKeys(app);
	return app;
};

const presentermDeck = [
	'---',
	'title: Shipping on Fridays',
	'sub_title: What we learned',
	'event: RustConf',
	'location: Montréal',
	'date: 2024-09-10',
	'authors:',
	'  - Ada Lovelace',
	'  - Grace Hopper',
	'---',
	'',
	'First slide',
	'===',
	'',
	'The talk begins.',
	'',
	'<!-- end_slide -->',
	'',
	'Second slide',
	'===',
	'',
	'More.',
	'',
].join('\n');

describe.each(sizes)('the intro slide at $columns×$rows', size => {
	it('opens the deck as slide 1: title, sub-title, event, location, date, then the authors, centred', async () => {
		const app = await show(parseDeck(presentermDeck, {fileName: 'talk'}).deck, size);
		const rows = app.lastFrame().split('\n');
		const rowOf = (text: string) => rows.findIndex(row => row.includes(text));
		// The title may be drawn in block letters: find the sub-title, and what follows it, in presenterm's order.
		const order = ['What we learned', 'RustConf', 'Montréal', '2024-09-10', 'Ada Lovelace', 'Grace Hopper'].map(text => rowOf(text));
		expect(order.every(row => row >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// Centred: the sub-title starts well in from the left edge.
		const subtitle = rows[rowOf('What we learned')]!;
		expect(subtitle.indexOf('What we learned')).toBeGreaterThan(Math.floor((size.columns - 'What we learned'.length) / 2) - 3);
		expect(app.lastFrame()).toContain('1 / 3');
		expect(app.lastFrame()).not.toContain('First slide');
		await press(app, right);
		expect(app.lastFrame()).toContain('First slide');
		expect(app.lastFrame()).toContain('2 / 3');
	});
});

describe.each(sizes)('a deck with includes at $columns×$rows', size => {
	it('shows the included slide, and a warning where an include was refused', async () => {
		const directory = freshDir();
		fs.writeFileSync(path.join(directory, 'deck.md'), [
			'# Opening', '', 'Hello.', '', '<!-- end_slide -->', '',
			'<!-- include: part.md -->', '', '<!-- end_slide -->', '',
			'<!-- include: ../outside.md -->', '',
		].join('\n'));
		fs.writeFileSync(path.join(directory, 'part.md'), '# From the part\n\nIncluded words.\n');
		const {deck} = loadDeck(path.join(directory, 'deck.md'));
		const app = await show(deck!, size);
		await press(app, right);
		expect(app.lastFrame()).toContain('From the part');
		expect(app.lastFrame()).toContain('Included words.');
		await press(app, right);
		const frame = app.lastFrame();
		expect(frame).toContain('3 / 3');
		expect(frame).toContain('Not included');
		expect(frame).toContain('../outside.md');
		expect(frame).toContain('outside the deck');
	});
});
