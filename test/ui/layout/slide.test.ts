import {describe, expect, test} from 'vitest';
import {MIN_BODY_HEIGHT, bodyWidth} from '../../../source/core/layout/body-width.js';
import {layoutSlide, visibleBlockCount} from '../../../source/core/layout/slide.js';
import type {Line, Page} from '../../../source/core/layout/types.js';
import {bullets, code, heading, item, list, paragraph, slide, texts, widths} from './build.js';

const lorem = (count: number): string[] =>
	Array.from({length: count}, (_, index) => `Paragraph ${index + 1} says something worth reading about the topic.`);

const longSlide = slide([
	heading(2, 'Long slide'),
	...lorem(8).map(text => paragraph(text)),
	list(Array.from({length: 12}, (_, index) => item(paragraph(`item ${index + 1}`)))),
	code(Array.from({length: 15}, (_, index) => `line ${index + 1}`).join('\n')),
]);

const isMarker = (line: Line): boolean => ['more ↓'].includes(texts([line])[0]!);

/** Body lines of a page: without the repeated title, its blank line, and the `more ↓` marker. */
const bodyOf = (page: Page): string[] => {
	let lines = texts(page.lines);
	if (page.continued) {
		lines = lines.slice(1);
	}

	if (page.more) {
		lines = lines.slice(0, -1);
	}

	return lines;
};

describe('layoutSlide', () => {
	test('a short slide is one page, title styled as a title', () => {
		const {pages} = layoutSlide(slide([heading(2, 'Hello'), paragraph('world')]), 0, {width: 40, height: 20});
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatchObject({continued: false, more: false});
		expect(texts(pages[0]!.lines)).toEqual(['Hello', '', 'world']);
		expect(pages[0]!.lines[0]?.[0]?.style).toEqual({role: 'title', bold: true});
	});

	test('shows only the blocks of the current step', () => {
		const paused = slide([heading(2, 'T'), paragraph('a'), paragraph('b')], {steps: [2, 3]});
		expect(texts(layoutSlide(paused, 0, {width: 40, height: 20}).pages[0]!.lines)).toEqual(['T', '', 'a']);
		expect(texts(layoutSlide(paused, 1, {width: 40, height: 20}).pages[0]!.lines)).toEqual(['T', '', 'a', '', 'b']);
		expect(visibleBlockCount(paused, 7)).toBe(3);
		expect(visibleBlockCount(paused, -1)).toBe(2);
	});

	test('a slide with nothing to show has one page without lines', () => {
		expect(layoutSlide(slide([]), 0, {width: 40, height: 10}).pages).toEqual([{lines: [], continued: false, more: false}]);
	});

	test('never draws a line wider than the width', () => {
		for (const width of [4, 20, 33, 80]) {
			for (const page of layoutSlide(longSlide, 0, {width, height: 12}).pages) {
				expect(Math.max(...widths(page.lines))).toBeLessThanOrEqual(width);
			}
		}
	});
});

test('lays link URLs out inside the width in a list, a table and a quote when asked', () => {
	const url = 'https://example.com/a/very/long/path/that/is/wider/than/the/slide/itself/by/far';
	const link = {text: 'the source', style: {href: url}};
	const withLink = paragraph('See ', link, ' for more.');
	const cells = {kind: 'table', align: ['left', 'left'], header: [[{text: 'What', style: {}}], [{text: 'Where', style: {}}]], rows: [[[{text: 'Docs', style: {}}], [link]]], line: 1} as const;
	const shown = layoutSlide(slide([heading(2, 'Links'), withLink, list([item(withLink)]), cells, {kind: 'quote', blocks: [withLink], line: 1}]), 0, {width: 40, height: 100, linkUrls: true});
	const lines = shown.pages.flatMap(page => page.lines);
	expect(Math.max(...widths(lines))).toBeLessThanOrEqual(40);
	expect(texts(lines).join('').replaceAll(/[\s│]/g, '')).toContain(url);
	const plain = layoutSlide(slide([heading(2, 'Links'), withLink]), 0, {width: 40, height: 100});
	expect(texts(plain.pages.flatMap(page => page.lines)).join(' ')).not.toContain('https://');
});

