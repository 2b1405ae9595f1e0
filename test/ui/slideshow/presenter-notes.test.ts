/**
The presenter's notes on the status line (a notice as the show opens, a talk
picked up, the resume hint, a search's matches): on the screen of a show
nobody presents from, on the console's bottom line once one has attached,
and, with `--present` and no console, only the answers to keys typed there.
*/
import {describe, expect, it} from 'vitest';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {initialState, slideshowReducer} from '../../../source/core/show/slideshow-state.js';
import type {InitialOptions, SlideshowContext, SlideshowState} from '../../../source/core/show/slideshow-types.js';
import {consoleNoteOf, statusOf} from '../../../source/ui/slideshow/slideshow-status.js';

const context: SlideshowContext = {
	slideCount: 4,
	stepCount: () => 1,
	pageCount: () => 1,
	offerQuiz: false,
	search: query => (query === 'two' ? [{slide: 1, step: 0}] : []),
};

const press = (state: SlideshowState, input: string, key: KeyFlags = {}): SlideshowState =>
	slideshowReducer(state, {type: 'keys', input, key, context, now: 0});

const notice = '--pace-from-rehearsal: no rehearsal of this deck yet; pacing against `duration`';

const open = (options: InitialOptions = {}): SlideshowState => initialState({message: notice, ...options});

const attached = (state: SlideshowState): SlideshowState => slideshowReducer(state, {type: 'consoles', count: 1});

describe('the status line of a show nobody presents from', () => {
	it('says the opening notice, the answers to keys and the resume hint, with their keys', () => {
		expect(statusOf(open(), undefined).text).toBe(notice);
		expect(statusOf(press(open(), '/two\r'), undefined).text).toBe('Match 1 of 1: slide 2');
		expect(statusOf(initialState({resumeSlide: 3}), undefined).text).toBe('Press r to resume at slide 3');
		expect(statusOf(press(open(), '/tw'), undefined).text).toBe('/tw▏  Enter search · Esc cancel');
		expect(statusOf(press(initialState(), '3'), undefined).text).toBe('Go to slide 3: Enter or G');
	});

	it('says a search that matched nothing matched nothing, with no n and N to walk it', () => {
		const failed = press(initialState(), '/xyzzy\r');
		expect(statusOf(failed, undefined).text).toBe('No match for “xyzzy”');
		const after = press(failed, 'x');
		expect(statusOf(after, undefined).text).toBe('/xyzzy: no match, / search again, Esc clear');
		expect(statusOf(press(press(initialState(), '/two\r'), 'x'), undefined).text).toBe('/two: n next, N previous, Esc clear');
	});

	it('waits with the opening notice while a console may still attach, then says it', () => {
		const held = open({holdMessage: true});
		expect(statusOf(held, undefined).text).toBe('');
		expect(consoleNoteOf(held, undefined)).toBe(notice);
		expect(statusOf(slideshowReducer(held, {type: 'release-message'}), undefined).text).toBe(notice);
	});
});

describe('a show a console has attached to', () => {
	it('keeps every note off the screen and gives it to the console', () => {
		const state = attached(open({holdMessage: true}));
		expect(state).toMatchObject({presented: true, consoled: true});
		const released = slideshowReducer(state, {type: 'release-message'});
		expect(statusOf(released, undefined).text).toBe('');
		expect(consoleNoteOf(released, undefined)).toBe(notice);
		const searched = press(released, '/two\r');
		expect(statusOf(searched, undefined).text).toBe('');
		expect(consoleNoteOf(searched, undefined)).toBe('Match 1 of 1: slide 2');
		expect(statusOf(attached(initialState({resumeSlide: 3})), undefined).text).toBe('');
		expect(consoleNoteOf(attached(initialState({resumeSlide: 3})), undefined)).toBe('Press r to resume at slide 3');
		expect(statusOf(attached(initialState()), 'talk.md:3:1 an unclosed fence').text).toBe('');
		expect(consoleNoteOf(attached(initialState()), 'talk.md:3:1 an unclosed fence')).toBe('talk.md:3:1 an unclosed fence');
	});

	it('echoes what is typed at its keyboard, without the keys that finish it', () => {
		const state = attached(initialState());
		expect(statusOf(press(state, '/tw'), undefined).text).toBe('/tw▏');
		expect(statusOf(press(state, '3'), undefined).text).toBe('Go to slide 3');
	});

	it('drops the note once the console moves the show on, as a key here does', () => {
		const state = attached(open());
		const moved = slideshowReducer(state, {type: 'command', command: 'next', context, now: 0});
		expect(moved.position.slide).toBe(1);
		expect(consoleNoteOf(moved, undefined)).toBeUndefined();
	});

	it('sanitizes the note it tells the console', () => {
		expect(consoleNoteOf(initialState({message: 'bad\u001B[2Jtext'}), undefined)).not.toContain('\u001B');
	});

	it('leaves the search shown to the screen\'s own keys', () => {
		const searched = press(press(attached(initialState()), '/two\r'), 'x');
		expect(searched.search?.query).toBe('two');
		expect(consoleNoteOf(searched, undefined)).toBeUndefined();
	});
});

describe('a show presented with --present and no console', () => {
	it('keeps the answers to keys typed here, but no flags and no key hints', () => {
		const state = open({present: true});
		expect(statusOf(state, undefined).text).toBe('');
		expect(statusOf(press(state, '/two\r'), undefined).text).toBe('Match 1 of 1: slide 2');
		expect(statusOf(press(state, '/zzz\r'), undefined).text).toBe('No match for “zzz”');
		expect(statusOf(press(state, '9\r'), undefined).text).toBe('No slide 9: the deck has 4');
		expect(statusOf(press(state, 'n'), undefined).text).toBe('');
		expect(statusOf(initialState({present: true, resumeSlide: 3}), undefined).text).toBe('');
	});

	it('gives even those answers to a console once one attaches', () => {
		const state = attached(press(open({present: true}), '/zzz\r'));
		expect(statusOf(state, undefined).text).toBe('');
		expect(consoleNoteOf(state, undefined)).toBe('No match for “zzz”');
	});
});
