/**
Which deck file a deck id belongs to in the store, and the id a deck's
history is kept under. A deck's id comes from its `id:` or, failing that,
from its title, so two files called "Weekly sync" would otherwise share
scores, schedules and rehearsals without anyone choosing it. The store keeps
one small record per id saying which file holds it (`<store>/identities/`);
a second file that meets an id held by another file still on disk has its
history kept under an id of its own, derived from where it is, so it stays
the same from run to run. Pure: what is on disk comes in as data.
*/
import crypto from 'node:crypto';
import {headProblems, isRecord, string} from './checks.js';

export const identitySchema = 'briefing-deck/identity';
export const identityVersion = 1;

/** One id's holder, as stored: `<store>/identities/<id>.json`. */
export type DeckIdentity = {
	readonly schema: typeof identitySchema;
	readonly version: typeof identityVersion;
	readonly deckId: string;
	/** The deck file (a real path), or `bundled:<name>` for a deck that ships with the app. */
	readonly source: string;
	readonly title: string;
	/** The file sets this id with `id:`, rather than having it from its title. */
	readonly explicit: boolean;
};

export type IdentityValidation =
	| {readonly ok: true; readonly identity: DeckIdentity}
	| {readonly ok: false; readonly problems: readonly string[]};

/** Checks a parsed identity record, listing every problem. */
export function validateIdentity(value: unknown): IdentityValidation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a deck identity should be a JSON object']};
	}

	const problems = headProblems(value, identitySchema, identityVersion, [['deckId', string], ['source', string], ['title', string]]);
	if (typeof value['explicit'] !== 'boolean') {
		problems.push('explicit should be true or false');
	}

	return problems.length === 0 ? {ok: true, identity: value as DeckIdentity} : {ok: false, problems};
}

/** Who holds an id in the store now. */
export type Holder = {
	readonly source: string;
	readonly title: string;
	readonly explicit: boolean;
	/** Whether its file is still there: a holder whose file is gone was moved or renamed, or deleted. */
	readonly present: boolean;
	/**
	Known only from where the id's schedules say the deck is (a store from
	before identities were kept): its identity record has yet to be written.
	*/
	readonly seeded?: boolean;
};

/** The deck a command opened, and where it is. */
export type IdentityClaim = {
	/** Its id as the deck says: `id:`, or its title's slug. */
	readonly id: string;
	readonly explicit: boolean;
	/** The real path of its file, or `bundled:<name>`. */
	readonly source: string;
	readonly title: string;
};

export type IdentityDecision = {
	/** The id the deck's history is kept under. */
	readonly id: string;
	/** The identity records to write (a writable store writes them; a read-only one only decides). */
	readonly writes: readonly DeckIdentity[];
	/** Set when another file holds the deck's own id, so its history is kept under `id` instead. */
	readonly apart?: {
		/** The id both decks have. */
		readonly shared: string;
		/** The file that holds it. */
		readonly holder: Holder;
	};
	/** The holder's file was gone: this deck is taken to be that one, moved; its old place. */
	readonly movedFrom?: string;
	/**
	A store from before identities: history both files saved under the shared
	id stays with the holder. Said once, when the records that split them are written.
	*/
	readonly migrated?: boolean;
};

const hash = (source: string, length: number): string => crypto.createHash('sha256').update(source).digest('hex').slice(0, length);

/** The ids a deck from `source` may have when its own is taken: short, then long should two short ones meet. */
export function derivedIds(id: string, source: string): readonly string[] {
	return [`${id}~${hash(source, 6)}`, `${id}~${hash(source, 16)}`];
}

const record = (deckId: string, {source, title, explicit}: Pick<DeckIdentity, 'source' | 'title' | 'explicit'>): DeckIdentity =>
	({schema: identitySchema, version: identityVersion, deckId, source, title, explicit});

/** The record a deck that takes `id` writes, if its holder's record says anything else. */
const claimWrites = (id: string, claim: IdentityClaim, holder: Holder | undefined): DeckIdentity[] =>
	(holder && !holder.seeded && holder.source === claim.source && holder.title === claim.title && holder.explicit === claim.explicit
		? []
		: [record(id, claim)]);

/**
The id `claim` keeps its history under, given who holds which id
(`holders`, every identity record plus, for a store from before them, the
deck its schedules name). The rules, in order:

- nobody holds the deck's id, or this file does: it is this deck's;
- its holder's file is gone: the deck was moved or renamed, and takes it over;
- both files set the id with `id:`: they share one history, as the person chose
  (a holder known only from its schedules counts as having set it);
- otherwise the id is another file's, and this deck's history is kept under a
  derived id: one it held already, or one of a deck from the same id whose
  file is gone (this deck, moved), or a new one from its path.
*/
export function decideIdentity(claim: IdentityClaim, holders: ReadonlyMap<string, Holder>): IdentityDecision {
	const holder = holders.get(claim.id);
	if (!holder || holder.source === claim.source) {
		return {id: claim.id, writes: claimWrites(claim.id, claim, holder)};
	}

	if (!holder.present) {
		return {id: claim.id, writes: claimWrites(claim.id, claim, undefined), movedFrom: holder.source};
	}

	// A seeded holder's `id:` is not known: an `id:` written here is taken as the choice to share.
	if (claim.explicit && (holder.explicit || holder.seeded)) {
		return {id: claim.id, writes: []};
	}

	const apart = {shared: claim.id, holder};
	// A seeded holder gets its record now, so the split is kept from here on.
	const seed = holder.seeded ? [record(claim.id, holder)] : [];
	const migrated = holder.seeded ? {migrated: true} : {};
	const candidates = derivedIds(claim.id, claim.source);
	const own = candidates.find(id => holders.get(id)?.source === claim.source);
	if (own !== undefined) {
		return {id: own, writes: [...seed, ...claimWrites(own, claim, holders.get(own))], apart, ...migrated};
	}

	// This deck, moved: an id derived from the same one, whose file is gone.
	const moved = [...holders].find(([id, derived]) => id.startsWith(`${claim.id}~`) && !derived.present && derived.title === claim.title);
	if (moved) {
		const [id, derived] = moved;
		return {id, writes: [...seed, record(id, claim)], apart, movedFrom: derived.source, ...migrated};
	}

	const free = candidates.find(id => !holders.get(id)?.present) ?? candidates.at(-1)!;
	return {id: free, writes: [...seed, record(free, claim)], apart, ...migrated};
}

/**
What a deck kept apart says, once per run wherever its history is shown
(`check`, the quiz): which file holds its id, and what to do about it.
`where` is the holder's file as it should be shown.
*/
export function apartNotice(decision: IdentityDecision, claim: Pick<IdentityClaim, 'explicit'>, where: string): string | undefined {
	const {apart} = decision;
	if (!apart) {
		return undefined;
	}

	const until = `until then, this deck's history is kept under \`${decision.id}\``;
	const head = `another deck, ${where}, already uses id \`${apart.shared}\``;
	const advice = claim.explicit
		? `${head} (from its title); set \`id: ${apart.shared}\` there too to share one history, or another \`id:\` here to keep them apart (${until})`
		: `${head}; set \`id:\` to keep them apart (${until})`;
	return decision.migrated ? `${advice}; what was saved under \`${apart.shared}\` before stays with ${where}` : advice;
}
