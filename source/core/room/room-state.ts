/**
A quiz run for a room, as a pure reducer. Its inputs are commands as data
(`reveal`, `next`, `set-count` …), not keys: the room screen's keys become
commands through its keymap, and a presenter's second terminal can send the
same commands into the same reducer. Every command that needs the time
carries `now`, so tests replay a session, countdown included, exactly.
*/
import type {Question} from '../deck/types.js';
import {isCount} from '../records/checks.js';
import {orderQuestions} from '../quiz/ordering.js';
import {mulberry32, present} from '../quiz/shuffle.js';
import {countFields} from './fields.js';
import {commitEntry, countReducer} from './room-counts.js';
import {currentRoomQuestion, replaceQuestion, type RoomCommand, type RoomQuestion, type RoomState} from './room-model.js';

// The room's state is read with its reducer: screens and consoles import both from here.

export type RoomOptions = {
	/** Option order (and, with `shuffle`, question order). */
	readonly seed: number;
	/** Ask the questions in random order instead of deck order. */
	readonly shuffle?: boolean;
	/** `--countdown`, in milliseconds. */
	readonly countdownMs?: number;
};

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

/** Devices that answered a question, from its tally: the head count of a choose-all question, else every vote. */
export function devicesAnswered({fields, votes}: RoomQuestion): number {
	if (!votes) {
		return 0;
	}

	const people = fields.findIndex(field => field.kind === 'people');
	return people === -1 ? votes.reduce((total, count) => total + count, 0) : votes[people] ?? 0;
}

/** Shows question `index`, starting its countdown the first time. */
function show(state: RoomState, index: number, now: number): RoomState {
	// Back from the summary, the quiz has not ended after all.
	const shown: RoomState = {...state, phase: 'question', index, entry: undefined, viewing: undefined, endedAt: undefined};
	const started = replaceQuestion(shown, index, question => (question.shownAt === undefined ? {...question, shownAt: now} : question));
	// Until the server's next tally, the count answered is what this question already had.
	const question = started.questions[index];
	return started.audience && question ? {...started, audience: {...started.audience, answered: devicesAnswered(question)}} : started;
}

/** A device tally: `joined` always, the votes only for the question on screen and only when they fit its fields. */
function takeAudience(state: RoomState, {question: id, joined, answered, votes}: Extract<RoomCommand, {type: 'audience'}>): RoomState {
	if (!isCount(joined) || !isCount(answered)) {
		return state;
	}

	const question = currentRoomQuestion(state);
	const onScreen = question?.presented.question.id === id;
	if (!question || !onScreen || votes.length !== question.fields.length || !votes.every(count => isCount(count))) {
		const kept = state.audience?.answered ?? 0;
		return state.audience?.joined === joined ? state : {...state, audience: {joined, answered: kept}};
	}

	const same = question.votes?.length === votes.length && votes.every((count, at) => question.votes?.[at] === count);
	const voted = same ? state : replaceQuestion(state, state.index, each => ({...each, votes: [...votes]}));
	return voted.audience?.joined === joined && voted.audience.answered === answered ? voted : {...voted, audience: {joined, answered}};
}

function toSummary(state: RoomState, now: number): RoomState {
	return {...state, phase: 'summary', entry: undefined, viewing: undefined, endedAt: now};
}

const meantForAnother = (state: RoomState, question: string | undefined): boolean =>
	question !== undefined && currentRoomQuestion(state)?.presented.question.id !== question;

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

			return replaceQuestion(commitEntry(state), state.index, each => ({...each, revealed: true}));
		}

		case 'next': {
			if (!question || !question.revealed || meantForAnother(state, command.question)) {
				return state;
			}

			const committed = commitEntry(state);
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

			return question && state.index > 0 ? show(commitEntry(state), state.index - 1, command.now) : state;
		}

		case 'end': {
			return question ? toSummary(commitEntry(state), command.now) : state;
		}

		case 'edit-count':
		case 'next-field':
		case 'previous-field':
		case 'digit':
		case 'erase':
		case 'commit':
		case 'cancel':
		case 'set-count': {
			return countReducer(state, command);
		}

		case 'show-counts': {
			if ((state.countsShown === true) === command.shown) {
				return state;
			}

			if (command.shown) {
				return {...state, countsShown: true};
			}

			const hidden: RoomState = {...state};
			delete (hidden as {countsShown?: true}).countsShown;
			return hidden;
		}

		case 'audience': {
			return takeAudience(state, command);
		}

		case 'view-slide': {
			const slide = question?.presented.question.slide;
			return question?.revealed && slide !== undefined ? {...commitEntry(state), viewing: slide} : state;
		}

		case 'close-slide': {
			return state.viewing === undefined ? state : {...state, viewing: undefined};
		}

		case 'quit':
		case 'interrupt': {
			return {...commitEntry(state), exit: command.type === 'quit' ? 'quit' : 'interrupted', endedAt: state.endedAt ?? command.now};
		}
	}
}
