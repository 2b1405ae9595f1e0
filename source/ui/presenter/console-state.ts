/**
The presenter console's own state: typed keys, its help, how far the notes
are scrolled, and the commands waiting to be sent to the slideshow. Commands
are queued here, numbered, and sent by the screen, so the reducer stays pure
and two fast keys are two commands.
*/
import {remoteCommands, type RemoteCommand} from '../../core/protocol/protocol.js';
import {type KeyFlags, type KeyToken, toKeyTokens} from '../../core/keys/key-tokens.js';
import {readKey} from '../../core/keys/keymap.js';
import {type SlideshowCommand, slideshowKeys} from '../../core/keys/slideshow-keys.js';
import {settleOutbox} from '../kit/console/outbox.js';

export type Outgoing = {
	readonly seq: number;
	readonly command: RemoteCommand;
	readonly count?: number;
};

export type ConsoleState = {
	readonly pending: readonly KeyToken[];
	readonly help: boolean;
	readonly helpPage: number;
	/** Lines the notes are scrolled from where the current step's notes start. */
	readonly scroll: number;
	readonly message?: string;
	/** Commands not yet sent, oldest first. */
	readonly outbox: readonly Outgoing[];
	/** The last number given to a command. */
	readonly seq: number;
	readonly quit: boolean;
	/**
	The shared screen is blacked out, as the show last said and no key here
	has ended yet: the next key only brings the slide back, as on the slideshow.
	*/
	readonly blackout: boolean;
};

export type ConsoleContext = {
	readonly slideCount: number;
	/** Where the current step's notes start and how far they scroll, as laid out now. */
	readonly notesRange: {readonly auto: number; readonly max: number};
	readonly notesPage: number;
	readonly helpPageCount: number;
	/** The show stands on its end screen and its next key starts the room quiz. */
	readonly roomQuizNext?: boolean;
};

export type ConsoleAction =
	| {readonly type: 'keys'; readonly input: string; readonly key: KeyFlags; readonly context: ConsoleContext}
	/** Commands up to `seq` have been dealt with (see `settleOutbox`). */
	| {readonly type: 'sent'; readonly seq: number; readonly delivered: boolean}
	/** The show moved to another slide or step: the notes follow it again. */
	| {readonly type: 'moved'}
	/** A show is followed (again): there is one to drive now. */
	| {readonly type: 'linked'}
	/** The show says whether its screen is blacked out. */
	| {readonly type: 'blackout'; readonly on: boolean};

export const initialConsoleState: ConsoleState = {pending: [], help: false, helpPage: 0, scroll: 0, outbox: [], seq: 0, quit: false, blackout: false};

const noShow = 'No slideshow to drive yet: this console follows one as soon as it starts';

const isRemote = (command: SlideshowCommand): command is RemoteCommand => (remoteCommands as readonly string[]).includes(command);

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

const send = (state: ConsoleState, command: RemoteCommand, count: number | undefined, context: ConsoleContext): ConsoleState => {
	// Checked here too, so a wrong number is said on this screen, not on the shared one.
	if (command === 'goto' && (count === undefined || count < 1 || count > context.slideCount)) {
		return {...state, message: `No slide ${count ?? ''}: the deck has ${context.slideCount}`};
	}

	const seq = state.seq + 1;
	return {...state, seq, outbox: [...state.outbox, {seq, command, ...(count === undefined ? {} : {count})}]};
};

const runCommand = (state: ConsoleState, command: SlideshowCommand, count: number | undefined, context: ConsoleContext): ConsoleState => {
	if (state.help) {
		switch (command) {
			case 'next':
			case 'previous': {
				const helpPage = clamp(state.helpPage + (command === 'next' ? 1 : -1), 0, context.helpPageCount - 1);
				return {...state, helpPage};
			}

			case 'help':
			case 'close': {
				return {...state, help: false};
			}

			case 'quit': {
				return {...state, quit: true};
			}

			default: {
				return state;
			}
		}
	}

	switch (command) {
		case 'help': {
			return {...state, help: true, helpPage: 0};
		}

		case 'quit': {
			return {...state, quit: true};
		}

		case 'notes-down':
		case 'notes-up': {
			const {auto, max} = context.notesRange;
			const delta = (command === 'notes-down' ? 1 : -1) * context.notesPage;
			return {...state, scroll: clamp(auto + state.scroll + delta, 0, max) - auto};
		}

		case 'next': {
			// On the end screen, the next key does what the clicker's does on the shared screen: start the room quiz.
			return send(state, context.roomQuizNext ? 'start-quiz' : 'next', count, context);
		}

		default: {
			return isRemote(command) ? send(state, command, count, context) : state;
		}
	}
};

export function consoleReducer(state: ConsoleState, action: ConsoleAction): ConsoleState {
	switch (action.type) {
		case 'keys': {
			let next = state;
			for (const token of toKeyTokens(action.input, action.key)) {
				if (next.quit) {
					break;
				}

				// Any key ends a blackout, bound or not, and does nothing more; Ctrl+C still quits, and the help, open here, keeps its keys.
				if (next.blackout && !next.help && token !== 'ctrl+c') {
					next = send({...next, blackout: false, pending: [], message: undefined}, 'blackout', undefined, action.context);
					continue;
				}

				const {pending, command, value} = readKey(slideshowKeys, 'console', token, {pending: next.pending});
				next = {...next, pending, message: undefined};
				if (command !== undefined) {
					next = runCommand(next, command, value, action.context);
				}
			}

			return next;
		}

		case 'sent': {
			return settleOutbox(state, action.seq, action.delivered, noShow);
		}

		case 'moved': {
			return state.scroll === 0 ? state : {...state, scroll: 0};
		}

		case 'linked': {
			return state.message === noShow ? {...state, message: undefined} : state;
		}

		case 'blackout': {
			return state.blackout === action.on ? state : {...state, blackout: action.on};
		}
	}
}
