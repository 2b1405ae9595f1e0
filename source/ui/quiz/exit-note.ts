/** What the quiz says on the way out, once the terminal is back: what became of the attempt. */
import {percentage} from '../../core/quiz/scoring.js';
import {formatScore, plural} from '../../core/text/format.js';
import type {QuizRunResult} from './QuizApp.js';

/**
A line for standard error, or `undefined` when the screen already said it all
(quitting from the intro or the results). A failed save is reported apart,
with the attempt as JSON.
*/
export function quizExitNote(result: QuizRunResult): string | undefined {
	const {exit, answered = 0, total = 0, attempt} = result;
	if (exit === undefined || exit === 'quit' || result.saveError !== undefined) {
		return undefined;
	}

	const how = exit === 'interrupted' ? 'interrupted' : 'abandoned';
	if (!result.finished || attempt === undefined) {
		return `quiz ${how} after ${answered} of ${plural(total, 'question')}; nothing recorded`;
	}

	return `quiz ${how} after the last answer; your attempt, ${formatScore(attempt.score, attempt.total, percentage(attempt.score, attempt.total))}, was saved`;
}
