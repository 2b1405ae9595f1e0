/**
Deck identities in a real store: two files of one title, a moved file, a
store where two files already wrote under one id, and the commands that only
look. Through `keptApart`, as every command gives a deck its store id.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {keptApart} from '../../source/commands/shared/deck-identity.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Deck} from '../../source/core/deck/types.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeAttempt} from './make-attempt.js';

const {freshDir} = temporaryDirectories('identities');

const weekly = '# Weekly sync\n\nWhat happened.\n';

/** A folder with `wk1/weekly.md` and `wk2/weekly.md` (one title, no `id:`), and a store path beside them. */
function meetings(text = weekly): {root: string; wk1: string; wk2: string; store: string} {
	const root = fs.realpathSync(freshDir());
	const write = (week: string): string => {
		fs.mkdirSync(path.join(root, week), {recursive: true});
		const file = path.join(root, week, 'weekly.md');
		fs.writeFileSync(file, text);
		return file;
	};

	return {root, wk1: write('wk1'), wk2: write('wk2'), store: path.join(root, 'store')};
}

const open = (file: string): Deck => parseDeck(fs.readFileSync(file, 'utf8'), {fileName: path.basename(file)}).deck;

/** Every file under `dir` with its content: what a look must leave as it was. */
const contents = (dir: string): Record<string, string> => (fs.existsSync(dir)
	? Object.fromEntries(fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort().map(name => {
			const file = path.join(dir, name);
			return [name, fs.statSync(file).isDirectory() ? '(folder)' : fs.readFileSync(file, 'utf8')];
		}))
	: {});

describe('two deck files with one title', () => {
	it('keep their histories apart in the store', () => {
		const {wk1, wk2, store} = meetings();
		const first = keptApart(open(wk1), wk1, store);
		expect(first).toEqual({deck: expect.objectContaining({meta: expect.objectContaining({id: 'weekly-sync'})}), warnings: []});
		const scores = createScoreStore(store);
		scores.recordAttempt(makeAttempt({deckId: first.deck.meta.id, score: 2, total: 2}));

		const second = keptApart(open(wk2), wk2, store);
		expect(second.deck.meta.id).toMatch(/^weekly-sync~[\da-f]{6}$/);
		expect(second.notice).toBe(`another deck, ${wk1}, already uses id \`weekly-sync\`; set \`id:\` to keep them apart (until then, this deck's history is kept under \`${second.deck.meta.id}\`)`);
		expect(scores.history(second.deck.meta.id).attempts).toEqual([]);
		expect(scores.history(first.deck.meta.id).attempts).toHaveLength(1);

		// The same ids, run after run; the first file is never told anything.
		expect(keptApart(open(wk2), wk2, store).deck.meta.id).toBe(second.deck.meta.id);
		expect(keptApart(open(wk1), wk1, store)).toMatchObject({deck: {meta: {id: 'weekly-sync'}}});
		expect(keptApart(open(wk1), wk1, store).notice).toBeUndefined();
		// Never a word written into the decks.
		expect(fs.readFileSync(wk1, 'utf8')).toBe(weekly);
		expect(fs.readFileSync(wk2, 'utf8')).toBe(weekly);
	});

	it('share one history when both set the same `id:`', () => {
		const {wk1, wk2, store} = meetings(`---\nid: weekly-sync\n---\n\n${weekly}`);
		expect(keptApart(open(wk1), wk1, store).deck.meta.id).toBe('weekly-sync');
		expect(keptApart(open(wk2), wk2, store)).toMatchObject({deck: {meta: {id: 'weekly-sync'}}, warnings: []});
		expect(keptApart(open(wk2), wk2, store).notice).toBeUndefined();
	});
});

