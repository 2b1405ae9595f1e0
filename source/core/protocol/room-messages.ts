/**
What a room quiz and its presenter consoles say to each other, added to the
channel's protocol as message types of their own (`room-hello`,
`room-state`, `room-command`), so a console that knows only the slideshow's
ignores them and waits, as it would for any message it does not know.

The room's state travels without its answers: which question is on screen,
its options in the order shown, the hands counted, whether it is revealed.
A console reads the questions themselves, answers included, from its own
copy of the deck, checked to be the same by `quizHash`.
*/
import type {RoomCommand, RoomPhase} from '../room/room-model.js';
import {describe, type Fields, isCount, isRecord, isTime} from './wire-values.js';

/** The quiz a room screen runs, sent once on every connection. */
export type RoomDeckInfo = {
	/** The deck file's real path: a console for another deck never attaches. */
	readonly path: string;
	/** The slides' fingerprint, as in `hello`. */
	readonly fingerprint: string;
	/** The quiz's hash: a console with another version of the questions cannot follow. */
	readonly quizHash: string;
	/** What the presenter should know as the quiz opens (the room's counts cannot be kept, store files set aside), sanitized: the console says it, the room's screen does not. */
	readonly notices?: readonly string[];
};

export type RoomSnapshotQuestion = {
	readonly id: string;
	/** `order[shown]`: the deck's index of the option shown at that place. */
	readonly order: readonly number[];
	/** Hands per count field, as the room screen has them; `null` where none was given. */
	readonly counts: ReadonlyArray<number | null>;
	readonly revealed: boolean;
	readonly shownAt?: number;
};

/** A room quiz's state on the wire: everything but the answers. */
export type RoomSnapshot = {
	readonly phase: RoomPhase;
	/** 0-based question on screen (or last on screen). */
	readonly index: number;
	/** Every question in the order asked. */
	readonly questions: readonly RoomSnapshotQuestion[];
	/** A count being typed on the room screen. */
	readonly entry?: {readonly field: number; readonly digits: string};
	/** A slide (1-based) shown over the question. */
	readonly viewing?: number;
	readonly countdownMs?: number;
	/** The presenter chose to show the room the counts before the reveal. */
	readonly countsShown?: true;
	readonly startedAt?: number;
	readonly endedAt?: number;
};

/** Room commands a console may send that move the quiz; they name the question meant, so a late one is dropped. */
const roomMoves = ['start', 'advance', 'reveal', 'next', 'previous', 'end', 'view-slide', 'close-slide'] as const;

export type RoomMove = (typeof roomMoves)[number];

export type RoomRemote =
	| {readonly type: RoomMove; readonly question?: string}
	/** A count typed on the console; `null` takes it back. */
	| {readonly type: 'set-count'; readonly question: string; readonly field: number; readonly count: number | null}
	/** Show the room the counts before the reveal, or hide them: a state, not a toggle, so two consoles cannot undo each other. */
	| {readonly type: 'show-counts'; readonly shown: boolean}
	/** The phones' tally, from the room's own web server; never read from a console (readRoomRemote knows no such message). */
	| Extract<RoomCommand, {type: 'audience'}>;

const phases: readonly RoomPhase[] = ['intro', 'question', 'summary'];

/** Counts are at most five digits; a longer entry is not one a room screen makes. */
const isDigits = (value: unknown): value is string => typeof value === 'string' && /^\d{0,5}$/.test(value);

const optional = <T>(value: T | undefined, key: string): Record<string, T> => (value === undefined ? {} : {[key]: value});

export function readRoomDeck(value: unknown): RoomDeckInfo | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const {path, fingerprint, quizHash, notices} = value;
	if (notices !== undefined && !(Array.isArray(notices) && notices.every(notice => typeof notice === 'string'))) {
		return undefined;
	}

	return typeof path === 'string' && typeof fingerprint === 'string' && typeof quizHash === 'string'
		? {path, fingerprint, quizHash, ...(notices === undefined || notices.length === 0 ? {} : {notices: notices as string[]})}
		: undefined;
}

function readQuestion(value: unknown): RoomSnapshotQuestion | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const {id, order, counts, revealed, shownAt} = value;
	if (typeof id !== 'string' || !Array.isArray(order) || !order.every(index => isCount(index)) || !Array.isArray(counts)
		|| !counts.every(count => count === null || isCount(count)) || typeof revealed !== 'boolean' || (shownAt !== undefined && !isTime(shownAt))) {
		return undefined;
	}

	return {id, order: order as number[], counts: counts as Array<number | null>, revealed, ...optional(shownAt, 'shownAt')};
}

function readEntry(value: unknown): RoomSnapshot['entry'] | false {
	if (value === undefined) {
		return undefined;
	}

	return isRecord(value) && isCount(value['field']) && isDigits(value['digits']) ? {field: value['field'], digits: value['digits']} : false;
}

export function readRoomSnapshot(value: unknown): RoomSnapshot | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const {phase, index, questions, viewing, countdownMs, countsShown, startedAt, endedAt} = value;
	const entry = readEntry(value['entry']);
	const read = Array.isArray(questions) ? questions.map(each => readQuestion(each)) : [undefined];
	const times = [countdownMs, startedAt, endedAt].every(time => time === undefined || isTime(time));
	if (!phases.includes(phase as RoomPhase) || !isCount(index) || (read.length > 0 && index >= read.length) || read.some(each => each === undefined)
		|| entry === false || (viewing !== undefined && !isCount(viewing)) || !times || (countsShown !== undefined && countsShown !== true)) {
		return undefined;
	}

	return {
		phase: phase as RoomPhase,
		index,
		questions: read as RoomSnapshotQuestion[],
		...optional(entry, 'entry'),
		...optional(viewing as number | undefined, 'viewing'),
		...optional(countdownMs as number | undefined, 'countdownMs'),
		...(countsShown === true ? {countsShown} : {}),
		...optional(startedAt as number | undefined, 'startedAt'),
		...optional(endedAt as number | undefined, 'endedAt'),
	};
}

export function readRoomRemote(value: Fields): RoomRemote | string {
	const {type, question, field, count, shown} = value;
	if (question !== undefined && typeof question !== 'string') {
		return 'a room command whose question is not an id';
	}

	if (type === 'set-count') {
		if (question === undefined || !isCount(field) || !(count === null || isCount(count))) {
			return 'a set-count without a question, a field and a count';
		}

		return {type, question, field, count};
	}

	if (type === 'show-counts') {
		return typeof shown === 'boolean' ? {type, shown} : 'a show-counts without shown: true or false';
	}

	if (!(roomMoves as readonly unknown[]).includes(type)) {
		return `unknown room command ${describe(type)}`;
	}

	return {type: type as RoomMove, ...optional(question, 'question')};
}

/** The room reducer's command for one a console sent, read at `now`. */
export function roomCommandOf(remote: RoomRemote, now: number): RoomCommand {
	switch (remote.type) {
		case 'set-count': {
			return {type: 'set-count', question: remote.question, field: remote.field, count: remote.count ?? undefined};
		}

		case 'view-slide':
		case 'close-slide': {
			return {type: remote.type};
		}

		case 'show-counts': {
			return {type: 'show-counts', shown: remote.shown};
		}

		case 'audience': {
			return remote;
		}

		default: {
			return {type: remote.type, now, ...optional(remote.question, 'question')};
		}
	}
}
