/**
What the slideshow and presenter consoles say to each other: one JSON object
per line, each with the protocol version `v` and a `type`. The slideshow sends
`hello` (the deck it shows) and then `state` on every change; a console sends
`command`s, named as in the keymap, and a `talk` when a new slideshow
opens where the one it followed went away mid-talk. A room quiz sends `room-hello` and
`room-state` instead, and takes `room-command`s (see `room-messages.ts`).
Anything else, or anything malformed, is read as "ignored, and why", never
thrown, so a stray writer cannot crash either side; new message types can be
added without breaking old readers.
*/
import {readRoomDeck, readRoomRemote, readRoomSnapshot, type RoomDeckInfo, type RoomRemote, type RoomSnapshot} from './room-messages.js';
import {readTalkCopy, type TalkCopy} from '../records/talk-record.js';
import {readTimer, type Timer} from '../talk/timer.js';
import {describe, isCount, isRecord, isTime} from './wire-values.js';

const protocolVersion = 1;

/** Longest line (in characters) either side reads; a longer one is dropped whole. */
const maxLineLength = 256 * 1024;

/** Keymap commands a console may send: the ones that move the show or its timer. */
export const remoteCommands = ['next', 'previous', 'first', 'last', 'goto', 'reveal', 'resume', 'afresh', 'blackout', 'timer', 'timer-reset', 'start-quiz'] as const;

export type RemoteCommand = (typeof remoteCommands)[number];

/**
What the end screen's next key brings: the quiz for the room (a presented
show), the presenter's own quiz (a show nobody presents from), or nothing
more (no quiz, or `--no-quiz`).
*/
export const endOffers = ['room-quiz', 'quiz', 'none'] as const;

export type EndOffer = (typeof endOffers)[number];

/** Where the show is, as the presenter console needs it. */
export type ShowState = {
	/** 0-based slide shown (the last one when `atEnd`). */
	readonly slide: number;
	/** 0-based step of that slide. */
	readonly step: number;
	/** Page of that step on the show's screen, and how many pages it has there. */
	readonly page: number;
	readonly pageCount: number;
	/** Past the last slide: the end screen. */
	readonly atEnd: boolean;
	readonly blackout: boolean;
	readonly timer: Timer;
	/** The timer's reading when the current slide was entered. */
	readonly slideStartedMs: number;
	/** 0-based slide the timer started on: pacing leaves out the slides before it. */
	readonly pacedFrom: number;
	/** What the next key on the end screen brings. Absent from an older slideshow. */
	readonly endOffer?: EndOffer;
	/** A search whose match on this slide is in its notes: the query, for the console to mark there (the shared screen keeps the notes closed). */
	readonly notesHit?: string;
	/** The slideshow's note for the presenter (a notice as it opened, a talk picked up, a search's matches …), which a presented show keeps off the shared screen. */
	readonly message?: string;
};

/** The deck a slideshow shows, sent once on every connection. */
export type DeckInfo = {
	/** The deck file's real path: a console for another deck never attaches. */
	readonly path: string;
	readonly slides: number;
	/** Changes when the deck's slides change, so a console can tell it reads another version. */
	readonly fingerprint: string;
	/** Seconds per slide the show paces against (`null`: no budget). */
	readonly budgets: ReadonlyArray<number | null>;
	/** The talk's length in seconds, if it has one. */
	readonly durationSeconds?: number;
};

export type Message =
	| {readonly v: typeof protocolVersion; readonly type: 'hello'; readonly deck: DeckInfo}
	| {readonly v: typeof protocolVersion; readonly type: 'state'; readonly state: ShowState}
	| {readonly v: typeof protocolVersion; readonly type: 'command'; readonly command: RemoteCommand; readonly count?: number}
	/** A console's copy of the talk it followed until its slideshow went away, offered to the next one (see talk-record.ts). */
	| {readonly v: typeof protocolVersion; readonly type: 'talk'; readonly talk: TalkCopy}
	| {readonly v: typeof protocolVersion; readonly type: 'room-hello'; readonly deck: RoomDeckInfo}
	| {readonly v: typeof protocolVersion; readonly type: 'room-state'; readonly room: RoomSnapshot}
	| {readonly v: typeof protocolVersion; readonly type: 'room-command'; readonly command: RoomRemote};

/** What a console sends; everything else comes from the screen it follows. */
export type ConsoleMessage = Extract<Message, {type: 'command' | 'talk' | 'room-command'}>;

export const isConsoleMessage = (message: Message): message is ConsoleMessage =>
	message.type === 'command' || message.type === 'talk' || message.type === 'room-command';

export type Decoded =
	| {readonly ok: true; readonly message: Message}
	| {readonly ok: false; readonly reason: string};

export function encodeMessage(message: Message): string {
	return `${JSON.stringify(message)}\n`;
}

