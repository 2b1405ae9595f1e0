/** `--watch`: a deck read again whenever its file is saved, until closed. */
import type {Deck} from '../../core/deck/types.js';
import {createDeckFeed, type DeckFeed} from './deck-feed.js';
import {watchFile, type WatchOptions} from './watch-file.js';

export type WatchedDeck = DeckFeed & {readonly close: () => void};

export function watchDeck(filePath: string, deck: Deck, options?: WatchOptions): WatchedDeck {
	const feed = createDeckFeed(filePath, deck);
	const watch = watchFile(filePath, feed.reload, options);
	return {...feed, close: watch.close};
}
