/**
The quiz screen asking its questions: starting, choosing (by key or with the
highlight), ticking and submitting, revealing and rating a card, going on
after the feedback. Each answer goes through the `core/quiz` session
reducer; the first round is recorded the moment it is complete, and every
answer's review schedule waits to be saved.
*/
import {
	choose, currentQuestion, isComplete, knew, next, quizReducer, rate, reveal, submit,
	type QuizAction, type QuizState,
} from '../../core/quiz/quiz-state.js';
import {summarize} from '../../core/quiz/results.js';
import {gradeOf} from '../../core/study/scheduler.js';
import type {QuizCommand, QuizScope} from '../../core/keys/quiz-keys.js';
import {arm, enterNotYet, follow, isArmed, moveHighlight, noSuchOption} from './highlight.js';
import type {PendingReview, QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

type AskingCommand = Extract<QuizCommand,
	'start' | 'pick' | 'up' | 'down' | 'toggle' | 'choose' | 'submit' | 'reveal' | 'knew' | 'did-not-know' | 'rate-again' | 'rate-hard' | 'rate-good' | 'rate-easy' | 'next'
>;

const ratingOf = {'rate-again': 'again', 'rate-hard': 'hard', 'rate-good': 'good', 'rate-easy': 'easy'} as const;

const optionCount = (state: QuizScreenState): number => currentQuestion(state.quiz)?.order.length ?? 0;

/** A new answer of the round, to save its review schedule. */
function reviewOf(before: QuizState, after: QuizState, now: number): PendingReview[] {
	const answer = after.answers.length > before.answers.length && after.round === before.round ? after.answers.at(-1) : undefined;
	return answer ? [{questionId: answer.questionId, grade: gradeOf(answer), at: now}] : [];
}

/**
Runs one session action and moves to the results when the round is over. The
first round is recorded the moment its last question is answered, so a key
pressed on the last feedback (Ctrl+C included) cannot lose it. Only the first
round: see QuizApp for why retakes are practice. Every answer, in any round,
moves its question's review schedule on.
*/
function withQuiz(state: QuizScreenState, action: QuizAction, now: number): QuizScreenState {
	const quiz = quizReducer(state.quiz, action);
	if (quiz === state.quiz) {
		return state;
	}

	const recorded = state.recorded ?? (quiz.round === 1 && isComplete(quiz) ? summarize(quiz) : undefined);
	const kept = {...(recorded ? {recorded} : {}), pending: [...state.pending, ...reviewOf(state.quiz, quiz, now)]};
	if (quiz.phase !== 'finished') {
		return {...state, ...kept, quiz, cursor: quiz.index === state.quiz.index ? state.cursor : 0};
	}

	return {...state, ...kept, screen: 'results', quiz, finished: quiz, cursor: 0};
}

/** `option` is the option a digit or letter named (displayed position). */
export function askingCommand(state: QuizScreenState, scope: QuizScope, command: AskingCommand, option: number | undefined, now: number, context: QuizScreenContext): QuizScreenState {
	switch (command) {
		case 'start': {
			if (state.quiz.questions.length === 0) {
				return {...state, message: 'This quiz has no questions.'};
			}

			// The clock starts when the person does, not when the intro appeared.
			if (state.exam) {
				return {...state, screen: 'exam', exam: {...state.exam, startedAt: now, shownAt: now, now}};
			}

			return {...state, screen: 'asking', quiz: {...state.quiz, startedAt: now, questionStartedAt: now}};
		}

		case 'pick': {
			if (option === undefined) {
				return state;
			}

			if (option >= optionCount(state)) {
				return {...state, message: noSuchOption(optionCount(state))};
			}

			const moved = scope === 'multiple' ? follow({...state, cursor: option}, context.scroll) : state;
			return withQuiz(arm(moved), choose(option, now), now);
		}

		case 'up':
		case 'down': {
			return moveHighlight(state, command, optionCount(state), context.scroll);
		}

		case 'toggle': {
			return withQuiz(arm(state), choose(state.cursor, now), now);
		}

		case 'choose': {
			return isArmed(state) ? withQuiz(state, choose(state.cursor, now), now) : {...state, message: enterNotYet.single};
		}

		case 'submit': {
			return state.quiz.selected.length === 0 ? {...state, message: enterNotYet.multiple} : withQuiz(state, submit(now), now);
		}

		case 'reveal': {
			return withQuiz(state, reveal(), now);
		}

		case 'knew':
		case 'did-not-know': {
			return withQuiz(state, knew(command === 'knew', now), now);
		}

		case 'rate-again':
		case 'rate-hard':
		case 'rate-good':
		case 'rate-easy': {
			return withQuiz(state, rate(ratingOf[command], now), now);
		}

		case 'next': {
			return withQuiz(state, next(now), now);
		}
	}
}
