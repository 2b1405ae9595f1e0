/**
An exam as a pure reducer: every question answered without feedback, in any
order, any answer changed until the exam is submitted (by the person, or by
the clock). The clock is data: every action that needs the time carries
`now`, and the first action at or after the deadline submits the exam as it
stood at the deadline, whatever that action was.
*/
import type {Question} from '../deck/types.js';
import {flip, type QuizState, type StartOptions} from './quiz-state.js';
import {scoreAnswer} from './scoring.js';
import {type Answer} from '../records/attempt.js';
import {mulberry32, present, type PresentedQuestion} from './shuffle.js';
import {orderQuestions} from './ordering.js';
import type {Grade} from '../records/schedule-file.js';

/** What the person has given for a question so far. */
export type ExamResponse =
	/** Displayed positions chosen (single) or ticked (choose-all). */
	| {readonly kind: 'choice'; readonly selected: readonly number[]}
	/** A card's answer was shown; `rating` once the person said how well they knew it. */
	| {readonly kind: 'card'; readonly rating?: Grade};

/** `question`: one question; `sheet`: the answer sheet; `confirm`: "submit with questions unanswered?" */
export type ExamView = 'question' | 'sheet' | 'confirm';

export type SubmitReason = 'submitted' | 'time-up';

export type ExamState = {
	readonly seed: number;
	readonly questions: readonly PresentedQuestion[];
	/** The question shown, or last shown. */
	readonly index: number;
	readonly view: ExamView;
	/** The highlighted row of the answer sheet; `questions.length` is the Submit row. */
	readonly sheetRow: number;
	readonly responses: ReadonlyArray<ExamResponse | undefined>;
	readonly flags: readonly boolean[];
	/** Time spent on each question, ms. */
	readonly spent: readonly number[];
	readonly startedAt: number;
	/** When the question on screen was shown (or the sheet opened). */
	readonly shownAt: number;
	readonly timeLimitMs?: number;
	/** The last clock reading: what the countdown shows. */
	readonly now: number;
	readonly submitted?: {readonly at: number; readonly reason: SubmitReason};
};

export type ExamStartOptions = StartOptions & {
	readonly timeLimitMs?: number;
};

export type ExamAction =
	/** Choose a displayed option: answers a single-choice question (and moves on), ticks or unticks a choose-all one. */
	| {readonly type: 'choose'; readonly option: number; readonly now: number}
	/** Done with a choose-all question's ticks: move on. */
	| {readonly type: 'done'; readonly now: number}
	| {readonly type: 'reveal'; readonly now: number}
	| {readonly type: 'rate'; readonly grade: Grade; readonly now: number}
	| {readonly type: 'flag'; readonly now: number}
	| {readonly type: 'step'; readonly by: 1 | -1; readonly now: number}
	| {readonly type: 'sheet'; readonly now: number}
	| {readonly type: 'sheet-move'; readonly by: 1 | -1; readonly now: number}
	/** To the sheet's first row (the first question) or its last (Submit). */
	| {readonly type: 'sheet-jump'; readonly to: 'first' | 'last'; readonly now: number}
	/** Enter on the sheet: open the highlighted question, or submit on the Submit row. */
	| {readonly type: 'sheet-open'; readonly now: number}
	| {readonly type: 'submit'; readonly now: number}
	| {readonly type: 'confirm'; readonly now: number}
	| {readonly type: 'cancel'; readonly now: number}
	| {readonly type: 'tick'; readonly now: number};

export function startExam(questions: readonly Question[], options: ExamStartOptions): ExamState {
	const random = mulberry32(options.seed);
	const ordered = orderQuestions(questions, {misses: options.history, shuffle: options.shuffle, random});
	return {
		seed: options.seed,
		questions: ordered.map(question => present(question, random)),
		index: 0,
		view: 'question',
		sheetRow: 0,
		responses: ordered.map(() => undefined),
		flags: ordered.map(() => false),
		spent: ordered.map(() => 0),
		startedAt: options.now,
		shownAt: options.now,
		...(options.timeLimitMs === undefined ? {} : {timeLimitMs: options.timeLimitMs}),
		now: options.now,
	};
}

export const isAnswered = (response: ExamResponse | undefined): boolean =>
	response !== undefined && (response.kind === 'choice' ? response.selected.length > 0 : response.rating !== undefined);

export const unansweredCount = (state: ExamState): number => state.responses.filter(response => !isAnswered(response)).length;

/** Ms left on the clock at the last reading; undefined without a time limit. */
export function remainingMs(state: ExamState): number | undefined {
	return state.timeLimitMs === undefined ? undefined : Math.max(0, state.startedAt + state.timeLimitMs - (state.submitted?.at ?? state.now));
}

const replace = <T>(items: readonly T[], index: number, value: T): T[] => items.map((item, at) => (at === index ? value : item));

/** The time on the question on screen is added to it when it is left. */
function leave(state: ExamState, now: number): ExamState {
	if (state.view !== 'question') {
		return {...state, shownAt: now};
	}

	return {...state, spent: replace(state.spent, state.index, (state.spent[state.index] ?? 0) + Math.max(0, now - state.shownAt)), shownAt: now};
}

const show = (state: ExamState, index: number, now: number): ExamState =>
	({...leave(state, now), view: 'question', index});

const openSheet = (state: ExamState, now: number, row = state.index): ExamState =>
	({...leave(state, now), view: 'sheet', sheetRow: row});

