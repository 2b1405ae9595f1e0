import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Block} from '../../source/core/deck/types.js';

const columnsOf = (text: string, slide = 0) => {
	const {deck, diagnostics} = parseDeck(text);
	const found = deck.slides[slide]?.blocks.find(block => block.kind === 'columns');
	return {slide: deck.slides[slide]!, columns: found as Extract<Block, {kind: 'columns'}> | undefined, diagnostics};
};

const kinds = (blocks: readonly Block[] = []) => blocks.map(block => block.kind);

describe('presenterm column layouts', () => {
	it('puts what follows each `column:` into that column, and what follows `reset_layout` under them', () => {
		const {slide, columns, diagnostics} = columnsOf('# Title\n\n<!-- column_layout: [2, 1] -->\n\n<!-- column: 0 -->\n\nLeft\n\n```js\nx\n```\n\n<!-- column: 1 -->\n\nRight\n\n<!-- reset_layout -->\n\nBelow\n');
		expect(diagnostics).toEqual([]);
		expect(kinds(slide.blocks)).toEqual(['heading', 'columns', 'paragraph']);
		expect(columns).toMatchObject({widths: [2, 1], line: 3});
		expect(columns?.columns.map(column => kinds(column))).toEqual([['paragraph', 'code'], ['paragraph']]);
		expect(columns?.reveal).toBeUndefined();
		expect(slide.steps).toEqual([3]);
	});

	it('goes back and forth between columns, as presenterm allows', () => {
		const {columns} = columnsOf('<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\nA\n\n<!-- column: 1 -->\n\nB\n\n<!-- column: 0 -->\n\nC\n');
		expect(columns?.columns.map(column => column.length)).toEqual([2, 1]);
	});

	it('closes the layout at the slide\'s end, and a new `column_layout` starts new columns under the first', () => {
		const text = '# One\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 1 -->\n\nB\n\n<!-- column_layout: [1, 2, 1] -->\n<!-- column: 2 -->\n\nC\n\n<!-- end_slide -->\n\n# Two\n';
		const {deck, diagnostics} = parseDeck(text);
		expect(diagnostics).toEqual([]);
		expect(deck.slides).toHaveLength(2);
		expect(kinds(deck.slides[0]!.blocks)).toEqual(['heading', 'columns', 'columns']);
		expect(kinds(deck.slides[1]!.blocks)).toEqual(['heading']);
	});

	it('takes the slide\'s title from a heading inside a column', () => {
		expect(columnsOf('<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\n## Left title\n\n<!-- column: 1 -->\n\nB\n').slide.title).toBe('Left title');
	});

	it('records what each pause inside the columns reveals, repeating the slide\'s count for the block', () => {
		const {slide, columns} = columnsOf('# T\n\n<!-- pause -->\n\n<!-- column_layout: [1, 1] -->\n\n<!-- column: 1 -->\n\nRight\n\n<!-- pause -->\n\n<!-- column: 0 -->\n\nLeft one\n\n<!-- pause -->\n\nLeft two\n');
		expect(slide.steps).toEqual([1, 2, 2, 2]);
		expect(columns?.reveal).toEqual([[0, 1], [1, 1]]);
	});

	it('shows the whole layout at a pause after `reset_layout`, before what follows', () => {
		const {slide, columns} = columnsOf('<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\nA\n\n<!-- pause -->\n\n<!-- column: 1 -->\n\nB\n\n<!-- reset_layout -->\n\n<!-- pause -->\n\nAfter\n');
		expect(columns?.reveal).toEqual([[1, 0]]);
		expect(slide.steps).toEqual([1, 1, 2]);
	});

	it('treats a pause before the columns show anything as a pause before the columns', () => {
		const {slide, columns} = columnsOf('# T\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\n<!-- pause -->\n\nA\n');
		expect(slide.steps).toEqual([1, 2]);
		expect(columns?.reveal).toBeUndefined();
	});

	it('reveals an incremental list inside a column item by item', () => {
		const {slide, columns} = columnsOf('<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\n<!-- incremental_lists: true -->\n\n- a\n- b\n- c\n');
		expect(columns?.reveal).toEqual([[1], [2]].map(([count]) => [count, 0]));
		expect(slide.steps).toEqual([1, 1, 1]);
	});

	it('warns about each mistake at its line and still shows the content', () => {
		const cases: Array<[string, RegExp, number]> = [
			['# T\n\n<!-- column: 0 -->\n\nA\n', /`column` without a `column_layout`/, 3],
			['# T\n\n<!-- column_layout: [1, 0] -->\n\n<!-- column: 0 -->\n\nA\n', /`column_layout` must list each column's share/, 3],
			['# T\n\n<!-- column_layout: [] -->\n\nA\n', /`column_layout` must list/, 3],
			['# T\n\n<!-- column_layout: [1, 1] -->\n\n<!-- column: 2 -->\n\nA\n', /`column: 2` is not a column of this layout, which has columns `0` to `1`/, 5],
			['# T\n\n<!-- column_layout: [1, 1] -->\n\nA\n\n<!-- column: 1 -->\n\nB\n', /content after `column_layout` comes before any `column:`/, 5],
		];
		for (const [text, message, line] of cases) {
			const {deck, diagnostics} = parseDeck(text);
			expect(diagnostics.map(diagnostic => [diagnostic.severity, diagnostic.line])).toEqual([['warning', line]]);
			expect(diagnostics[0]!.message).toMatch(message);
			expect(JSON.stringify(deck.slides[0]!.blocks)).toContain('"A"');
		}
	});

	it('no longer calls column directives unsupported', () => {
		const {diagnostics} = parseDeck('# T\n\n<!-- column_layout: [1, 1] -->\n<!-- column: 0 -->\n\nA\n\n<!-- reset_layout -->\n');
		expect(diagnostics).toEqual([]);
	});
});
