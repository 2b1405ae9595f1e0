import {describe, expect, it} from 'vitest';
import {
	abandon, choose, currentAnswer, currentQuestion, isComplete, isFinished, knew, next, quizReducer, retryMissed, reveal,
	scoreSoFar, start, submit, toggle, type QuizAction, type QuizState,
} from '../../source/core/quiz/quiz-state.js';
import {summarize} from '../../source/core/quiz/results.js';
import type {PresentedQuestion} from '../../source/core/quiz/shuffle.js';
import {makeQuestion} from './make-question.js';

const single = makeQuestion('single', 'single', [1], 4, 3);
const multiple = makeQuestion('multiple', 'multiple', [0, 2], 4, 5);
const card = makeQuestion('card', 'card');
const questions = [single, multiple, card];

const run = (state: QuizState, ...actions: QuizAction[]): QuizState => actions.reduce(quizReducer, state);

/** The displayed position of an original option index. */
const shown = (presented: PresentedQuestion | undefined, original: number): number => {
	const position = presented?.order.indexOf(original) ?? -1;
	expect(position).toBeGreaterThanOrEqual(0);
	return position;
};

const current = (state: QuizState): PresentedQuestion => {
	const presented = currentQuestion(state);
	expect(presented).toBeDefined();
	return presented!;
};

describe('start', () => {
	it('asks questions in deck order with every option order a permutation', () => {
		const state = start(questions, {seed: 1, now: 0});
		expect(state.questions.map(({question}) => question.id)).toEqual(['single', 'multiple', 'card']);
		expect([...state.questions[0]!.order].sort()).toEqual([0, 1, 2, 3]);
		expect(state.phase).toBe('asking');
	});

	it('gives the same option order for the same seed', () => {
		const orders = (seed: number) => start(questions, {seed, now: 0}).questions.map(({order}) => order);
		expect(orders(77)).toEqual(orders(77));
		expect(new Set([1, 2, 3, 4, 5].map(seed => JSON.stringify(orders(seed)))).size).toBeGreaterThan(1);
	});

	it('puts questions missed before first', () => {
		const state = start(questions, {seed: 1, now: 0, history: new Map([['card', 2], ['multiple', 1]])});
		expect(state.questions.map(({question}) => question.id)).toEqual(['card', 'multiple', 'single']);
	});

	it('shuffles questions reproducibly when asked', () => {
		const ids = (seed: number) => start(questions, {seed, now: 0, shuffle: true}).questions.map(({question}) => question.id);
		expect(ids(4)).toEqual(ids(4));
		expect([...ids(4)].sort()).toEqual(['card', 'multiple', 'single']);
	});

	it('finishes an empty quiz at once', () => {
		expect(isFinished(start([], {seed: 1, now: 5}))).toBe(true);
	});
});

