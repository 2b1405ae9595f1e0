import {describe, expect, test} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {layoutBlocks} from '../../../source/core/layout/blocks.js';
import {bullets, code, heading, item, list, paragraph, quote, rule, span, table, task, texts, widths} from './build.js';

describe('layoutBlocks', () => {
	test('puts one blank line between blocks', () => {
		expect(texts(layoutBlocks([paragraph('one'), paragraph('two')], 20))).toEqual(['one', '', 'two']);
	});

	test('styles headings by level', () => {
		const lines = layoutBlocks([heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), heading(4, 'D')], 20);
		expect(lines.filter(line => line.length > 0).map(line => line[0]?.style)).toEqual([
			{role: 'title', bold: true},
			{role: 'heading', bold: true},
			{role: 'heading', bold: true, underline: true},
			{role: 'heading', bold: true},
		]);
	});

	test('draws a rule across the width', () => {
		expect(layoutBlocks([rule], 10)).toEqual([[{text: '─'.repeat(10), style: {role: 'border'}}]]);
	});
});

describe('lists', () => {
	test('bullets change glyph with depth and nested lists are indented', () => {
		const nested = list([
			item(paragraph('one'), list([item(paragraph('two'), bullets('three'))])),
		]);
		expect(texts(layoutBlocks([nested], 40))).toEqual(['• one', '  ◦ two', '    ▪ three']);
	});

	test('continuation lines hang under the item text', () => {
		const lines = layoutBlocks([bullets('alpha beta gamma delta')], 12);
		expect(texts(lines)).toEqual(['• alpha beta', '  gamma', '  delta']);
	});

	test('numbers start at `start` and are right-aligned', () => {
		const numbered = list(['a', 'b', 'c'].map(text => item(paragraph(text))), {ordered: true, start: 9});
		expect(texts(layoutBlocks([numbered], 20))).toEqual([' 9. a', '10. b', '11. c']);
	});

	test('numbered items hang-indent past the widest number', () => {
		const numbered = list([item(paragraph('one two three'))], {ordered: true, start: 10});
		expect(texts(layoutBlocks([numbered], 11))).toEqual(['10. one two', '    three']);
	});

	test('task items show a box instead of the bullet', () => {
		const tasks = list([task(true, 'done'), task(false, 'todo')]);
		const lines = layoutBlocks([tasks], 20);
		expect(texts(lines)).toEqual(['[x] done', '[ ] todo']);
		expect(lines[0]?.[0]?.style.role).toBe('accent');
		expect(lines[1]?.[0]?.style.role).toBe('muted');
	});

	test('loose lists have a blank line between items, tight ones none', () => {
		const items = [item(paragraph('a')), item(paragraph('b'))];
		expect(texts(layoutBlocks([list(items, {tight: true})], 20))).toEqual(['• a', '• b']);
		expect(texts(layoutBlocks([list(items, {tight: false})], 20))).toEqual(['• a', '', '• b']);
	});

	test('an item with several paragraphs keeps them under its text', () => {
		const loose = list([item(paragraph('first'), paragraph('second'))], {tight: false});
		expect(texts(layoutBlocks([loose], 20))).toEqual(['• first', '', '  second']);
	});

	test('deep nesting in a narrow width still fits', () => {
		let block = bullets('a very long item text');
		for (let depth = 0; depth < 6; depth++) {
			block = list([item(paragraph('x'), block)]);
		}

		expect(Math.max(...widths(layoutBlocks([block], 12)))).toBeLessThanOrEqual(12);
	});
});

describe('quotes', () => {
	test('draw a bar before every line, text in italics', () => {
		const lines = layoutBlocks([quote(paragraph('to be or not to be'), paragraph('that is'))], 12);
		expect(texts(lines)).toEqual(['│ to be or', '│ not to be', '│', '│ that is']);
		expect(lines[0]?.[0]?.style).toEqual({role: 'quote'});
		expect(lines[0]?.[1]?.style.italic).toBe(true);
	});

	test('nest, with blocks inside', () => {
		const lines = layoutBlocks([quote(paragraph('outer'), quote(bullets('inner')))], 30);
		expect(texts(lines)).toEqual(['│ outer', '│', '│ │ • inner']);
	});

	test('keep a link\'s style and add italics', () => {
		const lines = layoutBlocks([quote(paragraph(span('docs', {href: 'https://x.test'})))], 30);
		expect(lines[0]?.[1]?.style).toEqual({role: 'link', underline: true, href: 'https://x.test', italic: true});
	});
});

describe('every block kind together', () => {
	const kitchenSink = [
		heading(1, 'A heading long enough to wrap on narrow screens'),
		paragraph('Tabs\tin prose, ', span('code\there', {code: true}), ' and a ', span('link', {href: 'https://example.com/path'}), '.'),
		list([item(paragraph('nested item with long text inside'), list([item(paragraph('深い入れ子の項目です'))], {ordered: true, start: 98}))]),
		table(['left', 'center', 'right'], ['名前', 'Emoji 🚀', 'Count'], [['山田', '✅', '1'], ['a long cell that needs wrapping', 'x', '12345']]),
		code('function f() {\n\treturn "日本語";\n}\n', 'js'),
		quote(paragraph('quoted'), quote(bullets('deeper quoted list item'))),
		rule,
	];

	test('no line is wider than the width', () => {
		for (let width = 20; width <= 80; width++) {
			const lines = layoutBlocks(kitchenSink, width);
			expect(Math.max(...widths(lines)), `width ${width}`).toBeLessThanOrEqual(width);
		}
	});

	test('no segment holds a control character or a newline', () => {
		for (const width of [20, 40, 80]) {
			for (const segment of layoutBlocks(kitchenSink, width).flat()) {
				expect(segment.text).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
				expect(segment.text).not.toBe('');
			}
		}
	});
});

describe('GitHub alerts', () => {
	test('a callout: its label, then its content, behind a bar; not italic like a quotation', () => {
		const callout = {kind: 'quote', alert: 'caution', blocks: [paragraph('Github style alerts'), paragraph('Two')], line: 1} as const;
		const lines = layoutBlocks([callout], 30);
		expect(texts(lines)).toEqual(['│ Caution', '│ Github style alerts', '│', '│ Two']);
		expect(lines[0]?.[1]?.style).toMatchObject({bold: true});
		expect(lines[1]?.some(part => part.style.italic)).toBe(false);
	});
});

describe('mdp\'s `-> centred <-` lines', () => {
	test('are drawn centred in the prose measure, their markers gone, and other lines stay left', () => {
		const {deck} = parseDeck('%title: Talk\n\n-> # Centred title <-\n\n-> a centred line <-\n\nleft line\n');
		const lines = texts(layoutBlocks(deck.slides[0]!.blocks, 40));
		expect(lines).toEqual([
			`${' '.repeat(13)}Centred title`,
			'',
			`${' '.repeat(13)}a centred line`,
			'',
			'left line',
		]);
	});
});
