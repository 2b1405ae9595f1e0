import path from 'node:path';
import {bundledDecksDirectory, resolveDeckPath} from '../../io/deck/bundled.js';
import {loadDeck} from '../../io/deck/load.js';
import type {Deck} from '../../core/deck/types.js';
import type {DeckSource, ScheduleBook} from '../../core/records/schedule-file.js';

const bundledPrefix = 'bundled:';

/**
Where a deck opened from `argument` lives, as kept with its schedules: an
absolute path, or `bundled:<name>` for a bundled deck, which moves with the
installed package.
*/
export function deckSource(argument: string | undefined, deck: Pick<Deck, 'meta'>): DeckSource {
	const file = path.resolve(resolveDeckPath(argument));
	const bundled = path.dirname(file) === path.resolve(bundledDecksDirectory()) && file.endsWith('.md');
	return {title: deck.meta.title, source: bundled ? `${bundledPrefix}${path.basename(file, '.md')}` : file};
}

/** The file a kept source names now. */
export function sourceFile(source: string): string {
	return source.startsWith(bundledPrefix) ? path.join(bundledDecksDirectory(), `${source.slice(bundledPrefix.length)}.md`) : source;
}

/** The deck a schedule file remembers, if it still opens as that deck; else why not. Reads only. */
export function rememberedDeck(book: ScheduleBook): {readonly deck: Deck} | {readonly problem: string} {
	if (!book.deck) {
		return {problem: 'where its deck is was not kept'};
	}

	const file = sourceFile(book.deck.source);
	const result = loadDeck(file);
	if (!result.deck || result.diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
		return {problem: `${file} cannot be opened (${result.diagnostics[0]?.message ?? 'unknown error'})`};
	}

	return result.deck.meta.id === book.deckId ? {deck: result.deck} : {problem: `${file} is now another deck (${result.deck.meta.id})`};
}
