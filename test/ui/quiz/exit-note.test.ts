import {describe, expect, it} from 'vitest';
import {quizExitNote} from '../../../source/ui/quiz/exit-note.js';
import {initialScreenState, quizScreenReducer} from '../../../source/ui/quiz/quiz-screen-state.js';
import {start} from '../../../source/core/quiz/quiz-state.js';
import {emptyBook} from '../../../source/core/records/schedule-file.js';
import {makeAttempt} from '../../store/make-attempt.js';
import {deck} from './fixture.js';

describe('quizExitNote', () => {
	it('says how far an interrupted or abandoned quiz got: no attempt recorded, and how many answers moved their schedules', () => {
		expect(quizExitNote({finished: false, exit: 'interrupted', answered: 3, total: 14, scheduled: 3})).toBe('quiz interrupted after 3 of 14 questions; no attempt recorded; 3 answers moved their review schedules');
		expect(quizExitNote({finished: false, exit: 'interrupted', answered: 1, total: 18, scheduled: 1})).toBe('quiz interrupted after 1 of 18 questions; no attempt recorded; 1 answer moved its review schedule');
		expect(quizExitNote({finished: false, exit: 'abandoned', answered: 0, total: 1, scheduled: 0})).toBe('quiz abandoned after 0 of 1 question; no attempt recorded; no review schedule moved');
	});

	it('says the attempt was saved when the last answer was in, and the schedules it moved', () => {
		const attempt = makeAttempt({score: 11, total: 14});
		expect(quizExitNote({finished: true, exit: 'interrupted', answered: 14, total: 14, scheduled: 14, attempt})).toBe('quiz interrupted after the last answer; your attempt, 11/14 (79%), was saved, and 14 answers moved their review schedules');
	});

	it('in an exam, says nothing was kept before it was submitted, with the answers it had', () => {
		expect(quizExitNote({finished: false, exit: 'abandoned', mode: 'exam', answered: 2, total: 5, scheduled: 0})).toBe('exam abandoned with 2 of 5 questions answered; nothing recorded and no review schedule moved, as an exam counts only once submitted');
	});

	it('in a review, says the schedules moved and nothing else is recorded', () => {
		expect(quizExitNote({finished: false, exit: 'interrupted', mode: 'review', answered: 2, total: 3, scheduled: 2})).toBe('review interrupted after 2 of 3 questions; 2 answers moved their review schedules, and a review records nothing else');
	});

	it('says nothing on a plain quit, or where the failed save is reported instead', () => {
		expect(quizExitNote({finished: true, exit: 'quit'})).toBeUndefined();
		expect(quizExitNote({finished: false})).toBeUndefined();
		expect(quizExitNote({finished: true, exit: 'interrupted', attempt: makeAttempt(), saveError: 'disk full'})).toBeUndefined();
	});
});

describe('the answers counted as moving their schedules', () => {
	const context = {pageCount: () => 1};
	const key = (input: string) => ({type: 'keys', input, key: {}, now: 1000, context} as const);

	it('are those the store saved, not those answered', () => {
		let state = initialScreenState(start(deck.quiz.questions, {seed: 7, shuffle: false, now: 0}));
		state = quizScreenReducer(state, key('\r'));
		state = quizScreenReducer(state, key('1'));
		expect(state.quiz.answers).toHaveLength(1);
		expect(state.pending).toHaveLength(1);
		expect(state.scheduled).toBe(0);
		// No store: nothing was written, and the note must not say otherwise.
		const unsaved = quizScreenReducer(state, {type: 'reviews-saved', count: 1, note: 'Review schedules are not kept without a score store.'});
		expect(unsaved).toMatchObject({pending: [], scheduled: 0});
		const saved = quizScreenReducer(state, {type: 'reviews-saved', count: 1, book: emptyBook('facts')});
		expect(saved).toMatchObject({pending: [], scheduled: 1});
	});

	it('leave out an answer undone in a review once its entry is put back', () => {
		let state = initialScreenState(start(deck.quiz.questions, {seed: 7, shuffle: false, now: 0}), {undoable: true});
		state = quizScreenReducer(state, key('\r'));
		state = quizScreenReducer(state, key('1'));
		state = quizScreenReducer(state, {type: 'reviews-saved', count: 1, book: emptyBook('facts'), before: [undefined]});
		expect(state.scheduled).toBe(1);
		state = quizScreenReducer(state, key('u'));
		// The restore waits to be written; until it is, the move still stands.
		expect(state.pending).toHaveLength(1);
		expect(state.scheduled).toBe(1);
		state = quizScreenReducer(state, {type: 'reviews-saved', count: 1, book: emptyBook('facts')});
		expect(state).toMatchObject({pending: [], scheduled: 0});
	});
});
