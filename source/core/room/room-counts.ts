/**
The counts of a room quiz: the hands per field, typed in digit by digit on
the room's own screen (`A 7 Enter`) or set whole from a presenter console.
*/
import {currentRoomQuestion, replaceQuestion, type RoomCommand, type RoomQuestion, type RoomState} from './room-model.js';

/** Counts are whole numbers up to this (five digits): more hands than any room holds. */
export const MAX_COUNT = 99_999;

/** The commands that type or set a count. */
export type CountCommand = Extract<RoomCommand, {readonly type: 'edit-count' | 'next-field' | 'previous-field' | 'digit' | 'erase' | 'commit' | 'cancel' | 'set-count'}>;

/** Whether counts can be typed for a question now: a card's only once its answer is out (people judge themselves). */
export const acceptsCounts = (question: RoomQuestion): boolean =>
	question.presented.question.kind !== 'card' || question.revealed;

const withCount = (question: RoomQuestion, field: number, count: number | undefined): RoomQuestion =>
	question.counts[field] === count ? question : {...question, counts: question.counts.map((each, at) => (at === field ? count : each))};

/** The count being typed goes in (an empty one changes nothing); the entry closes. */
export function commitEntry(state: RoomState): RoomState {
	const {entry} = state;
	if (!entry) {
		return state;
	}

	const closed: RoomState = {...state, entry: undefined};
	return entry.digits === '' ? closed : replaceQuestion(closed, state.index, question => withCount(question, entry.field, Number(entry.digits)));
}

function openEntry(state: RoomState, field: number): RoomState {
	const question = currentRoomQuestion(state);
	if (!question || !acceptsCounts(question) || !Number.isInteger(field) || field < 0 || field >= question.fields.length) {
		return state;
	}

	return {...commitEntry(state), entry: {field, digits: ''}};
}

/** Commands that make no sense now (or name no question) leave the state as it is. */
export function countReducer(state: RoomState, command: CountCommand): RoomState {
	switch (command.type) {
		case 'edit-count': {
			return openEntry(state, command.field);
		}

		case 'next-field':
		case 'previous-field': {
			const count = currentRoomQuestion(state)?.fields.length ?? 0;
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
			return commitEntry(state);
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
	}
}
