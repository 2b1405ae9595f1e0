import type {Deck, Question} from '../../core/deck/types.js';
import type {DeckSource} from '../../core/records/schedule-file.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {type Highlighter, highlighterFor} from '../../core/layout/index.js';
import type {QuizRunResult} from '../../ui/quiz/QuizApp.js';
import {quizAppProps} from '../shared/quiz-app-props.js';
import {ReviewSession} from '../../ui/quiz/ReviewSession.js';

export type RunReviewOptions = ScreenOptions & {
	readonly store: ScoreStore;
	readonly now?: () => number;
};

export type ReviewDeckInput = {
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
	let result: QuizRunResult = {finished: false};
	await renderFullScreen(
		<ReviewSession
			parts={parts}
			highlighter={highlighter}
			onDone={done => {
				result = done;
			}}
		/>,
		screen,
	);
	return result;
}
