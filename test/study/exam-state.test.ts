import {describe, expect, it} from 'vitest';
import {summarize} from '../../source/core/quiz/results.js';
import {
	exam, type ExamAction, examAnswers, examAsQuiz, type ExamState, isAnswered, remainingMs, startExam, unansweredCount,
} from '../../source/core/quiz/exam-state.js';
import {card, multiple, single} from '../ui/quiz/fixture.js';

const run = (state: ExamState, ...actions: ExamAction[]): ExamState => actions.reduce(exam, state);
const fresh = (timeLimitMs?: number): ExamState => startExam([single, multiple, card], {seed: 3, now: 0, ...(timeLimitMs === undefined ? {} : {timeLimitMs})});
/** The displayed position of an original option of question `index`. */
const shown = (state: ExamState, index: number, original: number): number => state.questions[index]!.order.indexOf(original);
const choose = (option: number, now = 10): ExamAction => ({type: 'choose', option, now});

describe('an exam', () => {
	it('takes an answer without feedback and moves on to the next unanswered question', () => {
		const state = run(fresh(), choose(shown(fresh(), 0, 0), 1000));
		expect(state.index).toBe(1);
		expect(state.view).toBe('question');
		expect(state.responses[0]).toEqual({kind: 'choice', selected: [shown(state, 0, 0)]});
		expect(state.spent[0]).toBe(1000);
	});

	it('ticks choose-all options until the person is done, and rates a card only after revealing it', () => {
		let state = run(fresh(), choose(0));
		state = run(state, choose(shown(state, 1, 0)), choose(shown(state, 1, 2)), choose(shown(state, 1, 3)), choose(shown(state, 1, 3)));
		expect(state.responses[1]).toEqual({kind: 'choice', selected: [shown(state, 1, 0), shown(state, 1, 2)].sort()});
		expect(state.index).toBe(1);
		state = run(state, {type: 'done', now: 20});
		expect(state.index).toBe(2);
		expect(run(state, {type: 'rate', grade: 'good', now: 30}).responses[2]).toBeUndefined();
		state = run(state, {type: 'reveal', now: 30}, {type: 'rate', grade: 'hard', now: 40});
		// Everything answered: the answer sheet opens on Submit.
		expect(state.view).toBe('sheet');
		expect(state.sheetRow).toBe(3);
		expect(unansweredCount(state)).toBe(0);
	});

	it('flags a question to come back to, from the question or the sheet', () => {
		let state = run(fresh(), {type: 'flag', now: 5});
		expect(state.flags).toEqual([true, false, false]);
		state = run(state, {type: 'sheet', now: 6}, {type: 'sheet-move', by: 1, now: 7}, {type: 'flag', now: 8});
		expect(state.flags).toEqual([true, true, false]);
		state = run(state, {type: 'flag', now: 9});
		expect(state.flags).toEqual([true, false, false]);
	});

	it('lets any answer be changed from the answer sheet', () => {
		let state = run(fresh(), choose(shown(fresh(), 0, 0)), {type: 'sheet', now: 20});
		expect(state.view).toBe('sheet');
		state = run(state, {type: 'sheet-move', by: -1, now: 21}, {type: 'sheet-open', now: 22});
		expect(state).toMatchObject({view: 'question', index: 0});
		state = run(state, choose(shown(state, 0, 1), 30));
		expect(state.responses[0]).toEqual({kind: 'choice', selected: [shown(state, 0, 1)]});
		expect(examAnswers(state)[0]).toMatchObject({questionId: 'capital', chosen: [1], right: true});
	});

	it('asks before submitting with questions unanswered, and counts them wrong', () => {
		let state = run(fresh(), choose(shown(fresh(), 0, 1)), {type: 'submit', now: 50});
		expect(state.view).toBe('confirm');
		expect(state.submitted).toBeUndefined();
		expect(run(state, {type: 'cancel', now: 51}).view).toBe('sheet');
		state = run(state, {type: 'confirm', now: 60});
		expect(state.submitted).toEqual({at: 60, reason: 'submitted'});
		expect(examAnswers(state).map(answer => [answer.questionId, answer.right])).toEqual([['capital', true], ['primes', false], ['boiling', false]]);
		// Nothing changes a submitted exam.
		expect(run(state, choose(0, 70), {type: 'flag', now: 71})).toBe(state);
	});

	it('steps through the questions with ← and →, past the last to the sheet', () => {
		const state = run(fresh(), {type: 'step', by: -1, now: 1}, {type: 'step', by: 1, now: 2}, {type: 'step', by: 1, now: 3});
		expect(state.index).toBe(2);
		expect(run(state, {type: 'step', by: 1, now: 4})).toMatchObject({view: 'sheet', sheetRow: 3});
	});
});

describe('a timed exam', () => {
	it('counts down by the clock it is given', () => {
		const state = run(fresh(600_000), {type: 'tick', now: 540_000});
		expect(remainingMs(state)).toBe(60_000);
		expect(remainingMs(fresh())).toBeUndefined();
	});

	it('submits itself when time runs out, as the answers stood, and ignores the key that came too late', () => {
		let state = run(fresh(600_000), choose(shown(fresh(), 0, 1), 100_000));
		state = run(state, choose(0, 600_001));
		expect(state.submitted).toEqual({at: 600_000, reason: 'time-up'});
		expect(state.responses[1]).toBeUndefined();
		expect(remainingMs(state)).toBe(0);
		expect(examAnswers(state).filter(answer => answer.right)).toHaveLength(1);
		expect(run(fresh(600_000), {type: 'tick', now: 600_000}).submitted?.reason).toBe('time-up');
	});
});

describe('examAsQuiz', () => {
	it('is a finished first round, so the results and the record are the quiz\'s own', () => {
		let state = run(fresh(), choose(shown(fresh(), 0, 1), 1000));
		state = run(state, choose(shown(state, 1, 0)), choose(shown(state, 1, 2)), {type: 'done', now: 3000}, {type: 'reveal', now: 3500}, {type: 'rate', grade: 'again', now: 4000});
		state = run(state, {type: 'submit', now: 5000});
		const summary = summarize(examAsQuiz(state));
		expect(summary).toMatchObject({round: 1, finished: true, score: 2, total: 3, startedAt: 0, endedAt: 5000});
		expect(summary.answers.at(-1)).toMatchObject({questionId: 'boiling', knew: false, rating: 'again', right: false});
		expect(isAnswered(state.responses[2])).toBe(true);
	});
});
