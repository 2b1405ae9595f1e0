import {describe, expect, test} from 'vitest';
import type {Block, ImagePlacement, ImageSizeHint} from '../../../source/core/deck/types.js';
import {imageCells} from '../../../source/core/layout/image-block.js';
import {plainTextLines} from '../../../source/core/layout/plain-text.js';
import {layoutSlide} from '../../../source/core/layout/slide.js';
import type {ImageCell, Line} from '../../../source/core/layout/types.js';
import {heading, paragraph, slide, texts} from './build.js';

const image = (src: string, alt: string, size?: ImageSizeHint, placement?: ImagePlacement): Block =>
	({kind: 'image', src, alt, ...(size ? {size} : {}), ...(placement ? {placement} : {}), line: 3});

const cellsOf = (line: Line): ImageCell[] => line.flatMap(part => (part.style.image ? [part.style.image] : []));

describe('an image\'s size in cells', () => {
	test('a wide photo fills the width at its aspect ratio, cells twice as tall as wide', () => {
		// 1600×900 over 60 columns: 60 × (900/1600) / 2 = 16.9 rows.
		expect(imageCells({width: 1600, height: 900}, undefined, 60, 40)).toEqual({cols: 60, rows: 17});
	});

	test('a tall image is held to two thirds of the page, narrower to keep its shape', () => {
		expect(imageCells({width: 1000, height: 2000}, undefined, 80, 30)).toEqual({cols: 20, rows: 20});
	});

	test('a small image is not blown up past its own pixels', () => {
		expect(imageCells({width: 40, height: 40}, undefined, 80, 30)).toEqual({cols: 4, rows: 2});
	});

	test('presenterm\'s width percent is of the slide width, even past the image\'s own size', () => {
		expect(imageCells({width: 40, height: 40}, {widthPercent: 50}, 80, 60)).toEqual({cols: 40, rows: 20});
	});

	test('Marp\'s pixels are turned into cells by the cell\'s size', () => {
		expect(imageCells({width: 400, height: 200}, {widthPixels: 200}, 80, 40, {width: 10, height: 20})).toEqual({cols: 20, rows: 5});
	});

	test('an image sized taller than a page is scaled to fit one', () => {
		expect(imageCells({width: 100, height: 4000}, {heightPercent: 100}, 80, 24)).toEqual({cols: 1, rows: 24});
	});

	test('a known cell size changes the shape: square cells give a square image as many rows as columns', () => {
		expect(imageCells({width: 500, height: 500}, {widthPercent: 25}, 80, 60, {width: 10, height: 10})).toEqual({cols: 20, rows: 20});
	});
});

describe('an image on a slide', () => {
	const sizes = new Map([['arch.png', {width: 800, height: 400}]]);

	test('reserves its rows: one blank segment per row carrying the image\'s cell', () => {
		const {pages} = layoutSlide(slide([heading(1, 'Design'), image('arch.png', 'Architecture')]), 0, {width: 40, height: 20, imageSizes: sizes, stage: false});
		const rows = pages[0]!.lines.filter(line => cellsOf(line).length > 0);
		expect(rows).toHaveLength(10);
		expect(rows.map(line => cellsOf(line)[0]!.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(cellsOf(rows[0]!)[0]).toEqual({key: 'arch.png@40x10', src: 'arch.png', cols: 40, rows: 10, row: 0});
		expect(texts(rows)[0]).toBe(' '.repeat(40));
	});

	test('is its alt text, muted, when its size is not known (missing, broken, refused or remote)', () => {
		const {pages} = layoutSlide(slide([heading(1, 'Design'), image('gone.png', 'Architecture')]), 0, {width: 40, height: 20, imageSizes: sizes, stage: false});
		expect(texts(pages[0]!.lines)).toEqual(['Design', '', '[image: Architecture]']);
		expect(pages[0]!.lines[2]![0]!.style).toMatchObject({role: 'muted', italic: true});
	});

	test('is its alt text for a screen reader and in print', () => {
		expect(texts(plainTextLines([image('arch.png', 'Architecture')], 40))).toEqual(['[image: Architecture]']);
		const {pages} = layoutSlide(slide([image('arch.png', 'Architecture')]), 0, {width: 40, height: 20, imageSizes: sizes, plain: true});
		expect(texts(pages[0]!.lines)).toEqual(['[image: Architecture]']);
	});

	test('placed left, it sits beside the text on a wide slide', () => {
		const photo = new Map([['p.jpg', {width: 1000, height: 1000}]]);
		const {pages} = layoutSlide(slide([heading(1, 'Split'), image('p.jpg', 'photo', {widthPercent: 50}, 'left'), paragraph('Words beside the photo')]), 0, {width: 100, height: 30, imageSizes: photo});
		const lines = pages[0]!.lines;
		expect(cellsOf(lines[0]!)[0]).toMatchObject({cols: 50, rows: 25, row: 0});
		expect(texts([lines[0]!])[0]).toBe(`${' '.repeat(52)}Split`);
		expect(texts([lines[2]!])[0]).toBe(`${' '.repeat(52)}Words beside the photo`);
		expect(lines.filter(line => cellsOf(line).length > 0)).toHaveLength(25);
	});

	test('placed right, the text comes first and the image ends the line', () => {
		const photo = new Map([['p.jpg', {width: 1000, height: 1000}]]);
		const {pages} = layoutSlide(slide([heading(1, 'Split'), image('p.jpg', 'photo', {widthPercent: 40}, 'right')]), 0, {width: 100, height: 30, imageSizes: photo});
		const first = pages[0]!.lines[0]!;
		expect(texts([first])[0]!.startsWith('Split')).toBe(true);
		expect(first.at(-1)!.style.image).toMatchObject({cols: 40, row: 0});
	});

	test('placed beside text on a narrow slide, it is an ordinary image where it is written', () => {
		const photo = new Map([['p.jpg', {width: 1000, height: 500}]]);
		const {pages} = layoutSlide(slide([heading(1, 'Split'), image('p.jpg', 'photo', {widthPercent: 50}, 'left'), paragraph('Words')]), 0, {width: 50, height: 40, imageSizes: photo, stage: false});
		expect(texts(pages[0]!.lines)[0]).toBe('Split');
		expect(cellsOf(pages[0]!.lines[2]!)[0]).toMatchObject({cols: 25, row: 0});
	});
});