describe('pagination', () => {
	for (const height of [MIN_BODY_HEIGHT, 4, 7, 10, 15, 24]) {
		test(`no page is taller than ${height} rows, and every page has content`, () => {
			const {pages} = layoutSlide(longSlide, 0, {width: 40, height});
			expect(pages.length).toBeGreaterThan(1);
			for (const page of pages) {
				expect(page.lines.length).toBeLessThanOrEqual(height);
				expect(bodyOf(page).some(text => text.trim() !== '')).toBe(true);
			}
		});

		test(`at ${height} rows the content is conserved across pages`, () => {
			const {pages} = layoutSlide(longSlide, 0, {width: 40, height});
			const all = texts(layoutSlide(longSlide, 0, {width: 40, height: 1000}).pages[0]!.lines);
			const paged = pages.flatMap(page => bodyOf(page));
			// A code frame split across pages is closed and opened again on each: its borders repeat.
			const nonBlank = (lines: string[]) => lines.filter(text => text.trim() !== '' && !/^[┌└]/.test(text));
			expect(nonBlank(paged)).toEqual(nonBlank(all));
		});
	}

	test('pages after the first repeat the title with (continued); pages with more end with more ↓', () => {
		const {pages} = layoutSlide(longSlide, 0, {width: 40, height: 12});
		for (const [index, page] of pages.entries()) {
			expect(page.continued).toBe(index > 0);
			expect(page.more).toBe(index < pages.length - 1);
			const lines = texts(page.lines);
			if (page.continued) {
				expect(lines[0]).toBe('Long slide (continued)');
				expect(page.lines[0]?.at(-1)?.style.role).toBe('muted');
			}

			if (page.more) {
				expect(lines.at(-1)).toBe('more ↓');
				expect(page.lines.at(-1)?.[0]?.style.role).toBe('muted');
			} else {
				expect(page.lines.some(line => isMarker(line))).toBe(false);
			}
		}
	});

	test('prefers to break between blocks', () => {
		const blocks = slide([heading(2, 'T'), paragraph('one two three four five six seven'), paragraph('eight nine ten eleven twelve')]);
		const {pages} = layoutSlide(blocks, 0, {width: 12, height: 8});
		expect(texts(pages[0]!.lines)).toEqual(['T', '', 'one two', 'three four', 'five six', 'seven', 'more ↓']);
	});

	test('a block that ends exactly at the bottom of a page stays on it', () => {
		const blocks = slide([heading(2, 'T'), paragraph('one two'), paragraph('three four'), paragraph('five six')]);
		// Title, blank, 2 lines, blank, 2 lines, marker: the blank before the third paragraph is dropped.
		const {pages} = layoutSlide(blocks, 0, {width: 6, height: 8});
		expect(texts(pages[0]!.lines)).toEqual(['T', '', 'one', 'two', '', 'three', 'four', 'more ↓']);
	});

	test('does not leave a heading alone at the bottom of a page', () => {
		const blocks = slide([heading(2, 'T'), paragraph('a b c d'), heading(3, 'Section'), paragraph('e f g h')]);
		const {pages} = layoutSlide(blocks, 0, {width: 3, height: 9});
		expect(texts(pages[0]!.lines).at(-2)).not.toBe('Section');
	});

	test('breaks inside a block taller than a page', () => {
		const tall = slide([heading(2, 'Code'), code(Array.from({length: 30}, (_, index) => `x${index}`).join('\n'))]);
		const {pages} = layoutSlide(tall, 0, {width: 30, height: 10});
		expect(pages.length).toBeGreaterThan(3);
		expect(pages.every(page => page.lines.length <= 10)).toBe(true);
	});

	test('a continued page of an untitled slide still says (continued)', () => {
		const untitled = slide(lorem(10).map(text => paragraph(text)));
		const {pages} = layoutSlide(untitled, 0, {width: 30, height: 6});
		expect(texts(pages[1]!.lines)[0]).toBe('(continued)');
	});
});

describe('bodyWidth', () => {
	test('leaves margins and caps the line length', () => {
		expect(bodyWidth(200)).toBe(80);
		expect(bodyWidth(60)).toBe(56);
		expect(bodyWidth(3)).toBe(1);
	});
});

describe('highlight', () => {
	test('marks matches on the slide', () => {
		const {pages} = layoutSlide(slide([heading(2, 'Deploy'), bullets('deploy on Friday')]), 0, {width: 40, height: 20, highlight: 'DEPLOY'});
		const marked = pages[0]!.lines.flat().filter(({style}) => style.role === 'match');
		expect(marked.map(({text}) => text)).toEqual(['Deploy', 'deploy']);
		expect(marked.every(({style}) => style.inverse)).toBe(true);
	});
});

describe('tables and code split across pages', () => {
	const rows = Array.from({length: 12}, (_, index) => [`row ${index + 1}`, `two\nlines ${index + 1}`]);
	const tall = slide([heading(2, 'Table'), {
		kind: 'table',
		align: ['left', 'left'],
		header: [[{text: 'Name', style: {}}], [{text: 'Value', style: {}}]],
		rows: rows.map(([name, value]) => [[{text: name!, style: {}}], value!.split('\n').flatMap((text, index) => [...(index > 0 ? [{text: '\n', style: {}}] : []), {text, style: {}}])]),
		line: 1,
	}]);

	test('a table breaks between rows, never inside one, and a continued page repeats the header row', () => {
		const {pages} = layoutSlide(tall, 0, {width: 40, height: 14});
		expect(pages.length).toBeGreaterThan(1);
		for (const [index, page] of pages.entries()) {
			const lines = bodyOf(page);
			// Each page shows a whole table: top, header, rule, rows, bottom.
			expect(lines.find(text => text.startsWith('│'))).toContain('Name');
			expect(lines.filter(text => text.startsWith('┌'))).toHaveLength(1);
			expect(lines.filter(text => text.trim() !== '').at(-1)).toMatch(/^└/);
			// Every row's two lines are on the same page.
			const body = lines.filter(text => /row \d+|lines \d+/.test(text));
			for (const [position, text] of body.entries()) {
				if (text.includes('row ')) {
					expect(body[position + 1], `page ${index}`).toMatch(/lines \d+/);
				}
			}
		}

		const all = pages.flatMap(page => texts(page.lines)).join('\n');
		for (let row = 1; row <= 12; row++) {
			expect(all).toContain(`row ${row} `);
		}
	});

	test('code breaks between its lines, its frame closed and opened again', () => {
		const {pages} = layoutSlide(slide([heading(2, 'Code'), code(Array.from({length: 20}, (_, index) => `line ${index + 1}`).join('\n'), 'js')]), 0, {width: 40, height: 12});
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) {
			const lines = bodyOf(page).filter(text => text.trim() !== '');
			const framed = lines.filter(text => /^[┌│└]/.test(text));
			expect(framed[0]).toMatch(/^┌─ js /);
			expect(framed.at(-1)).toMatch(/^└─+┘$/);
		}
	});
});
