/**
Laid-out pages for the slides of a deck, each computed once per terminal
size. The navigation reducer asks for page counts and the view for pages;
neither should lay a slide out again on every key. Pages are kept for the
last few sizes too, so hiding and showing the footer, or a resize and back,
lays nothing out again.
*/
import type {Deck} from '../../core/deck/types.js';
import {type Highlighter, layoutSlide, type Page, type SlideLayout} from '../../core/layout/index.js';
import type {PixelSize} from '../../core/layout/types.js';

export type SlidePages = {
	/** Pages of a slide at a step; with `highlight`, search matches are marked. */
	readonly pagesFor: (slide: number, step: number, highlight?: string) => readonly Page[];
	readonly stepCount: (slide: number) => number;
	readonly pageCount: (slide: number, step: number) => number;
	/** The page of a step that shows what the step revealed: where a reveal lands. */
	readonly revealPage: (slide: number, step: number) => number;
	/** The first page of a slide at a step where the query is marked, if any. */
	readonly matchPage: (slide: number, step: number, query: string) => number | undefined;
};

export type LayoutOptions = {
	readonly highlighter?: Highlighter;
	/** Lay out link URLs after the link text: the terminal draws no hyperlinks. */
	readonly linkUrls?: boolean;
	/** Plain text for a screen reader: no block letters or box-drawing lines. */
	readonly plain?: boolean;
	/** Pixel sizes of the deck's images that can be drawn; the others are their alt text. */
	readonly imageSizes?: ReadonlyMap<string, PixelSize>;
	/** A terminal cell's size in pixels, where the terminal says. */
	readonly cellPixels?: PixelSize;
	/** How many sizes keep their pages: memory stays bounded however often the terminal is resized. */
	readonly sizes?: number;
};

export type SlidePagesOptions = Omit<LayoutOptions, 'sizes'> & {
	readonly width: number;
	readonly height: number;
};

export type SlideLayouts = {
	/** The deck's pages at one size; what was laid out at that size before is kept. */
	readonly atSize: (width: number, height: number) => SlidePages;
};

const emptyPage: Page = {lines: [], continued: false, more: false};
const emptyLayout: SlideLayout = {pages: [emptyPage], revealPage: 0};

export function createSlideLayouts(deck: Deck, options: LayoutOptions = {}): SlideLayouts {
	const sizes = options.sizes ?? 4;
	// By size, most recently used last; in each, layouts by slide, step and highlight.
	const bySize = new Map<string, Map<string, SlideLayout>>();
	const cacheFor = (width: number, height: number): Map<string, SlideLayout> => {
		const key = `${width}x${height}`;
		const cache = bySize.get(key) ?? new Map<string, SlideLayout>();
		bySize.delete(key);
		bySize.set(key, cache);
		for (const oldest of bySize.keys()) {
			if (bySize.size <= sizes) {
				break;
			}

			bySize.delete(oldest);
		}

		return cache;
	};

	const stepCount = (slide: number): number => Math.max(1, deck.slides[slide]?.steps.length ?? 1);
	return {
		atSize(width, height) {
			const cache = cacheFor(width, height);
			const layoutFor = (slide: number, step: number, highlight?: string): SlideLayout => {
				const source = deck.slides[slide];
				if (source === undefined) {
					return emptyLayout;
				}

				const key = `${slide}:${step}:${highlight ?? ''}`;
				let layout = cache.get(key);
				if (layout === undefined) {
					layout = layoutSlide(source, step, {
						width,
						height,
						highlight,
						highlighter: options.highlighter,
						deckTitle: deck.meta.title,
						titleMeta: deck.meta,
						linkUrls: options.linkUrls,
						plain: options.plain,
						imageSizes: options.imageSizes,
						cellPixels: options.cellPixels,
					});
					cache.set(key, layout.pages.length > 0 ? layout : emptyLayout);
				}

				return cache.get(key)!;
			};

			const pagesFor = (slide: number, step: number, highlight?: string): readonly Page[] => layoutFor(slide, step, highlight).pages;
			return {
				pagesFor,
				stepCount,
				// Marking matches only restyles text, so it never changes the page count.
				pageCount: (slide, step) => pagesFor(slide, step).length,
				revealPage: (slide, step) => layoutFor(slide, step).revealPage,
				matchPage(slide, step, query) {
					const pages = pagesFor(slide, step, query);
					const index = pages.findIndex(page =>
						page.lines.some(line => line.some(segment => segment.style.role === 'match')));
					return index === -1 ? undefined : index;
				},
			};
		},
	};
}

/** The deck's pages at one size, on their own. */
export function createSlidePages(deck: Deck, {width, height, ...options}: SlidePagesOptions): SlidePages {
	return createSlideLayouts(deck, {...options, sizes: 1}).atSize(width, height);
}
