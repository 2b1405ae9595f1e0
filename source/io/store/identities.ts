/**
The store's identity records, `<store>/identities/<id>.json`: which deck file
holds each deck id (see core/records/deck-identity.ts for the rules). Read
like every store file (see store-file.ts); written atomically, all of a
decision's records under one lock, so two decks opened at once cannot both
take the same id. A read-only look decides the same way and writes nothing.
*/
import path from 'node:path';
import {decideIdentity, type DeckIdentity, type Holder, type IdentityClaim, type IdentityDecision, validateIdentity} from '../../core/records/deck-identity.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {makeDirectory, writeFileAtomic} from './files.js';
import {withLock} from './lock.js';
import {bookFile, readBook} from './schedule-files.js';
import {corruptFile, isStoreFile, listDirectory, readStoreJson, type StoreContext} from './store-file.js';

/** An identity record is a few hundred bytes; one far larger is not ours. */
const maxIdentityBytes = 64 * 1024;

export type IdentifyOptions = {
	readonly fs?: FileSystem;
	readonly now?: () => Date;
	/** Decide without writing, creating or moving anything (`check`, `scores`, `rehearsals`). */
	readonly readOnly?: boolean;
	/**
	Where a kept source is now, as the claim spells sources (a real path), or
	undefined when its file is gone. The caller knows where bundled decks live.
	*/
	readonly locate: (source: string) => string | undefined;
};

export type Identified = {
	readonly decision: IdentityDecision;
	readonly warnings: readonly StoreWarning[];
};

/** Where a store keeps its identity records. */
export const identitiesDirectory = (root: string): string => path.join(root, 'identities');

/** Every identity record, by id, with what could not be read. */
function readIdentities(root: string, context: StoreContext): {records: Map<string, DeckIdentity>; warnings: StoreWarning[]} {
	const directory = identitiesDirectory(root);
	const records = new Map<string, DeckIdentity>();
	const warnings: StoreWarning[] = [];
	const listing = listDirectory(directory, context);
	if ('problem' in listing) {
		return {records, warnings: [{kind: 'unreadable', file: directory, message: `cannot read deck identities in ${directory}: ${listing.problem}`}]};
	}

	for (const name of listing.names.filter(name => isStoreFile(name))) {
		const file = path.join(directory, name);
		const read = readStoreJson(file, maxIdentityBytes, context.fs);
		if ('value' in read) {
			const validation = validateIdentity(read.value);
			if (validation.ok) {
				records.set(validation.identity.deckId, validation.identity);
			} else {
				warnings.push(corruptFile(file, validation.problems.join('; '), {kind: 'corrupt-identity', noun: 'deck identity'}, context));
			}
		} else if ('corrupt' in read) {
			warnings.push(corruptFile(file, read.corrupt, {kind: 'corrupt-identity', noun: 'deck identity'}, context));
		} else if ('unreadable' in read) {
			warnings.push({kind: 'unreadable', file, message: `cannot read deck identity ${file}: ${read.unreadable}; skipped`});
		}
	}

	return {records, warnings};
}

/**
Who holds which id: every record, and for the claim's own id without one, the
deck its schedules name (a store from before identities were kept).
*/
function holdersFor(root: string, claim: IdentityClaim, context: StoreContext, locate: IdentifyOptions['locate']): {holders: Map<string, Holder>; warnings: StoreWarning[]} {
	const {records, warnings} = readIdentities(root, context);
	const holders = new Map<string, Holder>();
	const holder = (source: string, rest: Omit<Holder, 'source' | 'present'>): Holder => {
		const now = locate(source);
		return {source: now ?? source, present: now !== undefined, ...rest};
	};

	for (const [id, {source, title, explicit}] of records) {
		holders.set(id, holder(source, {title, explicit}));
	}

	if (!holders.has(claim.id)) {
		// Read without repairing: a corrupt schedule file is the schedules' own to report.
		const {book} = readBook(bookFile(path.join(root, 'schedules'), claim.id), claim.id, {...context, repair: false});
		if (book?.deck) {
			holders.set(claim.id, holder(book.deck.source, {title: book.deck.title, explicit: false, seeded: true}));
		}
	}

	return {holders, warnings};
}

/**
The id `claim`'s history is kept under in the store at `root`. A writable
look writes what the decision says (the claim's record, a moved deck's new
place, a migrated holder's record); a store that cannot be written keeps the
decision for this run only, since the commands that save report that themselves.
*/
export function identifyDeck(root: string, claim: IdentityClaim, {fs = realFileSystem, now = () => new Date(), readOnly = false, locate}: IdentifyOptions): Identified {
	const context: StoreContext = {root, fs, now, repair: !readOnly};
	const look = (): Identified => {
		const {holders, warnings} = holdersFor(root, claim, context, locate);
		return {decision: decideIdentity(claim, holders), warnings};
	};

	const first = look();
	if (readOnly || first.decision.writes.length === 0) {
		return first;
	}

	const directory = identitiesDirectory(root);
	try {
		makeDirectory(root, directory, fs);
		return withLock(path.join(directory, 'index'), () => {
			// Decided again under the lock: another deck may have taken the id meanwhile.
			const settled = look();
			for (const identity of settled.decision.writes) {
				writeFileAtomic(bookFile(directory, identity.deckId), `${JSON.stringify(identity, undefined, '\t')}\n`, fs);
			}

			// What the first look set aside is said too: the second found it gone.
			return {decision: settled.decision, warnings: [...first.warnings, ...settled.warnings]};
		}, {fs});
	} catch {
		return {decision: {...first.decision, writes: []}, warnings: first.warnings};
	}
}

/** Every identity record in the store at `root`, read only: nothing damaged is moved aside (the commands that write do that). */
export function readDeckIdentities(root: string, fs: FileSystem = realFileSystem): readonly DeckIdentity[] {
	return [...readIdentities(root, {root, fs, now: () => new Date(), repair: false}).records.values()];
}
