/**
Directories of one file per record: `<store>/<kind>/<deck>/<time>-<pid>-<random>.json`,
for attempts, room records and rehearsals alike. A record is written once,
atomically, under a name no other process can pick, and never rewritten, so
any number of processes can add records at once without a lock.

Reading lists only the store's own directories (links refused), reads each
file through the safe reader, brings it up to the current version, validates
it, and reports what it cannot use: a corrupt file by name only (moved aside
when the store repairs), one saved by a newer version skipped and left in
place. Nothing here throws for a bad file. A kind brings only its schema,
validation and names (see `RecordKind`).
*/
import crypto from 'node:crypto';
import path from 'node:path';
import process from 'node:process';
import type {FileSystem} from '../fs/file-system.js';
import {displayPath} from '../../core/text/sanitize.js';
import {compactTime, makeDirectory, writeFileAtomic} from './files.js';
import {migrate} from '../../core/records/migrate.js';
import {corruptFile, isStoreFile, listDirectory, readStoreJson, type StoreContext} from './store-file.js';
import type {RecordKind, StoredRecord} from '../../core/records/record-kinds.js';
import type {StoreWarning} from '../../core/records/warnings.js';

export type Found<T> = {readonly file: string; readonly record: T};

export type Scan<T> = {
	/** The deck folders looked in. */
	readonly folders: readonly string[];
	readonly found: ReadonlyArray<Found<T>>;
	readonly warnings: readonly StoreWarning[];
	/** Why a folder itself could not be read, when one could not. */
	readonly refused?: string;
};

