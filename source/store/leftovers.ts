/**
What a process killed in the middle of a save leaves in the store (a SIGKILL,
a power cut): the temp file of an atomic write, and the lock of a schedule
update. Both are removed on the next writable open, in every kind's folders;
a live process's temp file or lock is its save in progress and stays.
*/
import path from 'node:path';
import type {FileSystem} from '../fs/file-system.js';
import {isAlive, removeStaleLocks} from './lock.js';
import {checkDirectory} from './store-file.js';

/** `.<name>.<pid>.<random>.tmp`, as `writeFileAtomic` names its temp files. */
const temporaryFile = /^\..+\.(\d+)\.[\da-f]+\.tmp$/;

/** Removes temp files in `directory` whose process is gone. Returns the count. */
export function removeLeftovers(directory: string, fs: FileSystem): number {
	let names: string[];
	try {
		names = fs.readdirSync(directory);
	} catch {
		return 0;
	}

	let removed = 0;
	for (const name of names) {
		const match = temporaryFile.exec(name);
		if (match && !isAlive(Number(match[1]))) {
			try {
				if (fs.lstatSync(path.join(directory, name)).isFile()) {
					fs.rmSync(path.join(directory, name), {force: true});
					removed++;
				}
			} catch {
				// Gone already, or not ours to remove: either way nothing to do.
			}
		}
	}

	return removed;
}

/** The folders a kind keeps one directory per deck in: `attempts`, `rooms`, `rehearsals`. */
export type TidyOptions = {
	readonly recordDirectories: readonly string[];
	/** Where schedule files and their locks are. */
	readonly schedulesDirectory: string;
};

/**
Removes leftovers from every deck folder of every record kind and from the
schedules folder; folders that are links, or not folders, are not entered.
Returns how many files went.
*/
export function tidyStore(root: string, {recordDirectories, schedulesDirectory}: TidyOptions, fs: FileSystem): number {
	const own = (directory: string): boolean => 'ok' in checkDirectory(directory, {root, fs});
	let removed = 0;
	for (const kindDirectory of recordDirectories.filter(directory => own(directory))) {
		let decks: string[];
		try {
			decks = fs.readdirSync(kindDirectory);
		} catch {
			continue;
		}

		for (const deck of decks.map(name => path.join(kindDirectory, name)).filter(directory => own(directory))) {
			removed += removeLeftovers(deck, fs);
		}
	}

	if (own(schedulesDirectory)) {
		removed += removeLeftovers(schedulesDirectory, fs) + removeStaleLocks(schedulesDirectory, fs);
	}

	return removed;
}
