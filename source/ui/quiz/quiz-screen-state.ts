/**
What the quiz screens remember, changed only by this reducer: which screen
shows, the overlays (abandon prompt, a slide), the highlighted option of a
choice question, how far a tall body is scrolled, the save outcome, and the
answers whose review schedules are still to be saved. Quiz progress itself is
the `core/quiz` session reducer, and an exam's the `core/quiz/exam-state` one; this
one only decides when to call them. Raw key events arrive here and are split
and read through the quiz keymap, so keys typed faster than React renders
each still count. What a command does is in the pieces this composes:
quiz-asking.ts, quiz-results.ts (with the replay and the answers gone
through), exam-commands.ts (the exam's path) and quiz-overlays.ts (with the
scroll); the shapes they share are in quiz-screen-types.ts.
*/
import {currentQuestion, type QuizState} from '../../core/quiz/quiz-state.js';
import {toKeyTokens} from '../../core/keys/key-tokens.js';
import {readKey} from '../../core/keys/keymap.js';
import {optionSlots, type QuizCommand, quizKeys, type QuizScope, scrollCommands} from '../../core/keys/quiz-keys.js';
import {examCommand, examScope, isExamScope, tick} from './exam-commands.js';
import {askingCommand, undoLast, undoSaved} from './quiz-asking.js';
import {bodyIdentity, moreOfSlide, overlayCommand, scrollBy} from './quiz-overlays.js';
import {nextAfterResults, resultsCommand} from './quiz-results.js';
import type {InitialOptions, PendingWrite, QuizScreenAction, QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

/** An undone answer's entry to put back, rather than an answer to save. */
const isRestore = (write: PendingWrite | undefined): boolean => write !== undefined && !('grade' in write);

/** A command read, with the option a digit or letter named. */
type QuizKey = {readonly command: QuizCommand; readonly option?: number};

export function initialScreenState(quiz: QuizState, {exam, book, undoable}: InitialOptions = {}): QuizScreenState {
	return {screen: 'intro', quiz, cursor: 0, scroll: 0, confirming: false, pending: [], scheduled: 0, ...(exam ? {exam} : {}), ...(book ? {book} : {}), ...(undoable ? {undoable} : {})};
}

/** Where keys are read now; `undefined` once the quiz has ended. */
export function scopeOf(state: QuizScreenState): QuizScope | undefined {
	if (state.exit !== undefined) {
		return undefined;
	}

	if (state.confirming) {
		return 'confirm';
	}

	if (state.viewing !== undefined) {
		return 'slide';
	}

	if (state.screen === 'exam' && state.exam) {
		return examScope(state.exam);
	}

	if (state.screen !== 'asking') {
		return state.screen === 'exam' ? undefined : state.screen;
	}

	const presented = currentQuestion(state.quiz);
	switch (state.quiz.phase) {
		case 'asking': {
			return presented?.question.kind;
		}

		case 'revealed': {
			return 'revealed';
		}

		case 'answered': {
			return 'feedback';
		}

		default: {
			return undefined;
		}
	}
}

/** Hands a command to the piece it belongs to; the exam reads its own scopes first. */
function runCommand(state: QuizScreenState, scope: QuizScope, {command, option}: QuizKey, now: number, context: QuizScreenContext): QuizScreenState {
	if (isExamScope(scope)) {
		const handled = examCommand(state, command, option, now, context);
		if (handled) {
			return handled;
		}
	}

	switch (command) {
		case 'interrupt': {
			return {...state, exit: 'interrupted'};
		}

		case 'quit': {
			return {...state, exit: 'quit'};
		}

		case 'undo': {
			return undoLast(state);
		}

		case 'next': {
			return scope === 'answers' || scope === 'replay' ? nextAfterResults(state, scope, now) : askingCommand(state, scope, command, option, now, context);
		}

		case 'start':
		case 'pick':
		case 'up':
		case 'down':
		case 'toggle':
		case 'choose':
		case 'submit':
		case 'reveal':
		case 'knew':
		case 'did-not-know':
		case 'rate-again':
		case 'rate-hard':
		case 'rate-good':
		case 'rate-easy': {
			return askingCommand(state, scope, command, option, now, context);
		}

		case 'page-on': {
			const scroll = context.scroll;
			if (scroll !== undefined && state.scroll < scroll.max) {
				return scrollBy(state, 'page-down', scroll);
			}

			const then = scope === 'intro' ? 'start' : (scope === 'card' ? 'reveal' : 'next');
			return runCommand(state, scope, {command: then}, now, context);
		}

		case 'more': {
			return moreOfSlide(state, scope, context) ?? runCommand(state, scope, {command: scope === 'slide' ? 'close' : 'next'}, now, context);
		}

		case 'answers':
		case 'previous-answer':
		case 'back':
		case 'retry':
		case 'replay':
		case 'stop-review':
		case 'next-deck': {
			return resultsCommand(state, command, now, context);
		}

		case 'flag':
		case 'sheet':
		case 'next-question':
		case 'previous-question':
		case 'done':
		case 'open-row':
		case 'first-row':
		case 'last-row':
		case 'confirm-submit': {
			// Exam commands outside an exam: nothing to do.
			return state;
		}

		default: {
			return overlayCommand(state, scope, command, now, context);
		}
	}
}

/** The state with no key sequence under way. */
function withoutTyped(state: QuizScreenState): QuizScreenState {
	const rest = {...state};
	delete rest.typed;
	return rest;
}

export function quizScreenReducer(state: QuizScreenState, action: QuizScreenAction): QuizScreenState {
	switch (action.type) {
		case 'saved': {
			return {...state, save: action.outcome};
		}

		case 'tick': {
			return tick(state, action.now);
		}

		case 'reviews-saved': {
			return {
				...undoSaved(state, action),
				pending: state.pending.slice(action.count),
				// Without a book back, nothing was written (no store, or the write failed);
				// an undone answer put back (a restore) takes its move back.
				scheduled: state.scheduled + (action.book ? (isRestore(state.pending[0]) ? -action.count : action.count) : 0),
				...(action.book ? {book: action.book} : {}),
				...(action.note === undefined ? {} : {scheduleNote: action.note}),
			};
		}

		case 'keys': {
			// A key after the exam's time ran out finds it submitted.
			let result = tick(state, action.now);
			for (const token of toKeyTokens(action.input, action.key)) {
				const scope = scopeOf(result);
				const read = scope === undefined ? undefined : readKey(quizKeys, scope, token, {pending: result.typed ?? [], slots: optionSlots()});
				const {command, value} = read ?? {};
				if ((read?.pending.length ?? 0) > 0 || result.typed !== undefined) {
					result = read && read.pending.length > 0 ? {...result, typed: read.pending} : withoutTyped(result);
				}

				if (scope !== undefined && command !== undefined) {
					const before = bodyIdentity(result);
					// A scroll key keeps the note on screen: it only moves the body under it.
					const cleared = scrollCommands.has(command) ? result : {...result, message: undefined};
					result = runCommand(cleared, scope, {command, option: value}, action.now, action.context);
					if (bodyIdentity(result) !== before && result.scroll !== 0) {
						result = {...result, scroll: 0};
					}
				}
			}

			return result;
		}
	}
}
