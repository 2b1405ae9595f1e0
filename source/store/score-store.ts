/**
The score store: one file per finished attempt under
`<dir>/attempts/<deck>/`, one file of review schedules per deck under
`<dir>/schedules/`, plus conf-backed settings. Attempts are never rewritten,
only added, so any number of processes can finish a quiz at once without a
lock and without losing one another's scores; schedules are rewritten under
a lock (see schedule-files.ts).
*/
import path from 'node:path';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {validateAttempt, type Attempt} from './attempt.js';
import {type AttemptFilesContext, type DeckHistory, readAllAttempts, readAttempts, removeAttempts, writeAttempt, type HistoryResult} from './attempt-files.js';
import {errorCode, StoreWriteError} from './errors.js';
import {deckDirName, removeLeftovers} from './files.js';
import {validateRoomRecord, type RoomRecord} from './room-record.js';
import {readRoomRecords, writeRoomRecord, type RoomHistory} from './room-files.js';
import {readRehearsals, type RehearsalHistory, writeRehearsal} from './rehearsal-files.js';
import {type Rehearsal, validateRehearsal} from './rehearsal.js';
import type {DeckSource, ScheduleBook} from './schedule-file.js';
import {bookFile, type BookRead, readAllBooks, readBook, type ReviewInput, updateBook} from './schedule-files.js';
import {closedSettings, openSettings, type Preferences} from './settings.js';
import {bestAttempt} from './stats.js';
import type {StoreWarning} from './warnings.js';

export type {RoomHistory} from './room-files.js';
export type {RehearsalHistory} from './rehearsal-files.js';
export type {DeckHistory, HistoryResult} from './attempt-files.js';

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
	/** Attempts oldest first; corrupt files are moved aside and reported in `warnings`. */
	history(deckId: string): HistoryResult;
	/** Every deck that has attempts, by id; corrupt files are moved aside and reported. */
	allHistories(): {readonly decks: readonly DeckHistory[]; readonly warnings: readonly StoreWarning[]};
	/** Highest percentage (earliest on a tie). */
	best(deckId: string): AttemptLookup;
	last(deckId: string): AttemptLookup;
	/** Saves a room's counts (`quiz --room --save-room`); returns its file. Throws `StoreWriteError` when it cannot. */
	recordRoom(record: RoomRecord): {readonly file: string};
	/** Room records oldest first, kept apart from attempts; corrupt files are moved aside and reported. */
	rooms(deckId: string): RoomHistory;
	/** Saves one rehearsal in a file of its own; throws `StoreWriteError` when it cannot. */
	recordRehearsal(rehearsal: Rehearsal): {readonly file: string};
	/** Rehearsals oldest first; corrupt files are moved aside and reported in `warnings`. */
	rehearsals(deckId: string): RehearsalHistory;
	/** Deletes one deck's attempts, or every deck's. Corrupt-file backups are kept. */
	reset(deckId?: string): {readonly removed: number};
	/** A deck's review schedules; reading changes nothing, a corrupt file is only reported. */
	schedules(deckId: string): BookRead;
	/** Every deck's schedules, by deck id. */
	allSchedules(): {readonly books: readonly ScheduleBook[]; readonly warnings: readonly StoreWarning[]};
	/**
	Moves the schedules of answered questions on, and remembers where the deck
	is. Throws `StoreWriteError` when it cannot; `warnings` says what was set aside.
	*/
	recordReviews(deckId: string, reviews: readonly ReviewInput[], deck?: DeckSource): {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]};
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
	For commands that only read (`scores`): nothing is written, created,
	renamed or removed. Corrupt files are reported and left where they are,
	settings are not opened, and saving throws.
	*/
	readonly readOnly?: boolean;
};

