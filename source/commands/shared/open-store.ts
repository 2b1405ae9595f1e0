import os from 'node:os';
import type {Deck} from '../../core/deck/types.js';
import type {ScoreStore} from '../../io/store/score-store.js';
import {resolveStoreDir} from '../../io/store/store-dir.js';
import {displayPath, sanitize} from '../../core/text/sanitize.js';
import type {KnownDeck} from '../../core/records/deck-name.js';
import {keptApart} from './deck-identity.js';
import {resolveDeckName} from './deck-name.js';
import {openDeck} from './open-deck.js';

export type OpenedStore = {readonly store?: ScoreStore; readonly error?: string};

type OpenStoreOptions = {
	/** For commands that only read: nothing in the store is written, created or moved. */
	readonly readOnly?: boolean;
};

/**
Opens the score store; a store that cannot be opened is reported, and the show
goes on without it. Imported on demand: `check` and `print` never need conf.
*/
export async function openStore(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, options: OpenStoreOptions = {}): Promise<OpenedStore> {
	const dir = resolveStoreDir({...(flag ? {flag} : {}), env, platformEnv: {home: os.homedir()}});
	const {createScoreStore} = await import('../../io/store/score-store.js');
	try {
		return {store: createScoreStore(dir, options)};
	} catch (error) {
		return {error: `cannot open the score store at ${displayPath(dir)}: ${sanitize((error as Error).message)}`};
	}
}

type DeckAndStore =
	| {
		readonly deck?: Deck;
		/** The deck named, as a file or bundled deck's name: a title or id named is the file it resolved to. */
		readonly argument?: string;
		/** Named by id or title, a deck the store keeps history for whose file is gone. */
		readonly gone?: KnownDeck;
		readonly store: ScoreStore;
	}
	| {readonly exitCode: number};

type DeckAndStoreOptions = OpenStoreOptions & {
	/** With no deck named, the bundled deck (`rehearsals`, which is about one deck always) instead of none. */
	readonly bundledWhenUnnamed?: boolean;
};

/**
For commands about the store, on one deck or on all (`scores`, `review`,
`rehearsals`): the deck when one is named (by file, bundled name, id or
title: see deck-name.ts), and the store. Either failing is reported on
`stderr` and comes back as the exit code.
*/
export async function openDeckAndStore(
	argument: string | undefined,
	storeFlag: string | undefined,
	{stderr, env}: {readonly stderr: NodeJS.WriteStream; readonly env: Readonly<Record<string, string | undefined>>},
	{bundledWhenUnnamed = false, ...options}: DeckAndStoreOptions = {},
): Promise<DeckAndStore> {
	const named = await resolveDeckName(argument, storeFlag, {stderr, env});
	if ('exitCode' in named) {
		return named;
	}

	const resolved = 'argument' in named ? named.argument : undefined;
	// openDeck opens the bundled deck when given no name.
	const opensDeck = resolved !== undefined || (bundledWhenUnnamed && !('gone' in named));
	const deck = opensDeck ? openDeck(resolved, stderr) : undefined;
	if (opensDeck && !deck) {
		return {exitCode: 1};
	}

	const opened = await openStore(storeFlag, env, options);
	if (!opened.store) {
		stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return {exitCode: 1};
	}

	if ('gone' in named) {
		return {gone: named.gone, store: opened.store};
	}

	if (!deck) {
		return {store: opened.store};
	}

	// The history asked about is the one the store keeps for this file; looking it up writes nothing.
	const kept = keptApart(deck, resolved, opened.store.dir, {readOnly: true});
	for (const said of [...kept.warnings, ...(kept.notice === undefined ? [] : [kept.notice])]) {
		stderr.write(`briefing-deck: ${sanitize(said)}\n`);
	}

	return {deck: kept.deck, ...(resolved === undefined ? {} : {argument: resolved}), store: opened.store};
}
