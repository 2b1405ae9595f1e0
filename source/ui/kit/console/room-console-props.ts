import type {Deck} from '../../../core/deck/types.js';
import type {RoomRemote} from '../../../core/protocol/room-messages.js';
import type {RoomState} from '../../../core/room/room-model.js';
import type {Clock} from '../use-elapsed.js';
import type {LinkStatus} from './link-status.js';

/** What the console shows while the screen it follows runs the room quiz. */
export type RoomConsoleProps = {
	readonly deck: Deck;
	/** The room's state with this deck's questions; absent until it says, or when this deck has other questions. */
	readonly room?: RoomState;
	/** The room asks questions this console's deck does not have (as they are now). */
	readonly otherQuestions: boolean;
	readonly link: LinkStatus;
	/** Sends a command to the room quiz; false when there is none to take it. */
	readonly send: (command: RoomRemote) => boolean;
	readonly deckArgument?: string;
	/** A problem reading the deck file again, said on the bottom line. */
	readonly banner?: string;
	/** What the room quiz told the presenter as it opened (the room's counts cannot be kept, store files set aside), shown with its intro. */
	readonly notices?: readonly string[];
	readonly clock?: Clock;
};