export function createScoreStore(dir: string, {now = () => new Date(), fs = realFileSystem, readOnly = false}: ScoreStoreOptions = {}): ScoreStore {
	const attemptsDir = path.join(dir, 'attempts');
	const schedulesDir = path.join(dir, 'schedules');
	const deckDir = (deckId: string): string => path.join(attemptsDir, deckDirName(deckId));
	const context: AttemptFilesContext = {root: dir, fs, now, repair: !readOnly};
	const opened = readOnly ? closedSettings() : openSettings(dir, now, fs);
	if (!readOnly) {
		removeAllLeftovers(dir, fs);
	}

	const history = (deckId: string): HistoryResult => readAttempts(deckDir(deckId), deckId, context);
	const refuseInReadOnly = (): void => {
		if (readOnly) {
			throw new TypeError('This score store was opened read-only');
		}
	};
	const roomDir = (deckId: string): string => path.join(dir, 'rooms', deckDirName(deckId));

	const recordAttempt = (attempt: Attempt): {readonly file: string} => {
		refuseInReadOnly();
		const validation = validateAttempt(attempt);
		if (!validation.ok) {
			throw new TypeError(`Refusing to save an invalid attempt: ${validation.problems.join('; ')}`);
		}

		try {
			return {file: writeAttempt(deckDir(attempt.deckId), attempt, context)};
		} catch (error) {
			throw new StoreWriteError(dir, error);
		}
	};

	const rehearsalDir = (deckId: string): string => path.join(dir, 'rehearsals', deckDirName(deckId));
	const recordRehearsal = (rehearsal: Rehearsal): {readonly file: string} => {
		refuseInReadOnly();
		const validation = validateRehearsal(rehearsal);
		if (!validation.ok) {
			throw new TypeError(`Refusing to save an invalid rehearsal: ${validation.problems.join('; ')}`);
		}

		try {
			return {file: writeRehearsal(rehearsalDir(rehearsal.deckId), rehearsal)};
		} catch (error) {
			throw new StoreWriteError(dir, error, 'the rehearsal');
		}
	};

	const removeAll = (): number => {
		let decks: string[];
		try {
			if (fs.lstatSync(attemptsDir).isSymbolicLink()) {
				throw Object.assign(new Error(`${attemptsDir} is a symbolic link`), {code: 'ESYMLINK'});
			}

			decks = fs.readdirSync(attemptsDir);
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return 0;
			}

			throw error;
		}

		return decks.reduce((sum, name) => sum + removeAttempts(path.join(attemptsDir, name), undefined, context), 0);
	};

	const reset = (deckId?: string): {readonly removed: number} => {
		refuseInReadOnly();
		try {
			return {removed: deckId === undefined ? removeAll() : removeAttempts(deckDir(deckId), deckId, context)};
		} catch (error) {
			throw new StoreWriteError(dir, error);
		}
	};

	return {
		dir,
		warnings: opened.warnings,
		recordAttempt,
		history,
		allHistories: () => readAllAttempts(attemptsDir, context),
		best(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: bestAttempt(attempts), warnings};
		},
		last(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: attempts.at(-1), warnings};
		},
		recordRoom(record) {
			refuseInReadOnly();
			const validation = validateRoomRecord(record);
			if (!validation.ok) {
				throw new TypeError(`Refusing to save an invalid room record: ${validation.problems.join('; ')}`);
			}

			try {
				return {file: writeRoomRecord(roomDir(record.deckId), record)};
			} catch (error) {
				throw new StoreWriteError(dir, error, 'room records');
			}
		},
		rooms: deckId => readRoomRecords(roomDir(deckId), deckId, now),
		recordRehearsal,
		rehearsals: deckId => readRehearsals(rehearsalDir(deckId), deckId, now),
		reset,
		schedules: deckId => readBook(bookFile(schedulesDir, deckId), deckId),
		allSchedules: () => readAllBooks(schedulesDir),
		recordReviews(deckId, reviews, deck) {
			refuseInReadOnly();
			try {
				return updateBook(bookFile(schedulesDir, deckId), deckId, reviews, {now, ...(deck ? {deck} : {})});
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

/** Temp files of saves that a killed process never finished, in every deck directory. */
function removeAllLeftovers(dir: string, fs: FileSystem): void {
	const attemptsDir = path.join(dir, 'attempts');
	let decks: string[];
	try {
		decks = fs.lstatSync(attemptsDir).isDirectory() ? fs.readdirSync(attemptsDir) : [];
	} catch {
		return;
	}

	for (const name of decks) {
		const deckDir = path.join(attemptsDir, name);
		try {
			if (fs.lstatSync(deckDir).isDirectory()) {
				removeLeftovers(deckDir, fs);
			}
		} catch {
			// Gone meanwhile: nothing left over there.
		}
	}
}
