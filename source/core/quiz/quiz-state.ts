/**
A quiz session as a pure reducer. The clock is data: every action that needs
the time carries `now` (ms), so tests can replay a session exactly and Ink's
batched key handling can never count two keys as one.
*/
import type {Question} from '../deck/types.js';
import type {Grade} from '../records/schedule-file.js';
import {orderQuestions, type MissCounts} from './ordering.js';
import {scoreAnswer} from './scoring.js';
import {type Answer} from '../records/attempt.js';
import {deriveSeed, mulberry32, present, type PresentedQuestion, type Random} from './shuffle.js';

/**
- `asking`: waiting for a choice (or, for a card, for the reveal);
- `revealed`: a card's answer is showing, waiting for knew-it yes/no;
- `answered`: feedback is showing, waiting for `next`;
- `finished` / `abandoned`: the session is over.
*/
export type QuizPhase = 'asking' | 'revealed' | 'answered' | 'finished' | 'abandoned';

export type QuizState = {
	readonly seed: number;
	/** 1 for the first round, then +1 for each retry of the missed questions. */
	readonly round: number;
	readonly questions: readonly PresentedQuestion[];
	readonly index: number;
	readonly phase: QuizPhase;
	/** Displayed positions currently selected. */
	readonly selected: readonly number[];
	/** One per answered question, in the order asked. */
	readonly answers: readonly Answer[];
	readonly startedAt: number;
	readonly questionStartedAt: number;
	/** Set when the last question is answered: the round is complete from then, whatever comes next. */
	readonly endedAt?: number;
};

export type StartOptions = {
	readonly seed: number;
	readonly shuffle?: boolean;
	/** Misses per question id from earlier attempts. */
	readonly history?: MissCounts;
	readonly now: number;
};

export type QuizAction =
	| {readonly type: 'choose'; readonly index: number; readonly now: number}
	| {readonly type: 'toggle'; readonly index: number}
	| {readonly type: 'submit'; readonly now: number}
	| {readonly type: 'reveal'}
	| {readonly type: 'knew'; readonly knew: boolean; readonly rating?: Grade; readonly now: number}
	| {readonly type: 'next'; readonly now: number}
	| {readonly type: 'abandon'; readonly now: number};

/** Pick a displayed option: answers a single-choice question at once, toggles a multiple one. */
export const choose = (index: number, now: number): QuizAction => ({type: 'choose', index, now});
/** Select without answering (single) or flip one option (multiple). */
export const toggle = (index: number): QuizAction => ({type: 'toggle', index});
export const submit = (now: number): QuizAction => ({type: 'submit', now});
export const reveal = (): QuizAction => ({type: 'reveal'});
export const knew = (yes: boolean, now: number): QuizAction => ({type: 'knew', knew: yes, now});
/** A card rated 1–4: Again is "did not know it", the rest are degrees of knowing it. */
export const rate = (rating: Grade, now: number): QuizAction => ({type: 'knew', knew: rating !== 'again', rating, now});
export const next = (now: number): QuizAction => ({type: 'next', now});
export const abandon = (now: number): QuizAction => ({type: 'abandon', now});

// Round 1 uses the seed as given, so `--seed N` is easy to reason about.
const randomFor = (seed: number, round: number): Random =>
	mulberry32(round === 1 ? seed : deriveSeed(seed, round));

const begin = (questions: readonly Question[], seed: number, round: number, now: number, random: Random): QuizState => ({
	seed,
	round,
	questions: questions.map(question => present(question, random)),
	index: 0,
	phase: questions.length === 0 ? 'finished' : 'asking',
	selected: [],
	answers: [],
	startedAt: now,
	questionStartedAt: now,
	...(questions.length === 0 ? {endedAt: now} : {}),
});

export function start(questions: readonly Question[], options: StartOptions): QuizState {
	const random = randomFor(options.seed, 1);
	const ordered = orderQuestions(questions, {misses: options.history, shuffle: options.shuffle, random});
	return begin(ordered, options.seed, 1, options.now, random);
}

