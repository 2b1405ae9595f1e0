/**
The exam's part of the quiz screen reducer: which scope its keys are read in,
what each command does to the exam, its clock, and what a submitted exam
becomes (a finished, recorded round, shown with the quiz's own results). The
exam itself is the pure reducer in source/core/quiz/exam-state.ts.
*/
import {summarize} from '../../core/quiz/results.js';
import {type ExamAction, examAsQuiz, examAnswers, type ExamState, exam as examReducer, isAnswered, remainingMs} from '../../core/quiz/exam-state.js';
import {gradeOf} from '../../core/study/scheduler.js';
import {arm, enterNotYet, follow, isArmed, moveHighlight, noSuchOption} from './highlight.js';
import type {QuizCommand, QuizScope} from '../../core/keys/quiz-keys.js';
import type {PendingReview, QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

/** Where keys are read in an exam. */
export function examScope(state: ExamState): QuizScope | undefined {
	if (state.submitted) {
		return undefined;
	}

	if (state.view === 'sheet') {
		return 'sheet';
	}

	if (state.view === 'confirm') {
		return 'submit-confirm';
	}

	const presented = state.questions[state.index];
	if (presented?.question.kind !== 'card') {
		return 'exam-choice';
	}

	return state.responses[state.index] === undefined ? 'exam-card' : 'exam-revealed';
}

export const isExamScope = (scope: QuizScope): boolean =>
	scope === 'exam-choice' || scope === 'exam-card' || scope === 'exam-revealed' || scope === 'sheet' || scope === 'submit-confirm';

export const timeUpMessage = 'Time is up: the exam was submitted with your answers as they stood.';

/**
A submitted exam: its answers as a finished first round, recorded, every
answered question's schedule moved on, and the results on screen.
*/
export function finishExam(state: QuizScreenState, exam: ExamState): QuizScreenState {
	const finished = examAsQuiz(exam);
	const at = exam.submitted?.at ?? exam.now;
	const reviews: PendingReview[] = examAnswers(exam)
		.filter((_, index) => isAnswered(exam.responses[index]))
		.map(answer => ({questionId: answer.questionId, grade: gradeOf(answer), at}));
	return {
		...state,
		screen: 'results',
		exam,
		quiz: finished,
		finished,
		recorded: state.recorded ?? summarize(finished),
		pending: [...state.pending, ...reviews],
		cursor: 0,
		...(exam.submitted?.reason === 'time-up' ? {message: timeUpMessage} : {}),
	};
}

/** The highlight: on the sheet, its row; on a question, the option chosen, if any. */
function cursorFor(exam: ExamState): number {
	if (exam.view === 'sheet') {
		return exam.sheetRow;
	}

	const response = exam.responses[exam.index];
	return response?.kind === 'choice' ? response.selected[0] ?? 0 : 0;
}

/** Runs one exam action; a submission turns into the results. */
function withExam(state: QuizScreenState, action: ExamAction): QuizScreenState {
	const before = state.exam;
	if (!before) {
		return state;
	}

	const after = examReducer(before, action);
	if (after === before) {
		return state;
	}

	if (after.submitted) {
		return finishExam(state, after);
	}

	const moved = after.index !== before.index || after.view !== before.view;
	return {...state, exam: after, ...(moved ? {cursor: cursorFor(after)} : {})};
}

/**
The exam's clock moved on: the countdown shows whole seconds, so the state
changes (and the screen redraws) only when the second shown does, or when
time is up.
*/
export function tick(state: QuizScreenState, now: number): QuizScreenState {
	const {exam} = state;
	if (state.screen !== 'exam' || !exam || exam.submitted || exam.timeLimitMs === undefined) {
		return state;
	}

	const seconds = (ms: number | undefined): number => Math.ceil((ms ?? 0) / 1000);
	const next = withExam(state, {type: 'tick', now});
	return next.screen === 'exam' && next.exam && seconds(remainingMs(next.exam)) === seconds(remainingMs(exam)) ? state : next;
}

const grades = {'rate-again': 'again', 'rate-hard': 'hard', 'rate-good': 'good', 'rate-easy': 'easy', knew: 'good', 'did-not-know': 'again'} as const;

/** A command read in an exam scope; `undefined` when it is not the exam's to handle. */
export function examCommand(state: QuizScreenState, command: QuizCommand, option: number | undefined, now: number, context: QuizScreenContext): QuizScreenState | undefined {
	const exam = state.exam;
	if (!exam) {
		return undefined;
	}

	const options = exam.questions[exam.index]?.order.length ?? 0;
	const multiple = exam.questions[exam.index]?.question.kind === 'multiple';
	switch (command) {
		case 'pick': {
			if (option === undefined) {
				return state;
			}

			return option >= options
				? {...state, message: noSuchOption(options)}
				: withExam(arm(follow({...state, cursor: option}, context.scroll)), {type: 'choose', option, now});
		}

		case 'up':
		case 'down': {
			if (exam.view === 'sheet') {
				const moved = withExam(state, {type: 'sheet-move', by: command === 'up' ? -1 : 1, now});
				return follow({...moved, cursor: moved.exam?.sheetRow ?? 0}, context.scroll);
			}

			return moveHighlight(state, command, options, context.scroll);
		}

		case 'first-row':
		case 'last-row': {
			const moved = withExam(state, {type: 'sheet-jump', to: command === 'first-row' ? 'first' : 'last', now});
			return follow({...moved, cursor: moved.exam?.sheetRow ?? 0}, context.scroll);
		}

		case 'toggle': {
			return withExam(arm(state), {type: 'choose', option: state.cursor, now});
		}

		case 'done': {
			if (multiple) {
				const response = exam.responses[exam.index];
				return isAnswered(response) ? withExam(state, {type: 'done', now}) : {...state, message: enterNotYet.multiple};
			}

			return isArmed(state) ? withExam(state, {type: 'choose', option: state.cursor, now}) : {...state, message: enterNotYet.single};
		}

		case 'reveal': {
			return withExam(state, {type: 'reveal', now});
		}

		case 'rate-again':
		case 'rate-hard':
		case 'rate-good':
		case 'rate-easy':
		case 'knew':
		case 'did-not-know': {
			return withExam(state, {type: 'rate', grade: grades[command], now});
		}

		case 'flag': {
			return withExam(state, {type: 'flag', now});
		}

		case 'next-question':
		case 'previous-question': {
			return withExam(state, {type: 'step', by: command === 'next-question' ? 1 : -1, now});
		}

		case 'sheet': {
			return withExam(state, {type: 'sheet', now});
		}

		case 'open-row': {
			return withExam(state, {type: 'sheet-open', now});
		}

		case 'confirm-submit': {
			return withExam(state, {type: 'confirm', now});
		}

		case 'back': {
			return withExam(state, {type: 'cancel', now});
		}

		default: {
			return undefined;
		}
	}
}
