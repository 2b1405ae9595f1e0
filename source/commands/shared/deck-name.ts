/**
The deck a command about history (`scores`, `rehearsals`, `review`, `quiz`)
is asked about: a file, a bundled deck's name, or the id or title the store
knows a deck by (see core/records/deck-name.ts for the order). Looking the
name up only reads the store.
*/
import {existsSync} from 'node:fs';
import path from 'node:path';
import {maxOf} from '../../core/text/arrays.js';
import {chooseDeck, type KnownDeck} from '../../core/records/deck-name.js';
import {displayPath, sanitize} from '../../core/text/sanitize.js';
import {bundledDeckNames, bundledDecksDirectory} from '../../io/deck/bundled.js';
import {loadDeck} from '../../io/deck/load.js';
import {readDeckIdentities} from '../../io/store/identities.js';
import {storeDirectory} from './deck-identity.js';
import {locateSource, sourceFile} from './deck-source.js';
import type {Streams} from './streams.js';

export type NamedDeck =
	/** Open this as a deck argument is opened: a path, a bundled deck's name, or the name as given (to be reported as not found). */
	| {readonly argument: string | undefined}
	/** A deck the store has history for whose file is not there. */
	| {readonly gone: KnownDeck}
	/** Said on stderr already. */
	| {readonly exitCode: number};

/** Every deck the store at `dir` keeps anything for, and every bundled deck, once each by id. */
async function knownDecks(dir: string): Promise<KnownDeck[]> {
	const decks = new Map<string, KnownDeck>();
	const add = (deck: KnownDeck): void => {
		if (!decks.has(deck.id)) {
			decks.set(deck.id, deck);
		}
	};

	const kept = (id: string, source: string, title: string): KnownDeck => ({id, title, source, present: locateSource(source) !== undefined});
	// The identity records say which file holds each id now; a schedule file says where its deck was when it was last reviewed.
	for (const identity of readDeckIdentities(dir)) {
		add(kept(identity.deckId, identity.source, identity.title));
	}

	const {createScoreStore} = await import('../../io/store/score-store.js');
	try {
		const store = createScoreStore(dir, {readOnly: true});
		for (const book of store.allSchedules().books) {
			if (book.deck) {
				add(kept(book.deckId, book.deck.source, book.deck.title));
			}
		}

		for (const name of bundledDeckNames()) {
			const {deck} = loadDeck(path.join(bundledDecksDirectory(), `${name}.md`));
			if (deck) {
				add({id: deck.meta.id, title: deck.meta.title, source: `bundled:${name}`, present: true});
			}
		}

		// Known only by id: attempts and room records do not say where their deck was.
		for (const {deckId} of [...store.allHistories().decks, ...store.allRooms().decks]) {
			add({id: deckId, present: false});
		}
	} catch {
		// A store that cannot be opened knows no names; the command says so when it opens it.
	}

	return [...decks.values()];
}

/** A deck as a list to choose from shows it: its id, and where its file is (or was). */
const listed = (deck: KnownDeck, idWidth: number): string => {
	const where = deck.source === undefined ? 'file not known' : displayPath(sourceFile(deck.source));
	return `  ${deck.id.padEnd(idWidth)}  ${deck.title ?? ''}  (${where}${deck.present ? '' : ', not there now'})`;
};

/**
What `argument` names, given the store `storeFlag` and the environment
point at. A miss with names close to it, and a title several decks have, are
said on `stderr` here (exit 1 and 2); a miss with nothing close is left to
the deck's opening, which says the file is not there.
*/
export async function resolveDeckName(
	argument: string | undefined,
	storeFlag: string | undefined,
	{stderr, env}: {readonly stderr: NodeJS.WriteStream; readonly env: Readonly<Record<string, string | undefined>>},
): Promise<NamedDeck> {
	const bundled = bundledDeckNames();
	// A file or a bundled deck needs no look at the store.
	if (argument === undefined || existsSync(argument) || (!argument.includes('/') && bundled.includes(argument.replace(/\.md$/, '')))) {
		return {argument};
	}

	const choice = chooseDeck(argument, {isFile: false, bundled, decks: await knownDecks(storeDirectory(storeFlag, env))});
	switch (choice.kind) {
		case 'file':
		case 'bundled': {
			return {argument};
		}

		case 'deck': {
			const {deck} = choice;
			return deck.present && deck.source !== undefined ? {argument: sourceFile(deck.source)} : {gone: deck};
		}

		case 'ambiguous': {
			stderr.write(sanitize(`briefing-deck: ${choice.decks.length} decks are called "${argument}":\n${choice.decks.map(deck => listed(deck, maxOf(choice.decks.map(each => each.id.length), 0))).join('\n')}\n  hint: name one by its id or its file\n`));
			return {exitCode: 2};
		}

		case 'unknown': {
			if (choice.suggestions.length === 0) {
				return {argument};
			}

			const suggestions = choice.suggestions.map(name => `"${name}"`).join(' or ');
			stderr.write(sanitize(`briefing-deck: no deck called "${argument}": not a file, a bundled deck, or a deck id or title the store knows\n  hint: did you mean ${suggestions}?\n`));
			return {exitCode: 1};
		}
	}
}

/** Why a deck whose file is gone cannot be asked (`quiz`, `review`): the questions are in the file. */
export function goneDeckProblem(deck: KnownDeck, asking: string): string {
	const name = deck.title === undefined ? `deck ${deck.id}` : `"${deck.title}"`;
	const where = deck.source === undefined ? 'where it was is not known' : `it was at ${displayPath(sourceFile(deck.source))}`;
	return sanitize(`briefing-deck: ${asking} ${name} needs its deck file, which is not there now (${where})\n  hint: put the file back or name it where it is now; \`briefing-deck scores ${deck.id}\` shows its history\n`);
}

/** Said before the history of a deck whose file is gone, so the report is not taken for the file's. */
export function goneDeckNotice(deck: KnownDeck): string {
	const where = deck.source === undefined ? '' : ` (it was at ${displayPath(sourceFile(deck.source))})`;
	return sanitize(`briefing-deck: the file of ${deck.title === undefined ? `deck ${deck.id}` : `"${deck.title}"`} is not there now${where}; this is the history kept under ${deck.id}\n`);
}

/**
The `quiz` command (personal or `--room`) with its deck resolved: a deck named
by id or title is asked from its file, as if the file had been named. A deck
whose file is gone cannot be asked, which is said here (exit 1).
*/
export async function withQuizDeck<T extends {readonly deck?: string; readonly store?: string}>(command: T, streams: Pick<Streams, 'stderr' | 'env'>): Promise<T | number> {
	const named = await resolveDeckName(command.deck, command.store, streams);
	if ('exitCode' in named) {
		return named.exitCode;
	}

	if ('gone' in named) {
		streams.stderr.write(goneDeckProblem(named.gone, 'the quiz of'));
		return 1;
	}

	return {...command, deck: named.argument};
}
