import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {frameMatching, readingKeys} from '../../helpers/frames.js';
import {renderInTerminal, unmountAfterEach, type TestInstance} from '../helpers.js';

// A 150-column code line (a diagram's rule), a table whose natural width is
// about 150 columns, and a paragraph long enough to wrap at any width.
const codeLine = `+${'-'.repeat(148)}+`;
const cell = (label: string) => `${label} ${'word '.repeat(5).trim()}`;
const prose = 'Prose keeps a readable measure however wide the terminal is, so this sentence is long enough to wrap before the eightieth column even on a wide screen.';
const deckSource = (frontMatter = '') => [
	...(frontMatter === '' ? [] : ['---', frontMatter, '---', '']),
	'# Diagram',
	'',
	prose,
	'',
	'```',
	codeLine,
	'```',
	'',
	'---',
	'',
	'# Table',
	'',
	`| ${['one', 'two', 'three', 'four', 'five'].map(cell).join(' | ')} |`,
	'| --- | --- | --- | --- | --- |',
	`| ${['a', 'b', 'c', 'd', 'e'].map(cell).join(' | ')} |`,
	'',
].join('\n');

const track = unmountAfterEach();

const show = async (size: {columns: number; rows: number}, options: {maxWidth?: number; frontMatter?: string; slide?: number} = {}): Promise<TestInstance> => {
	const {deck} = parseDeck(deckSource(options.frontMatter));
	const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0} startSlide={options.slide} maxWidth={options.maxWidth}/>, size);
	track(app);
	await readingKeys(app);
	return app;
};

const lines = (frame: string): string[] => frame.split('\n');
/** The widest line of the frame that holds `mark`, trimmed of its right end. */
const widestWith = (frame: string, mark: string): number => Math.max(0, ...lines(frame).filter(line => line.includes(mark)).map(line => line.trimEnd().length));
const wrappedCode = (frame: string): boolean => lines(frame).some(line => line.includes('↪'));
/** Where the slide's left edge is: the column the code frame or the table starts at. */
const leftEdge = (frame: string, corner: string): number => lines(frame).find(line => line.includes(corner))?.indexOf(corner) ?? -1;
const proseWidth = (frame: string): number => Math.max(0, ...lines(frame).filter(line => /Prose|measure|sentence|wrap|column|screen/.test(line) && !line.includes('│')).map(line => line.trim().length));

describe('a slide is as wide as its content needs', () => {
	it('at 80×24 a wide code block wraps behind ↪ inside the 76-column slide', async () => {
		const frame = await frameMatching(await show({columns: 80, rows: 24}), 'Diagram');
		expect(wrappedCode(frame)).toBe(true);
		expect(widestWith(frame, '│')).toBeLessThanOrEqual(78);
		expect(proseWidth(frame)).toBeLessThanOrEqual(76);
	});

	it('at 200×50 the code block is drawn whole, and the prose still wraps at 80, left-aligned with it', async () => {
		const frame = await frameMatching(await show({columns: 200, rows: 50}), 'Diagram');
		expect(wrappedCode(frame)).toBe(false);
		expect(frame).toContain(codeLine);
		expect(proseWidth(frame)).toBeLessThanOrEqual(80);
		expect(proseWidth(frame)).toBeGreaterThan(60);
		// The frame is 154 columns; centred in 196 behind the 2-column margin.
		const edge = leftEdge(frame, '┌');
		expect(edge).toBe(2 + Math.floor((196 - 154) / 2));
		expect(lines(frame).find(line => line.includes('Prose'))?.indexOf('Prose')).toBe(edge);
	});

	it('at 120×40 the code block takes all 116 columns and wraps only what does not fit', async () => {
		const frame = await frameMatching(await show({columns: 120, rows: 40}), 'Diagram');
		expect(wrappedCode(frame)).toBe(true);
		expect(leftEdge(frame, '┌')).toBe(2);
		expect(widestWith(frame, '│')).toBe(118);
		expect(proseWidth(frame)).toBeLessThanOrEqual(80);
	});

	it('a wide table keeps every cell on one line at 200 columns, and wraps its cells at 80 and 120', async () => {
		const rowsOf = (frame: string) => lines(frame).filter(line => line.includes('│') && !line.includes('─')).length;
		const wide = await frameMatching(await show({columns: 200, rows: 50}, {slide: 2}), 'Table');
		expect(rowsOf(wide)).toBe(2);
		expect(wide).toContain('one word word word word word');
		const middle = await frameMatching(await show({columns: 120, rows: 40}, {slide: 2}), 'Table');
		expect(rowsOf(middle)).toBeGreaterThan(2);
		expect(widestWith(middle, '│')).toBeLessThanOrEqual(118);
		const narrow = await frameMatching(await show({columns: 80, rows: 24}, {slide: 2}), 'Table');
		expect(rowsOf(narrow)).toBeGreaterThan(rowsOf(middle));
		expect(widestWith(narrow, '│')).toBeLessThanOrEqual(78);
	});

	it('--max-width caps the slide: the code wraps at 200 columns as it would in that width, centred', async () => {
		const frame = await frameMatching(await show({columns: 200, rows: 50}, {maxWidth: 100}), 'Diagram');
		expect(wrappedCode(frame)).toBe(true);
		expect(leftEdge(frame, '┌')).toBe(2 + Math.floor((196 - 100) / 2));
		expect(widestWith(frame, '│') - leftEdge(frame, '┌')).toBe(100);
	});

	it('the deck\'s max_width caps it too, and --max-width is over it', async () => {
		const capped = await frameMatching(await show({columns: 200, rows: 50}, {frontMatter: 'max_width: 100'}), 'Diagram');
		expect(wrappedCode(capped)).toBe(true);
		expect(widestWith(capped, '│') - leftEdge(capped, '┌')).toBe(100);
		const flag = await frameMatching(await show({columns: 200, rows: 50}, {frontMatter: 'max_width: 100', maxWidth: 180}), 'Diagram');
		expect(wrappedCode(flag)).toBe(false);
	});

	it('a slide of prose alone sits where it always has: 80 columns, centred', async () => {
		const {deck} = parseDeck(`# Prose\n\n${prose}\n`);
		const app = renderInTerminal(<Slideshow deck={deck} hyperlinks={false} offerQuiz={false} clock={() => 0}/>, {columns: 200, rows: 50});
		track(app);
		const frame = await frameMatching(app, 'Prose');
		const line = lines(frame).find(text => text.includes('Prose keeps'))!;
		expect(line.indexOf('Prose')).toBe(60);
	});
});
