/**
Reading, writing and removing the attempt files of one deck directory. Each
attempt is its own file, written once and never rewritten, so concurrent
writers need no lock.
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {validateAttempt, type Attempt} from './attempt.js';
import {describeError, errorCode} from './errors.js';
import {compactTime, moveAside, writeFileAtomic} from './files.js';
import {migrate} from './migrate.js';
import type {StoreWarning} from './warnings.js';

export type HistoryResult = {
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
	readonly warnings: readonly StoreWarning[];
};

// Finished attempts end in `.json`; temp files start with a dot and backups
// end in `.corrupt-<time>`, so neither is mistaken for one.
const isAttemptFile = (name: string): boolean => name.endsWith('.json') && !name.startsWith('.');

const listAttemptFiles = (directory: string): string[] =>
	fs.readdirSync(directory).filter(name => isAttemptFile(name)).sort().map(name => path.join(directory, name));

/** Writes a new attempt file; returns its path. File-system errors are thrown as they are. */
export function writeAttempt(directory: string, attempt: Attempt): string {
	// pid + random bytes keep names unique across processes finishing in the same millisecond.
	const name = `${compactTime(new Date(attempt.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	const file = path.join(directory, name);
	fs.mkdirSync(directory, {recursive: true});
	writeFileAtomic(file, `${JSON.stringify(attempt, undefined, '\t')}\n`);
	return file;
}

const setAside = (file: string, reason: string, now: Date): StoreWarning => {
	try {
		const backup = moveAside(file, now);
		return backup
			? {kind: 'corrupt-attempt', file, backup, message: `attempt ${file} is corrupt (${reason}); moved it to ${backup}`}
			: {kind: 'corrupt-attempt', file, message: `attempt ${file} is corrupt (${reason}); another process moved it aside`};
	} catch (error) {
		return {kind: 'corrupt-attempt', file, message: `attempt ${file} is corrupt (${reason}) and could not be moved aside (${describeError(error)}); left in place and skipped`};
	}
};

type ReadOutcome =
	| {readonly attempt: Attempt}
	| {readonly warning: StoreWarning}
	| {readonly skip: true};

/** `deckId` undefined takes an attempt of any deck. */
const readAttempt = (file: string, deckId: string | undefined, now: () => Date): ReadOutcome => {
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
		return {warning: setAside(file, `invalid JSON: ${describeError(error)}`, now())};
	}

	const migrated = migrate(raw);
	if (migrated.kind === 'newer') {
		return {warning: {kind: 'newer-version', file, version: migrated.version, message: `attempt ${file} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`}};
	}

	if (migrated.kind === 'invalid') {
		return {warning: setAside(file, migrated.reason, now())};
	}

	const validation = validateAttempt(migrated.value);
	if (!validation.ok) {
		return {warning: setAside(file, validation.problems.join('; '), now())};
	}

	// Two ids can share a directory (case-insensitive file systems, very long ids).
	return deckId === undefined || validation.attempt.deckId === deckId ? {attempt: validation.attempt} : {skip: true};
};

/**
Every readable attempt of `deckId` in `directory` (of any deck when
undefined). Corrupt files are moved aside and reported; nothing here throws
for a bad file.
*/
export function readAttempts(directory: string, deckId: string | undefined, now: () => Date): HistoryResult {
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
		const outcome = readAttempt(file, deckId, now);
		if ('attempt' in outcome) {
			attempts.push(outcome.attempt);
		} else if ('warning' in outcome) {
			warnings.push(outcome.warning);
		}
	}

	// File names start with the end time, but clocks and hand edits vary; the content decides.
	attempts.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
	return {attempts, warnings};
}

export type DeckHistory = {
	readonly deckId: string;
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
};

/** Every deck's attempts under `attemptsDir`, by the deck id each file records, sorted by id. */
export function readAllAttempts(attemptsDir: string, now: () => Date): {readonly decks: readonly DeckHistory[]; readonly warnings: readonly StoreWarning[]} {
	let names: string[];
	try {
		names = fs.readdirSync(attemptsDir, {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
	} catch (error) {
		return errorCode(error) === 'ENOENT'
			? {decks: [], warnings: []}
			: {decks: [], warnings: [{kind: 'unreadable', file: attemptsDir, message: `cannot read scores in ${attemptsDir}: ${describeError(error)}`}]};
	}

	const byDeck = new Map<string, Attempt[]>();
	const warnings: StoreWarning[] = [];
	for (const name of names) {
		const history = readAttempts(path.join(attemptsDir, name), undefined, now);
		warnings.push(...history.warnings);
		for (const attempt of history.attempts) {
			byDeck.set(attempt.deckId, [...(byDeck.get(attempt.deckId) ?? []), attempt]);
		}
	}

	const decks = [...byDeck]
		.map(([deckId, attempts]) => ({deckId, attempts: attempts.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt))}))
		.sort((a, b) => (a.deckId < b.deckId ? -1 : (a.deckId > b.deckId ? 1 : 0)));
	return {decks, warnings};
}

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

/**
Deletes the attempt files in `directory` (only `deckId`'s when given) and the
directory once empty. Corrupt-file backups stay. Returns how many went.
*/
export function removeAttempts(directory: string, deckId: string | undefined): number {
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
}
