/**
Where a slide sits and what a page shows: reveals, big screens, presenterm's
spacing directives, the title slide's byline, and plain text for screen readers.
*/
import {describe, expect, test} from 'vitest';
import {layoutSlide} from '../../../source/core/layout/slide.js';
import {balancedLines} from '../../../source/core/layout/title-slide.js';
import type {Block} from '../../../source/core/deck/types.js';
import {bullets, code, heading, list, item, paragraph, quote, rule, slide, span, table, texts} from './build.js';

const leading = (text: string): number => text.length - text.trimStart().length;
const sentence = (words: number, label: string): string => Array.from({length: words}, (_, index) => `${label}${index}`).join(' ');

describe('a reveal', () => {
	// Three steps whose content is taller than one page: the third step is on a page of its own.
	const steps = slide([
		heading(2, 'Our take: two scenarios'),
		paragraph(sentence(18, 'test')),
		paragraph(sentence(40, 'one')),
		paragraph(sentence(40, 'two')),
		paragraph('The read: bet on scenario one.'),
	], {steps: [3, 4, 5]});
	const size = {width: 56, height: 16};

	test('shows the new step with as much of what came before as fits, never only what came before', () => {
		const {pages, revealPage} = layoutSlide(steps, 2, size);
		const shown = texts(pages[revealPage]!.lines).join('\n');
		expect(shown).toContain('The read: bet on scenario one.');
		expect(shown).toContain('two0');
		// The page that lands is the last one: nothing revealed is behind `more ↓`.
		expect(revealPage).toBe(pages.length - 1);
		expect(pages[revealPage]!.more).toBe(false);
		expect(pages[revealPage]!.lines.length).toBeLessThanOrEqual(size.height);
	});

	test('the page before a reveal, and going back, still reach every line', () => {
		const {pages} = layoutSlide(steps, 2, size);
		const all = pages.flatMap(page => texts(page.lines)).join(' ');
		for (const word of ['test0', 'test17', 'one0', 'one39', 'two0', 'two39', 'scenario']) {
			expect(all).toContain(word);
		}
	});

	test('a first step starts at the top, as always', () => {
		expect(layoutSlide(steps, 0, size).revealPage).toBe(0);
		expect(texts(layoutSlide(steps, 0, size).pages[0]!.lines)[0]).toBe('Our take: two scenarios');
	});

	test('a step that fits with what came before lands on its one page', () => {
		const short = slide([heading(2, 'T'), paragraph('a'), paragraph('b')], {steps: [2, 3]});
		expect(layoutSlide(short, 1, size)).toMatchObject({revealPage: 0, pages: [{more: false}]});
	});
});

describe('on a big screen', () => {
	const content = slide([heading(2, 'Centred'), paragraph('A short body line.'), bullets('one', 'two')]);

	test('a slide that fits sits in the middle, vertically and as a block horizontally', () => {
		const {pages} = layoutSlide(content, 0, {width: 80, height: 46});
		const lines = texts(pages[0]!.lines);
		const first = lines.findIndex(text => text.trim() !== '');
		const last = lines.length - 1;
		expect(first).toBe(Math.floor((46 - (last - first + 1)) / 2));
		const widest = Math.max(...lines.map(text => text.trimEnd().length - leading(text)));
		expect(leading(lines[first]!)).toBe(Math.floor((80 - widest) / 2));
		// A block keeps its left edge: title, text and list start in one column.
		expect(new Set(lines.filter(text => text.trim() !== '').map(text => leading(text)))).toEqual(new Set([leading(lines[first]!)]));
	});

	test('a reveal does not move what is shown', () => {
		const paused = slide([heading(2, 'T'), paragraph('first'), paragraph('second')], {steps: [2, 3]});
		const before = texts(layoutSlide(paused, 0, {width: 80, height: 46}).pages[0]!.lines);
		const after = texts(layoutSlide(paused, 1, {width: 80, height: 46}).pages[0]!.lines);
		expect(after.slice(0, before.length)).toEqual(before);
	});

	test('an ordinary terminal keeps the slide at the top left', () => {
		const lines = texts(layoutSlide(content, 0, {width: 76, height: 20}).pages[0]!.lines);
		expect(lines[0]).toBe('Centred');
	});
});

