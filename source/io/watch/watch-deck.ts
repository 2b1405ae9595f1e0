/**
`--watch`: a deck read again whenever its file is saved, or a file it
includes, until closed. The included files are the ones the last read led to
(a missing one too, so creating it counts), followed as the deck changes.
*/
import {deckHasIncludes} from '../../core/deck/parse.js';
import type {Deck} from '../../core/deck/types.js';
import {loadDeck, MAX_DECK_BYTES, type LoadResult} from '../deck/load.js';
import {readRegularFile} from '../fs/read-file.js';
import {createDeckFeed, type DeckFeed} from './deck-feed.js';
import {watchFile, type FileWatch, type WatchOptions} from './watch-file.js';

export type WatchedDeck = DeckFeed & {readonly close: () => void};

/** The files the deck includes now; none at all, without a second parse, for a deck with no include line. */
function includedNow(filePath: string): readonly string[] {
	const read = readRegularFile(filePath, {maxBytes: MAX_DECK_BYTES});
	if (!read.ok || !deckHasIncludes(new TextDecoder().decode(read.bytes))) {
		return [];
	}

	return loadDeck(filePath).includes?.map(file => file.path) ?? [];
}

export function watchDeck(filePath: string, deck: Deck, options?: WatchOptions): WatchedDeck {
	const included = new Map<string, FileWatch>();
	let closed = false;
	const follow = (paths: readonly string[]): void => {
		const wanted = new Set(paths);
		for (const [path, watch] of included) {
			if (!wanted.has(path)) {
				watch.close();
				included.delete(path);
			}
		}

		for (const path of wanted) {
			if (!closed && !included.has(path)) {
				included.set(path, watchFile(path, () => {
					feed.reload();
				}, options));
			}
		}
	};

	const load = (file: string): LoadResult => {
		const result = loadDeck(file);
		// A deck that cannot be read now keeps following what it included last.
		if (result.deck !== undefined || result.includes !== undefined) {
			follow(result.includes?.map(each => each.path) ?? []);
		}

		return result;
	};

	const feed = createDeckFeed(filePath, deck, load);
	const watch = watchFile(filePath, feed.reload, options);
	follow(includedNow(filePath));
	return {
		...feed,
		close() {
			closed = true;
			watch.close();
			for (const each of included.values()) {
				each.close();
			}

			included.clear();
		},
	};
}
