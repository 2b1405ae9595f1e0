/**
What the quiz screen shows over its screens, and how far they scroll: a
slide opened over a question or an answer (paged with ↓), the prompt before
abandoning, and the scroll of a body taller than the terminal, which starts
at the top on each new body.
*/
import {abandon, currentQuestion, quizReducer} from '../../core/quiz/quiz-state.js';
import type {QuizCommand, QuizScope} from '../../core/keys/quiz-keys.js';
import {type ScrollCommand, type ScrollContext, scrolled} from '../kit/screen/fit-screen.js';
import type {QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

type OverlayCommand = Extract<QuizCommand, 'view-slide' | 'close' | 'abandon' | 'yes' | 'no' | ScrollCommand>;

/**
Which screen body shows: a new one starts scrolled to the top. The abandon
prompt and a slide shown over the quiz are not part of it, so closing them
finds the question as it was.
*/
export const bodyIdentity = (state: QuizScreenState): string =>
	[state.screen, state.quiz.round, state.quiz.index, state.quiz.phase, state.replay?.index ?? '', state.exam?.view ?? '', state.exam?.index ?? '', state.walk ?? ''].join(':');

export function scrollBy(state: QuizScreenState, command: ScrollCommand, scroll: ScrollContext | undefined): QuizScreenState {
	const next = scroll === undefined ? state.scroll : scrolled(state.scroll, command, scroll);
	return next === state.scroll ? state : {...state, scroll: next};
}

/**
The next page of the slide shown (over the quiz, or a missed question's
slide before it is re-asked); `undefined` past its last page, where ↓ is
just another key.
*/
export function moreOfSlide(state: QuizScreenState, scope: QuizScope, context: QuizScreenContext): QuizScreenState | undefined {
	const shown = scope === 'slide' ? state.viewing : state.replay;
	const slide = scope === 'slide' ? state.viewing?.slide : state.replay?.slides[state.replay.index];
	if (shown === undefined || slide === undefined) {
		return state;
	}

	if (shown.page + 1 < context.pageCount(slide)) {
		return scope === 'slide'
			? {...state, viewing: {slide, page: shown.page + 1}}
			: {...state, replay: {...state.replay!, page: shown.page + 1}};
	}

	return undefined;
}

export function overlayCommand(state: QuizScreenState, scope: QuizScope, command: OverlayCommand, now: number, context: QuizScreenContext): QuizScreenState {
	switch (command) {
		case 'line-down':
		case 'line-up':
		case 'page-down':
		case 'page-up': {
			return scrollBy(state, command, context.scroll);
		}

		case 'view-slide': {
			const slide = scope === 'answers' ? state.finished?.questions[state.walk ?? 0]?.question.slide : currentQuestion(state.quiz)?.question.slide;
			return slide === undefined ? state : {...state, viewing: {slide, page: 0}};
		}

		case 'close': {
			return {...state, viewing: undefined};
		}

		case 'abandon': {
			// The last answer is in and the attempt recorded: nothing to lose, so no question.
			return state.quiz.round === 1 && state.recorded ? {...state, exit: 'quit'} : {...state, confirming: true};
		}

		case 'no': {
			return {...state, confirming: false};
		}

		case 'yes': {
			if (state.screen === 'exam' || state.quiz.round === 1) {
				return {...state, confirming: false, quiz: quizReducer(state.quiz, abandon(now)), exit: 'abandoned'};
			}

			// A practice round given up: back to the results it started from.
			return {...state, confirming: false, viewing: undefined, screen: 'results', quiz: state.finished ?? state.quiz, message: 'Practice round abandoned.'};
		}
	}
}
