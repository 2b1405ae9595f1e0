/**
Tells when a file may have changed, however it was saved. The file itself is
not what is watched: an editor that saves by writing a temporary file and
renaming it over the old one, or by renaming the old one aside first (vim),
leaves a watch on the old file's inode watching nothing. So the directory is
watched, for events that name the file (and, for a symbolic link, the
directory of the file it points to), and the file's status is polled now and
then as well, which also catches a file that disappears and comes back, a
directory that is replaced, and file systems that send no events at all.

Bursts of events are debounced into one call. Nothing here keeps the process
alive, and nothing of it runs unless a watch is asked for.
*/
import fs from 'node:fs';
import path from 'node:path';
import {debounce, realTimers, type Timers} from './debounce.js';

export type WatchOptions = {
	/** Quiet time after the last event before `onChange` (milliseconds). */
	readonly quietMs?: number;
	/** How often the file's status is polled besides (milliseconds). */
	readonly pollMs?: number;
	readonly timers?: Timers;
};

export type FileWatch = {
	readonly close: () => void;
};

/** The default quiet time: long enough for an editor's save, short enough to feel immediate. */
const defaultQuietMs = 150;

/** Directories to watch, each with the names in it that are the file (a link, and what it points to). */
function placesOf(filePath: string): Map<string, Set<string>> {
	const places = new Map<string, Set<string>>();
	const add = (file: string) => {
		const directory = path.dirname(file);
		places.set(directory, new Set([...places.get(directory) ?? [], path.basename(file)]));
	};

	add(path.resolve(filePath));
	try {
		add(fs.realpathSync(filePath));
	} catch {
		// Missing for now: its own directory is watched, and the poll sees it come back.
	}

	return places;
}

/** The directory's inode, to tell when one has been put in the place of another. */
const inodeOf = (directory: string): number | undefined => fs.statSync(directory, {throwIfNoEntry: false})?.ino;

export function watchFile(filePath: string, onChange: () => void, {quietMs = defaultQuietMs, pollMs = 1000, timers = realTimers}: WatchOptions = {}): FileWatch {
	const watchers = new Map<string, {readonly watcher: fs.FSWatcher; readonly inode: number | undefined}>();
	let places = new Map<string, Set<string>>();
	let closed = false;

	const unwatch = (directory: string) => {
		watchers.get(directory)?.watcher.close();
		watchers.delete(directory);
	};

	/** Watches the directories the file lives in now: a link retargeted, or a directory replaced, is taken up here. */
	const sync = () => {
		places = placesOf(filePath);
		for (const [directory, {inode}] of watchers) {
			if (!places.has(directory) || inodeOf(directory) !== inode) {
				unwatch(directory);
			}
		}

		for (const directory of places.keys()) {
			if (watchers.has(directory)) {
				continue;
			}

			try {
				const inode = inodeOf(directory);
				const watcher = fs.watch(directory, {persistent: false}, (_event, name) => {
					// Some systems do not say which file changed: then it may have been this one.
					if (name === null || places.get(directory)?.has(name)) {
						changed.trigger();
					}
				});
				watcher.on('error', () => {
					// The directory went away: the poll carries on, and the next change watches it again.
					unwatch(directory);
				});
				watchers.set(directory, {watcher, inode});
			} catch {
				// Cannot watch it (gone, or out of watches): the poll still sees changes.
			}
		}
	};

	const changed = debounce(() => {
		if (!closed) {
			sync();
			onChange();
		}
	}, quietMs, timers);

	const poll = (current: fs.Stats, previous: fs.Stats) => {
		if (current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino || current.size !== previous.size || current.nlink !== previous.nlink) {
			changed.trigger();
		}
	};

	sync();
	fs.watchFile(filePath, {persistent: false, interval: pollMs}, poll);
	return {
		close() {
			closed = true;
			changed.cancel();
			fs.unwatchFile(filePath, poll);
			for (const directory of [...watchers.keys()]) {
				unwatch(directory);
			}
		},
	};
}
