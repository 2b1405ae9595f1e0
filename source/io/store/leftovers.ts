/**
What a process killed in the middle of a save leaves in the store (a SIGKILL,
a power cut): the temp file of an atomic write, and the lock of a schedule
update. Both are removed on the next writable open, in every kind's folders;
a live process's temp file or lock is its save in progress and stays.
*/
import path from 'node:path';
import type {FileSystem} from '../fs/file-system.js';
import {isAlive, isStale} from './lock.js';
import {checkDirectory, listDirectory} from './store-file.js';

/** `.<name>.<pid>.<random>.tmp`, as `writeFileAtomic` names its temp files. */
const temporaryFile = /^\..+\.(\d+)\.[\da-f]+\.tmp$/;

/** Whether `name` in `directory` is a temp file whose process is gone, or a lock its holder left. */
function isLeftover(directory: string, name: string, fs: FileSystem): boolean {
	const file = path.join(directory, name);
	const temporary = temporaryFile.exec(name);
	if (temporary) {
		try {
			return !isAlive(Number(temporary[1])) && fs.lstatSync(file).isFile();
		} catch {
			return false;
		}
	}

	return name.endsWith('.json.lock') && isStale(file, fs);
}

/** Removes the leftovers in `directory`. Returns the count. */
export function removeLeftovers(directory: string, fs: FileSystem): number {
	let names: string[];
	try {
		names = fs.readdirSync(directory);
	} catch {
		return 0;
	}

	let removed = 0;
	for (const name of names.filter(name => isLeftover(directory, name, fs))) {
		try {
			fs.rmSync(path.join(directory, name), {force: true});
			removed++;
		} catch {
			// Gone already, or not ours to remove (a directory by that name): either way nothing to do.
		}
	}

	return removed;
}

/** The folders a kind keeps one directory per deck in: `attempts`, `rooms`, `rehearsals`. */
export type TidyOptions = {
	readonly recordDirectories: readonly string[];
	/** Where schedule files and their locks are. */
	readonly schedulesDirectory: string;
	/** Where deck identity records and their lock are. */
	readonly identitiesDirectory?: string;
};

/**
Removes leftovers from every deck folder of every record kind and from the
schedules and identities folders; folders that are links, or not folders, are not entered.
Returns how many files went.
*/
export function tidyStore(root: string, {recordDirectories, schedulesDirectory, identitiesDirectory}: TidyOptions, fs: FileSystem): number {
	const context = {root, fs};
	const deckFolders = recordDirectories.flatMap(kind => {
		const listing = listDirectory(kind, context);
		return 'names' in listing ? listing.names.map(name => path.join(kind, name)) : [];
	});
	return [schedulesDirectory, ...(identitiesDirectory ? [identitiesDirectory] : []), ...deckFolders]
		.filter(folder => 'ok' in checkDirectory(folder, context))
		.reduce((removed, folder) => removed + removeLeftovers(folder, fs), 0);
}
