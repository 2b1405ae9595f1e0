import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {boundSlide} from '../../../source/core/layout/bound-slide.js';
import {layoutSlide, lineText} from '../../../source/core/layout/index.js';

const slideOf = (text: string) => parseDeck(text).deck.slides[0]!;

describe('boundSlide', () => {
	it('leaves an ordinary slide as it is', () => {
		const slide = slideOf('# Title\n\n- a\n- b\n\n```\ncode\n```\n');
		expect(boundSlide(slide, 10)).toBe(slide);
	});

	it('shows the first items of a list that is far too long, and says how many more there are', () => {
		const slide = slideOf(`# Long\n\n${Array.from({length: 25}, (_, index) => `- item ${index}`).join('\n')}\n`);
		const bounded = boundSlide(slide, 10);
		const list = bounded.blocks[1];
		expect(list?.kind === 'list' && list.items).toHaveLength(10);
		const note = bounded.blocks.at(-1);
		expect(note?.kind === 'paragraph' && note.spans[0]?.text).toContain('15 more items not shown');
		expect(bounded.steps.at(-1)).toBe(bounded.blocks.length);
	});

	it('cuts table rows, code lines and blocks the same way', () => {
		const rows = Array.from({length: 12}, (_, index) => `| ${index} |`).join('\n');
		const code = Array.from({length: 12}, (_, index) => `line ${index}`).join('\n');
		const slide = slideOf(`# T\n\n| h |\n| - |\n${rows}\n\n\`\`\`\n${code}\n\`\`\`\n`);
		const bounded = boundSlide(slide, 10);
		const [, table, fence] = bounded.blocks;
		expect(table?.kind === 'table' && table.rows).toHaveLength(10);
		expect(fence?.kind === 'code' && fence.text.split('\n')).toHaveLength(10);
		const note = bounded.blocks.at(-1);
		expect(note?.kind === 'paragraph' && note.spans[0]?.text).toContain('4 more items');
	});

	it('keeps pauses: earlier steps stop before the note, the last shows it', () => {
		const slide = slideOf(`# P\n\nfirst\n\n<!-- pause -->\n\n${Array.from({length: 30}, (_, index) => `- ${index}`).join('\n')}\n`);
		const bounded = boundSlide(slide, 10);
		expect(bounded.steps).toEqual([2, 4]);
	});

	it('is what the layout draws: the last page of a huge slide ends with the note', () => {
		const slide = slideOf(`# Huge\n\n${Array.from({length: 5000}, (_, index) => `- item ${index}`).join('\n')}\n`);
		const {pages} = layoutSlide(slide, 0, {width: 80, height: 24});
		const last = pages.at(-1)!.lines.map(line => lineText(line)).join('\n');
		expect(last).toContain('4,000 more items not shown');
		expect(last.replaceAll(/\s+/g, ' ')).toContain('briefing-deck print <deck> shows all of it.');
	});
});
