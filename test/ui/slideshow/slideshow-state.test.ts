import {describe, expect, it} from 'vitest';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';

// Four slides of one page; slide 2 (index 1) has two steps; "needle" on slides 2 (step 1) and 4.
const context: SlideshowContext = {
	slideCount: 4,
	stepCount: slide => (slide === 1 ? 2 : 1),
	pageCount: () => 1,
	offerQuiz: true,
	search: query => (query === 'needle' ? [{slide: 1, step: 1}, {slide: 3, step: 0}] : []),
};

const type = (state: SlideshowState, input: string, key: KeyFlags = {}, overrides: Partial<SlideshowContext> = {}): SlideshowState =>
	slideshowReducer(state, {type: 'keys', input, key, context: {...context, ...overrides}});

const typeAll = (state: SlideshowState, ...inputs: string[]): SlideshowState =>
	inputs.reduce((current, input) => type(current, input), state);

const start = initialState();

describe('slideshowReducer', () => {
	it('counts every key of a chunk', () => {
		expect(type(start, 'll').position).toMatchObject({slide: 1, step: 1});
		expect(type(start, 'lll').position).toMatchObject({slide: 2, step: 0});
	});

	it('counts two keys dispatched before a render', () => {
		expect(typeAll(start, 'j', 'j').position).toMatchObject({slide: 1, step: 1});
	});

	it('jumps with digits and Enter', () => {
		expect(type(start, '3\r').position.slide).toBe(2);
		expect(type(start, '4G').position.slide).toBe(3);
	});

	it('stays put on a slide number that does not exist, and says so', () => {
		const onTwo = type(start, 'll');
		for (const typed of ['9G', '77\r', '0\r']) {
			const far = type(onTwo, typed);
			expect(far.position).toEqual(onTwo.position);
			expect(far.answer).toMatch(/^No slide \d+: the deck has 4$/);
		}
	});

	it('keeps typed digits pending so the screen can show them', () => {
		expect(type(start, '1').pending).toEqual(['1']);
	});

	it('goes to the end screen and offers the quiz with Enter', () => {
		const end = type(start, 'G');
		const after = type(end, 'l');
		expect(after.position.atEnd).toBe(true);
		expect(type(after, '', {return: true}).outcome).toBe('quiz');
		expect(type(after, '', {return: true}, {offerQuiz: false}).outcome).toBeUndefined();
	});

	it('quits on q and Ctrl+C, and ignores keys after that', () => {
		expect(type(start, 'q').outcome).toBe('quit');
		expect(type(start, 'c', {ctrl: true}).outcome).toBe('quit');
		expect(type(type(start, 'q'), 'l').position.slide).toBe(0);
	});

	it('toggles overlays and closes them with Esc', () => {
		const help = type(start, '?');
		expect(help.overlay).toBe('help');
		expect(type(help, '?').overlay).toBe('none');
		expect(type(help, '', {escape: true}).overlay).toBe('none');
		// Navigation keys page the help instead of moving the slides.
		expect(type(help, 'l').position.slide).toBe(0);
		expect(type(start, 'o').overlay).toBe('overview');
	});

	it('pages through the help when it needs more than one page', () => {
		const help = type(start, '?', {}, {helpPageCount: 2});
		const second = type(help, 'j', {}, {helpPageCount: 2});
		expect(second.helpPage).toBe(1);
		expect(type(second, 'j', {}, {helpPageCount: 2}).helpPage).toBe(1);
		expect(type(second, 'k', {}, {helpPageCount: 2}).helpPage).toBe(0);
		// Opening the help again starts at its first page.
		expect(type(type(second, '?'), '?').helpPage).toBe(0);
	});

	it('returns from blackout on any key, without acting on it', () => {
		const black = type(start, 'b');
		expect(black.overlay).toBe('blackout');
		const back = type(black, 'l');
		expect(back.overlay).toBe('none');
		expect(back.position.slide).toBe(0);
		expect(type(start, '.').overlay).toBe('blackout');
	});

	it('hides and shows the footer', () => {
		expect(type(start, 'f').footer).toBe(false);
		expect(type(type(start, 'f'), 'f').footer).toBe(true);
	});

	it('reveals all steps', () => {
		expect(type(type(start, 'j'), 's').position).toMatchObject({slide: 1, step: 1});
	});

	it('types a search query, runs it, and goes to the step that shows the first match', () => {
		let state = type(start, '/');
		expect(state.overlay).toBe('search');
		state = type(state, 'needlx');
		state = type(state, '', {delete: true});
		state = type(state, 'e');
		expect(state.draft).toBe('needle');
		state = type(state, '', {return: true});
		expect(state.overlay).toBe('none');
		expect(state.search?.query).toBe('needle');
		expect(state.position).toMatchObject({slide: 1, step: 1});
		expect(state.answer).toBe('Match 1 of 2: slide 2');
	});

	it('walks through matches with n and N, wrapping round', () => {
		let state = type(start, '/needle\r');
		state = type(state, 'n');
		expect(state.position.slide).toBe(3);
		state = type(state, 'n');
		expect(state.position.slide).toBe(1);
		state = type(state, 'N');
		expect(state.position.slide).toBe(3);
		expect(state.answer).toBe('Match 2 of 2: slide 4');
	});

	it('reads letters at the search prompt as text, not commands', () => {
		const state = type(start, '/q');
		expect(state.outcome).toBeUndefined();
		expect(state.draft).toBe('q');
	});

	it('cancels a search with Esc and says when nothing matches', () => {
		expect(type(type(start, '/abc'), '', {escape: true})).toMatchObject({overlay: 'none', draft: ''});
		const none = type(start, '/zzz\r');
		expect(none.answer).toBe('No match for “zzz”');
		expect(type(start, 'n').message).toMatch(/press \//);
	});

	it('clears the search highlight with Esc on a slide', () => {
		const searched = type(start, '/needle\r');
		expect(type(searched, '', {escape: true}).search).toBeUndefined();
	});

	it('offers to resume and goes there on r', () => {
		const state = initialState({resumeSlide: 3});
		expect(state.resumeSlide).toBe(3);
		const resumed = type(state, 'r');
		expect(resumed.position.slide).toBe(2);
		expect(resumed.resumeSlide).toBeUndefined();
		expect(initialState({resumeSlide: 1}).resumeSlide).toBeUndefined();
		expect(initialState({startSlide: 2, resumeSlide: 4}).position.slide).toBe(1);
	});

	it('offers to resume once the last position is known, unless the show has moved or is there already', () => {
		const known = slideshowReducer(start, {type: 'resume-known', resumeSlide: 3});
		expect(known).toMatchObject({resumeSlide: 3, resumeHint: true});
		expect(type(known, 'r').position.slide).toBe(2);
		expect(slideshowReducer(type(start, 'l'), {type: 'resume-known', resumeSlide: 3}).resumeSlide).toBeUndefined();
		expect(slideshowReducer(start, {type: 'resume-known', resumeSlide: 1})).toBe(start);
		const onTwo = initialState({startSlide: 2});
		expect(slideshowReducer(onTwo, {type: 'resume-known', resumeSlide: 2})).toBe(onTwo);
	});

	it('opens the overview on the current slide, moves the highlight and goes to it on Enter', () => {
		const open = type(type(start, 'l'), 'o');
		expect(open).toMatchObject({overlay: 'overview', overviewIndex: 1});
		let moved = type(open, '', {downArrow: true});
		moved = type(moved, 'j');
		expect(moved.overviewIndex).toBe(3);
		// The highlight stops at either end.
		expect(type(moved, 'j').overviewIndex).toBe(3);
		expect(type(type(moved, 'g'), 'g').overviewIndex).toBe(0);
		expect(type(moved, 'k').overviewIndex).toBe(2);
		expect(type(moved, '', {return: true})).toMatchObject({overlay: 'none', position: {slide: 3}});
	});

	it('reads digits in the overview as slide numbers', () => {
		const open = type(start, 'o');
		const typed = type(open, '4');
		expect(typed).toMatchObject({overlay: 'overview', pending: ['4']});
		expect(type(typed, '', {return: true})).toMatchObject({overlay: 'none', position: {slide: 3}});
		// Slide 12 does not exist: the overview stays open and says so.
		const twelve = type(type(open, '12'), '', {return: true});
		expect(twelve).toMatchObject({overlay: 'overview', position: {slide: 0}, answer: 'No slide 12: the deck has 4'});
	});

	it('keeps the same state for a key that does nothing', () => {
		const help = type(start, '?');
		expect(type(help, 'x')).toBe(help);
		expect(type(help, 'j')).toBe(help);
	});
});
