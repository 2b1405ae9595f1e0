/** What the quiz says on the way out, once the terminal is back: what was kept, and what was not. */
import {percentage} from '../../core/quiz/scoring.js';
import {formatScore, plural} from '../../core/text/format.js';
import type {QuizRunResult} from './QuizApp.js';
import {scheduleMoves} from './schedule-moves.js';

/**
A line for standard error, or `undefined` when the screen already said it all
(quitting from the intro or the results). A failed save is reported apart,
with the attempt as JSON. Each kind keeps different things: a quiz records
its attempt once complete but moves a question's schedule with each answer;
an exam records nothing, and moves no schedule, until it is submitted; a
review records nothing but the schedules.
*/
export function quizExitNote(result: QuizRunResult): string | undefined {
	const {exit, mode = 'quiz', answered = 0, total = 0, scheduled = 0, attempt} = result;
	if (exit === undefined || exit === 'quit' || exit === 'next-deck' || result.saveError !== undefined) {
		return undefined;
	}

	const how = exit === 'interrupted' ? 'interrupted' : 'abandoned';
	if (mode === 'review') {
		return `review ${how} after ${answered} of ${plural(total, 'question')}; ${scheduleMoves(scheduled)}, and a review records nothing else`;
	}

	if (!result.finished || attempt === undefined) {
		return mode === 'exam'
			? `exam ${how} with ${answered} of ${plural(total, 'question')} answered; nothing recorded and no review schedule moved, as an exam counts only once submitted`
			: `quiz ${how} after ${answered} of ${plural(total, 'question')}; no attempt recorded; ${scheduleMoves(scheduled)}`;
	}

	const score = formatScore(attempt.score, attempt.total, percentage(attempt.score, attempt.total));
	return `${mode === 'exam' ? `exam ${how} after it was submitted` : `quiz ${how} after the last answer`}; your attempt, ${score}, was saved, and ${scheduleMoves(scheduled)}`;
}
