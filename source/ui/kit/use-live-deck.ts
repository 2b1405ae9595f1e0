import {useSyncExternalStore} from 'react';
import type {DeckFeed, LiveDeck} from '../../io/watch/deck-feed.js';

/** The deck as last read (`--watch`), and what is wrong with its file now, if anything. */
export function useLiveDeck(feed: DeckFeed): LiveDeck {
	return useSyncExternalStore(feed.subscribe, feed.current);
}
