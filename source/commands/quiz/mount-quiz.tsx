import type {Deck} from '../../core/deck/types.js';
import {describeScreen, renderFullScreen} from '../../ui/kit/full-screen.js';
import {highlighterFor} from '../../core/layout/index.js';
import {QuizApp, type QuizRunResult} from '../../ui/quiz/QuizApp.js';
import {quizAppProps, type RunQuizOptions} from '../shared/quiz-app-props.js';

export type {QuizRunResult} from '../../ui/quiz/QuizApp.js';

/**
Runs a deck's quiz full-screen until the person quits, then restores the
terminal. A finished round is saved to the store; when that fails the result
stays on screen with the reason, and comes back here for the caller to print.
*/
export async function runQuiz(deck: Deck, options: RunQuizOptions): Promise<QuizRunResult> {
	const {quiz} = deck;
	if (quiz === undefined || quiz.questions.length === 0) {
		return {finished: false};
	}

	const screen = describeScreen(options);
	const highlighter = await highlighterFor(deck, quiz.questions);
	const props = quizAppProps({...deck, quiz}, {...options, hyperlinks: screen.hyperlinks});

	let result: QuizRunResult = {finished: false};
	await renderFullScreen(
		<QuizApp
			{...props}
			highlighter={highlighter}
			onDone={done => {
				result = done;
			}}
		/>,
		screen,
	);
	return result;
}
