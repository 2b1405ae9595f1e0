/**
Laid-out pages for the slides of a deck at one terminal size, each computed
once. The navigation reducer asks for page counts and the view for pages;
neither should lay a slide out again on every key.
*/
import type {Deck} from '../../deck/types.js';
import {type Highlighter, layoutSlide, type Page, type SlideLayout} from '../layout/index.js';

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

export type SlidePagesOptions = {
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
	/** Lay out link URLs after the link text: the terminal draws no hyperlinks. */
	readonly linkUrls?: boolean;
	/** Plain text for a screen reader: no block letters or box-drawing lines. */
	readonly plain?: boolean;
};

const emptyPage: Page = {lines: [], continued: false, more: false};
const emptyLayout: SlideLayout = {pages: [emptyPage], revealPage: 0};

export function createSlidePages(deck: Deck, options: SlidePagesOptions): SlidePages {
	const cache = new Map<string, SlideLayout>();
	const stepCount = (slide: number): number => Math.max(1, deck.slides[slide]?.steps.length ?? 1);
	const layoutFor = (slide: number, step: number, highlight?: string): SlideLayout => {
		const source = deck.slides[slide];
		if (source === undefined) {
			return emptyLayout;
		}

		const key = `${slide}:${step}:${highlight ?? ''}`;
		let layout = cache.get(key);
		if (layout === undefined) {
			layout = layoutSlide(source, step, {
				width: options.width,
				height: options.height,
				highlight,
				highlighter: options.highlighter,
				deckTitle: deck.meta.title,
				titleMeta: deck.meta,
				linkUrls: options.linkUrls,
				plain: options.plain,
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
}
