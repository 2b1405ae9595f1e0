/**
A quiz run for a room, as a pure reducer. Its inputs are commands as data
(`reveal`, `next`, `set-count` …), not keys: the room screen's keys become
commands through its keymap, and a presenter's second terminal can send the
same commands into the same reducer. Every command that needs the time
carries `now`, so tests replay a session, countdown included, exactly.
*/
import type {Question} from '../deck/types.js';
import {orderQuestions} from '../quiz/ordering.js';
import {mulberry32, present, type PresentedQuestion} from '../quiz/shuffle.js';
import {countFields, type CountField} from './fields.js';

export type RoomQuestion = {
	readonly presented: PresentedQuestion;
	readonly fields: readonly CountField[];
	/** Hands per field; `undefined` until a count is given. */
	readonly counts: ReadonlyArray<number | undefined>;
	/** Once revealed, a question stays revealed: going back to it shows the answer. */
	readonly revealed: boolean;
	/** When it was first shown: the countdown runs from here. Absent until then. */
	readonly shownAt?: number;
};

/** A count being typed: `A 7` before its Enter. */
export type CountEntry = {
	readonly field: number;
	readonly digits: string;
};

/**
- `intro`: the quiz's title, waiting for the presenter to start;
- `question`: one question on screen, answer hidden until revealed;
- `summary`: how the room did.
*/
export type RoomPhase = 'intro' | 'question' | 'summary';

export type RoomState = {
	readonly phase: RoomPhase;
	readonly questions: readonly RoomQuestion[];
	readonly index: number;
	readonly entry?: CountEntry;
	/** A slide (1-based) shown over a revealed question. */
	readonly viewing?: number;
	/** `--countdown`: milliseconds each question gets; absent when off. */
	readonly countdownMs?: number;
	readonly startedAt?: number;
	readonly endedAt?: number;
	readonly exit?: 'quit' | 'interrupted';
};

/**
Commands may name the question they were meant for (`question`, its id): one
that arrives after the room has moved on is then dropped instead of
revealing the next question early.
*/
export type RoomCommand =
	| {readonly type: 'start'; readonly now: number}
	| {readonly type: 'reveal'; readonly now: number; readonly question?: string}
	| {readonly type: 'next'; readonly now: number; readonly question?: string}
	/** A clicker's one button: reveal, or go on once revealed. */
	| {readonly type: 'advance'; readonly now: number; readonly question?: string}
	| {readonly type: 'previous'; readonly now: number}
	/** Straight to the summary. */
	| {readonly type: 'end'; readonly now: number}
	/** Start typing a count for a field (committing one being typed). */
	| {readonly type: 'edit-count'; readonly field: number}
	| {readonly type: 'next-field'}
	| {readonly type: 'previous-field'}
	| {readonly type: 'digit'; readonly digit: number}
	| {readonly type: 'erase'}
	| {readonly type: 'commit'}
	| {readonly type: 'cancel'}
	/** A whole count at once; `undefined` takes it back. */
	| {readonly type: 'set-count'; readonly question: string; readonly field: number; readonly count: number | undefined}
	| {readonly type: 'view-slide'}
	| {readonly type: 'close-slide'}
	| {readonly type: 'quit'; readonly now: number}
	| {readonly type: 'interrupt'; readonly now: number};

export type RoomOptions = {
	/** Option order (and, with `shuffle`, question order). */
	readonly seed: number;
	/** Ask the questions in random order instead of deck order. */
	readonly shuffle?: boolean;
	/** `--countdown`, in milliseconds. */
	readonly countdownMs?: number;
};

/** Counts are whole numbers up to this (five digits): more hands than any room holds. */
export const MAX_COUNT = 99_999;

export function startRoom(questions: readonly Question[], {seed, shuffle = false, countdownMs}: RoomOptions): RoomState {
	const random = mulberry32(seed);
	// A room has no history: deck order, unless shuffled.
	const ordered = orderQuestions(questions, {shuffle, random});
	return {
		phase: 'intro',
		questions: ordered.map(question => {
			const presented = present(question, random);
			const fields = countFields(presented);
			return {presented, fields, counts: fields.map(() => undefined), revealed: false};
		}),
		index: 0,
		...(countdownMs === undefined ? {} : {countdownMs}),
	};
}

/** The question on screen, if the phase shows one. */
export function currentRoomQuestion(state: RoomState): RoomQuestion | undefined {
	return state.phase === 'question' ? state.questions[state.index] : undefined;
}

/** Whether counts can be typed for a question now: a card's only once its answer is out (people judge themselves). */
export const acceptsCounts = (question: RoomQuestion): boolean =>
	question.presented.question.kind !== 'card' || question.revealed;

export type Countdown = {
	readonly totalMs: number;
	readonly leftMs: number;
	/** Time is up. The question stays open: only the presenter reveals. */
	readonly done: boolean;
};

/** The countdown of the question on screen at `now`; absent when off, revealed, or not asking. */
export function countdownAt(state: RoomState, now: number): Countdown | undefined {
	const question = currentRoomQuestion(state);
	if (state.countdownMs === undefined || !question || question.revealed || question.shownAt === undefined) {
		return undefined;
	}

	const leftMs = Math.max(0, state.countdownMs - Math.max(0, now - question.shownAt));
	return {totalMs: state.countdownMs, leftMs, done: leftMs === 0};
}

