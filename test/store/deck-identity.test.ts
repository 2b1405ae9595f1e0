import {describe, expect, it} from 'vitest';
import {apartNotice, decideIdentity, derivedIds, type Holder, type IdentityClaim, validateIdentity} from '../../source/core/records/deck-identity.js';

const wk1 = '/meetings/wk1/weekly.md';
const wk2 = '/meetings/wk2/weekly.md';

const claim = (source: string, explicit = false): IdentityClaim => ({id: 'weekly-sync', explicit, source, title: 'Weekly sync'});

const holder = (source: string, rest: Partial<Holder> = {}): Holder => ({source, title: 'Weekly sync', explicit: false, present: true, ...rest});

const holders = (...entries: Array<readonly [string, Holder]>): Map<string, Holder> => new Map(entries);

describe('the id a deck keeps its history under', () => {
	it('is its own id when nobody holds it, and the deck records that it does', () => {
		const decision = decideIdentity(claim(wk1), holders());
		expect(decision).toMatchObject({id: 'weekly-sync', writes: [{deckId: 'weekly-sync', source: wk1, title: 'Weekly sync', explicit: false}]});
		expect(decision.apart).toBeUndefined();
	});

	it('is its own id when it holds it, with nothing to write unless what it says changed', () => {
		expect(decideIdentity(claim(wk1), holders(['weekly-sync', holder(wk1)]))).toEqual({id: 'weekly-sync', writes: []});
		// `id:` written since: the record says so from now on.
		expect(decideIdentity(claim(wk1, true), holders(['weekly-sync', holder(wk1)])).writes).toMatchObject([{explicit: true}]);
	});

	it('keeps a second file with the same title apart, under an id from its path', () => {
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1)]));
		const [short] = derivedIds('weekly-sync', wk2);
		expect(short).toMatch(/^weekly-sync~[\da-f]{6}$/);
		expect(decision).toMatchObject({id: short, writes: [{deckId: short, source: wk2}], apart: {shared: 'weekly-sync', holder: {source: wk1}}});
		expect(decision.migrated).toBeUndefined();
	});

	it('gives the second file the same derived id every time, and it writes nothing once recorded', () => {
		const [short] = derivedIds('weekly-sync', wk2);
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1)], [short!, holder(wk2)]));
		expect(decision).toMatchObject({id: short, writes: []});
		expect(derivedIds('weekly-sync', wk2)).toEqual(derivedIds('weekly-sync', wk2));
		expect(derivedIds('weekly-sync', wk1)[0]).not.toBe(short);
	});

	it('takes the id over when its holder\'s file is gone: the deck was moved or renamed', () => {
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1, {present: false})]));
		expect(decision).toMatchObject({id: 'weekly-sync', writes: [{deckId: 'weekly-sync', source: wk2}], movedFrom: wk1});
		expect(decision.apart).toBeUndefined();
	});

	it('finds a deck kept apart again after it moved', () => {
		const [old] = derivedIds('weekly-sync', '/old/wk2/weekly.md');
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1)], [old!, holder('/old/wk2/weekly.md', {present: false})]));
		expect(decision).toMatchObject({id: old, writes: [{deckId: old, source: wk2}], movedFrom: '/old/wk2/weekly.md'});
	});

	it('shares one history when both files set the id with `id:`', () => {
		expect(decideIdentity(claim(wk2, true), holders(['weekly-sync', holder(wk1, {explicit: true})]))).toEqual({id: 'weekly-sync', writes: []});
	});

	it('keeps them apart when only one of the two sets it', () => {
		expect(decideIdentity(claim(wk2, true), holders(['weekly-sync', holder(wk1)])).apart).toBeDefined();
		expect(decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1, {explicit: true})])).apart).toBeDefined();
	});

	it('in a store from before, leaves what both saved with the file its schedules name, and records it as the holder', () => {
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1, {seeded: true})]));
		expect(decision.migrated).toBe(true);
		expect(decision.writes).toMatchObject([{deckId: 'weekly-sync', source: wk1}, {deckId: derivedIds('weekly-sync', wk2)[0], source: wk2}]);
		// The file the schedules name keeps its id, and its record is written.
		expect(decideIdentity(claim(wk1), holders(['weekly-sync', holder(wk1, {seeded: true})]))).toMatchObject({id: 'weekly-sync', writes: [{source: wk1}]});
	});

	it('takes the longer derived id in the rare case the short one belongs to a third file', () => {
		const [short, long] = derivedIds('weekly-sync', wk2);
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1)], [short!, holder('/elsewhere/weekly.md')]));
		expect(decision.id).toBe(long);
	});
});

describe('what a deck kept apart says', () => {
	it('names the file that holds the id, and the id this one is kept under', () => {
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1)]));
		expect(apartNotice(decision, claim(wk2), wk1)).toBe(`another deck, ${wk1}, already uses id \`weekly-sync\`; set \`id:\` to keep them apart (until then, this deck's history is kept under \`${decision.id}\`)`);
	});

	it('tells a deck that set its id how to share, when the other took it from its title', () => {
		const decision = decideIdentity(claim(wk2, true), holders(['weekly-sync', holder(wk1)]));
		expect(apartNotice(decision, claim(wk2, true), wk1)).toContain('(from its title); set `id: weekly-sync` there too to share one history');
	});

	it('says once where the history saved before went', () => {
		const decision = decideIdentity(claim(wk2), holders(['weekly-sync', holder(wk1, {seeded: true})]));
		expect(apartNotice(decision, claim(wk2), wk1)).toMatch(/; what was saved under `weekly-sync` before stays with \/meetings\/wk1\/weekly\.md$/);
	});

	it('is nothing for a deck with its own id', () => {
		expect(apartNotice(decideIdentity(claim(wk1), holders()), claim(wk1), '')).toBeUndefined();
	});
});

describe('an identity record', () => {
	it('is checked field by field', () => {
		expect(validateIdentity({schema: 'briefing-deck/identity', version: 1, deckId: 'a', source: '/a.md', title: 'A', explicit: false}).ok).toBe(true);
		expect(validateIdentity({schema: 'briefing-deck/identity', version: 1, deckId: 'a'})).toEqual({ok: false, problems: ['source should be a string', 'title should be a string', 'explicit should be true or false']});
	});
});
