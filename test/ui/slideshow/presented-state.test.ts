/**
A presented show, as the slideshow's reducer keeps it: presented from the
first console on (or `--present`), for the rest of the run; its end belongs
to the room's quiz; a search that matches only in the notes moves the slide
and leaves the notes to the console.
*/
import {describe, expect, it} from 'vitest';
import type {RemoteCommand} from '../../../source/core/protocol/protocol.js';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {createCommandSource, showStateOf} from '../../../source/core/show/show-state.js';
import {endOfferOf} from '../../../source/core/show/slideshow-navigation.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';

// Three slides. "aside" is only in slide 2's notes; "harbour" is on slide 3 and in its notes.
const context: SlideshowContext = {
	slideCount: 3,
	stepCount: () => 1,
	pageCount: () => 1,
	offerQuiz: true,
	search(query) {
		switch (query) {
			case 'aside': {
				return [{slide: 1, step: 0, inNotes: true}];
			}

			case 'harbour': {
				return [{slide: 2, step: 0}, {slide: 2, step: 0, inNotes: true}];
			}

			default: {
				return [];
			}
		}
	},
};

const press = (state: SlideshowState, input: string, key: KeyFlags = {}, inContext = context): SlideshowState =>
	slideshowReducer(state, {type: 'keys', input, key, context: inContext, now: 0});

const remote = (state: SlideshowState, command: RemoteCommand): SlideshowState =>
	slideshowReducer(state, {type: 'command', command, context, now: 0});

const consoles = (state: SlideshowState, count: number): SlideshowState => slideshowReducer(state, {type: 'consoles', count});

const pageDown = (state: SlideshowState, inContext = context): SlideshowState => press(state, '', {pageDown: true}, inContext);

const search = (state: SlideshowState, query: string): SlideshowState => press(press(state, `/${query}`), '', {return: true});

const atEnd = (state: SlideshowState): SlideshowState => pageDown(pageDown(pageDown(state)));

describe('a presented show', () => {
	it('is not presented on its own, and is from the first console that attaches', () => {
		const start = initialState();
		expect(start.presented).toBe(false);
		expect(consoles(start, 0)).toBe(start);
		expect(consoles(start, 1).presented).toBe(true);
	});

	it('stays presented when its last console goes, so a console that crashes and comes back leaves nothing private on screen in between', () => {
		const presented = consoles(initialState(), 2);
		expect(consoles(consoles(presented, 0), 1).presented).toBe(true);
		expect(consoles(presented, 0).presented).toBe(true);
	});

	it('is presented from the start with --present', () => {
		expect(initialState({present: true}).presented).toBe(true);
	});

	it('closes the notes beside the slide when a console attaches', () => {
		const withNotes = press(initialState(), 'p');
		expect(withNotes.presenter).toBe(true);
		expect(consoles(withNotes, 1).presenter).toBe(false);
	});

	it('hears how many consoles there are from its command source, at once and on every change', () => {
		const source = createCommandSource();
		source.setConsoles(1);
		const heard: number[] = [];
		const stop = source.consoles!(count => heard.push(count));
		source.setConsoles(0);
		stop();
		source.setConsoles(3);
		expect(heard).toEqual([1, 0]);
	});
});

describe('the end screen\'s choice', () => {
	it('offers the room quiz when presented, the person\'s own quiz when not, and nothing without a quiz', () => {
		expect(endOfferOf({presented: true}, {offerQuiz: true})).toBe('room-quiz');
		expect(endOfferOf({presented: false}, {offerQuiz: true})).toBe('quiz');
		expect(endOfferOf({presented: true}, {offerQuiz: false})).toBe('none');
	});

	it('starts the room quiz with the clicker\'s next press on a presented show, never the personal quiz', () => {
		const end = atEnd(consoles(initialState(), 1));
		expect(end.position.atEnd).toBe(true);
		for (const key of [{pageDown: true}, {return: true}, {rightArrow: true}] as const) {
			expect(press(end, '', key).outcome).toBe('room');
		}

		expect(press(end, ' ').outcome).toBe('room');
		expect(pageDown(atEnd(initialState())).outcome).toBe('quiz');
	});

	it('ends nothing on a presented show whose quiz is not offered', () => {
		const noQuiz = {...context, offerQuiz: false};
		const end = pageDown(pageDown(pageDown(initialState({present: true}), noQuiz), noQuiz), noQuiz);
		expect(end.position.atEnd).toBe(true);
		expect(pageDown(end, noQuiz).outcome).toBeUndefined();
	});

	it('takes start-quiz from a console only on the end screen', () => {
		const presented = consoles(initialState(), 1);
		expect(remote(presented, 'start-quiz').outcome).toBeUndefined();
		expect(remote(atEnd(presented), 'start-quiz').outcome).toBe('room');
	});

	it('tells the console what the end screen offers', () => {
		const end = atEnd(consoles(initialState(), 1));
		expect(showStateOf(end, 1, endOfferOf(end, context)).endOffer).toBe('room-quiz');
	});
});

describe('a search on a presented show', () => {
	it('moves to a match found only in the notes without opening them, and tells the console the query', () => {
		const found = search(consoles(initialState(), 1), 'aside');
		expect(found.position.slide).toBe(1);
		expect(found.presenter).toBe(false);
		expect(showStateOf(found, 1).notesHit).toBe('aside');
	});

	it('still opens the notes when nobody presents from a console', () => {
		expect(search(initialState(), 'aside').presenter).toBe(true);
	});

	it('tells the console nothing when the slide itself has the match', () => {
		const found = search(consoles(initialState(), 1), 'harbour');
		expect(found.position.slide).toBe(2);
		expect(showStateOf(found, 1).notesHit).toBeUndefined();
	});

	it('stops telling the console once the show leaves the slide', () => {
		const found = search(consoles(initialState(), 1), 'aside');
		expect(showStateOf(pageDown(found), 1).notesHit).toBeUndefined();
	});
});
