/**
How much of a slide the screen lays out. A slide of 60,000 list items, table
rows or code lines is a data dump, not a slide: laying all of it out took
seconds and hundreds of megabytes before the first frame. So the screen shows
the first `MAX_SHOWN` blocks, items, rows and lines, and says how much more
there is and where to read it. `print` and search still see everything.
*/
import type {Block, Slide} from '../deck/types.js';

/** Far more than fits on any screen: 1,000 rows are 40 pages of a tall terminal. */
const MAX_SHOWN = 1000;

type Bounded = {readonly block: Block; readonly cut: number};

function boundBlock(block: Block, limit: number): Bounded {
	switch (block.kind) {
		case 'list': {
			const cut = Math.max(0, block.items.length - limit);
			return cut === 0 ? {block, cut} : {block: {...block, items: block.items.slice(0, limit)}, cut};
		}

		case 'table': {
			const cut = Math.max(0, block.rows.length - limit);
			return cut === 0 ? {block, cut} : {block: {...block, rows: block.rows.slice(0, limit)}, cut};
		}

		case 'code': {
			let end = -1;
			for (let line = 0; line < limit; line++) {
				end = block.text.indexOf('\n', end + 1);
				if (end === -1) {
					return {block, cut: 0};
				}
			}

			const cut = block.text.slice(end).split('\n').length - 1;
			return {block: {...block, text: block.text.slice(0, end)}, cut};
		}

		case 'quote': {
			const inner = boundBlocks(block.blocks, limit);
			return {block: {...block, blocks: inner.blocks}, cut: inner.cut};
		}

		case 'columns': {
			const inner = block.columns.map(column => boundBlocks(column, limit));
			return {block: {...block, columns: inner.map(column => column.blocks)}, cut: inner.reduce((sum, column) => sum + column.cut, 0)};
		}

		default: {
			return {block, cut: 0};
		}
	}
}

function boundBlocks(blocks: readonly Block[], limit: number): {blocks: Block[]; cut: number} {
	let cut = Math.max(0, blocks.length - limit);
	const shown = blocks.slice(0, limit).map(block => {
		const bounded = boundBlock(block, limit);
		cut += bounded.cut;
		return bounded.block;
	});
	return {blocks: shown, cut};
}

/** The slide as the screen shows it: unchanged unless it is far too long, else cut with a note at the end. */
export function boundSlide(slide: Slide, limit = MAX_SHOWN): Slide {
	const {blocks, cut} = boundBlocks(slide.blocks, limit);
	if (cut === 0) {
		return slide;
	}

	const note: Block = {
		kind: 'paragraph',
		line: slide.line,
		// The command as code, as a deck would write it, not between literal backticks; the deck is not known here, so it is a placeholder.
		spans: [
			{text: `… and ${cut.toLocaleString('en-US')} more item${cut === 1 ? '' : 's'} not shown on screen: this slide is too long to lay out. `, style: {italic: true}},
			{text: 'briefing-deck print <deck>', style: {code: true}},
			{text: ' shows all of it.', style: {italic: true}},
		],
	};
	const all = [...blocks, note];
	return {...slide, blocks: all, steps: slide.steps.map(step => Math.min(step, blocks.length)).with(-1, all.length)};
}
