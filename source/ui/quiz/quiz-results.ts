/**
The quiz screen after a round: the results, re-asking the missed questions
(at once, or after their slides, one by one), going through a finished
exam's answers, and on to the next deck of a review.
*/
import {retryMissed, type QuizState} from '../../core/quiz/quiz-state.js';
import type {QuizCommand, QuizScope} from '../../core/keys/quiz-keys.js';
import type {QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

type ResultsCommand = Extract<QuizCommand, 'answers' | 'previous-answer' | 'back' | 'retry' | 'replay' | 'stop-review' | 'next-deck'>;

const missedSlides = (finished: QuizState): number[] => {
	const missed = new Set(finished.answers.filter(answer => !answer.right).map(answer => answer.questionId));
	const slides = finished.questions
		.filter(({question}) => missed.has(question.id))
		.map(({question}) => question.slide)
		.filter(slide => slide !== undefined);
	return [...new Set(slides)];
};

function retry(state: QuizScreenState, now: number, message?: string): QuizScreenState {
	const round = state.finished ? retryMissed(state.finished, now) : undefined;
	if (!round) {
		return {...state, screen: 'results', replay: undefined, message: 'Nothing to re-ask: every answer was right.'};
	}

	return {...state, screen: 'asking', quiz: round, cursor: 0, replay: undefined, ...(message ? {message} : {})};
}

/** Going on from an answer gone through, or from a missed question's slide: the last of them ends the walk. */
export function nextAfterResults(state: QuizScreenState, scope: Extract<QuizScope, 'answers' | 'replay'>, now: number): QuizScreenState {
	if (scope === 'answers') {
		const walk = (state.walk ?? 0) + 1;
		return walk < (state.finished?.questions.length ?? 0) ? {...state, walk} : {...state, screen: 'results', walk: undefined};
	}

	const replay = state.replay;
	if (replay && replay.index + 1 < replay.slides.length) {
		return {...state, replay: {...replay, index: replay.index + 1, page: 0}};
	}

	return retry(state, now);
}

export function resultsCommand(state: QuizScreenState, command: ResultsCommand, now: number, context: QuizScreenContext): QuizScreenState {
	switch (command) {
		case 'stop-review': {
			return {...state, screen: 'results', replay: undefined, message: 'Review stopped; nothing was re-asked.'};
		}

		case 'answers': {
			return state.finished ? {...state, screen: 'answers', walk: 0} : state;
		}

		case 'next-deck': {
			return context.nextDeck ? {...state, exit: 'next-deck'} : state;
		}

		case 'previous-answer': {
			return {...state, walk: Math.max(0, (state.walk ?? 0) - 1)};
		}

		case 'back': {
			return {...state, screen: 'results', walk: undefined};
		}

		case 'retry': {
			return retry(state, now);
		}

		case 'replay': {
			if (!state.finished || state.finished.answers.every(answer => answer.right)) {
				return {...state, message: 'Nothing to review: every answer was right.'};
			}

			const slides = missedSlides(state.finished);
			return slides.length === 0
				? retry(state, now, 'None of the missed questions links to a slide; asking them again.')
				: {...state, screen: 'replay', replay: {slides, index: 0, page: 0}};
		}
	}
}
