/**
The score store: one file per finished attempt under
`<dir>/attempts/<deck>/`, plus conf-backed settings. Attempts are never
rewritten, only added, so any number of processes can finish a quiz at once
without a lock and without losing one another's scores.
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {validateAttempt, type Attempt} from './attempt.js';
import {describeError, errorCode, StoreWriteError} from './errors.js';
import {compactTime, deckDirName, moveAside, writeFileAtomic} from './files.js';
import {migrate} from './migrate.js';
import {openSettings, type Preferences} from './settings.js';
import {bestAttempt} from './stats.js';
import type {StoreWarning} from './warnings.js';

export type HistoryResult = {
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
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
	history(deckId: string): HistoryResult;
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
};

// Finished attempts end in `.json`; temp files start with a dot and backups
// end in `.corrupt-<time>`, so neither is mistaken for one.
const isAttemptFile = (name: string): boolean => name.endsWith('.json') && !name.startsWith('.');

type ReadOutcome =
	| {readonly attempt: Attempt}
	| {readonly warning: StoreWarning}
	| {readonly skip: true};

export function createScoreStore(dir: string, {now = () => new Date()}: ScoreStoreOptions = {}): ScoreStore {
	const attemptsDir = path.join(dir, 'attempts');
	const deckDir = (deckId: string): string => path.join(attemptsDir, deckDirName(deckId));
	const opened = openSettings(dir, now);

	const setAside = (file: string, reason: string): StoreWarning => {
		try {
			const backup = moveAside(file, now());
			return backup
				? {kind: 'corrupt-attempt', file, backup, message: `attempt ${file} is corrupt (${reason}); moved it to ${backup}`}
				: {kind: 'corrupt-attempt', file, message: `attempt ${file} is corrupt (${reason}); another process moved it aside`};
		} catch (error) {
			return {kind: 'corrupt-attempt', file, message: `attempt ${file} is corrupt (${reason}) and could not be moved aside (${describeError(error)}); left in place and skipped`};
		}
	};

	const readAttempt = (file: string, deckId: string): ReadOutcome => {
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch (error) {
			// Moved aside or reset by another process between listing and reading.
			if (errorCode(error) === 'ENOENT') {
				return {skip: true};
			}

			return {warning: {kind: 'unreadable', file, message: `cannot read attempt ${file}: ${describeError(error)}`}};
		}

		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (error) {
			return {warning: setAside(file, `invalid JSON: ${describeError(error)}`)};
		}

		const migrated = migrate(raw);
		if (migrated.kind === 'newer') {
			return {warning: {kind: 'newer-version', file, version: migrated.version, message: `attempt ${file} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`}};
		}

		if (migrated.kind === 'invalid') {
			return {warning: setAside(file, migrated.reason)};
		}

		const validation = validateAttempt(migrated.value);
		if (!validation.ok) {
			return {warning: setAside(file, validation.problems.join('; '))};
		}

		// Two ids can share a directory (case-insensitive file systems, very long ids).
		return validation.attempt.deckId === deckId ? {attempt: validation.attempt} : {skip: true};
	};

	const listAttemptFiles = (directory: string): string[] =>
		fs.readdirSync(directory).filter(name => isAttemptFile(name)).sort().map(name => path.join(directory, name));

	const history = (deckId: string): HistoryResult => {
		const directory = deckDir(deckId);
		let files: string[];
		try {
			files = listAttemptFiles(directory);
		} catch (error) {
			return errorCode(error) === 'ENOENT'
				? {attempts: [], warnings: []}
				: {attempts: [], warnings: [{kind: 'unreadable', file: directory, message: `cannot read scores in ${directory}: ${describeError(error)}`}]};
		}

		const attempts: Attempt[] = [];
		const warnings: StoreWarning[] = [];
		for (const file of files) {
			const outcome = readAttempt(file, deckId);
			if ('attempt' in outcome) {
				attempts.push(outcome.attempt);
			} else if ('warning' in outcome) {
				warnings.push(outcome.warning);
			}
		}

		// File names start with the end time, but clocks and hand edits vary; the content decides.
		attempts.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
		return {attempts, warnings};
	};

	const recordAttempt = (attempt: Attempt): {readonly file: string} => {
		const validation = validateAttempt(attempt);
		if (!validation.ok) {
			throw new TypeError(`Refusing to save an invalid attempt: ${validation.problems.join('; ')}`);
		}

		// pid + random bytes keep names unique across processes finishing in the same millisecond.
		const name = `${compactTime(new Date(attempt.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
		const directory = deckDir(attempt.deckId);
		const file = path.join(directory, name);
		try {
			fs.mkdirSync(directory, {recursive: true});
			writeFileAtomic(file, `${JSON.stringify(attempt, undefined, '\t')}\n`);
		} catch (error) {
			throw new StoreWriteError(dir, error);
		}

		return {file};
	};

	// Only files that are this deck's (or hold no readable deck id) go.
	const belongsTo = (file: string, deckId: string | undefined): boolean => {
		if (deckId === undefined) {
			return true;
		}

		try {
			const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
			const owner = (raw as {deckId?: unknown} | null)?.deckId;
			return typeof owner !== 'string' || owner === deckId;
		} catch {
			return true;
		}
	};

	const clearDirectory = (directory: string, deckId: string | undefined): number => {
		let files: string[];
		try {
			files = listAttemptFiles(directory);
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return 0;
			}

			throw error;
		}

		const doomed = files.filter(file => belongsTo(file, deckId));
		for (const file of doomed) {
			fs.rmSync(file, {force: true});
		}

		try {
			fs.rmdirSync(directory);
		} catch {
			// Not empty (backups, another deck's files): keep it.
		}

		return doomed.length;
	};

	const reset = (deckId?: string): {readonly removed: number} => {
		try {
			if (deckId !== undefined) {
				return {removed: clearDirectory(deckDir(deckId), deckId)};
			}

			let decks: string[];
			try {
				decks = fs.readdirSync(attemptsDir);
			} catch (error) {
				if (errorCode(error) === 'ENOENT') {
					return {removed: 0};
				}

				throw error;
			}

			const removed = decks.reduce((sum, name) => sum + clearDirectory(path.join(attemptsDir, name), undefined), 0);
			return {removed};
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