describe('a full quiz', () => {
	it('scores each kind, tracks time, and summarizes', () => {
		let state = start(questions, {seed: 9, now: 1000});

		// Single: a choice answers at once; the wrong one here.
		state = run(state, choose(shown(current(state), 0), 3000));
		expect(state.phase).toBe('answered');
		expect(currentAnswer(state)).toEqual({questionId: 'single', chosen: [0], right: false, ms: 2000});
		// Feedback is showing: more choices are ignored.
		expect(run(state, choose(shown(current(state), 1), 3100))).toBe(state);
		state = run(state, next(4000));

		// Multiple: toggles, then submit; toggling twice undoes.
		const multi = current(state);
		state = run(state, toggle(shown(multi, 0)), toggle(shown(multi, 3)), toggle(shown(multi, 3)), choose(shown(multi, 2), 4500));
		expect(state.phase).toBe('asking');
		state = run(state, submit(6000));
		expect(currentAnswer(state)).toEqual({questionId: 'multiple', chosen: [0, 2], right: true, ms: 2000});
		state = run(state, next(6500));

		// Card: knew is ignored until the answer is revealed.
		expect(run(state, knew(true, 7000))).toBe(state);
		state = run(state, reveal());
		expect(state.phase).toBe('revealed');
		state = run(state, knew(true, 9500));
		// The last answer completes the round and stops its clock; reading its feedback is not quiz time.
		expect(isComplete(state)).toBe(true);
		expect(isFinished(state)).toBe(false);
		expect(summarize(state)).toMatchObject({finished: true, score: 2, endedAt: 9500});
		state = run(state, next(10_000));

		expect(isFinished(state)).toBe(true);
		expect(currentQuestion(state)).toBeUndefined();
		expect(scoreSoFar(state)).toBe(2);
		const summary = summarize(state);
		expect(summary).toMatchObject({round: 1, finished: true, score: 2, total: 3, percentage: 67, startedAt: 1000, endedAt: 9500, ms: 8500});
		expect(summary.questions).toEqual([
			{questionId: 'single', prompt: 'Prompt single?', answered: true, right: false, ms: 2000, slide: 3},
			{questionId: 'multiple', prompt: 'Prompt multiple?', answered: true, right: true, ms: 2000, slide: 5},
			{questionId: 'card', prompt: 'Prompt card?', answered: true, right: true, ms: 3000},
		]);
		expect(run(state, next(11_000), abandon(11_000))).toBe(state);
	});

	it('counts a partial multiple selection as wrong', () => {
		let state = start([multiple], {seed: 2, now: 0});
		state = run(state, toggle(shown(current(state), 0)), submit(10), next(20));
		expect(summarize(state).score).toBe(0);
	});

	it('ignores submit with nothing selected and out-of-range choices', () => {
		const state = start([single, multiple], {seed: 2, now: 0});
		expect(run(state, submit(5))).toBe(state);
		expect(run(state, choose(4, 5), choose(-1, 5), toggle(1.5))).toBe(state);
	});

	it('lets a single choice be selected, changed, then submitted', () => {
		let state = start([single], {seed: 3, now: 0});
		const presented = current(state);
		state = run(state, toggle(shown(presented, 0)), toggle(shown(presented, 1)));
		expect(state.selected).toEqual([shown(presented, 1)]);
		state = run(state, submit(100));
		expect(currentAnswer(state)?.right).toBe(true);
	});
});

describe('abandon', () => {
	it('ends the session without finishing it', () => {
		let state = start(questions, {seed: 1, now: 0});
		state = run(state, choose(shown(current(state), 1), 100), next(200), abandon(300));
		expect(state.phase).toBe('abandoned');
		expect(isFinished(state)).toBe(false);
		expect(isComplete(state)).toBe(false);
		expect(run(state, next(400))).toBe(state);
		const summary = summarize(state);
		expect(summary).toMatchObject({finished: false, score: 1, total: 3, endedAt: 300});
		expect(summary.questions.map(result => result.answered)).toEqual([true, false, false]);
	});
});

describe('retryMissed', () => {
	const finishWith = (rightIds: ReadonlySet<string>): QuizState => {
		let state = start(questions, {seed: 21, now: 0});
		let now = 0;
		while (!isFinished(state)) {
			const presented = current(state);
			const {question} = presented;
			now += 100;
			if (question.kind === 'card') {
				state = run(state, reveal(), knew(rightIds.has(question.id), now));
			} else {
				const wanted = rightIds.has(question.id) ? question.correct : [3];
				state = run(state, ...wanted.map(index => toggle(shown(presented, index))), submit(now));
			}

			state = run(state, next(now));
		}

		return state;
	};

	it('starts a new round with only the missed questions, reshuffled', () => {
		const finished = finishWith(new Set(['multiple']));
		const retry = retryMissed(finished, 5000);
		expect(retry).toBeDefined();
		expect(retry!.round).toBe(2);
		expect(retry!.questions.map(({question}) => question.id)).toEqual(['single', 'card']);
		expect(retry!).toMatchObject({index: 0, phase: 'asking', answers: [], startedAt: 5000});
		expect(retryMissed(finished, 5000)).toEqual(retry);
	});

	it('has nothing to retry after a perfect round', () => {
		expect(retryMissed(finishWith(new Set(['single', 'multiple', 'card'])), 0)).toBeUndefined();
	});
});