const replaceQuestion = (state: RoomState, index: number, change: (question: RoomQuestion) => RoomQuestion): RoomState => {
	const question = state.questions[index];
	if (!question) {
		return state;
	}

	const changed = change(question);
	return changed === question ? state : {...state, questions: state.questions.map((each, at) => (at === index ? changed : each))};
};

const withCount = (question: RoomQuestion, field: number, count: number | undefined): RoomQuestion =>
	question.counts[field] === count ? question : {...question, counts: question.counts.map((each, at) => (at === field ? count : each))};

/** The count being typed goes in (an empty one changes nothing); the entry closes. */
function commit(state: RoomState): RoomState {
	const {entry} = state;
	if (!entry) {
		return state;
	}

	const closed: RoomState = {...state, entry: undefined};
	return entry.digits === '' ? closed : replaceQuestion(closed, state.index, question => withCount(question, entry.field, Number(entry.digits)));
}

/** Shows question `index`, starting its countdown the first time. */
function show(state: RoomState, index: number, now: number): RoomState {
	// Back from the summary, the quiz has not ended after all.
	const shown: RoomState = {...state, phase: 'question', index, entry: undefined, viewing: undefined, endedAt: undefined};
	return replaceQuestion(shown, index, question => (question.shownAt === undefined ? {...question, shownAt: now} : question));
}

function toSummary(state: RoomState, now: number): RoomState {
	return {...state, phase: 'summary', entry: undefined, viewing: undefined, endedAt: now};
}

const meantForAnother = (state: RoomState, question: string | undefined): boolean =>
	question !== undefined && currentRoomQuestion(state)?.presented.question.id !== question;

function openEntry(state: RoomState, field: number): RoomState {
	const question = currentRoomQuestion(state);
	if (!question || !acceptsCounts(question) || !Number.isInteger(field) || field < 0 || field >= question.fields.length) {
		return state;
	}

	return {...commit(state), entry: {field, digits: ''}};
}

/** Commands that make no sense now (or name another question) leave the state as it is. */
export function roomReducer(state: RoomState, command: RoomCommand): RoomState {
	if (state.exit !== undefined) {
		return state;
	}

	const question = currentRoomQuestion(state);
	switch (command.type) {
		case 'start': {
			if (state.phase !== 'intro' || state.questions.length === 0) {
				return state;
			}

			return show({...state, startedAt: command.now}, 0, command.now);
		}

		case 'reveal': {
			if (!question || question.revealed || meantForAnother(state, command.question)) {
				return state;
			}

			return replaceQuestion(commit(state), state.index, each => ({...each, revealed: true}));
		}

		case 'next': {
			if (!question || !question.revealed || meantForAnother(state, command.question)) {
				return state;
			}

			const committed = commit(state);
			return state.index + 1 < state.questions.length ? show(committed, state.index + 1, command.now) : toSummary(committed, command.now);
		}

		case 'advance': {
			if (state.phase === 'intro') {
				return roomReducer(state, {type: 'start', now: command.now});
			}

			return roomReducer(state, {...command, type: question?.revealed ? 'next' : 'reveal'});
		}

		case 'previous': {
			if (state.phase === 'summary') {
				return show(state, state.index, command.now);
			}

			return question && state.index > 0 ? show(commit(state), state.index - 1, command.now) : state;
		}

		case 'end': {
			return question ? toSummary(commit(state), command.now) : state;
		}

		case 'edit-count': {
			return openEntry(state, command.field);
		}

		case 'next-field':
		case 'previous-field': {
			const count = question?.fields.length ?? 0;
			if (count === 0) {
				return state;
			}

			const from = state.entry?.field;
			const step = command.type === 'next-field' ? 1 : count - 1;
			return openEntry(state, from === undefined ? (command.type === 'next-field' ? 0 : count - 1) : (from + step) % count);
		}

		case 'digit': {
			const {entry} = state;
			if (!entry || !Number.isInteger(command.digit) || command.digit < 0 || command.digit > 9) {
				return state;
			}

			const digits = `${entry.digits === '0' ? '' : entry.digits}${command.digit}`;
			return Number(digits) > MAX_COUNT ? state : {...state, entry: {...entry, digits}};
		}

		case 'erase': {
			return state.entry ? {...state, entry: {...state.entry, digits: state.entry.digits.slice(0, -1)}} : state;
		}

		case 'commit': {
			return commit(state);
		}

		case 'cancel': {
			return state.entry ? {...state, entry: undefined} : state;
		}

		case 'set-count': {
			const {count, field} = command;
			const index = state.questions.findIndex(each => each.presented.question.id === command.question);
			const target = state.questions[index];
			const valid = count === undefined || (Number.isSafeInteger(count) && count >= 0 && count <= MAX_COUNT);
			if (!target || !acceptsCounts(target) || !valid || !Number.isInteger(field) || field < 0 || field >= target.fields.length) {
				return state;
			}

			// A count set from elsewhere wins over the same field half typed here.
			const entry = index === state.index && state.entry?.field === field ? undefined : state.entry;
			return replaceQuestion({...state, entry}, index, each => withCount(each, field, count));
		}

		case 'view-slide': {
			const slide = question?.presented.question.slide;
			return question?.revealed && slide !== undefined ? {...commit(state), viewing: slide} : state;
		}

		case 'close-slide': {
			return state.viewing === undefined ? state : {...state, viewing: undefined};
		}

		case 'quit':
		case 'interrupt': {
			return {...commit(state), exit: command.type === 'quit' ? 'quit' : 'interrupted', endedAt: state.endedAt ?? command.now};
		}
	}
}
