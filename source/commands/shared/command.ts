/**
A command line as one command with plain options: what interpret.ts makes of
it, and what the dispatch (run-command.ts) runs.
*/

import type {ImageProtocol} from '../../core/images/protocol.js';

type Theme = 'dark' | 'light';

export type Command =
	| {
		readonly kind: 'play';
		/** `--images`: how to draw pictures, in place of asking the terminal. */
		readonly images?: ImageProtocol;
		readonly deck?: string;
		readonly slide?: string;
		readonly offerQuiz: boolean;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
		/** Time every slide and keep the run in the store. */
		readonly rehearse?: true;
		/** Pace against the rehearsed times (each slide's latest), over `time` and `duration`. */
		readonly paceFromRehearsal?: true;
		/** Read the deck again whenever its file is saved. */
		readonly watch?: true;
		/** `--present`: presented from the start, as when a console attaches (a clicker-only talk). */
		readonly present?: true;
		/** `--countdown`, `--save-room`: for the room quiz a presented show ends with. */
		readonly room: RoomOptions;
		/** `--max-width`: the most columns a slide takes, over the deck's `max_width`. */
		readonly maxWidth?: number;
	}
	| {
		readonly kind: 'check';
		readonly decks: readonly string[];
		readonly json: boolean;
		readonly coverage: boolean;
		readonly width?: number;
		/** `--max-width`: check against slides at most this wide, over each deck's `max_width`. */
		readonly maxWidth?: number;
		/** The store looked in (never written) for another deck file with the same id. */
		readonly store?: string;
	}
	| {readonly kind: 'print'; readonly deck?: string; readonly notes: boolean; readonly answers: boolean; readonly color: boolean}
	| {readonly kind: 'decks'}
	| {
		readonly kind: 'quiz';
		readonly deck?: string;
		readonly seed?: number;
		readonly shuffle: boolean;
		readonly json: boolean;
		/** No feedback until the end (`--exam`, or implied by a time limit). */
		readonly exam: boolean;
		readonly timeLimitMs?: number;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
		/** `--room`: the quiz for a projected screen, run by a presenter. */
		readonly room?: RoomOptions;
	}
	| {
		readonly kind: 'review';
		/** One deck's due questions; every deck's without. */
		readonly deck?: string;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
	}
	| {
		readonly kind: 'scores';
		readonly deck?: string;
		readonly json: boolean;
		readonly csv: boolean;
		/** With `csv`: one row per question. */
		readonly questions: boolean;
		/** With `csv`: the room records' table instead of the attempts (a CSV holds one table). */
		readonly rooms: boolean;
		readonly reset: boolean;
		readonly yes: boolean;
		readonly store?: string;
	}
	| {
		readonly kind: 'presenter';
		/** `--images`: how to draw pictures, in place of asking the terminal. */
		readonly images?: ImageProtocol;
		readonly deck?: string;
		/** The console alone, no slideshow. */
		readonly solo: boolean;
		/** With `solo`: time every slide and keep the run in the store, as the slideshow's `--rehearse` does. */
		readonly rehearse?: true;
		readonly paceFromRehearsal: boolean;
		readonly theme: Theme;
		readonly color: boolean;
		readonly screenReader: boolean;
		readonly store?: string;
		/** Read the deck again whenever its file is saved. */
		readonly watch?: true;
	}
	| {readonly kind: 'rehearsals'; readonly deck?: string; readonly json: boolean; readonly store?: string}
	| {readonly kind: 'usage-error'; readonly message: string; readonly hint: string};

export type RoomOptions = {
	/** `--countdown N`, in milliseconds. */
	readonly countdownMs?: number;
	/** `--save-room`: keep the room's counts as a room record. */
	readonly save: boolean;
	/**
	`--serve`: the room answers from its own phones, served from this machine
	for the length of the room quiz. `host` (`--host`) is where it listens
	instead of the private-network addresses; `port` (`--port`) its port
	instead of a free one. Absent: nothing listens.
	*/
	readonly serve?: {readonly host?: string; readonly port?: number};
};

/** The subcommands: any other first word on the command line is a deck to play. */
export const commandNames = ['check', 'print', 'decks', 'quiz', 'review', 'scores', 'presenter', 'rehearsals'] as const;
