import {describe, expect, it} from 'vitest';
import type {RemoteCommand} from '../../../source/core/protocol/protocol.js';
import {observe} from '../../../source/core/talk/rehearsal.js';
import {elapsedMs} from '../../../source/core/talk/timer.js';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';

// Four slides; slide 2 (index 1) has two steps. "aside" is only in slide 3's notes.
const context: SlideshowContext = {
	slideCount: 4,
	stepCount: slide => (slide === 1 ? 2 : 1),
	pageCount: () => 1,
	offerQuiz: false,
	search: query => (query === 'aside' ? [{slide: 2, step: 0, inNotes: true}] : []),
	notesRange: slide => (slide === 0 ? {auto: 3, max: 20} : {auto: 0, max: 0}),
	notesPage: 5,
};

const press = (state: SlideshowState, input: string, now: number, key: KeyFlags = {}): SlideshowState =>
	slideshowReducer(state, {type: 'keys', input, key, context, now});

const remote = (state: SlideshowState, command: RemoteCommand, now: number, count?: number): SlideshowState =>
	slideshowReducer(state, {type: 'command', command, count, context, now});

const start = initialState();

describe('the timer', () => {
	it('waits on the opening slide, and starts with the first key that leaves it', () => {
		let state = press(start, 's', 1000);
		expect(state.timer.state).toBe('idle');
		state = press(state, 'l', 5000);
		expect(state.timer).toEqual({state: 'running', since: 5000, banked: 0});
		expect(state.pacedFrom).toBe(1);
		expect(state.slideStartedMs).toBe(0);
		expect(elapsedMs(state.timer, 65_000)).toBe(60_000);
	});

	it('notes the timer\'s reading on each new slide, for pacing', () => {
		let state = press(start, 'l', 0);
		state = press(state, 'l', 30_000);
		// A step of the same slide is not a new slide.
		expect(state.position).toMatchObject({slide: 1, step: 1});
		expect(state.slideStartedMs).toBe(0);
		state = press(state, 'l', 45_000);
		expect(state.slideStartedMs).toBe(45_000);
	});

	it('pauses and resumes on t, and a paused timer stays paused across slides', () => {
		let state = press(start, 'l', 0);
		state = press(state, 't', 10_000);
		expect(state.timer).toEqual({state: 'paused', banked: 10_000});
		// Slide 2 has two steps: the second key is the new slide.
		state = press(press(state, 'l', 40_000), 'l', 50_000);
		expect(state.position.slide).toBe(2);
		expect(state.timer.state).toBe('paused');
		expect(state.slideStartedMs).toBe(10_000);
		state = press(state, 't', 60_000);
		expect(elapsedMs(state.timer, 70_000)).toBe(20_000);
	});

	it('starts at once on t, pacing from the slide shown', () => {
		const state = press(press(start, 'l', 0), 'T', 1);
		expect(state.timer.state).toBe('idle');
		const started = press(state, 't', 2000);
		expect(started).toMatchObject({timer: {state: 'running', since: 2000}, pacedFrom: 1, slideStartedMs: 0});
	});

	it('resets to waiting on T, and starts again with the next slide', () => {
		let state = press(press(start, 'l', 0), 'T', 9000);
		expect(state.timer.state).toBe('idle');
		expect(state.slideStartedMs).toBe(0);
		// A step is not a new slide.
		state = press(state, 'l', 10_000);
		expect(state.timer.state).toBe('idle');
		state = press(state, 'l', 12_000);
		expect(state.timer).toEqual({state: 'running', since: 12_000, banked: 0});
		expect(state.pacedFrom).toBe(2);
	});

	it('with a rehearsal, runs from the start', () => {
		const rehearsing = initialState({rehearse: {slideCount: 4, now: 100}});
		expect(rehearsing.timer).toEqual({state: 'running', since: 100, banked: 0});
		expect(rehearsing.pacedFrom).toBe(0);
	});
});

