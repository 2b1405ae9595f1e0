import {beforeEach, describe, expect, test, vi} from 'vitest';
import {layoutTableBlock, type TableInput} from '../../../source/core/layout/table.js';
import {span} from './build.js';
import type * as NarrowWidth from '../../../source/core/text/narrow-width.js';
import type * as DisplayWidth from '../../../source/core/layout/display-width.js';

// Every measure of text in the layout goes through one of these two: counting
// them is a cost that does not depend on the machine or its load.
const measured = vi.hoisted(() => ({texts: 0}));

vi.mock('../../../source/core/text/narrow-width.js', async importOriginal => {
	const actual = await importOriginal<typeof NarrowWidth>();
	return {
		...actual,
		isNarrowText(text: string) {
			measured.texts++;
			return actual.isNarrowText(text);
		},
	};
});

vi.mock('../../../source/core/layout/display-width.js', async importOriginal => {
	const actual = await importOriginal<typeof DisplayWidth>();
	return {
		...actual,
		displayWidth(text: string) {
			measured.texts++;
			return actual.displayWidth(text);
		},
	};
});

// Cells that make a table narrow its columns word by word on a 200-column
// screen, with CJK and emoji so the slow measures are taken too.
const words = ['alpha', 'a longer cell of text', '会議の資料', 'x', 'emoji 🎉 here', 'supercalifragilistic'];
const wideTable = (columns: number): TableInput => {
	const row = (offset: number) => Array.from({length: columns}, (_, column) => [span(words[(column + offset) % words.length]!)]);
	return {align: Array.from({length: columns}, () => 'left' as const), header: row(0), rows: [row(1), row(2), row(3)]};
};

const measuresFor = (columns: number): number => {
	measured.texts = 0;
	layoutTableBlock(wideTable(columns), 200);
	return measured.texts;
};

describe('the cost of a wide table', () => {
	beforeEach(() => {
		measured.texts = 0;
	});

	test('doubling the columns about doubles the text measured', () => {
		const small = measuresFor(1000);
		const large = measuresFor(2000);
		expect(small).toBeGreaterThan(0);
		expect(large / small).toBeGreaterThan(1.8);
		expect(large / small).toBeLessThan(2.2);
	});

	test('each cell is measured once for its sizes and once more when narrowed, not once a line', () => {
		const cells = 4 * 1000;
		// About 36 measures a cell (a measure a word, a space or a wide
		// character, for its width, its longest word, its widest character and
		// its wrapping); lines built across all 2,000 columns to be cut at the
		// screen, and cells wrapped again to draw them, took 91.
		expect((measuresFor(2000) - measuresFor(1000)) / cells).toBeLessThan(45);
	});
});
