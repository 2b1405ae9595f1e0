/**
The id a deck's history is kept under in the store, given to the deck itself
(`deck.meta.id`) before anything reads or writes its history, so scores,
schedules, rehearsals, resume positions and room records all key by the
same one. See core/records/deck-identity.ts for the rules.
*/
import os from 'node:os';
import type {Deck} from '../../core/deck/types.js';
import {apartNotice} from '../../core/records/deck-identity.js';
import {displayPath} from '../../core/text/sanitize.js';
import {identifyDeck} from '../../io/store/identities.js';
import {resolveStoreDir} from '../../io/store/store-dir.js';
import {deckSource, locateSource, sourceFile} from './deck-source.js';

export type KeptDeck = {
	/** The deck, its `meta.id` the one the store keeps its history under. */
	readonly deck: Deck;
	/** Why that is not the deck's own id, and what to do about it; undefined when it is. */
	readonly notice?: string;
	/** What reading the store's identity records met. */
	readonly warnings: readonly string[];
};

/** The store directory the command line and environment name, as `openStore` finds it. */
export function storeDirectory(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
	return resolveStoreDir({...(flag ? {flag} : {}), env, platformEnv: {home: os.homedir()}});
}

/** The deck with the id its history is kept under; the rest as it was. */
export const withStoreId = (deck: Deck, id: string): Deck => (deck.meta.id === id ? deck : {...deck, meta: {...deck.meta, id}});

/**
The deck opened from `argument`, given the id the store at `storeDir` keeps
its history under. Read-only commands decide without writing; the others
record which file holds the id (so a second file with the same one is kept
apart from it). Never writes into the deck's file.
*/
export function keptApart(deck: Deck, argument: string | undefined, storeDir: string, {readOnly = false}: {readonly readOnly?: boolean} = {}): KeptDeck {
	const {source, title} = deckSource(argument, deck);
	const claim = {id: deck.meta.idOrigin?.id ?? deck.meta.id, explicit: deck.meta.idOrigin?.explicit ?? false, source, title};
	const {decision, warnings} = identifyDeck(storeDir, claim, {readOnly, locate: locateSource});
	const notice = apartNotice(decision, claim, decision.apart ? displayPath(sourceFile(decision.apart.holder.source)) : '');
	return {deck: withStoreId(deck, decision.id), ...(notice === undefined ? {} : {notice}), warnings: warnings.map(warning => warning.message)};
}
