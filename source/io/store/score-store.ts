/**
The score store: one file per finished attempt under
`<dir>/attempts/<deck>/`, per room record under `<dir>/rooms/<deck>/` and
per rehearsal under `<dir>/rehearsals/<deck>/`, one file of review schedules
per deck under `<dir>/schedules/`, plus conf-backed settings. Records are
never rewritten, only added, so any number of processes can finish a quiz at
once without a lock and without losing one another's scores; schedules are
rewritten under a lock (see schedule-files.ts). Every kind is read the same
guarded way (see store-file.ts), and a read-only store changes nothing.
*/
import path from 'node:path';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import type {Attempt} from '../../core/records/attempt.js';
import {StoreWriteError} from '../../core/text/errors.js';
import {deckDirName} from './files.js';
import {identitiesDirectory} from './identities.js';
import {tidyStore} from './leftovers.js';
import {type DeckRecords, deleteRecords, readAllRecords, readRecords, type Records, scanEveryDeck, scanRecords, writeRecord} from './record-files.js';
import {attempts, type RecordKind, recordKinds, rehearsals, roomRecords, type StoredRecord} from '../../core/records/record-kinds.js';
import type {RoomRecord} from '../../core/records/room-record.js';
import type {Rehearsal} from '../../core/records/rehearsal.js';
import type {DeckSource, QuestionSchedule, ScheduleBook} from '../../core/records/schedule-file.js';
import {bookFile, type BookRead, readAllBooks, readBook, restoreEntry, type ReviewInput, updateBook} from './schedule-files.js';
import {closedSettings, openSettings, type Preferences} from './settings.js';
import {bestAttempt} from '../../core/study/stats.js';
import type {StoreContext} from './store-file.js';
import type {StoreWarning} from '../../core/records/warnings.js';

export type HistoryResult = {
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
	readonly warnings: readonly StoreWarning[];
};

export type DeckHistory = {
	readonly deckId: string;
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
};

export type RoomHistory = {
	/** Oldest first. */
	readonly records: readonly RoomRecord[];
	readonly warnings: readonly StoreWarning[];
};

export type RehearsalHistory = {
	/** Oldest first. */
	readonly rehearsals: readonly Rehearsal[];
	readonly warnings: readonly StoreWarning[];
};

/** The files `reset` would delete now, for the person to be asked about. */
export type ResetPlan = {
	/** The attempt files `history` (or `allHistories`) reads. */
	readonly files: readonly string[];
	readonly warnings: readonly StoreWarning[];
};

export type AttemptLookup = {
	readonly attempt: Attempt | undefined;
	readonly warnings: readonly StoreWarning[];
};

export type ScoreStore = {
	readonly dir: string;
	/** Problems met while opening (settings moved aside, or kept in memory only). */
	readonly warnings: readonly StoreWarning[];
	/** Saves one attempt; returns its file. Throws `StoreWriteError` when it cannot. */
	recordAttempt(attempt: Attempt): {readonly file: string};
	/** Attempts oldest first; what cannot be read is reported in `warnings` (and a corrupt file moved aside unless read-only). */
	history(deckId: string): HistoryResult;
	/** Every deck that has attempts, by id, reported the same way. */
	allHistories(): {readonly decks: readonly DeckHistory[]; readonly warnings: readonly StoreWarning[]};
	/** Highest percentage (earliest on a tie). */
	best(deckId: string): AttemptLookup;
	last(deckId: string): AttemptLookup;
	/** Saves a room's counts (`quiz --room --save-room`); returns its file. Throws `StoreWriteError` when it cannot. */
	recordRoom(record: RoomRecord): {readonly file: string};
	/** Room records oldest first, kept apart from attempts; reported like attempts. */
	rooms(deckId: string): RoomHistory;
	/** Every deck's room records, by deck id, reported the same way. */
	allRooms(): {readonly decks: ReadonlyArray<DeckRecords<RoomRecord>>; readonly warnings: readonly StoreWarning[]};
	/** Saves one rehearsal in a file of its own; throws `StoreWriteError` when it cannot. */
	recordRehearsal(rehearsal: Rehearsal): {readonly file: string};
	/** Rehearsals oldest first; reported like attempts. */
	rehearsals(deckId: string): RehearsalHistory;
	/** The attempt files of one deck (every deck's without an id) that `reset` would delete. Reads only. */
	resetPlan(deckId?: string): ResetPlan;
	/**
	Deletes one deck's attempts, or every deck's; with `plan`, only the files
	it lists (what the person was asked about), so an attempt saved since
	stays. Only attempts: schedules, room records, rehearsals and backups of
	corrupt files are kept.
	*/
	reset(deckId?: string, plan?: ResetPlan): {readonly removed: number};
	/** A deck's review schedules; a corrupt file is reported (and moved aside unless read-only). */
	schedules(deckId: string): BookRead;
	/** Every deck's schedules, by deck id. */
	allSchedules(): {readonly books: readonly ScheduleBook[]; readonly warnings: readonly StoreWarning[]};
	/**
	Moves the schedules of answered questions on, and remembers where the deck
	is. Throws `StoreWriteError` when it cannot; `warnings` says what was set aside.
	*/
	recordReviews(deckId: string, reviews: readonly ReviewInput[], deck?: DeckSource): {readonly book: ScheduleBook; readonly before: ReadonlyArray<QuestionSchedule | undefined>; readonly warnings: readonly StoreWarning[]};
	/**
	Puts one question's schedule back exactly as `before` (from
	`recordReviews`) had it, or removes it when it had none: undoing a rating.
	Every other entry stays as the file has it now. Throws `StoreWriteError`.
	*/
	restoreSchedule(deckId: string, questionId: string, before: QuestionSchedule | undefined): {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]};
	resumePosition(deckId: string): number | undefined;
	saveResumePosition(deckId: string, slideNumber: number): void;
	preferences(): Preferences;
	savePreferences(changes: Preferences): void;
};

