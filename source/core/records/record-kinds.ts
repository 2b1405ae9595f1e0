/**
The kinds of record kept one file each (see record-files.ts): where each
lives, what it is called in messages, and its schema. Everything else about
reading and writing them is the same for all.
*/
import {type Attempt, attemptVersion, validateAttempt} from './attempt.js';
import {type Upgrade, upgrades} from './migrate.js';
import {type Rehearsal, rehearsalUpgrades, rehearsalVersion, validateRehearsal} from './rehearsal.js';
import {type RoomRecord, roomRecordUpgrades, roomRecordVersion, validateRoomRecord} from './room-record.js';
import type {CorruptKind} from './warnings.js';

/** What every kind of record holds: whose it is, and when it ended (which names and orders its file). */
export type StoredRecord = {
	readonly deckId: string;
	/** ISO 8601. */
	readonly endedAt: string;
};

export type RecordValidation<T> =
	| {readonly ok: true; readonly record: T}
	| {readonly ok: false; readonly problems: readonly string[]};

/** One kind of record: where it lives, what it is called, and its schema. */
export type RecordKind<T extends StoredRecord> = {
	/** The folder under the store: `attempts`. */
	readonly directory: string;
	/** One record, for messages: `attempt`. */
	readonly noun: string;
	/** With its article, for the schema's messages: `an attempt`. */
	readonly anoun: string;
	/** What a deck's folder holds, for messages: `scores`. */
	readonly contents: string;
	readonly corruptKind: CorruptKind;
	readonly version: number;
	/** `upgrades[n]` lifts version n to n + 1. */
	readonly upgrades: Readonly<Record<number, Upgrade>>;
	/** Far above any record a deck within the size limit makes; a larger file is not one. */
	readonly maxBytes: number;
	/** Checks a parsed record of the current version, listing every problem. */
	readonly validate: (value: unknown) => RecordValidation<T>;
};

/*
Read limits, so that a file planted in the store cannot cost unbounded memory
to parse; a file over its limit is treated as corrupt. Each is at least twice
the largest file of its kind that a deck within the deck size limit can make
(test/store/record-limits.test.ts writes those and measures them): an
attempt or a room record of 10,000 cards is about 1.2 MB, and a rehearsal
of 32,000 one-line slides about 3.2 MB.
*/
export const MAX_ATTEMPT_BYTES = 4 * 1024 * 1024;
export const MAX_ROOM_RECORD_BYTES = 4 * 1024 * 1024;
export const MAX_REHEARSAL_BYTES = 8 * 1024 * 1024;

export const attempts: RecordKind<Attempt> = {
	directory: 'attempts',
	noun: 'attempt',
	anoun: 'an attempt',
	contents: 'scores',
	corruptKind: 'corrupt-attempt',
	version: attemptVersion,
	upgrades,
	maxBytes: MAX_ATTEMPT_BYTES,
	validate(value) {
		const validation = validateAttempt(value);
		return validation.ok ? {ok: true, record: validation.attempt} : validation;
	},
};

export const roomRecords: RecordKind<RoomRecord> = {
	directory: 'rooms',
	noun: 'room record',
	anoun: 'a room record',
	contents: 'room records',
	corruptKind: 'corrupt-room-record',
	version: roomRecordVersion,
	upgrades: roomRecordUpgrades,
	maxBytes: MAX_ROOM_RECORD_BYTES,
	validate: validateRoomRecord,
};

export const rehearsals: RecordKind<Rehearsal> = {
	directory: 'rehearsals',
	noun: 'rehearsal',
	anoun: 'a rehearsal',
	contents: 'rehearsals',
	corruptKind: 'corrupt-rehearsal',
	version: rehearsalVersion,
	upgrades: rehearsalUpgrades,
	maxBytes: MAX_REHEARSAL_BYTES,
	validate(value) {
		const validation = validateRehearsal(value);
		return validation.ok ? {ok: true, record: validation.rehearsal} : validation;
	},
};

export const recordKinds = [attempts, roomRecords, rehearsals] as const;
