import {describe, expect, test} from 'vitest';
import {blockTitle, canDrawBlockLetters, drawBlockLetters} from '../../../source/core/layout/block-font.js';
import {layoutSlide} from '../../../source/core/layout/slide.js';
import type {Line} from '../../../source/core/layout/types.js';
import {bullets, heading, paragraph, slide, texts, widths} from './build.js';

const blockCharacters = /^[ █▀▄]*$/;
const isBlockRow = (text: string): boolean => text.trim() !== '' && blockCharacters.test(text);
const leadingSpaces = (text: string): number => text.length - text.trimStart().length;

describe('block font', () => {
	test('draws letters 3 rows high with half blocks', () => {
		expect(drawBlockLetters('HI')).toEqual([
			'█ █ ▀█▀',
			'█▀█  █',
			'▀ ▀ ▀▀▀',
		]);
	});

	test('has A–Z, 0–9 and common punctuation; lower case is drawn as upper case', () => {
		expect(canDrawBlockLetters('ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,!?-:;\'"/+=_()%')).toBe(true);
		expect(drawBlockLetters('abc')).toEqual(drawBlockLetters('ABC'));
		expect(canDrawBlockLetters('It’s — done')).toBe(true);
	});

	test('has no glyph for other scripts or emoji', () => {
		expect(canDrawBlockLetters('日本')).toBe(false);
		expect(canDrawBlockLetters('Launch 🚀')).toBe(false);
		expect(drawBlockLetters('Ünïcode')).toBeUndefined();
	});

	test('wraps words over several block lines to fit the width', () => {
		const lines = blockTitle('Quarterly Review', 40, 20);
		expect(lines).toHaveLength(2);
		expect(blockTitle('Quarterly Review', 80, 20)).toHaveLength(1);
	});

	test('gives up when a word is too wide or too many rows are needed', () => {
		expect(blockTitle('Supercalifragilistic', 30, 20)).toBeUndefined();
		expect(blockTitle('one two three four five', 16, 7)).toBeUndefined();
	});
});

describe('title slide', () => {
	const titleSlide = slide([heading(1, 'Launch Review'), paragraph('Platform team'), bullets('one', 'two')], {number: 1});

	test('the first slide starting with # draws its title in block letters, centred', () => {
		const {pages} = layoutSlide(titleSlide, 0, {width: 80, height: 24});
		expect(pages).toHaveLength(1);
		const lines = texts(pages[0]!.lines);
		const rows = lines.filter(text => isBlockRow(text));
		expect(rows).toHaveLength(3);
		const widest = Math.max(...rows.map(row => row.length));
		expect(Math.abs(leadingSpaces(rows[0]!) - ((80 - widest + leadingSpaces(rows[0]!)) / 2))).toBeLessThanOrEqual(1);
		expect(pages[0]!.lines.find(line => isBlockRow(texts([line])[0]!))?.at(-1)?.style).toEqual({role: 'title', bold: true});
	});

	test('the rest is centred under the title, and the whole centred vertically', () => {
		const {pages} = layoutSlide(titleSlide, 0, {width: 80, height: 24});
		const lines = texts(pages[0]!.lines);
		const subtitle = lines.find(text => text.includes('Platform team'))!;
		expect(leadingSpaces(subtitle)).toBe(Math.floor((80 - 'Platform team'.length) / 2));
		// The list keeps its left edge: centred as a whole.
		const items = lines.filter(text => text.includes('•'));
		expect(new Set(items.map(text => leadingSpaces(text))).size).toBe(1);
		expect(lines[0]).toBe('');
		expect(lines.length).toBeLessThanOrEqual(24);
	});

	test('revealing a step does not move what is already shown', () => {
		const paused = slide([heading(1, 'Go'), paragraph('first'), paragraph('second')], {number: 1, steps: [2, 3]});
		const before = texts(layoutSlide(paused, 0, {width: 60, height: 20}).pages[0]!.lines);
		const after = texts(layoutSlide(paused, 1, {width: 60, height: 20}).pages[0]!.lines);
		expect(after.slice(0, before.length)).toEqual(before);
		expect(after.some(text => text.includes('second'))).toBe(true);
		expect(before.some(text => text.includes('second'))).toBe(false);
	});

	test('falls back to bold text when the font lacks a character', () => {
		const {pages} = layoutSlide(slide([heading(1, '発表 🚀')], {number: 1}), 0, {width: 40, height: 20});
		const lines = texts(pages[0]!.lines).filter(text => text.trim() !== '');
		expect(lines).toHaveLength(1);
		expect(lines[0]!.trim()).toBe('発表 🚀');
		const title = pages[0]!.lines.find(line => line.some(({text}) => text.includes('発表')))!;
		expect(title.at(-1)?.style).toEqual({role: 'title', bold: true});
	});

	test('falls back to bold text when the title is too wide for block letters', () => {
		const {pages} = layoutSlide(slide([heading(1, 'Internationalization')], {number: 1}), 0, {width: 30, height: 20});
		expect(texts(pages[0]!.lines).filter(text => text.trim() !== '').map(text => text.trim())).toEqual(['Internationalization']);
	});

	test('falls back when the screen is too short for block letters', () => {
		const {pages} = layoutSlide(slide([heading(1, 'Hi')], {number: 1}), 0, {width: 40, height: 4});
		expect(texts(pages[0]!.lines).map(text => text.trim()).filter(text => text !== '')).toEqual(['Hi']);
	});

	test('only the first slide is a title slide by default, and the option overrides it', () => {
		const later = slide([heading(1, 'Hi')], {number: 3});
		expect(texts(layoutSlide(later, 0, {width: 40, height: 20}).pages[0]!.lines)).toEqual(['Hi']);
		const forced = texts(layoutSlide(later, 0, {width: 40, height: 20, isTitleSlide: true}).pages[0]!.lines);
		expect(forced.filter(text => isBlockRow(text))).toHaveLength(3);
		const first = slide([heading(1, 'Hi')], {number: 1});
		expect(texts(layoutSlide(first, 0, {width: 40, height: 20, isTitleSlide: false}).pages[0]!.lines)).toEqual(['Hi']);
	});

	test('a forced title slide without a heading shows the deck title', () => {
		const plain = slide([paragraph('by the team')], {number: 1});
		const lines = texts(layoutSlide(plain, 0, {width: 40, height: 20, isTitleSlide: true, deckTitle: 'Q3'}).pages[0]!.lines);
		expect(lines.filter(text => isBlockRow(text))).toHaveLength(3);
		expect(lines.some(text => text.trim() === 'by the team')).toBe(true);
	});

	test('a long title slide is paginated and fits every page', () => {
		const long = slide([heading(1, 'Big'), ...Array.from({length: 20}, (_, index) => paragraph(`line ${index}`))], {number: 1});
		const {pages} = layoutSlide(long, 0, {width: 40, height: 10});
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) {
			expect(page.lines.length).toBeLessThanOrEqual(10);
			expect(Math.max(...widths(page.lines as Line[]))).toBeLessThanOrEqual(40);
		}

		expect(texts(pages[1]!.lines)[0]).toBe('Big (continued)');
	});
});
