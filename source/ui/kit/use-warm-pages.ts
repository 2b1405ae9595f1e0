import {useEffect} from 'react';
import {navigate, type NavigationContext, type Position} from '../../core/show/navigation.js';
import type {SlidePages} from './slide-pages.js';
import {warmDisplayWidth} from '../../core/layout/index.js';

/**
Lays out the pages one key away (next and previous) once the frame is drawn,
so the key that goes there finds them ready. A slide's first layout, and the
first code in a language, cost more than drawing it; paid here, they fall
while the audience reads rather than between a key and its frame. A key that
comes first cancels the work, and its own position starts it again. The
measures of wide text (CJK, emoji) are made ready here too, the first time.
*/
export function useWarmPages(pages: SlidePages, position: Position, context: NavigationContext, highlight?: string): void {
	useEffect(() => {
		const timer = setTimeout(() => {
			warmDisplayWidth();
			for (const type of ['next', 'previous'] as const) {
				const {slide, step, atEnd} = navigate(position, {type}, context);
				if (!atEnd) {
					pages.pagesFor(slide, step, highlight);
				}
			}
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [pages, position, context, highlight]);
}