export type ScoreStoreOptions = {
	/** The clock for backup names; tests pin it. */
	readonly now?: () => Date;
	/** Tests pass one that fails on cue (permission denied, a full disk, a read-only mount). */
	readonly fs?: FileSystem;
	/**
	For commands that only read (`scores`, `rehearsals`, `review` with nothing
	due): nothing is written, created, renamed or removed. Corrupt files are
	reported and left where they are, settings are not opened, and saving throws.
	*/
	readonly readOnly?: boolean;
};

export function createScoreStore(dir: string, {now = () => new Date(), fs = realFileSystem, readOnly = false}: ScoreStoreOptions = {}): ScoreStore {
	const kindDir = (kind: RecordKind<StoredRecord>): string => path.join(dir, kind.directory);
	const deckDir = (kind: RecordKind<StoredRecord>, deckId: string): string => path.join(kindDir(kind), deckDirName(deckId));
	const schedulesDir = path.join(dir, 'schedules');
	const context: StoreContext = {root: dir, fs, now, repair: !readOnly};
	const opened = readOnly ? closedSettings() : openSettings(dir, now, fs);
	if (!readOnly) {
		tidyStore(dir, {recordDirectories: recordKinds.map(kind => kindDir(kind)), schedulesDirectory: schedulesDir, identitiesDirectory: identitiesDirectory(dir)}, fs);
	}

	const refuseInReadOnly = (): void => {
		if (readOnly) {
			throw new TypeError('This score store was opened read-only');
		}
	};

	const record = <T extends StoredRecord>(kind: RecordKind<T>, value: T): {readonly file: string} => {
		refuseInReadOnly();
		const validation = kind.validate(value);
		if (!validation.ok) {
			throw new TypeError(`Refusing to save an invalid ${kind.noun}: ${validation.problems.join('; ')}`);
		}

		try {
			return {file: writeRecord(deckDir(kind, value.deckId), value, context)};
		} catch (error) {
			throw new StoreWriteError(dir, error, kind.contents);
		}
	};

	const read = <T extends StoredRecord>(kind: RecordKind<T>, deckId: string): Records<T> => readRecords(kind, deckDir(kind, deckId), deckId, context);
	const history = (deckId: string): HistoryResult => {
		const {records, warnings} = read(attempts, deckId);
		return {attempts: records, warnings};
	};

	/** A reset's scan: never repairing, since a reset that also moved files aside would touch more than it asked about. */
	const scanForReset = (deckId: string | undefined) => (deckId === undefined
		? scanEveryDeck(attempts, kindDir(attempts), {...context, repair: false})
		: scanRecords(attempts, deckDir(attempts, deckId), deckId, {...context, repair: false}));

	const reset = (deckId?: string, plan?: ResetPlan): {readonly removed: number} => {
		refuseInReadOnly();
		try {
			const scan = scanForReset(deckId);
			if (scan.refused !== undefined) {
				throw new Error(`${scan.refused}; nothing was deleted`);
			}

			return {removed: deleteRecords(scan, plan ? new Set(plan.files) : undefined, fs)};
		} catch (error) {
			throw new StoreWriteError(dir, error);
		}
	};

	return {
		dir,
		warnings: opened.warnings,
		recordAttempt: attempt => record(attempts, attempt),
		history,
		allHistories() {
			const {decks, warnings} = readAllRecords(attempts, kindDir(attempts), context);
			return {decks: decks.map(({deckId, records}: DeckRecords<Attempt>) => ({deckId, attempts: records})), warnings};
		},
		best(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: bestAttempt(attempts), warnings};
		},
		last(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: attempts.at(-1), warnings};
		},
		recordRoom: room => record(roomRecords, room),
		rooms: deckId => read(roomRecords, deckId),
		allRooms: () => readAllRecords(roomRecords, kindDir(roomRecords), context),
		recordRehearsal: rehearsal => record(rehearsals, rehearsal),
		rehearsals(deckId) {
			const {records, warnings} = read(rehearsals, deckId);
			return {rehearsals: records, warnings};
		},
		resetPlan(deckId) {
			const {found, warnings} = scanForReset(deckId);
			return {files: found.map(({file}) => file), warnings};
		},
		reset,
		schedules: deckId => readBook(bookFile(schedulesDir, deckId), deckId, context),
		allSchedules: () => readAllBooks(schedulesDir, context),
		recordReviews(deckId, reviews, deck) {
			refuseInReadOnly();
			try {
				return updateBook(bookFile(schedulesDir, deckId), deckId, reviews, {context, ...(deck ? {deck} : {})});
			} catch (error) {
				throw new StoreWriteError(dir, error, 'schedules');
			}
		},
		restoreSchedule(deckId, questionId, before) {
			refuseInReadOnly();
			try {
				return restoreEntry(bookFile(schedulesDir, deckId), deckId, questionId, before, {context});
			} catch (error) {
				throw new StoreWriteError(dir, error, 'schedules');
			}
		},
		resumePosition: deckId => opened.settings.resumePosition(deckId),
		saveResumePosition(deckId, slideNumber) {
			// Checked here so a bad number reads as a bug, not as an unwritable directory.
			if (!Number.isSafeInteger(slideNumber) || slideNumber < 1) {
				throw new TypeError(`A slide number is a whole number from 1, not ${slideNumber}`);
			}

			opened.settings.saveResumePosition(deckId, slideNumber);
		},
		preferences: () => opened.settings.preferences(),
		savePreferences(changes) {
			opened.settings.savePreferences(changes);
		},
	};
}