/**
A new round with only the questions answered wrong, in the order they were
asked, options shuffled afresh. `undefined` when nothing was missed.
*/
export function retryMissed(state: QuizState, now: number): QuizState | undefined {
	const missed = new Set(state.answers.filter(answer => !answer.right).map(answer => answer.questionId));
	const questions = state.questions
		.map(presented => presented.question)
		.filter(question => missed.has(question.id));
	if (questions.length === 0) {
		return undefined;
	}

	const round = state.round + 1;
	return begin(questions, state.seed, round, now, randomFor(state.seed, round));
}

export function currentQuestion(state: QuizState): PresentedQuestion | undefined {
	return state.phase === 'finished' || state.phase === 'abandoned' ? undefined : state.questions[state.index];
}

/** The answer to the current question, while its feedback is showing. */
export function currentAnswer(state: QuizState): Answer | undefined {
	return state.phase === 'answered' ? state.answers.at(-1) : undefined;
}

export function scoreSoFar(state: QuizState): number {
	return state.answers.filter(answer => answer.right).length;
}

export const isFinished = (state: QuizState): boolean => state.phase === 'finished';

/** Every question of the round has its answer, though its feedback may still be showing. */
export const isComplete = (state: QuizState): boolean =>
	state.phase !== 'abandoned' && state.answers.length === state.questions.length;

/** The answer added; the last one also ends the round's clock. */
const withAnswer = (state: QuizState, answer: Answer, now: number, selected: readonly number[] = state.selected): QuizState => ({
	...state,
	phase: 'answered',
	selected,
	answers: [...state.answers, answer],
	...(state.index === state.questions.length - 1 ? {endedAt: now} : {}),
});

const answerWith = (state: QuizState, presented: PresentedQuestion, displayed: readonly number[], now: number): QuizState => {
	const chosen = displayed.map(position => presented.order[position]).filter(index => index !== undefined);
	return withAnswer(state, scoreAnswer(presented.question, {kind: 'choice', chosen}, now - state.questionStartedAt), now, displayed);
};

/** The ticked options (displayed positions, ascending) after `index` is ticked or unticked. */
export const flip = (selected: readonly number[], index: number): number[] =>
	selected.includes(index) ? selected.filter(value => value !== index) : [...selected, index].sort((a, b) => a - b);

/** Actions that make no sense in the current phase leave the state as it is. */
export function quizReducer(state: QuizState, action: QuizAction): QuizState {
	const presented = currentQuestion(state);
	if (!presented) {
		return state;
	}

	const {kind} = presented.question;
	const inRange = (index: number): boolean => Number.isInteger(index) && index >= 0 && index < presented.order.length;

	switch (action.type) {
		case 'choose': {
			if (state.phase !== 'asking' || kind === 'card' || !inRange(action.index)) {
				return state;
			}

			return kind === 'single'
				? answerWith(state, presented, [action.index], action.now)
				: {...state, selected: flip(state.selected, action.index)};
		}

		case 'toggle': {
			if (state.phase !== 'asking' || kind === 'card' || !inRange(action.index)) {
				return state;
			}

			return {...state, selected: kind === 'single' ? [action.index] : flip(state.selected, action.index)};
		}

		case 'submit': {
			// An empty selection is ignored, so a stray Enter does not cost a point.
			if (state.phase !== 'asking' || kind === 'card' || state.selected.length === 0) {
				return state;
			}

			return answerWith(state, presented, state.selected, action.now);
		}

		case 'reveal': {
			return state.phase === 'asking' && kind === 'card' ? {...state, phase: 'revealed'} : state;
		}

		case 'knew': {
			if (state.phase !== 'revealed') {
				return state;
			}

			const response = {kind: 'card', knew: action.knew, ...(action.rating ? {rating: action.rating} : {})} as const;
			return withAnswer(state, scoreAnswer(presented.question, response, action.now - state.questionStartedAt), action.now);
		}

		case 'next': {
			if (state.phase !== 'answered') {
				return state;
			}

			const index = state.index + 1;
			return index < state.questions.length
				? {...state, index, phase: 'asking', selected: [], questionStartedAt: action.now}
				: {...state, phase: 'finished', selected: [], endedAt: state.endedAt ?? action.now};
		}

		case 'abandon': {
			return {...state, phase: 'abandoned', endedAt: action.now};
		}
	}
}
