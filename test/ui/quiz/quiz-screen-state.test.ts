import {describe, expect, it} from 'vitest';
import {start} from '../../../source/quiz/quiz-state.js';
import type {KeyFlags} from '../../../source/ui/keymap.js';
import {hintsFor, optionLabel, readQuizKey} from '../../../source/ui/quiz/quiz-keymap.js';
import {
	initialScreenState, type QuizScreenAction, quizScreenReducer, type QuizScreenState, scopeOf,
} from '../../../source/ui/quiz/quiz-screen-state.js';
import {deck} from './fixture.js';

const context = {pageCount: (slide: number) => (slide === 2 ? 2 : 1)};
const keys = (input: string, key: KeyFlags = {}, now = 10): QuizScreenAction => ({type: 'keys', input, key, now, context});
const enter = keys('\r', {return: true});
const run = (state: QuizScreenState, ...actions: QuizScreenAction[]): QuizScreenState => actions.reduce(quizScreenReducer, state);
const fresh = (): QuizScreenState => initialScreenState(start(deck.quiz.questions, {seed: 3, now: 0}));
/** The displayed position of an original option of the current question. */
const shown = (state: QuizScreenState, original: number): number => state.quiz.questions[state.quiz.index]!.order.indexOf(original);

describe('the quiz keymap', () => {
	it('names options by number and, for the first four, letter', () => {
		expect([0, 3, 4].map(position => optionLabel(position))).toEqual(['1 A', '4 D', '5']);
	});

	it('reads digits and letters as options, and leaves the select its own keys', () => {
		expect(readQuizKey('c', 'single')).toEqual({command: 'pick', option: 2});
		expect(readQuizKey('3', 'single')).toBeUndefined();
		expect(readQuizKey('3', 'multiple')).toEqual({command: 'pick', option: 2});
		expect(readQuizKey('B', 'multiple')).toEqual({command: 'pick', option: 1});
	});

	it('lets any key close a slide, but Ctrl+C still leaves', () => {
		expect(readQuizKey('x', 'slide')).toEqual({command: 'close'});
		expect(readQuizKey('down', 'slide')).toEqual({command: 'more'});
		expect(readQuizKey('ctrl+c', 'slide')).toEqual({command: 'interrupt'});
	});

	it('merges hints that do the same thing', () => {
		expect(hintsFor('single')).toContainEqual({keys: '1–9/A–D', description: 'answer at once'});
		expect(hintsFor('feedback', command => command !== 'view-slide').map(hint => hint.description)).toEqual(['go on', 'abandon']);
	});
});

describe('quizScreenReducer', () => {
	it('starts the clock when the person starts, not when the intro shows', () => {
		const state = run(fresh(), keys(' ', {}, 500));
		expect(scopeOf(state)).toBe('single');
		expect(state.quiz.startedAt).toBe(500);
	});

	it('counts keys typed faster than a render, one by one', () => {
		const onSecond = run(fresh(), enter, {type: 'select', option: shown(fresh(), 1), now: 20}, enter);
		expect(scopeOf(onSecond)).toBe('multiple');
		// Two ticks and a submit arriving as one chunk of input.
		const typed = String(shown(onSecond, 0) + 1) + String(shown(onSecond, 2) + 1);
		const answered = run(onSecond, keys(typed), enter);
		expect(scopeOf(answered)).toBe('feedback');
		expect(answered.quiz.answers.at(-1)).toMatchObject({questionId: 'primes', chosen: [0, 2], right: true});
	});

	it('ignores a select outside a single-choice question', () => {
		const state = fresh();
		expect(run(state, {type: 'select', option: 0, now: 1})).toBe(state);
	});

	it('pages through a tall slide with ↓, then any key returns', () => {
		const feedback = run(fresh(), enter, {type: 'select', option: 0, now: 20});
		const viewing = run(feedback, keys('v'));
		expect(viewing.viewing).toEqual({slide: 2, page: 0});
		const second = run(viewing, keys('', {downArrow: true}));
		expect(second.viewing).toEqual({slide: 2, page: 1});
		expect(run(second, keys('', {downArrow: true})).viewing).toBeUndefined();
		expect(run(viewing, keys('z')).viewing).toBeUndefined();
		expect(scopeOf(run(viewing, keys('z')))).toBe('feedback');
	});

	it('records only the first round, and keeps it through a retry', () => {
		let state = run(fresh(), enter, {type: 'select', option: shown(fresh(), 0), now: 20}, enter);
		state = run(state, keys(String(shown(state, 0) + 1)), enter, enter, keys(' '), keys('n'), enter);
		expect(state.screen).toBe('results');
		const recorded = state.recorded;
		expect(recorded).toMatchObject({round: 1, score: 0, total: 3});
		state = run(state, keys('r'));
		expect(state.quiz.round).toBe(2);
		expect(state.recorded).toBe(recorded);
	});
});
