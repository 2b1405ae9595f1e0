/**
What the room screen remembers: the room's own state (shared, changed only by
the room reducer) and what is this terminal's alone, the page of a slide
shown and how far a tall screen is scrolled. Keys arrive raw, are split and
read through the room keymap against the state as it is after the key before,
so keys typed faster than React renders each still count; commands from
elsewhere go straight to the room reducer.
*/
import {roomReducer} from '../../core/room/room-state.js';
import {currentRoomQuestion, type RoomCommand, type RoomState} from '../../core/room/room-model.js';
import {type KeyFlags, toKeyTokens} from '../../core/keys/key-tokens.js';
import {readKey} from '../../core/keys/keymap.js';
import {type RoomKeyCommand, roomKeys, type RoomScope, roomSlots} from '../../core/keys/room-keys.js';
import {scrolled} from '../kit/screen/fit-screen.js';

export type RoomScreenState = {
	readonly room: RoomState;
	/** Page of the slide shown over a question. */
	readonly page: number;
	/** First line of the screen's body shown, when it is taller than the terminal. */
	readonly scroll: number;
	/** The presenter asked (`?`) for the key hints on this screen, which the room otherwise never sees. */
	readonly keys: boolean;
	/** Presenter consoles following the quiz now: with one, not even `? keys` is on the room's screen. */
	readonly consoles: number;
	/** A console has followed the quiz in this run: the presenter's notices are its to say, never this screen's (sticky, so a console that comes back does not let them flash). */
	readonly consoled: boolean;
	/**
	The quiz holds the channel and has just opened: its notices wait off the
	screen for a moment, so that a console about to attach (one that followed
	the slideshow a moment ago, say) takes them before the room can read them.
	*/
	readonly noticesHeld: boolean;
};

export type RoomScreenContext = {
	/** Pages a slide (1-based) takes at the current size. */
	readonly pageCount: (slide: number) => number;
	/** How the body scrolls at this size; absent when it fits. */
	readonly scroll?: {readonly max: number; readonly page: number};
};

export type RoomScreenAction =
	| {readonly type: 'keys'; readonly input: string; readonly key: KeyFlags; readonly now: number; readonly context: RoomScreenContext}
	/** A command from outside this terminal's keys. */
	| {readonly type: 'command'; readonly command: RoomCommand}
	/** How many presenter consoles follow the quiz now. */
	| {readonly type: 'consoles'; readonly count: number}
	/** The notices have waited long enough for a console: with none following, the screen may say them. */
	| {readonly type: 'release-notices'};

export const initialRoomScreen = (room: RoomState, {holdNotices = false}: {readonly holdNotices?: boolean} = {}): RoomScreenState =>
	({room, page: 0, scroll: 0, keys: false, consoles: 0, consoled: false, noticesHeld: holdNotices});

/** Whether the room's screen says the presenter's notices: not while they wait for a console, nor once one has followed. */
export const roomShowsNotices = (state: RoomScreenState): boolean => !state.noticesHeld && !state.consoled;

/**
What the footer of the room's screen holds: every hint once the presenter
asked for them; else, with no console to read them on, `? keys` alone, so the
presenter at this keyboard can find them; else nothing.
*/
export const roomHints = (state: RoomScreenState): 'all' | 'ask' | 'none' => (state.keys ? 'all' : state.consoles > 0 ? 'none' : 'ask');

/** Where keys are read now; `undefined` once the quiz has ended. */
export function roomScope(room: RoomState): RoomScope | undefined {
	if (room.exit !== undefined) {
		return undefined;
	}

	if (room.viewing !== undefined) {
		return 'slide';
	}

	if (room.phase !== 'question') {
		return room.phase;
	}

	if (room.entry) {
		return 'counting';
	}

	return currentRoomQuestion(room)?.revealed ? 'revealed' : 'asking';
}

/** Which body is on screen: a new one starts at the top. */
const bodyIdentity = (room: RoomState): string =>
	[room.phase, room.index, currentRoomQuestion(room)?.revealed ?? '', room.viewing ?? ''].join(':');

function withRoom(state: RoomScreenState, command: RoomCommand): RoomScreenState {
	const room = roomReducer(state.room, command);
	if (room === state.room) {
		return state;
	}

	const moved = bodyIdentity(room) !== bodyIdentity(state.room);
	return {...state, room, page: moved ? 0 : state.page, scroll: moved ? 0 : state.scroll};
}

/**
The room command a key means, or what it does to this screen alone; `value`
is what the key named: the count a letter opens, the digit typed.
*/
function runKey(state: RoomScreenState, command: RoomKeyCommand, value: number | undefined, now: number, context: RoomScreenContext): RoomScreenState {
	switch (command) {
		case 'start':
		case 'advance':
		case 'previous':
		case 'end':
		case 'quit':
		case 'interrupt': {
			return withRoom(state, {type: command, now});
		}

		case 'count': {
			return value === undefined ? state : withRoom(state, {type: 'edit-count', field: value});
		}

		case 'digit': {
			return value === undefined ? state : withRoom(state, {type: 'digit', digit: value});
		}

		case 'next-field':
		case 'previous-field':
		case 'erase':
		case 'commit':
		case 'cancel':
		case 'view-slide': {
			return withRoom(state, {type: command});
		}

		case 'close': {
			return withRoom(state, {type: 'close-slide'});
		}

		case 'toggle-counts': {
			return withRoom(state, {type: 'show-counts', shown: state.room.countsShown !== true});
		}

		case 'keys': {
			return {...state, keys: !state.keys};
		}

		case 'more': {
			const slide = state.room.viewing;
			if (slide !== undefined && state.page + 1 < context.pageCount(slide)) {
				return {...state, page: state.page + 1};
			}

			// Past the last page, ↓ is just another key.
			return withRoom(state, {type: 'close-slide'});
		}

		case 'line-down':
		case 'line-up':
		case 'page-down':
		case 'page-up': {
			const {scroll} = context;
			const next = scroll === undefined ? state.scroll : scrolled(state.scroll, command, scroll);
			return next === state.scroll ? state : {...state, scroll: next};
		}
	}
}

export function roomScreenReducer(state: RoomScreenState, action: RoomScreenAction): RoomScreenState {
	if (action.type === 'command') {
		return withRoom(state, action.command);
	}

	if (action.type === 'consoles') {
		const consoled = state.consoled || action.count > 0;
		return state.consoles === action.count && state.consoled === consoled ? state : {...state, consoles: action.count, consoled};
	}

	if (action.type === 'release-notices') {
		return state.noticesHeld ? {...state, noticesHeld: false} : state;
	}

	let result = state;
	for (const token of toKeyTokens(action.input, action.key)) {
		const scope = roomScope(result.room);
		const {command, value} = scope === undefined ? {} : readKey(roomKeys, scope, token, {slots: roomSlots(currentRoomQuestion(result.room)?.fields ?? [])});
		if (command !== undefined) {
			result = runKey(result, command, value, action.now, action.context);
		}
	}

	return result;
}
