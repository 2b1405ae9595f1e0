import {describe, expect, it} from 'vitest';
import {start} from '../../../source/core/quiz/quiz-state.js';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {type KeyHint, keyHints, readKey} from '../../../source/core/keys/keymap.js';
import {optionLabel, optionSlots, type QuizCommand, quizKeys, type QuizScope} from '../../../source/core/keys/quiz-keys.js';
import {initialScreenState, quizScreenReducer, scopeOf} from '../../../source/ui/quiz/quiz-screen-state.js';
import {type QuizScreenAction, type QuizScreenState} from '../../../source/ui/quiz/quiz-screen-types.js';
import {enterNotYet} from '../../../source/ui/quiz/highlight.js';
import {deck, single} from './fixture.js';

const context = {pageCount: (slide: number) => (slide === 2 ? 2 : 1)};
const keys = (input: string, key: KeyFlags = {}, now = 10): QuizScreenAction => ({type: 'keys', input, key, now, context});
const enter = keys('\r', {return: true});
/** Answers a single-choice question with the digit of a displayed position, as a person would. */
const pick = (position: number): QuizScreenAction => keys(String(position + 1), {}, 20);
const run = (state: QuizScreenState, ...actions: QuizScreenAction[]): QuizScreenState => actions.reduce(quizScreenReducer, state);
const fresh = (): QuizScreenState => initialScreenState(start(deck.quiz.questions, {seed: 3, now: 0}));
/** The command a key means in a scope, and the option it names. */
const quizKey = (token: string, scope: QuizScope): {command?: QuizCommand; option?: number} => {
	const {command, value} = readKey(quizKeys, scope, token, {slots: optionSlots()});
	return {command, option: value};
};
const quizHints = (scope: QuizScope, include?: (command: QuizCommand) => boolean, options?: number): KeyHint[] =>
	keyHints(quizKeys, scope, {include, slots: optionSlots(options)});
/** The displayed position of an original option of the current question. */
const shown = (state: QuizScreenState, original: number): number => state.quiz.questions[state.quiz.index]!.order.indexOf(original);

describe('the quiz keymap', () => {
	it('names every option by a letter, A to Z, and the first nine by a number too', () => {
		expect([0, 3, 4, 8, 9, 25, 26].map(position => optionLabel(position))).toEqual(['1 A', '4 D', '5 E', '9 I', '  J', '  Z', ' AA']);
	});

	it('reads digits and letters as options, up to Z', () => {
		expect(quizKey('c', 'single')).toEqual({command: 'pick', option: 2});
		expect(quizKey('3', 'single')).toEqual({command: 'pick', option: 2});
		expect(quizKey('3', 'multiple')).toEqual({command: 'pick', option: 2});
		expect(quizKey('B', 'multiple')).toEqual({command: 'pick', option: 1});
		expect(quizKey('e', 'single')).toEqual({command: 'pick', option: 4});
		expect(quizKey('z', 'multiple')).toEqual({command: 'pick', option: 25});
	});

	it('keeps j, k and q for their commands, and names options J, K and Q with Shift', () => {
		expect(quizKey('j', 'multiple')).toEqual({command: 'down'});
		expect(quizKey('J', 'multiple')).toEqual({command: 'pick', option: 9});
		expect(quizKey('k', 'single')).toEqual({command: 'up'});
		expect(quizKey('K', 'single')).toEqual({command: 'pick', option: 10});
		expect(quizKey('q', 'single')).toEqual({command: 'abandon'});
		expect(quizKey('Q', 'single')).toEqual({command: 'pick', option: 16});
	});

	it('sizes the option hints to the question, and says which letters need Shift', () => {
		expect(quizHints('single', undefined, 4)).toContainEqual({keys: '1–4/A–D', description: 'answer at once'});
		expect(quizHints('multiple', undefined, 6)).toContainEqual({keys: '1–6/A–F', description: 'tick or untick that option'});
		expect(quizHints('single', undefined, 12)).toContainEqual({keys: '1–9/A–L/Shift+J/K', description: 'answer at once'});
		expect(quizHints('single', undefined, 20)).toContainEqual({keys: '1–9/A–T/Shift+J/K/Q', description: 'answer at once'});
	});

	it('lets any key close a slide, but Ctrl+C still leaves', () => {
		expect(quizKey('x', 'slide')).toEqual({command: 'close'});
		expect(quizKey('down', 'slide')).toEqual({command: 'more'});
		expect(quizKey('ctrl+c', 'slide')).toEqual({command: 'interrupt'});
	});

	it('scrolls with ↑↓ and PgUp/PgDn where the arrows are free, and only with PgUp/PgDn where they move the highlight', () => {
		expect(quizKey('down', 'feedback')).toEqual({command: 'line-down'});
		expect(quizKey('up', 'results')).toEqual({command: 'line-up'});
		expect(quizKey('pagedown', 'results')).toEqual({command: 'page-down'});
		// Where PgDn also goes on, it pages first (see the reducer).
		expect(quizKey('pagedown', 'intro')).toEqual({command: 'page-on'});
		expect(quizKey('pagedown', 'feedback')).toEqual({command: 'page-on'});
		expect(quizKey('down', 'single')).toEqual({command: 'down'});
		expect(quizKey('j', 'single')).toEqual({command: 'down'});
		expect(quizKey('down', 'multiple')).toEqual({command: 'down'});
		expect(quizKey('pageup', 'multiple')).toEqual({command: 'page-up'});
		expect(quizHints('feedback')).toContainEqual({keys: '↓/↑/PgUp', description: 'scroll'});
		expect(quizHints('feedback')).toContainEqual({keys: 'Enter/→/PgDn', description: 'go on'});
	});

	it('merges hints that do the same thing', () => {
		expect(quizHints('single')).toContainEqual({keys: '1–9/A–Z', description: 'answer at once'});
		expect(quizHints('feedback', command => command !== 'view-slide' && command !== 'undo').map(hint => hint.description)).toEqual(['go on', 'abandon', 'scroll']);
	});
});

