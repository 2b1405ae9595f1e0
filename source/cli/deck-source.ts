import path from 'node:path';
import {bundledDecksDirectory, resolveDeckPath} from '../deck/bundled.js';
import type {Deck} from '../deck/types.js';
import type {DeckSource} from '../store/schedule-file.js';

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
