/**
Finding and reading the files a deck includes (`<!-- include: file.md -->`;
the expanding is core/deck/includes.ts). A path is taken relative to the file
that includes it, and must stay inside the deck's folder: no `..` out of it,
no absolute path elsewhere, and no symbolic link that leads out (the real
paths are compared). Only regular files are read, through the one safe
reader, never past the size the deck has left.

Every path tried is recorded with what was found there, so the parsed-deck
cache can tell whether an include changed, and `--watch` can watch it
(a missing file too: creating it is a change).
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {formatBytes, readRegularFile} from '../fs/read-file.js';
import type {IncludeRead, IncludeResolver} from '../../core/deck/includes.js';
import {decodeText} from './text.js';

/** A path an include led to, and a digest of what was there (its bytes, or why it was not read). */
export type IncludedFile = {readonly path: string; readonly maxBytes: number; readonly state: string};

const digest = (text: string | Uint8Array): string => crypto.createHash('sha1').update(text).digest('hex');

const realPath = (file: string): string | undefined => {
	try {
		return fs.realpathSync(file);
	} catch {
		return undefined;
	}
};

const inside = (folder: string, file: string): boolean => {
	const relative = path.relative(folder, file);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

type Probe = {readonly read: IncludeRead; readonly state: string};

/**
What is at `file` (absolute, already known to be inside `root` by its path)
for an include: its text, or why it is refused.
*/
function probe(root: string, realRoot: string, file: string, maxBytes: number): Probe {
	const refused = (message: string, hint?: string): Probe => ({read: {ok: false, message, ...(hint ? {hint} : {})}, state: `refused:${message}`});
	const real = realPath(file);
	if (real === undefined) {
		return refused('is not found', 'the path is relative to the file that includes it');
	}

	if (!inside(realRoot, real)) {
		return refused('is a link that leads out of the deck\'s folder', 'included files must be inside the deck\'s folder');
	}

	const read = readRegularFile(real, {maxBytes});
	if (!read.ok) {
		switch (read.problem) {
			case 'too-large': {
				return refused(`${read.message}, more than the ${formatBytes(maxBytes)} the deck has left of its size limit`, 'split it into several decks');
			}

			case 'directory': {
				return refused('is a directory, not a file');
			}

			default: {
				return refused(read.message);
			}
		}
	}

	const decoded = decodeText(read.bytes);
	if ('problem' in decoded) {
		return {...refused(decoded.problem.message, decoded.problem.hint), state: `refused:${digest(read.bytes)}`};
	}

	const fromRoot = path.relative(root, file).split(path.sep).join('/');
	return {read: {ok: true, file: fromRoot, key: real, text: decoded.text}, state: digest(read.bytes)};
}

export type DeckIncludes = {
	readonly resolve: IncludeResolver;
	/** The deck file's own real path, for finding cycles through it. */
	readonly rootKey: string;
	/** Every path an include led to, in order. */
	readonly files: () => readonly IncludedFile[];
};

/** Includes for the deck at `deckPath`, inside its folder. */
export function deckIncludes(deckPath: string): DeckIncludes {
	const root = path.dirname(path.resolve(deckPath));
	const realRoot = realPath(root) ?? root;
	const rootKey = realPath(deckPath) ?? path.resolve(deckPath);
	const files: IncludedFile[] = [];
	// Keys are real paths; the file's path as reached is what relative paths in it are taken from.
	const reachedAs = new Map<string, string>([[rootKey, path.resolve(deckPath)]]);
	const resolve: IncludeResolver = (target, from, maxBytes) => {
		const base = path.dirname(reachedAs.get(from) ?? from);
		const file = path.resolve(base, target);
		if (!inside(root, file)) {
			return {ok: false, message: 'is outside the deck\'s folder', hint: 'included files must be inside the deck\'s folder'};
		}

		const found = probe(root, realRoot, file, maxBytes);
		files.push({path: file, maxBytes, state: found.state});
		if (found.read.ok) {
			reachedAs.set(found.read.key, file);
		}

		return found.read;
	};

	return {resolve, rootKey, files: () => files};
}

/** Whether every recorded include still finds what it found: the parsed deck made from them is still the deck. */
export function includesUnchanged(deckPath: string, files: readonly IncludedFile[]): boolean {
	const root = path.dirname(path.resolve(deckPath));
	const realRoot = realPath(root) ?? root;
	return files.every(file => probe(root, realRoot, file.path, file.maxBytes).state === file.state);
}