const readState = (value: unknown): ShowState | undefined => {
	if (!isRecord(value)) {
		return undefined;
	}

	const {slide, step, page, pageCount, atEnd, blackout, slideStartedMs, pacedFrom, endOffer, notesHit, message} = value;
	const timer = readTimer(value['timer']);
	if (!isCount(slide) || !isCount(step) || !isCount(page) || !isCount(pageCount) || pageCount < 1
		|| typeof atEnd !== 'boolean' || typeof blackout !== 'boolean' || !isTime(slideStartedMs) || !isCount(pacedFrom) || !timer
		|| (endOffer !== undefined && !(endOffers as readonly unknown[]).includes(endOffer)) || (notesHit !== undefined && typeof notesHit !== 'string') || (message !== undefined && typeof message !== 'string')) {
		return undefined;
	}

	return {
		slide, step, page, pageCount, atEnd, blackout, timer, slideStartedMs, pacedFrom,
		...(endOffer === undefined ? {} : {endOffer: endOffer as EndOffer}),
		...(notesHit === undefined ? {} : {notesHit}),
		...(message === undefined ? {} : {message}),
	};
};

const readDeck = (value: unknown): DeckInfo | undefined => {
	if (!isRecord(value)) {
		return undefined;
	}

	const {path, slides, fingerprint, budgets, durationSeconds} = value;
	if (typeof path !== 'string' || !isCount(slides) || typeof fingerprint !== 'string' || !Array.isArray(budgets)
		|| !budgets.every(seconds => seconds === null || isTime(seconds)) || (durationSeconds !== undefined && !isTime(durationSeconds))) {
		return undefined;
	}

	return {path, slides, fingerprint, budgets: budgets as Array<number | null>, ...(durationSeconds === undefined ? {} : {durationSeconds})};
};

/** Reads one line. Never throws: a line that is not a message says why. */
export function decodeMessage(line: string): Decoded {
	let raw: unknown;
	try {
		raw = JSON.parse(line);
	} catch {
		return {ok: false, reason: 'not JSON'};
	}

	if (!isRecord(raw)) {
		return {ok: false, reason: 'not a JSON object'};
	}

	if (raw['v'] !== protocolVersion) {
		return {ok: false, reason: `protocol version ${describe(raw['v'])}, not ${protocolVersion}`};
	}

	switch (raw['type']) {
		case 'hello': {
			const deck = readDeck(raw['deck']);
			return deck ? {ok: true, message: {v: protocolVersion, type: 'hello', deck}} : {ok: false, reason: 'a hello without a valid deck'};
		}

		case 'state': {
			const state = readState(raw['state']);
			return state ? {ok: true, message: {v: protocolVersion, type: 'state', state}} : {ok: false, reason: 'a state that is not valid'};
		}

		case 'command': {
			const {command, count} = raw;
			if (!(remoteCommands as readonly unknown[]).includes(command)) {
				return {ok: false, reason: `unknown command ${describe(command)}`};
			}

			if (count !== undefined && !isCount(count)) {
				return {ok: false, reason: 'a command count that is not a whole number'};
			}

			return {ok: true, message: {v: protocolVersion, type: 'command', command: command as RemoteCommand, ...(count === undefined ? {} : {count})}};
		}

		case 'talk': {
			const talk = readTalkCopy(raw['talk']);
			return talk.ok ? {ok: true, message: {v: protocolVersion, type: 'talk', talk: talk.copy}} : {ok: false, reason: `a talk that is not valid (${talk.problems.join('; ')})`};
		}

		case 'room-hello': {
			const deck = readRoomDeck(raw['deck']);
			return deck ? {ok: true, message: {v: protocolVersion, type: 'room-hello', deck}} : {ok: false, reason: 'a room-hello without a valid deck'};
		}

		case 'room-state': {
			const room = readRoomSnapshot(raw['room']);
			return room ? {ok: true, message: {v: protocolVersion, type: 'room-state', room}} : {ok: false, reason: 'a room-state that is not valid'};
		}

		case 'room-command': {
			const command = isRecord(raw['command']) ? readRoomRemote(raw['command']) : 'a room-command without a command';
			return typeof command === 'string' ? {ok: false, reason: command} : {ok: true, message: {v: protocolVersion, type: 'room-command', command}};
		}

		default: {
			return {ok: false, reason: `unknown message type ${describe(raw['type'])}`};
		}
	}
}

/**
Splits a text stream into lines. A line longer than `maxLength` is dropped
whole, up to its newline, and reported once, so a writer that never sends a
newline cannot make the reader hold unbounded memory.
*/
export function createLineSplitter(onLine: (line: string) => void, onOverflow: () => void, maxLength = maxLineLength): (chunk: string) => void {
	let buffer = '';
	let dropping = false;
	return chunk => {
		let start = 0;
		for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', start)) {
			const line = buffer + chunk.slice(start, newline);
			start = newline + 1;
			buffer = '';
			if (dropping) {
				dropping = false;
			} else if (line.length > maxLength) {
				onOverflow();
			} else if (line.trim() !== '') {
				onLine(line);
			}
		}

		if (!dropping) {
			buffer += chunk.slice(start);
			if (buffer.length > maxLength) {
				buffer = '';
				dropping = true;
				onOverflow();
			}
		}
	};
}
