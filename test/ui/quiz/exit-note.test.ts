import {describe, expect, it} from 'vitest';
import {quizExitNote} from '../../../source/ui/quiz/exit-note.js';
import {makeAttempt} from '../../store/make-attempt.js';

describe('quizExitNote', () => {
	it('says how far an interrupted or abandoned quiz got, and that nothing was recorded', () => {
		expect(quizExitNote({finished: false, exit: 'interrupted', answered: 3, total: 14})).toBe('quiz interrupted after 3 of 14 questions; nothing recorded');
		expect(quizExitNote({finished: false, exit: 'abandoned', answered: 0, total: 1})).toBe('quiz abandoned after 0 of 1 question; nothing recorded');
	});

	it('says the attempt was saved when the last answer was in', () => {
		const attempt = makeAttempt({score: 11, total: 14});
		expect(quizExitNote({finished: true, exit: 'interrupted', answered: 14, total: 14, attempt})).toBe('quiz interrupted after the last answer; your attempt, 11/14 (79%), was saved');
	});

	it('says nothing on a plain quit, or where the failed save is reported instead', () => {
		expect(quizExitNote({finished: true, exit: 'quit'})).toBeUndefined();
		expect(quizExitNote({finished: false})).toBeUndefined();
		expect(quizExitNote({finished: true, exit: 'interrupted', attempt: makeAttempt(), saveError: 'disk full'})).toBeUndefined();
	});
});
