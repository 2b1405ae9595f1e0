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
import type {PendingReview, QuizScreenAction, QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

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
	const reviews = reviewOf(state.quiz, quiz, now);
	const review = reviews[0];
	// A review remembers its last answer, and the session before it, for `u`.
	const undo = state.undoable && review ? {undo: {quiz: state.quiz, ...(state.recorded ? {recorded: state.recorded} : {}), review}} : {};
	const kept = {...(recorded ? {recorded} : {}), pending: [...state.pending, ...reviews], ...undo};
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

/** The last answer can be undone: a review's, in the round under way, still on its question or the next. */
export const canUndo = (state: QuizScreenState): boolean =>
	state.undo !== undefined && state.screen === 'asking' && state.undo.quiz.round === state.quiz.round;

/**
`u`: the session goes back to just before the last answer, so the question is
asked again (a card with its answer showing, to be rated anew), and its
schedule goes back as it was: an answer not yet saved is simply dropped, a
saved one has its entry put back. Once undone, there is nothing more to undo.
*/
export function undoLast(state: QuizScreenState): QuizScreenState {
	const point = state.undo;
	if (!point || !canUndo(state)) {
		return {...state, message: state.undoable ? 'Nothing to undo.' : 'Only a review\'s answers can be undone.'};
	}

	const unsaved = state.pending.includes(point.review);
	const written = point.written;
	const pending = unsaved
		? state.pending.filter(write => write !== point.review)
		: (written === undefined || written === 'unsaved' ? state.pending : [...state.pending, {questionId: point.review.questionId, restore: written.before}]);
	// The round may have been completed (and summed up) by the answer undone.
	return {
		...state,
		undo: undefined,
		recorded: point.recorded,
		quiz: point.quiz,
		pending,
		cursor: 0,
		scroll: 0,
		message: 'Answer undone: its schedule is as it was.',
	};
}

/** Notes, once the undoable answer's review is saved, what its entry was before (or that it was not saved). */
export function undoSaved(state: QuizScreenState, action: Extract<QuizScreenAction, {type: 'reviews-saved'}>): QuizScreenState {
	const point = state.undo;
	const index = point ? state.pending.slice(0, action.count).indexOf(point.review) : -1;
	if (!point || index === -1) {
		return state;
	}

	const before = action.before;
	return {...state, undo: {...point, written: before && index < before.length ? {before: before[index]} : 'unsaved'}};
}
