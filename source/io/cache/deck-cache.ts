/**
Parsed decks kept between launches of the slideshow, beside the code cache
(code-cache.ts, whose safe reading and writing this shares): parsing a deck
of a few dozen slides is a fifth of a launch, reading it back well under a
millisecond.

A kept deck is used only for the same bytes of the same file name parsed by
the same build: the key is a digest of all three, so an edited deck or a new
build parses again; a deck with includes is used only while each included
file still holds what it held (io/deck/includes.ts checks them again). There is one cache file per deck path, replaced when its
key changes. Anything wrong with it means parsing as if it were not there.
`check` and `print` never use it: they always parse.
*/
import crypto from 'node:crypto';
import path from 'node:path';
import v8 from 'node:v8';
import {deckFromBytes, loadDeck, MAX_DECK_BYTES, type LoadResult} from '../deck/load.js';
import {includesUnchanged} from '../deck/includes.js';
import {readRegularFile} from '../fs/read-file.js';
import {readCodeCache, writeCodeCache} from './code-cache.js';

export type DeckCache = {
	/** The cache directory (code-cache.ts's). */
	readonly directory: string;
	/** The running build; a deck parsed by another is parsed again. */
	readonly buildId: string;
};

type Kept = Pick<LoadResult, 'deck' | 'diagnostics' | 'includes'> & {readonly key: string};

const sha1 = (...parts: ReadonlyArray<string | Uint8Array>): string => {
	const hash = crypto.createHash('sha1');
	for (const part of parts) {
		hash.update(part);
		hash.update('\0');
	}

	return hash.digest('hex');
};

/** The cache file for a deck file, one per path. */
export const deckCacheName = (filePath: string): string => `deck-${sha1(path.resolve(filePath)).slice(0, 20)}.v8`;

const keptFor = (payload: Uint8Array, key: string): Kept | undefined => {
	try {
		const kept = v8.deserialize(payload) as Partial<Kept> | undefined;
		return kept?.key === key && Array.isArray(kept.diagnostics) && (kept.deck === undefined || typeof kept.deck === 'object') && (kept.includes === undefined || Array.isArray(kept.includes)) ? kept as Kept : undefined;
	} catch {
		return undefined;
	}
};

/**
Loads a deck as `loadDeck` does, from the cache when it holds this deck.
On a miss, `save` writes what was parsed (call it once the first slide is
on screen, or at exit); it never throws.
*/
export function loadDeckCached(filePath: string, cache: DeckCache): {readonly result: LoadResult; readonly save?: () => void} {
	const read = readRegularFile(filePath, {maxBytes: MAX_DECK_BYTES});
	if (!read.ok) {
		// Nothing to keep: the loader describes the problem.
		return {result: loadDeck(filePath)};
	}

	const key = sha1(cache.buildId, path.basename(filePath), read.bytes);
	const name = deckCacheName(filePath);
	const payload = readCodeCache(cache.directory, name);
	const kept = payload === undefined ? undefined : keptFor(payload, key);
	if (kept && (kept.includes === undefined || includesUnchanged(filePath, kept.includes))) {
		return {result: {path: filePath, diagnostics: kept.diagnostics, ...(kept.deck === undefined ? {} : {deck: kept.deck}), ...(kept.includes === undefined ? {} : {includes: kept.includes})}};
	}

	const result = deckFromBytes(filePath, read.bytes);
	return {
		result,
		save() {
			try {
				writeCodeCache(cache.directory, name, v8.serialize({key, deck: result.deck, diagnostics: result.diagnostics, ...(result.includes === undefined ? {} : {includes: result.includes})} satisfies Kept));
			} catch {
				// A deck that cannot be kept is parsed again next time.
			}
		},
	};
}
