/**
Reading, writing and removing the attempt files of one deck directory. Each
attempt is its own file, written once and never rewritten, so concurrent
writers need no lock.

Everything in the store could have been put there by someone else: files are
read through the safe reader (regular files only, bounded, links not
followed), a directory that is a link is not entered, and a corrupt file is
named in a warning but its content is never quoted.
*/
import crypto from 'node:crypto';
import path from 'node:path';
import process from 'node:process';
import type {FileSystem} from '../fs/file-system.js';
import {readRegularFile} from '../fs/read-file.js';
import {append} from '../text/arrays.js';
import {displayPath} from '../text/sanitize.js';
import {validateAttempt, type Attempt} from './attempt.js';
import {describeError, errorCode} from './errors.js';
import {compactTime, makeDirectory, moveAside, writeFileAtomic} from './files.js';
import {migrate} from './migrate.js';
import type {StoreWarning} from './warnings.js';

export type HistoryResult = {
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
	readonly warnings: readonly StoreWarning[];
};

export type AttemptFilesContext = {
	/** The store's own directory: nothing outside it is touched. */
	readonly root: string;
	readonly fs: FileSystem;
	readonly now: () => Date;
	/**
	Move corrupt files aside. Off for read-only commands, which report a
	corrupt file and leave it where it is.
	*/
	readonly repair: boolean;
};

/** No attempt comes near this; a larger file is not one. */
export const MAX_ATTEMPT_BYTES = 1024 * 1024;

// Finished attempts end in `.json`; temp files start with a dot and backups
// end in `.corrupt-<time>`, so neither is mistaken for one.
const isAttemptFile = (name: string): boolean => name.endsWith('.json') && !name.startsWith('.');

type Listing =
	| {readonly files: readonly string[]}
	| {readonly warning: StoreWarning};

/** The attempt files of a deck directory, or why it cannot be listed (a missing one has none). */
function listAttemptFiles(directory: string, context: AttemptFilesContext): Listing {
	const {fs, root} = context;
	const unreadable = (reason: string): Listing => ({warning: {kind: 'unreadable', file: directory, message: `cannot read scores in ${displayPath(directory)}: ${reason}`}});
	try {
		// Every part below the store's own directory must be a real directory.
		let current = root;
		for (const part of path.relative(root, directory).split(path.sep).filter(Boolean)) {
			current = path.join(current, part);
			const stats = fs.lstatSync(current);
			if (stats.isSymbolicLink()) {
				return unreadable(`${displayPath(current)} is a symbolic link, which the store does not follow`);
			}

			if (!stats.isDirectory()) {
				return unreadable(`${displayPath(current)} is not a directory`);
			}
		}

		return {files: fs.readdirSync(directory).filter(name => isAttemptFile(name)).sort().map(name => path.join(directory, name))};
	} catch (error) {
		return errorCode(error) === 'ENOENT' ? {files: []} : unreadable(describeError(error));
	}
}

