import {existsSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {bundledDecksDirectory, resolveDeckPath} from '../../io/deck/bundled.js';
import {loadDeck} from '../../io/deck/load.js';
import type {Deck} from '../../core/deck/types.js';
import type {DeckSource, ScheduleBook} from '../../core/records/schedule-file.js';

const bundledPrefix = 'bundled:';

/** The path with its links resolved, so one file reached two ways is one deck; as given when it is not there. */
const realPath = (file: string): string => {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
};

/**
Where a deck opened from `argument` lives, as kept with its schedules and its
identity: the file's real path, or `bundled:<name>` for a bundled deck, which
moves with the installed package.
*/
export function deckSource(argument: string | undefined, deck: Pick<Deck, 'meta'>): DeckSource {
	const file = realPath(resolveDeckPath(argument));
	const bundled = path.dirname(file) === realPath(bundledDecksDirectory()) && file.endsWith('.md');
	return {title: deck.meta.title, source: bundled ? `${bundledPrefix}${path.basename(file, '.md')}` : file};
}

/** The file a kept source names now. */
export function sourceFile(source: string): string {
	return source.startsWith(bundledPrefix) ? path.join(bundledDecksDirectory(), `${source.slice(bundledPrefix.length)}.md`) : source;
}

/** Where a kept source is now, spelled as `deckSource` spells it; undefined when its file is gone. */
export function locateSource(source: string): string | undefined {
	const file = sourceFile(source);
	if (!existsSync(file)) {
		return undefined;
	}

	return source.startsWith(bundledPrefix) ? source : realPath(file);
}

/**
The deck a schedule file remembers, if it still opens as that deck; else why
not. Reads only. `keptAs` gives the deck the id the store keeps it under
(see deck-identity.ts), which for a deck kept apart from another is not its own.
*/
export function rememberedDeck(book: ScheduleBook, keptAs: (deck: Deck, file: string) => Deck = deck => deck): {readonly deck: Deck} | {readonly problem: string} {
	if (!book.deck) {
		return {problem: 'where its deck is was not kept'};
	}

	const file = sourceFile(book.deck.source);
	const result = loadDeck(file);
	if (!result.deck || result.diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		return {problem: `${file} cannot be opened (${result.diagnostics[0]?.message ?? 'unknown error'})`};
	}

	const deck = keptAs(result.deck, file);
	return deck.meta.id === book.deckId ? {deck} : {problem: `${file} is now another deck (${deck.meta.id})`};
}
