/**
The quiz app on the full screen: one deck's quiz (`quiz`, and `play` after
the last slide) or a review of several decks, one after another (`review`).
*/
import type {ReactElement} from 'react';
import type {Deck, Question} from '../../core/deck/types.js';
import type {DeckSource} from '../../core/records/schedule-file.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {describeScreen, renderFullScreen, type Screen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {type Highlighter, highlighterFor} from '../../core/layout/index.js';
import {QuizApp, type QuizRunResult} from '../../ui/quiz/QuizApp.js';
import {ReviewSession} from '../../ui/quiz/ReviewSession.js';
import {quizAppProps, type RunQuizOptions} from './quiz-app-props.js';

/** Renders the app full-screen until the person leaves it, then restores the terminal; resolves with what the app reported. */
async function untilDone(app: (onDone: (result: QuizRunResult) => void) => ReactElement, screen: Screen): Promise<QuizRunResult> {
	let result: QuizRunResult = {finished: false};
	await renderFullScreen(app(done => {
		result = done;
	}), screen);
	return result;
}

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
	return untilDone(onDone => <QuizApp {...props} highlighter={highlighter} onDone={onDone}/>, screen);
}

type RunReviewOptions = ScreenOptions & {
	readonly store: ScoreStore;
	readonly now?: () => number;
};

type ReviewDeckInput = {
	readonly deck: Deck;
	readonly questions: readonly Question[];
	readonly source?: DeckSource;
};

/** Runs a review of one or more decks full-screen, then restores the terminal. */
export async function runReview(decks: readonly ReviewDeckInput[], options: RunReviewOptions): Promise<QuizRunResult> {
	const screen = describeScreen(options);
	const withQuiz = decks.flatMap(({deck, questions, source}) => (deck.quiz ? [{deck, quiz: deck.quiz, questions, source}] : []));
	// One highlighter serves every deck; the first deck with code loads it.
	let highlighter: Highlighter | undefined;
	for (const {deck, questions} of withQuiz) {
		highlighter ??= await highlighterFor(deck, questions);
	}

	const parts = withQuiz.map(({deck, quiz, questions, source}) => ({
		deck,
		questions,
		props: quizAppProps({...deck, quiz}, {...options, ...(source ? {deckSource: source} : {}), shuffle: false, json: false, hyperlinks: screen.hyperlinks}),
	}));
	return untilDone(onDone => <ReviewSession parts={parts} highlighter={highlighter} onDone={onDone}/>, screen);
}