/** Writes a new attempt file; returns its path. File-system errors are thrown as they are. */
export function writeAttempt(directory: string, attempt: Attempt, context: Pick<AttemptFilesContext, 'root' | 'fs'>): string {
	// pid + random bytes keep names unique across processes finishing in the same millisecond.
	const name = `${compactTime(new Date(attempt.endedAt), true)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	const file = path.join(directory, name);
	makeDirectory(context.root, directory, context.fs);
	writeFileAtomic(file, `${JSON.stringify(attempt, undefined, '\t')}\n`, context.fs);
	return file;
}

const corrupt = (file: string, reason: string, context: AttemptFilesContext): StoreWarning => {
	const name = displayPath(file);
	if (!context.repair) {
		return {kind: 'corrupt-attempt', file, message: `attempt ${name} is corrupt (${reason}); left in place`};
	}

	try {
		const backup = moveAside(file, context.now(), context.fs);
		return backup
			? {kind: 'corrupt-attempt', file, backup, message: `attempt ${name} is corrupt (${reason}); moved it to ${displayPath(backup)}`}
			: {kind: 'corrupt-attempt', file, message: `attempt ${name} is corrupt (${reason}); another process moved it aside`};
	} catch (error) {
		return {kind: 'corrupt-attempt', file, message: `attempt ${name} is corrupt (${reason}) and could not be moved aside (${describeError(error)}); left in place and skipped`};
	}
};

type ReadOutcome =
	| {readonly attempt: Attempt}
	| {readonly warning: StoreWarning}
	/** A newer briefing-deck's file: not ours to read, judge or delete. */
	| {readonly newer: StoreWarning}
	| {readonly skip: true};

const readAttempt = (file: string, deckId: string | undefined, context: AttemptFilesContext): ReadOutcome => {
	const read = readRegularFile(file, {maxBytes: MAX_ATTEMPT_BYTES, followSymlinks: false, fs: context.fs});
	if (!read.ok) {
		switch (read.problem) {
			case 'missing': {
				// Moved aside or reset by another process between listing and reading.
				return {skip: true};
			}

			case 'too-large': {
				return {warning: corrupt(file, read.message, context)};
			}

			default: {
				return {warning: {kind: 'unreadable', file, message: `cannot read attempt ${displayPath(file)}: ${read.problem === 'permission' ? describeError(read.error) : read.message}; skipped`}};
			}
		}
	}

	let raw: unknown;
	try {
		raw = JSON.parse(new TextDecoder().decode(read.bytes));
	} catch {
		// JSON.parse's message quotes the text it choked on: never repeat a file's content.
		return {warning: corrupt(file, 'not valid JSON', context)};
	}

	const migrated = migrate(raw);
	if (migrated.kind === 'newer') {
		return {newer: {kind: 'newer-version', file, version: migrated.version, message: `attempt ${displayPath(file)} was saved by a newer briefing-deck (version ${migrated.version}); skipped and left in place`}};
	}

	if (migrated.kind === 'invalid') {
		return {warning: corrupt(file, migrated.reason, context)};
	}

	const validation = validateAttempt(migrated.value);
	if (!validation.ok) {
		return {warning: corrupt(file, validation.problems.join('; '), context)};
	}

	// Two ids can share a directory (case-insensitive file systems, very long ids).
	return deckId === undefined || validation.attempt.deckId === deckId ? {attempt: validation.attempt} : {skip: true};
};

type Scan = {
	readonly found: ReadonlyArray<{readonly file: string; readonly attempt: Attempt}>;
	readonly warnings: readonly StoreWarning[];
};

/** Every readable attempt of `deckId` (of any deck when undefined) in `directory`, with its file. */
function scanAttempts(directory: string, deckId: string | undefined, context: AttemptFilesContext): Scan {
	const listing = listAttemptFiles(directory, context);
	if ('warning' in listing) {
		return {found: [], warnings: [listing.warning]};
	}

	const found: Array<{file: string; attempt: Attempt}> = [];
	const warnings: StoreWarning[] = [];
	for (const file of listing.files) {
		const outcome = readAttempt(file, deckId, context);
		if ('attempt' in outcome) {
			found.push({file, attempt: outcome.attempt});
		} else if ('warning' in outcome) {
			warnings.push(outcome.warning);
		} else if ('newer' in outcome) {
			warnings.push(outcome.newer);
		}
	}

	return {found, warnings};
}

/**
Every readable attempt of `deckId` in `directory`. Corrupt files are reported
(and moved aside when `repair` is on); nothing here throws for a bad file.
*/
export function readAttempts(directory: string, deckId: string, context: AttemptFilesContext): HistoryResult {
	const {found, warnings} = scanAttempts(directory, deckId, context);
	// File names start with the end time, but clocks and hand edits vary; the content decides.
	const attempts = found.map(({attempt}) => attempt).sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt));
	return {attempts, warnings};
}

/**
Deletes exactly the attempts `readAttempts` lists (only `deckId`'s when
given), and the directory once empty. Everything is read and checked before
anything is deleted; what cannot be read (corrupt, a newer version's, not a
file) stays. Returns how many went.
*/
export function removeAttempts(directory: string, deckId: string | undefined, context: AttemptFilesContext): number {
	// No repair here: a reset that also moved files aside would touch more than it asked about.
	const {found, warnings} = scanAttempts(directory, deckId, {...context, repair: false});
	const refused = warnings.find(warning => warning.kind === 'unreadable' && warning.file === directory);
	if (refused) {
		throw new Error(`${refused.message}; nothing was deleted`);
	}

	for (const {file} of found) {
		context.fs.rmSync(file, {force: true});
	}

	try {
		context.fs.rmdirSync(directory);
	} catch {
		// Not empty (backups, another deck's files, files kept): keep it.
	}

	return found.length;
}

export type DeckHistory = {
	readonly deckId: string;
	/** Oldest first. */
	readonly attempts: readonly Attempt[];
};

/** Every deck's attempts under `attemptsDir`, by the deck id each file records, sorted by id. */
export function readAllAttempts(attemptsDir: string, context: AttemptFilesContext): {readonly decks: readonly DeckHistory[]; readonly warnings: readonly StoreWarning[]} {
	let names: string[];
	try {
		const stats = context.fs.lstatSync(attemptsDir);
		if (stats.isSymbolicLink() || !stats.isDirectory()) {
			return {decks: [], warnings: [{kind: 'unreadable', file: attemptsDir, message: `cannot read scores in ${displayPath(attemptsDir)}: not a directory of the store's own`}]};
		}

		names = context.fs.readdirSync(attemptsDir).sort();
	} catch (error) {
		return errorCode(error) === 'ENOENT'
			? {decks: [], warnings: []}
			: {decks: [], warnings: [{kind: 'unreadable', file: attemptsDir, message: `cannot read scores in ${displayPath(attemptsDir)}: ${describeError(error)}`}]};
	}

	const byDeck = new Map<string, Attempt[]>();
	const warnings: StoreWarning[] = [];
	for (const name of names) {
		// scanAttempts checks that each part below the store is a real directory, links refused.
		const {found, warnings: listed} = scanAttempts(path.join(attemptsDir, name), undefined, context);
		append(warnings, listed);
		for (const {attempt} of found) {
			const list = byDeck.get(attempt.deckId);
			if (list) {
				list.push(attempt);
			} else {
				byDeck.set(attempt.deckId, [attempt]);
			}
		}
	}

	const decks = [...byDeck]
		.map(([deckId, attempts]) => ({deckId, attempts: attempts.sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt))}))
		.sort((a, b) => (a.deckId < b.deckId ? -1 : (a.deckId > b.deckId ? 1 : 0)));
	return {decks, warnings};
}
