import {describe, expect, it} from 'vitest';
import type {Position} from '../../../source/core/show/navigation.js';
import {positionAfterReload} from '../../../source/core/show/reload-position.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';

const slides = (...slugs: string[]) => slugs.map(slug => ({slug}));
const at = (slide: number, step = 0, page = 0): Position => ({slide, step, page, atEnd: false});

describe('the position after a reload', () => {
	it('stays on the same slide, found by its slug, where slides came or went before it', () => {
		const before = slides('intro', 'plan', 'numbers', 'close');
		expect(positionAfterReload(before, slides('intro', 'new', 'plan', 'numbers', 'close'), at(2, 1, 2))).toEqual(at(3, 1, 2));
		expect(positionAfterReload(before, slides('plan', 'numbers', 'close'), at(2, 1))).toEqual(at(1, 1));
		expect(positionAfterReload(before, slides('numbers', 'intro', 'plan', 'close'), at(2))).toEqual(at(0));
	});

	it('falls back to its number when its slug is gone (its title changed, or it was removed)', () => {
		const before = slides('intro', 'plan', 'numbers', 'close');
		expect(positionAfterReload(before, slides('intro', 'plan', 'figures', 'close'), at(2, 1))).toEqual(at(2, 1));
		// Past the end now: the caller brings it inside the deck.
		expect(positionAfterReload(before, slides('intro', 'plan'), at(3))).toEqual(at(3));
	});

	it('tells slides with the same title apart by which of them it was', () => {
		const before = slides('intro', 'demo', 'demo', 'close');
		expect(positionAfterReload(before, slides('intro', 'new', 'demo', 'demo', 'close'), at(2))).toEqual(at(3));
		expect(positionAfterReload(before, slides('intro', 'demo', 'close'), at(2))).toEqual(at(2));
	});

	it('stays on the end screen', () => {
		const end: Position = {slide: 3, step: 0, page: 0, atEnd: true};
		expect(positionAfterReload(slides('a', 'b', 'c', 'd'), slides('a'), end)).toEqual(end);
	});
});

describe('the slideshow reducer on a reload', () => {
	const context = (slideCount: number, steps = 2): SlideshowContext => ({
		slideCount,
		stepCount: () => steps,
		pageCount: () => 1,
		offerQuiz: false,
		search: query => (query === 'plan' ? [{slide: slideCount - 1, step: 0}] : []),
	});

	it('moves to the position given, inside the new deck, and leaves the timer and pacing alone', () => {
		const running: SlideshowState = {...initialState(), position: at(3, 1), timer: {state: 'running', since: 5, banked: 100}, slideStartedMs: 40, pacedFrom: 1};
		const reloaded = slideshowReducer(running, {type: 'reload', position: at(5, 3), context: context(4)});
		expect(reloaded.position).toEqual(at(3, 1));
		expect(reloaded.timer).toBe(running.timer);
		expect({slideStartedMs: reloaded.slideStartedMs, pacedFrom: reloaded.pacedFrom}).toEqual({slideStartedMs: 40, pacedFrom: 1});
	});

	it('runs a search again on the new text, and keeps the overview inside the deck', () => {
		const searching: SlideshowState = {...initialState(), overviewIndex: 6, search: {query: 'plan', hits: [{slide: 0, step: 0}]}};
		const reloaded = slideshowReducer(searching, {type: 'reload', position: at(0), context: context(3)});
		expect(reloaded.search).toEqual({query: 'plan', hits: [{slide: 2, step: 0}]});
		expect(reloaded.overviewIndex).toBe(2);
	});
});
