import {describe, expect, it} from 'vitest';
import {createSlideLayouts, createSlidePages} from '../../../source/ui/kit/slide-pages.js';
import {fiveSlides} from '../helpers.js';

const deck = fiveSlides();

describe('createSlideLayouts', () => {
	it('lays a slide out once per size, however often that size is asked for', () => {
		const layouts = createSlideLayouts(deck);
		const first = layouts.atSize(60, 20).pagesFor(1, 0);
		expect(layouts.atSize(60, 20).pagesFor(1, 0)).toBe(first);
		expect(layouts.atSize(60, 20).pageCount(1, 0)).toBe(first.length);
	});

	it('keeps the pages of a size while other sizes are used, up to `sizes` of them', () => {
		const layouts = createSlideLayouts(deck, {sizes: 2});
		const wide = layouts.atSize(60, 20).pagesFor(0, 0);
		const footerHidden = layouts.atSize(60, 21).pagesFor(0, 0);
		expect(layouts.atSize(60, 20).pagesFor(0, 0)).toBe(wide);
		expect(layouts.atSize(60, 21).pagesFor(0, 0)).toBe(footerHidden);
		// A third size pushes out the one used longest ago (60×20), which is laid out afresh.
		layouts.atSize(40, 20).pagesFor(0, 0);
		const again = layouts.atSize(60, 20).pagesFor(0, 0);
		expect(again).not.toBe(wide);
		expect(again).toEqual(wide);
	});

	it('lays out each size at its own width', () => {
		const layouts = createSlideLayouts(deck);
		const widest = (width: number) => Math.max(...layouts.atSize(width, 20).pagesFor(3, 0)
			.flatMap(page => page.lines.map(line => line.reduce((sum, segment) => sum + segment.text.length, 0))));
		expect(widest(12)).toBeLessThanOrEqual(12);
		expect(widest(60)).toBeGreaterThan(12);
	});

	it('keeps search highlights apart from plain pages', () => {
		const pages = createSlidePages(deck, {width: 60, height: 20});
		expect(pages.pagesFor(3, 0, 'needle')).not.toBe(pages.pagesFor(3, 0));
		expect(pages.matchPage(3, 0, 'needle')).toBe(0);
		expect(pages.matchPage(0, 0, 'needle')).toBeUndefined();
	});
});
