/**
The score store: one file per finished attempt under
`<dir>/attempts/<deck>/`, plus conf-backed settings. Attempts are never
rewritten, only added, so any number of processes can finish a quiz at once
without a lock and without losing one another's scores.
*/
import path from 'node:path';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {validateAttempt, type Attempt} from './attempt.js';
import {type AttemptFilesContext, readAttempts, removeAttempts, writeAttempt, type HistoryResult} from './attempt-files.js';
import {errorCode, StoreWriteError} from './errors.js';
import {deckDirName, removeLeftovers} from './files.js';
import {closedSettings, openSettings, type Preferences} from './settings.js';
import {bestAttempt} from './stats.js';
import type {StoreWarning} from './warnings.js';

export type {HistoryResult} from './attempt-files.js';

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
	/** Highest percentage (earliest on a tie). */
	best(deckId: string): AttemptLookup;
	last(deckId: string): AttemptLookup;
	/** Deletes one deck's attempts, or every deck's. Corrupt-file backups are kept. */
	reset(deckId?: string): {readonly removed: number};
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
		best(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: bestAttempt(attempts), warnings};
		},
		last(deckId) {
			const {attempts, warnings} = history(deckId);
			return {attempt: attempts.at(-1), warnings};
		},
		reset,
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