describe('quizScreenReducer', () => {
	it('starts the clock when the person starts, not when the intro shows', () => {
		const state = run(fresh(), keys(' ', {}, 500));
		expect(scopeOf(state)).toBe('single');
		expect(state.quiz.startedAt).toBe(500);
	});

	it('counts keys typed faster than a render, one by one', () => {
		const onSecond = run(fresh(), enter, pick(shown(fresh(), 1)), enter);
		expect(scopeOf(onSecond)).toBe('multiple');
		// Two ticks and a submit arriving as one chunk of input.
		const typed = String(shown(onSecond, 0) + 1) + String(shown(onSecond, 2) + 1);
		const answered = run(onSecond, keys(typed), enter);
		expect(scopeOf(answered)).toBe('feedback');
		expect(answered.quiz.answers.at(-1)).toMatchObject({questionId: 'primes', chosen: [0, 2], right: true});
	});

	it('moves the highlight of a single-choice question with ↑↓ and j/k, round the ends, and Enter chooses it', () => {
		const asking = run(fresh(), enter);
		const count = asking.quiz.questions[0]!.order.length;
		expect(run(asking, keys('', {downArrow: true}), keys('j'), keys('j'), keys('k')).cursor).toBe(2);
		expect(run(asking, keys('', {upArrow: true})).cursor).toBe(count - 1);
		const moved = run(asking, keys('jjk'));
		expect(moved.cursor).toBe(1);
		const answered = run(moved, enter);
		expect(scopeOf(answered)).toBe('feedback');
		expect(answered.quiz.answers.at(-1)?.chosen).toEqual([asking.quiz.questions[0]!.order[1]]);
		// One Enter answers; it does not also go on past the feedback.
		expect(answered.quiz.index).toBe(0);
	});

	describe('Enter pressed from habit', () => {
		const twoSingles = (): QuizScreenState => initialScreenState(start([single, {...single, id: 'capital-again'}], {seed: 3, now: 0}));

		it('leaves the feedback but never answers the next question', () => {
			const second = run(twoSingles(), enter, pick(0), enter, enter);
			expect(scopeOf(second)).toBe('single');
			expect(second.quiz.index).toBe(1);
			expect(second.quiz.answers).toHaveLength(1);
			expect(second.message).toBe(enterNotYet.single);
		});

		it('holds through key repeat: many Enters in one chunk answer nothing', () => {
			const second = run(twoSingles(), enter, pick(0), keys('\r\r\r\r'));
			expect(scopeOf(second)).toBe('single');
			expect(second.quiz.answers).toHaveLength(1);
		});

		it('answers once the highlight has moved on this question, even back to where it was', () => {
			const second = run(twoSingles(), enter, pick(0), enter);
			const moved = run(second, keys('', {downArrow: true}), keys('', {upArrow: true}));
			const answered = run(moved, enter);
			expect(scopeOf(answered)).toBe('feedback');
			expect(answered.quiz.answers.at(-1)).toMatchObject({questionId: 'capital-again', chosen: [second.quiz.questions[1]!.order[0]]});
		});

		it('does not carry a moved highlight over to the next question', () => {
			const first = run(twoSingles(), enter);
			const second = run(first, keys('', {downArrow: true}), enter, enter, enter);
			expect(second.quiz.index).toBe(1);
			expect(second.quiz.answers).toHaveLength(1);
		});

		it('on a choose-all question, asks for a tick instead of submitting nothing', () => {
			const onSecond = run(fresh(), enter, pick(0), enter, enter);
			expect(scopeOf(onSecond)).toBe('multiple');
			expect(onSecond.quiz.answers).toHaveLength(1);
			expect(onSecond.message).toBe(enterNotYet.multiple);
		});
	});

	it('pages through a tall slide with ↓, then any key returns', () => {
		const feedback = run(fresh(), enter, pick(0));
		const viewing = run(feedback, keys('v'));
		expect(viewing.viewing).toEqual({slide: 2, page: 0});
		const second = run(viewing, keys('', {downArrow: true}));
		expect(second.viewing).toEqual({slide: 2, page: 1});
		expect(run(second, keys('', {downArrow: true})).viewing).toBeUndefined();
		expect(run(viewing, keys('z')).viewing).toBeUndefined();
		expect(scopeOf(run(viewing, keys('z')))).toBe('feedback');
	});

	it('records only the first round, and keeps it through a retry', () => {
		let state = run(fresh(), enter, pick(shown(fresh(), 0)), enter);
		state = run(state, keys(String(shown(state, 0) + 1)), enter, enter, keys(' '), keys('n'), enter);
		expect(state.screen).toBe('results');
		const recorded = state.recorded;
		expect(recorded).toMatchObject({round: 1, score: 0, total: 3});
		state = run(state, keys('r'));
		expect(state.quiz.round).toBe(2);
		expect(state.recorded).toBe(recorded);
	});

	it('scrolls the body within the limits the layout gives, and a new screen starts at the top', () => {
		const scroll = {max: 10, page: 4, reveal: (offset: number, option: number) => (option === 3 ? 8 : offset)};
		const scrolling = {pageCount: () => 1, scroll};
		const key = (input: string, flags: KeyFlags = {}): QuizScreenAction => ({type: 'keys', input, key: flags, now: 30, context: scrolling});
		const feedback = run(fresh(), enter, pick(0));
		expect(run(feedback, key('', {downArrow: true})).scroll).toBe(1);
		expect(run(feedback, key('', {pageDown: true}), key('', {pageDown: true}), key('', {pageDown: true})).scroll).toBe(10);
		expect(run(feedback, key('', {pageDown: true}), key('', {upArrow: true})).scroll).toBe(3);
		expect(run(feedback, key('', {upArrow: true})).scroll).toBe(0);
		const scrolled = run(feedback, key('', {pageDown: true}));
		expect(run(scrolled, key('\r', {return: true})).scroll).toBe(0);
		// Closing the abandon prompt finds the body where it was.
		expect(run(scrolled, key('q'), key('n')).scroll).toBe(4);
		// PgDn, as a clicker sends it, pages a tall feedback to its end, then goes on.
		const paged = run(feedback, key('', {pageDown: true}), key('', {pageDown: true}), key('', {pageDown: true}));
		expect(paged.scroll).toBe(10);
		expect(scopeOf(paged)).toBe('feedback');
		expect(run(paged, key('', {pageDown: true})).quiz.index).toBe(1);
		// Without limits (the body fits) nothing scrolls.
		expect(run(feedback, keys('', {downArrow: true})).scroll).toBe(0);
		// The highlight of a choose-all question moving to an option out of view scrolls to it.
		const choosing = run(fresh(), enter, pick(0), enter);
		expect(scopeOf(choosing)).toBe('multiple');
		expect(run(choosing, key('', {upArrow: true})).scroll).toBe(8);
	});
});
