/**
Which deck a name on the command line means, for the commands about a deck's
history (`scores`, `rehearsals`, `review`, `quiz`). The store knows decks by
id, and lists them by title, so a person may name one either way, and a deck
whose file was moved or deleted can be named at all. The order: a file that
is there, a bundled deck's name, a deck's id, its title (case aside), then an
unambiguous start of a title. Pure: what is on disk comes in as data.
*/
import {withinEditDistance} from '../text/edit-distance.js';

/** A deck the store or the package knows. */
export type KnownDeck = {
	readonly id: string;
	/** Unknown for a deck known only from attempts or room records. */
	readonly title?: string;
	/** The real path of its file, or `bundled:<name>`; unknown as for `title`. */
	readonly source?: string;
	/** Whether its file is there now. */
	readonly present: boolean;
};

export type NameCandidates = {
	/** The name is the path of a file that exists. */
	readonly isFile: boolean;
	/** The bundled decks' names. */
	readonly bundled: readonly string[];
	/** Every deck known, once each by id. */
	readonly decks: readonly KnownDeck[];
};

export type NameChoice =
	| {readonly kind: 'file'}
	| {readonly kind: 'bundled'; readonly name: string}
	| {readonly kind: 'deck'; readonly deck: KnownDeck; readonly by: 'id' | 'title' | 'prefix'}
	/** A title, or the start of one, that several decks have: the person chooses. */
	| {readonly kind: 'ambiguous'; readonly decks: readonly KnownDeck[]}
	/** Nothing by that name; the names it is close to, best first (perhaps none). */
	| {readonly kind: 'unknown'; readonly suggestions: readonly string[]};

/** Titles compare with case and runs of spaces aside, as a person types them. */
const fold = (text: string): string => text.trim().replaceAll(/\s+/g, ' ').toLowerCase();

const byId = (a: KnownDeck, b: KnownDeck): number => (a.id < b.id ? -1 : (a.id > b.id ? 1 : 0));

/** One deck, or the several a title names (in id order, so the list reads the same each time). */
const chosen = (decks: readonly KnownDeck[], by: 'title' | 'prefix'): NameChoice | undefined => {
	if (decks.length === 0) {
		return undefined;
	}

	return decks.length === 1 ? {kind: 'deck', deck: decks[0]!, by} : {kind: 'ambiguous', decks: [...decks].sort(byId)};
};

/** Names close to `name`: a typo or two away (one in four characters of a long name), or holding it; at most three. */
function suggestionsFor(name: string, {bundled, decks}: NameCandidates): string[] {
	const wanted = fold(name);
	const names = [...new Set([...bundled, ...decks.map(deck => deck.id), ...decks.flatMap(deck => (deck.title === undefined ? [] : [deck.title]))])];
	const allowed = wanted.length < 4 ? 1 : Math.max(2, Math.floor(wanted.length / 4));
	const close = names.filter(candidate => withinEditDistance(fold(candidate), wanted, allowed));
	const holding = wanted.length >= 3 ? names.filter(candidate => fold(candidate).includes(wanted) && !close.includes(candidate)) : [];
	return [...close, ...holding].slice(0, 3);
}

/** The deck `name` means among `candidates`, by the order above. */
export function chooseDeck(name: string, candidates: NameCandidates): NameChoice {
	if (candidates.isFile) {
		return {kind: 'file'};
	}

	const bundledName = name.replace(/\.md$/, '');
	if (!name.includes('/') && candidates.bundled.includes(bundledName)) {
		return {kind: 'bundled', name: bundledName};
	}

	const decks = [...new Map(candidates.decks.map(deck => [deck.id, deck])).values()];
	const withId = decks.find(deck => deck.id === name) ?? decks.find(deck => deck.id.toLowerCase() === name.toLowerCase());
	if (withId) {
		return {kind: 'deck', deck: withId, by: 'id'};
	}

	const wanted = fold(name);
	const titled = decks.filter(deck => deck.title !== undefined);
	const byTitle = wanted === ''
		? undefined
		: chosen(titled.filter(deck => fold(deck.title!) === wanted), 'title') ?? chosen(titled.filter(deck => fold(deck.title!).startsWith(wanted)), 'prefix');
	return byTitle ?? {kind: 'unknown', suggestions: suggestionsFor(name, candidates)};
}
