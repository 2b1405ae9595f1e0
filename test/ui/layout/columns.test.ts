import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {blocksToPlainText} from '../../../source/core/layout/plain-text.js';
import {COLUMN_GAP, MIN_COLUMN_WIDTH, columnWidths} from '../../../source/core/layout/columns.js';
import {searchSlides} from '../../../source/core/layout/search.js';
import {layoutSlide} from '../../../source/core/layout/slide.js';
import {texts} from './build.js';

const deck = (text: string) => parseDeck(text).deck;

const twoColumns = deck('# Side by side\n\n<!-- column_layout: [2, 1] -->\n<!-- column: 0 -->\n\nThe left column holds the longer text of the two.\n\n```sh\necho "a line of code fifty-odd columns wide, or so"\n```\n\n<!-- column: 1 -->\n\nRight side.\n\n<!-- reset_layout -->\n\nUnder both.\n');

const screen = (slideIndex: number, step: number, width: number, source = twoColumns) =>
	texts(layoutSlide(source.slides[slideIndex]!, step, {width, height: 40, stage: false}).pages[0]!.lines);

describe('column widths', () => {
	it('shares the width out as the layout says, the gap between, rounding going to the last column', () => {
		expect(columnWidths([2, 1], 100)).toEqual([64, 100 - COLUMN_GAP - 64]);
		expect(columnWidths([1, 1, 1], 80)).toEqual([24, 24, 26]);
	});

	it('gives no widths, so the columns are stacked, when one would be narrower than the minimum', () => {
		expect(columnWidths([1, 1], (MIN_COLUMN_WIDTH * 2) + COLUMN_GAP)).toBeDefined();
		expect(columnWidths([1, 1], (MIN_COLUMN_WIDTH * 2) + COLUMN_GAP - 1)).toBeUndefined();
		expect(columnWidths([4, 1], 100)).toBeUndefined();
	});
});

describe('columns on a slide', () => {
	it('lays the columns side by side when wide, each wrapping its own text and code', () => {
		const lines = screen(0, 0, 100);
		const row = lines.find(line => line.includes('Right side.'))!;
		expect(row.indexOf('Right side.')).toBe(64 + COLUMN_GAP);
		expect(row.startsWith('The left column')).toBe(true);
		expect(lines.some(line => line.includes('↪'))).toBe(false);
		expect(lines.every(line => line.length <= 100)).toBe(true);
		expect(lines.indexOf('Under both.')).toBeGreaterThan(lines.findIndex(line => line.includes('echo')));
	});

	it('stacks the columns in order when the slide is too narrow', () => {
		const lines = screen(0, 0, 50);
		const left = lines.findIndex(line => line.startsWith('The left column'));
		const right = lines.indexOf('Right side.');
		expect(left).toBeGreaterThan(0);
		expect(right).toBeGreaterThan(left);
		expect(lines.some(line => line.includes('↪'))).toBe(true);
		expect(lines.every(line => line.length <= 50)).toBe(true);
	});

	it('wraps code in a narrow column behind ↪', () => {
		const narrow = deck('# C\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\n```sh\necho "a line of code that is longer than the column is wide"\n```\n\n<!-- column: 1 -->\n\nRight.\n');
		const lines = screen(0, 0, 70, narrow);
		expect(lines.some(line => line.includes('↪'))).toBe(true);
		expect(lines.find(line => line.includes('Right.'))!.indexOf('Right.')).toBe(33 + COLUMN_GAP);
	});

	it('shows at each step only what the pauses inside the columns have revealed', () => {
		const paused = deck('# P\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 1 -->\n\nRight first.\n\n<!-- pause -->\n\n<!-- column: 0 -->\n\nLeft after.\n');
		expect(paused.slides[0]!.steps).toEqual([2, 2]);
		const first = screen(0, 0, 80, paused).join('\n');
		expect(first).toContain('Right first.');
		expect(first).not.toContain('Left after.');
		expect(screen(0, 1, 80, paused).join('\n')).toContain('Left after.');
		expect(searchSlides(paused.slides, 'left after')).toMatchObject([{slide: 0, step: 1}]);
		expect(searchSlides(paused.slides, 'right first')).toMatchObject([{slide: 0, step: 0}]);
		expect(layoutSlide(paused.slides[0]!, 1, {width: 80, height: 40}).revealPage).toBe(0);
	});

	it('reads the columns in order, each labelled, as plain text', () => {
		expect(blocksToPlainText(twoColumns.slides[0]!.blocks)).toContain('Column 1 of 2:\nThe left column holds the longer text of the two.\n\n    echo');
		expect(blocksToPlainText(twoColumns.slides[0]!.blocks)).toContain('\n\nColumn 2 of 2:\nRight side.\n\nUnder both.');
	});

	it('paginates a tall pair of columns', () => {
		const tall = deck(`# T\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\n${Array.from({length: 30}, (_, index) => `- item ${index}`).join('\n')}\n\n<!-- column: 1 -->\n\nRight.\n`);
		const {pages} = layoutSlide(tall.slides[0]!, 0, {width: 80, height: 12});
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.every(page => page.lines.length <= 12)).toBe(true);
		expect(pages.map(page => texts(page.lines).join('\n')).join('\n')).toContain('item 29');
	});
});
