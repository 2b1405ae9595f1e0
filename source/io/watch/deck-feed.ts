/**
A deck that can be read again: the last good version, and what is wrong with
the file now, if anything. Reading again keeps the last good deck on screen
while the file is broken, missing, not a regular file or too large (the
loader refuses those as it does at start), and says why in one line.
Listeners hear only of real changes.
*/
import crypto from 'node:crypto';
import {formatDiagnostic} from '../../core/deck/format-diagnostic.js';
import {loadDeck, type LoadResult} from '../deck/load.js';
import type {Deck} from '../../core/deck/types.js';
import {createListeners} from '../../core/protocol/listeners.js';
import {plural} from '../../core/text/format.js';

export type LiveDeck = {
	/** The last version that could be shown. */
	readonly deck: Deck;
	/** Changes with anything in it: slides, notes, front matter, quiz. */
	readonly version: string;
	/** What is wrong with the file now, as `file:line:col: message`, in one line. */
	readonly problem?: string;
};

export type DeckFeed = {
	readonly current: () => LiveDeck;
	readonly subscribe: (listener: () => void) => () => void;
	/** Reads the file again now. */
	readonly reload: () => void;
};

/** The one line that says why the file cannot be shown, and what is shown meanwhile; or nothing when it can. */
export function problemOf(result: LoadResult, meanwhile = 'showing the last good version'): string | undefined {
	const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error' && !diagnostic.recovered);
	const [first] = errors;
	if (!first && result.deck) {
		return undefined;
	}

	// A deck with no error but no deck either cannot happen; say something true all the same.
	const head = first ? formatDiagnostic(result.path, {...first, hint: undefined}) : `${result.path}: cannot be read`;
	const more = errors.length > 1 ? ` (and ${plural(errors.length - 1, 'more error')})` : '';
	return `${head.replaceAll(/\s*\n\s*/g, ' ')}${more} · ${meanwhile}`;
}

const versionOf = (deck: Deck): string => crypto.createHash('sha256').update(JSON.stringify(deck)).digest('hex');

const liveDeck = (deck: Deck): LiveDeck => ({deck, version: versionOf(deck)});

/** The live deck after a read: the same object when nothing changed, so nothing redraws. */
function nextLive(current: LiveDeck, result: LoadResult): LiveDeck {
	const problem = problemOf(result);
	if (problem !== undefined || !result.deck) {
		return problem === current.problem ? current : {deck: current.deck, version: current.version, ...(problem === undefined ? {} : {problem})};
	}

	const next = liveDeck(result.deck);
	if (next.version !== current.version) {
		return next;
	}

	// Fixed back to the version on screen: only the problem goes.
	return current.problem === undefined ? current : {deck: current.deck, version: current.version};
}

export function createDeckFeed(filePath: string, initial: Deck, load: (filePath: string) => LoadResult = loadDeck): DeckFeed {
	let live = liveDeck(initial);
	const listeners = createListeners<LiveDeck>();
	return {
		current: () => live,
		subscribe: listener => listeners.subscribe(() => {
			listener();
		}),
		reload() {
			const next = nextLive(live, load(filePath));
			if (next !== live) {
				live = next;
				listeners.emit(live);
			}
		},
	};
}
