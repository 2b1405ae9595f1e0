/**
`--watch` on a file that cannot be shown yet (empty, or broken): the file is
watched until a save can be shown, and the same watch then goes on as the
deck's, so no save between the two is missed.
*/
import {loadDeck, type LoadResult} from '../deck/load.js';
import {createListeners} from '../../core/protocol/listeners.js';
import {createDeckFeed, problemOf} from './deck-feed.js';
import type {WatchedDeck} from './watch-deck.js';
import {watchFile, type WatchOptions} from './watch-file.js';

/** What is shown over the waiting screen's banner, after the first error. */
export const waitingWords = 'waiting for the first good save';

export type FirstGood = {
	/** The watch, now following the deck. */
	readonly watched: WatchedDeck;
	/** The load that gave the first deck, for the errors it was repaired around. */
	readonly result: LoadResult;
};

export type WaitingDeck = {
	/** What is wrong with the file now, in one line. */
	readonly problem: () => string;
	readonly subscribe: (listener: () => void) => () => void;
	/** The first save that can be shown; never settles if the wait is closed first. */
	readonly firstGood: Promise<FirstGood>;
	/** Stops watching (once the first good save came, the watch is `watched`'s to close). */
	readonly close: () => void;
};

/**
Whether `--watch` may wait for a file that `result` could not show: a file
that can be written into, never one that is missing, a directory, or not a
regular file (`--watch` never waits on a pipe).
*/
export function canWaitFor(result: LoadResult): boolean {
	return result.unread === undefined || result.unread === 'too-large';
}

export function waitForGoodSave(filePath: string, first: LoadResult, options?: WatchOptions, load: (filePath: string) => LoadResult = loadDeck): WaitingDeck {
	const listeners = createListeners<string>();
	let problem = problemOf(first, waitingWords) ?? `${filePath}: cannot be read · ${waitingWords}`;
	let settle: (first: FirstGood) => void = () => {};
	const firstGood = new Promise<FirstGood>(resolve => {
		settle = resolve;
	});
	let reload = () => {
		const result = load(filePath);
		const now = problemOf(result, waitingWords);
		if (now === undefined && result.deck) {
			const feed = createDeckFeed(filePath, result.deck, load);
			reload = feed.reload;
			settle({watched: {...feed, close: watch.close}, result});
		} else if (now !== undefined && now !== problem) {
			problem = now;
			listeners.emit(problem);
		}
	};

	const watch = watchFile(filePath, () => {
		reload();
	}, options);
	return {
		problem: () => problem,
		subscribe: listener => listeners.subscribe(() => {
			listener();
		}),
		firstGood,
		close: watch.close,
	};
}