describe('a deck file moved or renamed', () => {
	it('is the same deck: it keeps its id and history, and its new place is recorded', () => {
		const {root, wk1, wk2, store} = meetings();
		fs.rmSync(wk2);
		expect(keptApart(open(wk1), wk1, store).deck.meta.id).toBe('weekly-sync');
		const moved = path.join(root, 'archive', 'weekly-2026.md');
		fs.mkdirSync(path.dirname(moved));
		fs.renameSync(wk1, moved);

		const after = keptApart(open(moved), moved, store);
		expect(after.deck.meta.id).toBe('weekly-sync');
		expect(after.notice).toBeUndefined();
		const record = JSON.parse(fs.readFileSync(path.join(store, 'identities', 'weekly-sync.json'), 'utf8')) as {source: string};
		expect(record.source).toBe(moved);
	});
});

describe('a store where two files already wrote under one id', () => {
	it('leaves the mixed history with the file its schedules name, gives the other its own id from now on, and says so once', () => {
		const {wk1, wk2, store} = meetings();
		const scores = createScoreStore(store);
		// Written before identities were kept: both files' attempts under one id, the schedules naming week 1.
		scores.recordAttempt(makeAttempt({deckId: 'weekly-sync', score: 2, total: 2}));
		scores.recordAttempt(makeAttempt({deckId: 'weekly-sync', score: 0, total: 2, endedAt: '2026-11-25T01:05:00.000Z'}));
		scores.recordReviews('weekly-sync', [{questionId: 'q1', grade: 'good', at: new Date('2026-11-24T01:05:00.000Z')}], {title: 'Weekly sync', source: wk1});

		const second = keptApart(open(wk2), wk2, store);
		expect(second.deck.meta.id).not.toBe('weekly-sync');
		expect(second.notice).toMatch(new RegExp(`; what was saved under \`weekly-sync\` before stays with ${wk1.replaceAll(/[/\\.]/g, String.raw`\$&`)}$`));
		expect(scores.history('weekly-sync').attempts).toHaveLength(2);
		expect(scores.history(second.deck.meta.id).attempts).toEqual([]);

		// Once: the split is recorded, and from then on it is the plain notice.
		const again = keptApart(open(wk2), wk2, store);
		expect(again.deck.meta.id).toBe(second.deck.meta.id);
		expect(again.notice).not.toContain('before stays with');
		expect(keptApart(open(wk1), wk1, store)).toMatchObject({deck: {meta: {id: 'weekly-sync'}}});
		expect(keptApart(open(wk1), wk1, store).notice).toBeUndefined();
	});
});

describe('commands that only look', () => {
	it('decide the same id and write nothing, not even to a store not yet made', () => {
		const {wk1, wk2, store} = meetings();
		expect(keptApart(open(wk1), wk1, store, {readOnly: true}).deck.meta.id).toBe('weekly-sync');
		expect(fs.existsSync(store)).toBe(false);

		keptApart(open(wk1), wk1, store);
		const before = contents(store);
		const looked = keptApart(open(wk2), wk2, store, {readOnly: true});
		expect(looked.deck.meta.id).toBe(keptApart(open(wk2), wk2, freshStoreLike(store), {readOnly: true}).deck.meta.id);
		expect(looked.notice).toContain(`another deck, ${wk1}, already uses id \`weekly-sync\``);
		expect(contents(store)).toEqual(before);
	});

	it('leave a corrupt identity record where it is, and a writing look moves it aside', () => {
		const {wk1, store} = meetings();
		keptApart(open(wk1), wk1, store);
		const file = path.join(store, 'identities', 'weekly-sync.json');
		fs.writeFileSync(file, '{not json');
		const looked = keptApart(open(wk1), wk1, store, {readOnly: true});
		expect(looked.warnings).toEqual([`deck identity ${file} is corrupt (not valid JSON); left in place`]);
		expect(fs.readFileSync(file, 'utf8')).toBe('{not json');

		const written = keptApart(open(wk1), wk1, store);
		expect(written.warnings[0]).toContain('moved it to');
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({deckId: 'weekly-sync', source: wk1});
	});
});

/** A copy of `store`, for the id a look there would decide: read-only looks must agree with each other. */
function freshStoreLike(store: string): string {
	const copy = `${store}-copy`;
	fs.cpSync(store, copy, {recursive: true});
	return copy;
}
