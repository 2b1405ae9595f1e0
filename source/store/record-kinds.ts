/**
The kinds of record kept one file each (see record-files.ts): where each
lives, what it is called in messages, and its schema. Everything else about
reading and writing them is the same for all.
*/
import {type Attempt, attemptVersion, validateAttempt} from './attempt.js';
import {upgrades} from './migrate.js';
import type {RecordKind} from './record-files.js';
import {type Rehearsal, rehearsalVersion, validateRehearsal} from './rehearsal.js';
import {type RoomRecord, roomRecordVersion, validateRoomRecord} from './room-record.js';

/** No attempt comes near this; a larger file is not one. */
export const MAX_ATTEMPT_BYTES = 1024 * 1024;

/**
A rehearsal keeps every slide, and a deck at the size limit can have 32,768
(one per 4-byte heading): about 4 MB as written. This leaves room for that,
and bounds what a file planted in the store can cost to parse.
*/
export const MAX_REHEARSAL_BYTES = 6 * 1024 * 1024;

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
	upgrades: {},
	maxBytes: MAX_ATTEMPT_BYTES,
	validate: validateRoomRecord,
};

export const rehearsals: RecordKind<Rehearsal> = {
	directory: 'rehearsals',
	noun: 'rehearsal',
	anoun: 'a rehearsal',
	contents: 'rehearsals',
	corruptKind: 'corrupt-rehearsal',
	version: rehearsalVersion,
	upgrades: {},
	maxBytes: MAX_REHEARSAL_BYTES,
	validate(value) {
		const validation = validateRehearsal(value);
		return validation.ok ? {ok: true, record: validation.rehearsal} : validation;
	},
};

export const recordKinds = [attempts, roomRecords, rehearsals] as const;