/** After an answer: the next unanswered question after this one, else the first before it, else the sheet on Submit. */
function advance(state: ExamState, now: number): ExamState {
	const count = state.questions.length;
	for (let offset = 1; offset < count; offset++) {
		const index = (state.index + offset) % count;
		if (!isAnswered(state.responses[index])) {
			return show(state, index, now);
		}
	}

	return openSheet(state, now, count);
}

const submitted = (state: ExamState, at: number, reason: SubmitReason): ExamState =>
	({...leave(state, at), submitted: {at, reason}, now: at});

function onQuestion(state: ExamState, action: ExamAction): ExamState {
	const presented = state.questions[state.index];
	if (!presented) {
		return state;
	}

	const {kind} = presented.question;
	const response = state.responses[state.index];
	const respond = (value: ExamResponse): ExamState => ({...state, responses: replace(state.responses, state.index, value)});
	switch (action.type) {
		case 'choose': {
			if (kind === 'card' || !Number.isInteger(action.option) || action.option < 0 || action.option >= presented.order.length) {
				return state;
			}

			if (kind === 'single') {
				return advance(respond({kind: 'choice', selected: [action.option]}), action.now);
			}

			return respond({kind: 'choice', selected: flip(response?.kind === 'choice' ? response.selected : [], action.option)});
		}

		case 'done': {
			return kind === 'multiple' && isAnswered(response) ? advance(state, action.now) : state;
		}

		case 'reveal': {
			return kind === 'card' && response === undefined ? respond({kind: 'card'}) : state;
		}

		case 'rate': {
			return kind === 'card' && response !== undefined ? advance(respond({kind: 'card', rating: action.grade}), action.now) : state;
		}

		case 'flag': {
			return {...state, flags: replace(state.flags, state.index, !state.flags[state.index])};
		}

		case 'step': {
			const index = state.index + action.by;
			if (index >= state.questions.length) {
				return openSheet(state, action.now, state.questions.length);
			}

			return index < 0 ? state : show(state, index, action.now);
		}

		default: {
			return state;
		}
	}
}

function onSheet(state: ExamState, action: ExamAction): ExamState {
	const rows = state.questions.length + 1;
	switch (action.type) {
		case 'sheet-move': {
			return {...state, sheetRow: (state.sheetRow + action.by + rows) % rows};
		}

		case 'sheet-jump': {
			return {...state, sheetRow: action.to === 'first' ? 0 : rows - 1};
		}

		case 'sheet-open': {
			return state.sheetRow >= state.questions.length ? exam(state, {type: 'submit', now: action.now}) : show(state, state.sheetRow, action.now);
		}

		case 'flag': {
			return state.sheetRow < state.questions.length ? {...state, flags: replace(state.flags, state.sheetRow, !state.flags[state.sheetRow])} : state;
		}

		case 'sheet':
		case 'cancel': {
			return show(state, state.index, action.now);
		}

		default: {
			return state;
		}
	}
}

/** Actions that make no sense where the exam is leave it as it is. */
export function exam(state: ExamState, action: ExamAction): ExamState {
	if (state.submitted) {
		return state;
	}

	// The clock first: nothing done after the deadline counts.
	const deadline = state.timeLimitMs === undefined ? undefined : state.startedAt + state.timeLimitMs;
	if (deadline !== undefined && action.now >= deadline) {
		return submitted(state, deadline, 'time-up');
	}

	const timed = action.now === state.now ? state : {...state, now: action.now};
	switch (action.type) {
		case 'tick': {
			return timed;
		}

		case 'submit': {
			return unansweredCount(timed) > 0 ? {...leave(timed, action.now), view: 'confirm'} : submitted(timed, action.now, 'submitted');
		}

		case 'confirm': {
			return timed.view === 'confirm' ? submitted(timed, action.now, 'submitted') : timed;
		}

		case 'sheet': {
			if (timed.view === 'question') {
				return openSheet(timed, action.now);
			}

			return timed.view === 'sheet' ? onSheet(timed, action) : timed;
		}

		case 'cancel': {
			// Back from "submit?" to the sheet it came from.
			return timed.view === 'confirm' ? {...timed, view: 'sheet'} : (timed.view === 'sheet' ? onSheet(timed, action) : timed);
		}

		default: {
			if (timed.view === 'question') {
				return onQuestion(timed, action);
			}

			return timed.view === 'sheet' ? onSheet(timed, action) : timed;
		}
	}
}

/** The answers of a submitted exam, scored; an unanswered question counts as wrong. */
export function examAnswers(state: ExamState): Answer[] {
	return state.questions.map(({question, order}, index) => {
		const response = state.responses[index];
		const ms = state.spent[index] ?? 0;
		if (response?.kind === 'card' && response.rating !== undefined) {
			return scoreAnswer(question, {kind: 'card', knew: response.rating !== 'again', rating: response.rating}, ms);
		}

		if (response?.kind === 'choice' && response.selected.length > 0 && question.kind !== 'card') {
			const chosen = response.selected.map(position => order[position]).filter(original => original !== undefined);
			return scoreAnswer(question, {kind: 'choice', chosen}, ms);
		}

		return {questionId: question.id, chosen: [], right: false, ms};
	});
}

/** A submitted exam as a finished quiz round, so the results, retries and records are the quiz's own. */
export function examAsQuiz(state: ExamState): QuizState {
	const endedAt = state.submitted?.at ?? state.now;
	return {
		seed: state.seed,
		round: 1,
		questions: state.questions,
		index: Math.max(0, state.questions.length - 1),
		phase: 'finished',
		selected: [],
		answers: examAnswers(state),
		startedAt: state.startedAt,
		questionStartedAt: endedAt,
		endedAt,
	};
}
