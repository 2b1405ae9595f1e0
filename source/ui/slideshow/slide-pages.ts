/**
Laid-out pages for the slides of a deck at one terminal size, each computed
once. The navigation reducer asks for page counts and the view for pages;
neither should lay a slide out again on every key.
*/
import type {Deck} from '../../deck/types.js';
import {type Highlighter, layoutSlide, type Page} from '../layout/index.js';

export type SlidePages = {
	/** Pages of a slide at a step; with `highlight`, search matches are marked. */
	readonly pagesFor: (slide: number, step: number, highlight?: string) => readonly Page[];
	readonly stepCount: (slide: number) => number;
	readonly pageCount: (slide: number, step: number) => number;
	/** The first page of a slide at a step where the query is marked, if any. */
	readonly matchPage: (slide: number, step: number, query: string) => number | undefined;
};

export type SlidePagesOptions = {
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
	/** Lay out link URLs after the link text: the terminal draws no hyperlinks. */
	readonly linkUrls?: boolean;
};

const emptyPage: Page = {lines: [], continued: false, more: false};

export function createSlidePages(deck: Deck, options: SlidePagesOptions): SlidePages {
	const cache = new Map<string, readonly Page[]>();
	const stepCount = (slide: number): number => Math.max(1, deck.slides[slide]?.steps.length ?? 1);
	const pagesFor = (slide: number, step: number, highlight?: string): readonly Page[] => {
		const source = deck.slides[slide];
		if (source === undefined) {
			return [emptyPage];
		}

		const key = `${slide}:${step}:${highlight ?? ''}`;
		let pages = cache.get(key);
		if (pages === undefined) {
			pages = layoutSlide(source, step, {
				width: options.width,
				height: options.height,
				highlight,
				highlighter: options.highlighter,
				deckTitle: deck.meta.title,
				linkUrls: options.linkUrls,
			}).pages;
			cache.set(key, pages.length > 0 ? pages : [emptyPage]);
		}

		return cache.get(key)!;
	};

	return {
		pagesFor,
		stepCount,
		// Marking matches only restyles text, so it never changes the page count.
		pageCount: (slide, step) => pagesFor(slide, step).length,
		matchPage(slide, step, query) {
			const pages = pagesFor(slide, step, query);
			const index = pages.findIndex(page =>
				page.lines.some(line => line.some(segment => segment.style.role === 'match')));
			return index === -1 ? undefined : index;
		},
	};
}
