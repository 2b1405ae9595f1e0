/**
Room records on disk: `<store>/rooms/<deck>/`, one file per run, written once
and atomically, never rewritten. Read like attempts: a damaged file is moved
aside to a backup and reported, one from a newer version is left alone.
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describeError, errorCode} from './errors.js';
import {compactTime, moveAside, writeFileAtomic} from './files.js';
import {migrate} from './migrate.js';
import {roomRecordVersion, validateRoomRecord, type RoomRecord} from './room-record.js';
import type {StoreWarning} from './warnings.js';

export type RoomHistory = {
	/** Oldest first. */
	readonly records: readonly RoomRecord[];
	readonly warnings: readonly StoreWarning[];
};

/** Writes a new room record file; returns its path. File-system errors are thrown as they are. */
export function writeRoomRecord(directory: string, record: RoomRecord): string {
	const name = `${compactTime(new Date(record.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	const file = path.join(directory, name);
	fs.mkdirSync(directory, {recursive: true});
	writeFileAtomic(file, `${JSON.stringify(record, undefined, '\t')}\n`);
	return file;
}

const setAside = (file: string, reason: string, now: Date): StoreWarning => {
	try {
		const backup = moveAside(file, now);
		return backup
			? {kind: 'corrupt-room-record', file, backup, message: `room record ${file} is corrupt (${reason}); moved it to ${backup}`}
			: {kind: 'corrupt-room-record', file, message: `room record ${file} is corrupt (${reason}); another process moved it aside`};
	} catch (error) {
		return {kind: 'corrupt-room-record', file, message: `room record ${file} is corrupt (${reason}) and could not be moved aside (${describeError(error)}); left in place and skipped`};
	}
};

type Outcome = {readonly record: RoomRecord} | {readonly warning: StoreWarning} | undefined;

function readRoomRecord(file: string, deckId: string, now: () => Date): Outcome {
	let raw: unknown;
	try {
		raw = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			// Moved aside by another process between listing and reading.
			return undefined;
		}

		return error instanceof SyntaxError
			? {warning: setAside(file, `invalid JSON: ${error.message}`, now())}
			: {warning: {kind: 'unreadable', file, message: `cannot read room record ${file}: ${describeError(error)}`}};
	}

	const migrated = migrate(raw, {current: roomRecordVersion, steps: {}});
	if (migrated.kind === 'newer') {
		return {warning: {kind: 'newer-version', file, version: migrated.version, message: `room record ${file} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`}};
	}

	const checked = validateRoomRecord(migrated.kind === 'current' ? migrated.value : raw);
	if (!checked.ok) {
		return {warning: setAside(file, checked.problems.join('; '), now())};
	}

	// Two ids can share a directory (case-insensitive file systems, very long ids).
	return checked.record.deckId === deckId ? {record: checked.record} : undefined;
}

/** Every readable room record of `deckId` in `directory`; nothing here throws for a bad file. */
export function readRoomRecords(directory: string, deckId: string, now: () => Date): RoomHistory {
	let names: string[];
	try {
		names = fs.readdirSync(directory).filter(name => name.endsWith('.json') && !name.startsWith('.')).sort();
	} catch (error) {
		return errorCode(error) === 'ENOENT'
			? {records: [], warnings: []}
			: {records: [], warnings: [{kind: 'unreadable', file: directory, message: `cannot read room records in ${directory}: ${describeError(error)}`}]};
	}

	const records: RoomRecord[] = [];
	const warnings: StoreWarning[] = [];
	for (const name of names) {
		const outcome = readRoomRecord(path.join(directory, name), deckId, now);
		if (outcome && 'record' in outcome) {
			records.push(outcome.record);
		} else if (outcome) {
			warnings.push(outcome.warning);
		}
	}

	records.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
	return {records, warnings};
}
