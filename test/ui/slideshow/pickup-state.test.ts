import {describe, expect, it} from 'vitest';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import type {RemoteCommand} from '../../../source/core/protocol/protocol.js';
import type {TalkCopy} from '../../../source/core/records/talk-record.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {InitialOptions, SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';
import {talkCopyOf} from '../../../source/core/show/talk-copy.js';
import {elapsedMs} from '../../../source/core/talk/timer.js';

// Five slides; slide 3 (index 2) has three steps.
const slugs = ['welcome', 'why-now', 'numbers', 'plan', 'questions'];
const context: SlideshowContext = {
	slideCount: 5,
	stepCount: slide => (slide === 2 ? 3 : 1),
	pageCount: () => 1,
	offerQuiz: false,
	search: () => [],
};

const minute = 60_000;
/** Ten minutes into the talk, on slide 3's second step, paced from slide 2. */
const killedAt = 1_000_000_000;
const copy: TalkCopy = talkCopyOf({slide: 2, step: 1, page: 0, atEnd: false, timer: {state: 'running', since: killedAt - (10 * minute), banked: 0}, slideStartedMs: 9 * minute, pacedFrom: 1}, slugs, killedAt);

const open = (now: number, kept?: {copy: TalkCopy; ended: boolean}, options: InitialOptions = {}): SlideshowState => initialState({
	...options,
	pickUp: {...(kept ? {offer: {...kept, slugs}} : {}), context, now},
});

const press = (state: SlideshowState, input: string, now: number, key: KeyFlags = {}): SlideshowState =>
	slideshowReducer(state, {type: 'keys', input, key, context, now});

const remote = (state: SlideshowState, command: RemoteCommand, now: number): SlideshowState =>
	slideshowReducer(state, {type: 'command', command, context, now});

const offered = (state: SlideshowState, talk: TalkCopy, now: number): SlideshowState =>
	slideshowReducer(state, {type: 'pick-up', offer: {copy: talk, ended: false, slugs}, context, now});

describe('picking up a talk that ended without a quit', () => {
	it('opens at its slide and step, its clock counting the time it was down, paced from the same slide', () => {
		const now = killedAt + (30 * 1000);
		const state = open(now, {copy, ended: false});
		expect(state.position).toEqual({slide: 2, step: 1, page: 0, atEnd: false});
		expect(elapsedMs(state.timer, now)).toBe((10 * minute) + 30_000);
		expect(state.pacedFrom).toBe(1);
		expect(state.slideStartedMs).toBe(9 * minute);
		expect(state.message).toBe('Picked up the talk at slide 3, 10:30 in: it ended without a quit · R start afresh');
	});

	it('says so when the timer was paused', () => {
		const paused = {...copy, timer: {state: 'paused', banked: 125_000} as const};
		expect(open(killedAt + minute, {copy: paused, ended: false}).message).toContain('at slide 3, 02:05 in, paused:');
	});

	it('opens on slide 1 after a clean quit, and then refuses a console\'s older copy of that talk', () => {
		const ended = {...copy, savedAt: killedAt + 5000};
		let state = open(killedAt + minute, {copy: ended, ended: true});
		expect(state.position.slide).toBe(0);
		expect(state.message).toBeUndefined();
		state = offered(state, copy, killedAt + minute);
		expect(state.position.slide).toBe(0);
		expect(state.timer.state).toBe('idle');
	});

	it('takes a console\'s copy when it is newer than the store\'s, and not when it is older', () => {
		const older = {...copy, slideNumber: 2, slide: 'why-now', step: 0, savedAt: killedAt - minute};
		let state = open(killedAt + 1000, {copy: older, ended: false});
		expect(state.position.slide).toBe(1);
		state = offered(state, copy, killedAt + 1000);
		expect(state.position).toMatchObject({slide: 2, step: 1});
		// The store's copy again, or any older: nothing changes.
		expect(offered(state, older, killedAt + 2000)).toBe(state);
	});

	it('takes a console\'s copy when the store keeps none', () => {
		const state = offered(open(killedAt + 1000), copy, killedAt + 1000);
		expect(state.position).toMatchObject({slide: 2, step: 1});
		expect(state.message).toContain('Picked up the talk at slide 3');
	});

	it('takes no copy once the show has been driven, by a key or from a console', () => {
		expect(offered(press(open(killedAt), 'l', killedAt), copy, killedAt).position.slide).toBe(1);
		expect(offered(remote(open(killedAt), 'next', killedAt), copy, killedAt).position.slide).toBe(1);
		// A slideshow made without a pick-up (a rehearsal, a screen test) takes none at all.
		expect(offered(initialState(), copy, killedAt).position.slide).toBe(0);
	});

	it('R from the console starts afresh too: it says the pick-up on a presented show', () => {
		const state = remote(open(killedAt + 1000, {copy, ended: false}), 'afresh', killedAt + 2000);
		expect(state.position.slide).toBe(0);
		expect(state.timer.state).toBe('idle');
		expect(state.message).toBe('Started afresh · r goes back to slide 3');
	});

	it('R starts afresh, and r goes back to where the talk was', () => {
		let state = open(killedAt + 1000, {copy, ended: false});
		state = press(state, 'R', killedAt + 2000);
		expect(state.position).toEqual({slide: 0, step: 0, page: 0, atEnd: false});
		expect(state.timer.state).toBe('idle');
		expect(state.pacedFrom).toBe(0);
		expect(state.message).toBe('Started afresh · r goes back to slide 3');
		state = press(state, 'r', killedAt + 3000);
		expect(state.position.slide).toBe(2);
		// Going back does not pick the old clock up.
		expect(state.timer.state).toBe('running');
		expect(elapsedMs(state.timer, killedAt + 4000)).toBe(1000);
	});

	it('R does nothing once the talk has moved on from the slide it was picked up at', () => {
		let state = open(killedAt + 1000, {copy, ended: false});
		// A step of the same slide: R still starts afresh.
		expect(press(press(state, 'l', killedAt + 2000), 'R', killedAt + 3000).position.slide).toBe(0);
		state = press(press(press(state, 'l', killedAt + 2000), 'l', killedAt + 3000), 'R', killedAt + 4000);
		expect(state.position.slide).toBe(3);
		expect(elapsedMs(state.timer, killedAt + 4000)).toBe((10 * minute) + 4000);
	});

	it('--slide wins over a pick-up, and says where the talk was', () => {
		const state = open(killedAt + 1000, {copy, ended: false}, {startSlide: 2});
		expect(state.position.slide).toBe(1);
		expect(state.timer.state).toBe('idle');
		expect(state.message).toBe('Opened at slide 2 as --slide asks; the talk that ended without a quit was at slide 3: r goes there');
		expect(press(state, 'r', killedAt + 2000).position.slide).toBe(2);
		expect(offered(state, {...copy, savedAt: killedAt + 500}, killedAt + 2000).position.slide).toBe(1);
	});

	it('a rehearsal picks nothing up', () => {
		const state = open(killedAt + 1000, {copy, ended: false}, {rehearse: {slideCount: 5, now: killedAt + 1000}});
		expect(state.position.slide).toBe(0);
		expect(state.message).toBeUndefined();
		expect(offered(state, copy, killedAt + 1000).position.slide).toBe(0);
	});
});

describe('r from a console', () => {
	it('goes to where the last session ended, as r does on the slideshow', () => {
		const state = remote(initialState({resumeSlide: 4}), 'resume', 1000);
		expect(state.position.slide).toBe(3);
		expect(state.resumeSlide).toBeUndefined();
	});
});
