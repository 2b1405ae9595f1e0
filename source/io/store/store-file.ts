/**
Reading one file of the store, whatever its kind, as something anyone could
have put there: the directories on the way must be the store's own (no link,
nothing but directories), the file is read through the safe reader (regular
files only, bounded, a link not followed), and a corrupt file is named in a
warning but its content is never quoted. It is moved aside only when the
store repairs: a read-only command reports it and leaves it where it is.
*/
import path from 'node:path';
import type {FileSystem} from '../fs/file-system.js';
import {readRegularFile} from '../fs/read-file.js';
import {displayPath} from '../../core/text/sanitize.js';
import {describeError, errorCode} from '../../core/text/errors.js';
import {moveAside} from './files.js';
import type {CorruptKind, StoreWarning} from '../../core/records/warnings.js';

/** What every reader and writer of the store's files works with. */
export type StoreContext = {
	/** The store's own directory: nothing outside it is touched. */
	readonly root: string;
	readonly fs: FileSystem;
	/** The clock for backup names. */
	readonly now: () => Date;
	/**
	Move corrupt files aside. Off for read-only commands, which report a
	corrupt file and leave it where it is.
	*/
	readonly repair: boolean;
};

export type DirectoryCheck =
	| {readonly ok: true}
	/** Not there (yet): nothing in it. */
	| {readonly missing: true}
	/** Says why, naming the part in the way. */
	| {readonly problem: string};

/**
Whether every part of `directory` below the store's root is a real directory.
A link is never entered: it could lead anywhere, and a read-only command that
followed one could be made to judge (and a writing one to move) files that
are not the store's.
*/
export function checkDirectory(directory: string, {root, fs}: Pick<StoreContext, 'root' | 'fs'>): DirectoryCheck {
	let current = root;
	try {
		for (const part of path.relative(root, directory).split(path.sep).filter(Boolean)) {
			current = path.join(current, part);
			const stats = fs.lstatSync(current);
			if (stats.isSymbolicLink()) {
				return {problem: `${displayPath(current)} is a symbolic link, which the store does not follow`};
			}

			if (!stats.isDirectory()) {
				return {problem: `${displayPath(current)} is not a directory`};
			}
		}
	} catch (error) {
		return errorCode(error) === 'ENOENT' ? {missing: true} : {problem: describeError(error)};
	}

	return {ok: true};
}

export type DirectoryListing =
	| {readonly names: readonly string[]}
	| {readonly problem: string};

/** The sorted names in one of the store's own directories (none when it is missing), or why it cannot be listed. */
export function listDirectory(directory: string, context: Pick<StoreContext, 'root' | 'fs'>): DirectoryListing {
	const checked = checkDirectory(directory, context);
	if ('missing' in checked) {
		return {names: []};
	}

	if ('problem' in checked) {
		return checked;
	}

	try {
		return {names: context.fs.readdirSync(directory).sort()};
	} catch (error) {
		return errorCode(error) === 'ENOENT' ? {names: []} : {problem: describeError(error)};
	}
}

/**
Finished records and schedule files end in `.json`; temp files start with a
dot and backups end in `.corrupt-<time>`, so neither is mistaken for one.
*/
export const isStoreFile = (name: string): boolean => name.endsWith('.json') && !name.startsWith('.');

export type JsonRead =
	| {readonly value: unknown}
	/** Moved aside, reset or replaced by another process between listing and reading. */
	| {readonly missing: true}
	/** Bytes that cannot be ours: not JSON, or far too large. */
	| {readonly corrupt: string}
	/** Not a file the store reads: a link, a directory, a device; or no permission. */
	| {readonly unreadable: string};

/** Reads and parses one store file. Never throws, never follows a link, never quotes the file. */
export function readStoreJson(file: string, maxBytes: number, fs: FileSystem): JsonRead {
	const read = readRegularFile(file, {maxBytes, followSymlinks: false, fs});
	if (!read.ok) {
		switch (read.problem) {
			case 'missing': {
				return {missing: true};
			}

			case 'too-large': {
				return {corrupt: read.message};
			}

			case 'permission': {
				return {unreadable: describeError(read.error)};
			}

			default: {
				return {unreadable: read.message};
			}
		}
	}

	try {
		return {value: JSON.parse(new TextDecoder().decode(read.bytes))};
	} catch {
		// JSON.parse's message quotes the text it choked on: never repeat a file's content.
		return {corrupt: 'not valid JSON'};
	}
}

export type SetAside = {
	readonly kind: CorruptKind;
	/** `attempt`, `schedule file`: the start of the message. */
	readonly noun: string;
	/** What moving it aside means beyond the move, if anything (`this deck's schedules start afresh`). */
	readonly after?: string;
	/**
	Moves the file aside; by default a plain rename. Schedules pass one that
	takes the file's lock and checks it is still corrupt, since they are rewritten.
	Returns the backup, or undefined when the file had gone (or mended) meanwhile.
	*/
	readonly move?: (file: string) => string | undefined;
};

/**
The warning for a corrupt file, which is moved aside to a timestamped backup
when the store repairs (never deleted: the person may want it back) and left
where it is otherwise.
*/
export function corruptFile(file: string, reason: string, {kind, noun, after, move}: SetAside, context: StoreContext): StoreWarning {
	const what = `${noun} ${displayPath(file)} is corrupt (${reason})`;
	if (!context.repair) {
		return {kind, file, message: `${what}; left in place`};
	}

	try {
		const backup = move ? move(file) : moveAside(file, context.now(), context.fs);
		return backup
			? {kind, file, backup, message: `${what}; moved it to ${displayPath(backup)}${after ? `; ${after}` : ''}`}
			: {kind, file, message: `${what}; another process moved it aside`};
	} catch (error) {
		return {kind, file, message: `${what} and could not be moved aside (${describeError(error)}); left in place and skipped`};
	}
}