describe('presenterm spacing', () => {
	test('`jump_to_middle`: what follows sits in the middle of the screen', () => {
		const end = slide([heading(2, 'The end')], {middle: 0});
		const lines = texts(layoutSlide(end, 0, {width: 60, height: 21}).pages[0]!.lines);
		expect(lines.indexOf('The end')).toBe(10);
	});

	test('`new_lines` gives blank lines, and gives them up when the slide would not fit', () => {
		const spaced: Block[] = [heading(2, 'A'), {kind: 'space', lines: 4, line: 1}, paragraph('b')];
		expect(texts(layoutSlide(slide(spaced), 0, {width: 40, height: 20}).pages[0]!.lines)).toEqual(['A', '', '', '', '', 'b']);
		const {pages} = layoutSlide(slide(spaced), 0, {width: 40, height: 4});
		expect(pages).toHaveLength(1);
		expect(texts(pages[0]!.lines)).toEqual(['A', '', 'b']);
	});

	test('a list revealed item by item is drawn as one list', () => {
		const one = {...(bullets('one') as Extract<Block, {kind: 'list'}>)};
		const two = {...(bullets('two') as Extract<Block, {kind: 'list'}>), continues: true};
		expect(texts(layoutSlide(slide([heading(2, 'A'), one, two]), 0, {width: 40, height: 20}).pages[0]!.lines)).toEqual(['A', '', '• one', '• two']);
	});
});

describe('the title slide', () => {
	const title = slide([heading(1, 'Launch Review'), paragraph('Where we are.')], {number: 1});
	const meta = {subtitle: 'What it means for Claude', author: 'Platform team', date: '2026-05-20'};

	test('shows the subtitle, author and date the front matter gives, centred under the title', () => {
		const lines = texts(layoutSlide(title, 0, {width: 80, height: 30, titleMeta: meta}).pages[0]!.lines).map(text => text.trim()).filter(text => text !== '');
		const subtitle = lines.indexOf('What it means for Claude');
		expect(subtitle).toBeGreaterThan(0);
		expect(lines[subtitle + 1]).toBe('Platform team · 2026-05-20');
		expect(lines[subtitle + 2]).toBe('Where we are.');
	});

	test('presenterm blank lines before the title do not stop it being the title', () => {
		const spaced = slide([{kind: 'space', lines: 6, line: 1}, heading(1, 'Hi')], {number: 1, titleSlide: true});
		expect(texts(layoutSlide(spaced, 0, {width: 40, height: 20}).pages[0]!.lines).some(text => /[█▀▄]/.test(text))).toBe(true);
	});

	test('does not repeat a subtitle the slide already says', () => {
		const lines = texts(layoutSlide(title, 0, {width: 80, height: 30, titleMeta: {subtitle: 'Where we are.'}}).pages[0]!.lines);
		expect(lines.filter(text => text.includes('Where we are.'))).toHaveLength(1);
	});

	test('a centred paragraph never ends on one orphaned word: its lines are balanced', () => {
		const text = 'What it means for Claude when a famous researcher picks a seat';
		const greedy = texts(balancedLines([span(text)], 50));
		expect(greedy).toHaveLength(2);
		const [first, second] = greedy;
		expect(Math.abs(first!.length - second!.length)).toBeLessThanOrEqual(8);
		const onSlide = texts(layoutSlide(slide([heading(1, 'T'), paragraph(text)], {number: 1}), 0, {width: 52, height: 30}).pages[0]!.lines)
			.map(line => line.trim()).filter(line => line !== '' && line !== 'T' && !/[█▀▄]/.test(line));
		expect(onSlide).toHaveLength(2);
		expect(onSlide.every(line => line.split(' ').length > 1)).toBe(true);
	});
});

describe('plain text for a screen reader', () => {
	const busy = slide([
		heading(1, 'Launch Review'),
		paragraph('Where we are.'),
		table(['left', 'right'], ['Name', 'Value'], [['a', '1']]),
		code('const x = 1;', 'js'),
		quote(paragraph('quoted')),
		rule,
		list([item(paragraph('point'))]),
	], {number: 1});

	test('no block letters and no box-drawing lines, the title slide included', () => {
		const lines = texts(layoutSlide(busy, 0, {width: 60, height: 40, plain: true, titleMeta: {subtitle: 'Sub', author: 'Ann'}}).pages.flatMap(page => page.lines));
		expect(lines.join('\n')).not.toMatch(/[█▀▄│─┌┐└┘├┤┬┴┼]/);
		expect(lines.slice(0, 4)).toEqual(['Launch Review', '', 'Sub', '']);
		expect(lines).toContain('| Name | Value |');
		expect(lines).toContain('const x = 1;');
		expect(lines).toContain('> quoted');
		// Nothing is placed with leading spaces.
		expect(lines.every(text => leading(text) === 0)).toBe(true);
	});
});
