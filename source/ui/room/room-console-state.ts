/**
A presenter console's own state while it follows a room quiz. The quiz is
the room screen's: keys that move it become room commands, queued here and
sent by the screen. What belongs to this terminal alone stays here: a count
being typed (sent whole, as `set-count`, on Enter), how far a tall screen is
scrolled, quitting. Counts typed here follow the room reducer's own rules,
since they are typed through it, on a copy of the room's state.
*/
import type {RoomRemote} from '../../core/protocol/room-messages.js';
import {roomReducer} from '../../core/room/room-state.js';
import {type CountEntry, currentRoomQuestion, type RoomCommand, type RoomState} from '../../core/room/room-model.js';
import {type KeyFlags, toKeyTokens} from '../../core/keys/key-tokens.js';
import {readKey} from '../../core/keys/keymap.js';
import {consoleRoomKeys, type RoomKeyCommand, roomSlots} from '../../core/keys/room-keys.js';
import {roomScope} from './room-screen-state.js';
import {settleOutbox} from '../kit/console/outbox.js';

export type RoomOutgoing = {
	readonly seq: number;
	readonly command: RoomRemote;
};

export type RoomConsoleState = {
	/** A count being typed here, for the question it was begun on. */
	readonly entry?: CountEntry & {readonly question: string};
	/** First line of the screen's body shown, when it is taller than the terminal; a new body starts at the top. */
	readonly scroll: {readonly body: string; readonly line: number};
	/** Commands not yet sent, oldest first. */
	readonly outbox: readonly RoomOutgoing[];
	readonly seq: number;
	readonly message?: string;
	readonly quit: boolean;
};

export type RoomConsoleContext = {
	/** Which body is on screen (see `scrollOf`). */
	readonly body: string;
	/** How the body scrolls at this size; absent when it fits. */
	readonly scroll?: {readonly max: number; readonly page: number};
};

export type RoomConsoleAction =
	| {readonly type: 'keys'; readonly input: string; readonly key: KeyFlags; readonly room: RoomState | undefined; readonly context: RoomConsoleContext}
	/** Commands up to `seq` have been dealt with (see `settleOutbox`). */
	| {readonly type: 'sent'; readonly seq: number; readonly delivered: boolean}
	/** A room quiz is followed (again): there is one to drive now. */
	| {readonly type: 'linked'};

const noRoom = 'No room quiz to drive: this console follows one as soon as it answers';

export const initialRoomConsole: RoomConsoleState = {scroll: {body: '', line: 0}, outbox: [], seq: 0, quit: false};

/** How far the body on screen is scrolled. */
export const scrollOf = (state: RoomConsoleState, body: string): number => (state.scroll.body === body ? state.scroll.line : 0);

/** The room as this console shows it: the room's own state, with the count typed here. */
export function consoleRoom(room: RoomState, state: RoomConsoleState): RoomState {
	const id = currentRoomQuestion(room)?.presented.question.id;
	const {entry} = state;
	return {...room, entry: entry !== undefined && entry.question === id ? {field: entry.field, digits: entry.digits} : undefined};
}

const queue = (state: RoomConsoleState, ...commands: RoomRemote[]): RoomConsoleState => {
	let {seq} = state;
	const added = commands.map(command => ({seq: ++seq, command}));
	return {...state, seq, outbox: [...state.outbox, ...added]};
};

/** The count being typed goes to the room (an empty one changes nothing); the entry closes. */
function commit(state: RoomConsoleState, room: RoomState): RoomConsoleState {
	const entry = consoleRoom(room, state).entry && state.entry;
	const closed: RoomConsoleState = {...state, entry: undefined};
	return entry && entry.digits !== '' ? queue(closed, {type: 'set-count', question: entry.question, field: entry.field, count: Number(entry.digits)}) : closed;
}

/**
Types through the room reducer, on this console's copy of the room: the
entry it leaves is this console's. Opening another count first sends the one
being typed, as the room screen keeps it. Unchanged when the reducer refuses.
*/
function type(state: RoomConsoleState, room: RoomState, command: RoomCommand): RoomConsoleState {
	const question = currentRoomQuestion(room)?.presented.question.id;
	const shown = consoleRoom(room, state);
	const typed = roomReducer(shown, command);
	if (typed === shown || question === undefined) {
		return state;
	}

	const opens = command.type === 'edit-count' || command.type === 'next-field' || command.type === 'previous-field';
	const base = opens ? commit(state, room) : state;
	return {...base, entry: typed.entry ? {...typed.entry, question} : undefined};
}

/** `value` is what the key named: the count a letter opens, the digit typed. */
function runKey(state: RoomConsoleState, command: RoomKeyCommand, value: number | undefined, room: RoomState, context: RoomConsoleContext): RoomConsoleState {
	const question = currentRoomQuestion(room)?.presented.question.id;
	const meant = question === undefined ? {} : {question};
	switch (command) {
		case 'start':
		case 'advance':
		case 'previous': {
			// As on the room screen, a count being typed goes in before the quiz moves on.
			return queue(commit(state, room), {type: command, ...meant});
		}

		case 'view-slide': {
			return queue(commit(state, room), {type: 'view-slide', ...meant});
		}

		case 'toggle-counts': {
			return queue(state, {type: 'show-counts', shown: room.countsShown !== true});
		}

		case 'close': {
			return queue(state, {type: 'close-slide'});
		}

		case 'commit': {
			return commit(state, room);
		}

		case 'count': {
			return value === undefined ? state : type(state, room, {type: 'edit-count', field: value});
		}

		case 'next-field':
		case 'previous-field':
		case 'erase':
		case 'cancel': {
			return type(state, room, {type: command});
		}

		case 'digit': {
			return value === undefined ? state : type(state, room, {type: 'digit', digit: value});
		}

		case 'line-down':
		case 'line-up':
		case 'page-down':
		case 'page-up': {
			const {scroll} = context;
			if (scroll === undefined) {
				return state;
			}

			const step = {'line-down': 1, 'line-up': -1, 'page-down': scroll.page, 'page-up': -scroll.page}[command];
			const from = scrollOf(state, context.body);
			const line = Math.min(scroll.max, Math.max(0, from + step));
			return line === from ? state : {...state, scroll: {body: context.body, line}};
		}

		case 'quit':
		case 'interrupt': {
			return {...state, quit: true};
		}

		default: {
			// The summary and a slide's pages belong to the room screen.
			return state;
		}
	}
}

export function roomConsoleReducer(state: RoomConsoleState, action: RoomConsoleAction): RoomConsoleState {
	switch (action.type) {
		case 'keys': {
			let next: RoomConsoleState = state.message === undefined ? state : {...state, message: undefined};
			for (const token of toKeyTokens(action.input, action.key)) {
				if (next.quit) {
					break;
				}

				const {room} = action;
				if (!room) {
					next = token === 'q' || token === 'ctrl+c' ? {...next, quit: true} : next;
					continue;
				}

				const shown = consoleRoom(room, next);
				const scope = roomScope(shown);
				const {command, value} = scope === undefined ? {} : readKey(consoleRoomKeys, scope, token, {slots: roomSlots(currentRoomQuestion(shown)?.fields ?? [])});
				if (command !== undefined) {
					next = runKey(next, command, value, room, action.context);
				}
			}

			return next;
		}

		case 'sent': {
			return settleOutbox(state, action.seq, action.delivered, noRoom);
		}

		case 'linked': {
			return state.message === noRoom ? {...state, message: undefined} : state;
		}
	}
}
