import type {Deck, Question, Quiz} from '../../core/deck/types.js';
import {randomSeed} from '../../core/quiz/shuffle.js';
import type {DeckSource} from '../../core/records/schedule-file.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import type {ScreenOptions} from '../../ui/kit/full-screen.js';
import type {QuizAppProps, QuizMode} from '../../ui/quiz/QuizApp.js';

export type RunQuizOptions = ScreenOptions & {
	/** `undefined` when the store could not be opened: the result is still shown, and offered as JSON. */
	readonly store: ScoreStore | undefined;
	/** Why the store could not be opened. */
	readonly storeError?: string;
	/** `--seed N`: the same option (and, with `shuffle`, question) order every time. */
	readonly seed?: number;
	/** Shuffle the questions instead of asking the most-missed first. */
	readonly shuffle: boolean;
	/** The caller will print the result as JSON; the results screen says so. */
	readonly json: boolean;
	/** `quiz` by default; `exam` (`--exam`); `review`, of `questions` only. */
	readonly mode?: QuizMode;
	readonly timeLimitMs?: number;
	/** The questions to ask, when not all of them. */
	readonly questions?: readonly Question[];
	/** Where the deck is, kept with its schedules so `review` can find it again. */
	readonly deckSource?: DeckSource;
	/** Said on the intro with the store's warnings: why the deck's history is kept under another id, say. */
	readonly notices?: readonly string[];
	/** The deck as the command line named it, for the commands the screens suggest. */
	readonly deckArgument?: string;
	readonly now?: () => number;
};

/**
Everything QuizApp needs that comes from outside it: the history read once
up front, the store's warnings as notices, and saving as a callback. Apart
from rendering, this is all `runQuiz` does, so tests build the app with it.
*/
export function quizAppProps(deck: Deck & {readonly quiz: Quiz}, options: RunQuizOptions & {readonly hyperlinks: boolean}): Omit<QuizAppProps, 'onDone' | 'highlighter'> {
	const {store, deckSource} = options;
	const history = store?.history(deck.meta.id);
	const schedules = store?.schedules(deck.meta.id);
	const notices = [
		...(options.notices ?? []),
		...(store === undefined ? [`Scores will not be saved: ${options.storeError ?? 'the score store could not be opened'}`] : []),
		...(store?.warnings ?? []).map(warning => warning.message),
		...(history?.warnings ?? []).map(warning => warning.message),
		...(schedules?.warnings ?? []).map(warning => warning.message),
	];
	return {
		deck,
		quiz: deck.quiz,
		...(options.mode ? {mode: options.mode} : {}),
		...(options.questions ? {questions: options.questions} : {}),
		...(options.timeLimitMs === undefined ? {} : {timeLimitMs: options.timeLimitMs}),
		history: history?.attempts ?? [],
		...(schedules?.book ? {book: schedules.book} : {}),
		notices,
		...(store === undefined ? {} : {
			record: (attempt: Parameters<ScoreStore['recordAttempt']>[0]) => store.recordAttempt(attempt),
			recordReviews: reviews => store.recordReviews(deck.meta.id, reviews, deckSource),
			restoreSchedule: (questionId, before) => store.restoreSchedule(deck.meta.id, questionId, before),
		}),
		...(options.storeError === undefined ? {} : {storeError: options.storeError}),
		seed: options.seed ?? randomSeed(),
		shuffle: options.shuffle,
		json: options.json,
		hyperlinks: options.hyperlinks,
		...(options.deckArgument === undefined ? {} : {deckArgument: options.deckArgument}),
		now: options.now ?? Date.now,
	};
}