describe('commands from a presenter console', () => {
	it('move the show as the same keys would', () => {
		let state = remote(start, 'next', 0);
		expect(state.position.slide).toBe(1);
		expect(state.timer.state).toBe('running');
		state = remote(state, 'goto', 1000, 4);
		expect(state.position.slide).toBe(3);
		state = remote(state, 'first', 2000);
		expect(state.position.slide).toBe(0);
		state = remote(remote(state, 'next', 3000), 'reveal', 4000);
		expect(state.position).toMatchObject({slide: 1, step: 1});
		expect(remote(state, 'previous', 5000).position).toMatchObject({slide: 1, step: 0});
		expect(remote(state, 'last', 5000).position.slide).toBe(3);
	});

	it('pause and reset the timer', () => {
		const running = remote(start, 'next', 0);
		expect(remote(running, 'timer', 1000).timer).toEqual({state: 'paused', banked: 1000});
		expect(remote(running, 'timer-reset', 1000).timer.state).toBe('idle');
	});

	it('black the screen out and bring it back, the first command after blackout only bringing it back', () => {
		const black = remote(start, 'blackout', 0);
		expect(black.overlay).toBe('blackout');
		expect(remote(black, 'blackout', 1)).toMatchObject({overlay: 'none'});
		expect(remote(black, 'next', 1)).toMatchObject({overlay: 'none', position: {slide: 0}});
	});

	it('close an overlay or a half-typed key on the show first', () => {
		const help = press(start, '?', 0);
		expect(remote(help, 'next', 1)).toMatchObject({overlay: 'none', position: {slide: 1}});
		const typing = press(start, '/nee', 0);
		expect(remote(typing, 'next', 1)).toMatchObject({overlay: 'none', draft: '', position: {slide: 1}});
		const pending = press(start, 'g', 0);
		expect(remote(pending, 'next', 1)).toMatchObject({pending: [], position: {slide: 1}});
	});

	it('never move to a slide that does not exist', () => {
		const onTwo = remote(start, 'next', 0);
		expect(remote(onTwo, 'goto', 1, 99)).toMatchObject({position: {slide: 1}, answer: 'No slide 99: the deck has 4'});
	});

	it('do nothing once the show is quitting', () => {
		const quitting = press(start, 'q', 0);
		expect(remote(quitting, 'next', 1)).toBe(quitting);
	});

	it('are not key presses: the keys hint stays', () => {
		expect(remote(start, 'next', 0).pressed).toBe(false);
		expect(press(start, 'x', 0).pressed).toBe(true);
	});
});

describe('the resume hint', () => {
	const offered = initialState({resumeSlide: 3});

	it('shows on the opening slide until the show moves', () => {
		expect(offered.resumeHint).toBe(true);
		const moved = press(offered, 'l', 0);
		expect(moved.resumeHint).toBe(false);
		// r still works after the hint has gone.
		expect(press(moved, 'r', 1).position.slide).toBe(2);
	});

	it('goes after a while', () => {
		const hidden = slideshowReducer(offered, {type: 'hide-resume-hint'});
		expect(hidden).toMatchObject({resumeHint: false, resumeSlide: 3});
		expect(slideshowReducer(hidden, {type: 'hide-resume-hint'})).toBe(hidden);
	});

	it('is not offered without a place to resume', () => {
		expect(start.resumeHint).toBe(false);
	});
});

describe('notes beside the slide', () => {
	it('toggle on p, and scroll within what the notes can show', () => {
		const shown = press(start, 'p', 0);
		expect(shown.presenter).toBe(true);
		expect(press(shown, 'p', 0).presenter).toBe(false);
		let scrolled = press(shown, ']', 0);
		expect(scrolled.notesScroll).toBe(5);
		for (let index = 0; index < 10; index++) {
			scrolled = press(scrolled, ']', 0);
		}

		// auto 3 + scroll never goes past max 20.
		expect(scrolled.notesScroll).toBe(17);
		expect(press(press(shown, '[', 0), '[', 0).notesScroll).toBe(-3);
	});

	it('follow the current step: scrolling is forgotten on a new step or slide', () => {
		const scrolled = press(press(start, 'p', 0), ']', 0);
		expect(press(scrolled, 'l', 0).notesScroll).toBe(0);
	});

	it('open when a search finds its match in the notes', () => {
		const found = press(start, '/aside\r', 0);
		expect(found).toMatchObject({presenter: true, position: {slide: 2}, answer: 'Match 1 of 1: slide 3, in the notes'});
	});
});

describe('a rehearsal', () => {
	it('times each slide, but not blackout, help or a paused timer', () => {
		let state = initialState({rehearse: {slideCount: 4, now: 0}});
		state = press(state, 'l', 10_000);
		state = press(state, 'b', 15_000);
		state = press(state, 'x', 45_000);
		state = press(state, '?', 50_000);
		state = press(state, '?', 70_000);
		state = press(state, 't', 75_000);
		state = press(state, 't', 95_000);
		// Steps of a slide all count to that slide.
		state = press(state, 'l', 100_000);
		state = press(state, 'l', 110_000);
		const log = press(state, 'q', 111_000).rehearsal;
		expect(log && observe(log, undefined, 111_000).ms).toEqual([10_000, 5000 + 5000 + 5000 + 15_000, 1000, undefined]);
	});

	it('is not kept without --rehearse', () => {
		expect(press(start, 'l', 0).rehearsal).toBeUndefined();
	});
});