/** Writes a new record file in `directory`; returns its path. File-system errors are thrown as they are. */
export function writeRecord(directory: string, record: StoredRecord, context: Pick<StoreContext, 'root' | 'fs'>): string {
	// pid + random bytes keep names unique across processes finishing in the same millisecond.
	const name = `${compactTime(new Date(record.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	const file = path.join(directory, name);
	makeDirectory(context.root, directory, context.fs);
	writeFileAtomic(file, `${JSON.stringify(record, undefined, '\t')}\n`, context.fs);
	return file;
}

type Outcome<T> =
	| {readonly record: T}
	| {readonly warning: StoreWarning}
	/** A newer briefing-deck's file: not ours to read, judge or delete. */
	| {readonly newer: StoreWarning}
	| {readonly skip: true};

function readRecord<T extends StoredRecord>(kind: RecordKind<T>, file: string, deckId: string | undefined, context: StoreContext): Outcome<T> {
	const corrupt = (reason: string): Outcome<T> => ({warning: corruptFile(file, reason, {kind: kind.corruptKind, noun: kind.noun}, context)});
	const read = readStoreJson(file, kind.maxBytes, context.fs);
	if ('missing' in read) {
		return {skip: true};
	}

	if ('unreadable' in read) {
		return {warning: {kind: 'unreadable', file, message: `cannot read ${kind.noun} ${displayPath(file)}: ${read.unreadable}; skipped`}};
	}

	if ('corrupt' in read) {
		return corrupt(read.corrupt);
	}

	const migrated = migrate(read.value, {current: kind.version, steps: kind.upgrades, noun: kind.anoun});
	if (migrated.kind === 'newer') {
		return {newer: {kind: 'newer-version', file, version: migrated.version, message: `${kind.noun} ${displayPath(file)} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`}};
	}

	if (migrated.kind === 'invalid') {
		return corrupt(migrated.reason);
	}

	const validation = kind.validate(migrated.value);
	if (!validation.ok) {
		return corrupt(validation.problems.join('; '));
	}

	// Two ids can share a directory (case-insensitive file systems, very long ids).
	return deckId === undefined || validation.record.deckId === deckId ? {record: validation.record} : {skip: true};
}

/** Every readable record of `deckId` (of any deck when undefined) in `directory`, with its file. */
export function scanRecords<T extends StoredRecord>(kind: RecordKind<T>, directory: string, deckId: string | undefined, context: StoreContext): Scan<T> {
	const listing = listDirectory(directory, context);
	if ('problem' in listing) {
		return refusal(kind, directory, listing.problem);
	}

	const found: Array<Found<T>> = [];
	const warnings: StoreWarning[] = [];
	for (const name of listing.names.filter(name => isStoreFile(name))) {
		const file = path.join(directory, name);
		const outcome = readRecord(kind, file, deckId, context);
		if ('record' in outcome) {
			found.push({file, record: outcome.record});
		} else if ('warning' in outcome) {
			warnings.push(outcome.warning);
		} else if ('newer' in outcome) {
			warnings.push(outcome.newer);
		}
	}

	return {folders: [directory], found, warnings};
}

const refusal = <T extends StoredRecord>(kind: RecordKind<T>, directory: string, problem: string): Scan<T> => {
	const refused = `cannot read ${kind.contents} in ${displayPath(directory)}: ${problem}`;
	return {folders: [], found: [], warnings: [{kind: 'unreadable', file: directory, message: refused}], refused};
};

/** Every deck folder under `kindDirectory`, scanned for records of any deck; each folder is checked as it is scanned, a link among them refused. */
export function scanEveryDeck<T extends StoredRecord>(kind: RecordKind<T>, kindDirectory: string, context: StoreContext): Scan<T> {
	const listing = listDirectory(kindDirectory, context);
	if ('problem' in listing) {
		return refusal(kind, kindDirectory, listing.problem);
	}

	const scans = listing.names.map(name => scanRecords(kind, path.join(kindDirectory, name), undefined, context));
	const refused = scans.find(scan => scan.refused !== undefined)?.refused;
	return {
		folders: scans.flatMap(scan => scan.folders),
		found: scans.flatMap(scan => scan.found),
		warnings: scans.flatMap(scan => scan.warnings),
		...(refused === undefined ? {} : {refused}),
	};
}

/**
Deletes the records a scan found (only those in `only`, when given: what the
person was asked about), then each folder looked in once it is empty. The
scan reads and checks everything first; what it could not read stays.
Returns how many files went.
*/
export function deleteRecords(scan: Scan<StoredRecord>, only: ReadonlySet<string> | undefined, fs: FileSystem): number {
	const doomed = scan.found.map(({file}) => file).filter(file => only === undefined || only.has(file));
	for (const file of doomed) {
		fs.rmSync(file, {force: true});
	}

	for (const folder of scan.folders) {
		try {
			fs.rmdirSync(folder);
		} catch {
			// Not empty (backups, another deck's files, files kept): keep it.
		}
	}

	return doomed.length;
}

/** File names start with the end time, but clocks and hand edits vary: the content decides. */
const byEnd = <T extends StoredRecord>(records: T[]): T[] => records.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));

export type Records<T> = {
	/** Oldest first. */
	readonly records: readonly T[];
	readonly warnings: readonly StoreWarning[];
};

/** Every readable record of `deckId` in `directory`, oldest first, and what could not be used. */
export function readRecords<T extends StoredRecord>(kind: RecordKind<T>, directory: string, deckId: string, context: StoreContext): Records<T> {
	const {found, warnings} = scanRecords(kind, directory, deckId, context);
	return {records: byEnd(found.map(({record}) => record)), warnings};
}

export type DeckRecords<T> = {
	readonly deckId: string;
	/** Oldest first. */
	readonly records: readonly T[];
};

/** Every deck's records under `kindDirectory`, by the deck id each file records, sorted by id. */
export function readAllRecords<T extends StoredRecord>(kind: RecordKind<T>, kindDirectory: string, context: StoreContext): {readonly decks: ReadonlyArray<DeckRecords<T>>; readonly warnings: readonly StoreWarning[]} {
	const {found, warnings} = scanEveryDeck(kind, kindDirectory, context);
	const byDeck = new Map<string, T[]>();
	for (const {record} of found) {
		const list = byDeck.get(record.deckId);
		if (list) {
			list.push(record);
		} else {
			byDeck.set(record.deckId, [record]);
		}
	}

	const decks = [...byDeck]
		.map(([deckId, records]) => ({deckId, records: byEnd(records)}))
		.sort((a, b) => (a.deckId < b.deckId ? -1 : (a.deckId > b.deckId ? 1 : 0)));
	return {decks, warnings};
}
