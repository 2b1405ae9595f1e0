import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {StoreWriteError} from '../../source/core/text/errors.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {makeAttempt} from './make-attempt.js';

const fixedNow = () => new Date('2026-11-24T01:15:00.000Z');
const {freshDir} = temporaryDirectories('store');

const deckFiles = (dir: string, deck = 'intro'): string[] => fs.readdirSync(path.join(dir, 'attempts', deck)).sort();

describe('recording and reading attempts', () => {
	it('reads back what was recorded, oldest first, one file per attempt', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		const later = makeAttempt({endedAt: '2026-11-24T02:00:00.000Z', score: 2});
		const earlier = makeAttempt();
		const {file} = store.recordAttempt(later);
		store.recordAttempt(earlier);
		store.recordAttempt(makeAttempt({deckId: 'other'}));

		expect(path.dirname(file)).toBe(path.join(dir, 'attempts', 'intro'));
		expect(path.basename(file)).toMatch(/^20261124T020000000Z-\d+-[\da-f]{8}\.json$/);
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(later);
		expect(store.history('intro')).toEqual({attempts: [earlier, later], warnings: []});
		expect(store.history('other').attempts).toHaveLength(1);
		expect(store.best('intro').attempt).toEqual(later);
		expect(store.last('intro').attempt).toEqual(later);
		// No temp files are left behind.
		expect(deckFiles(dir).every(name => name.endsWith('.json') && !name.startsWith('.'))).toBe(true);
	});

	it('has empty history for an unknown deck or a store not yet created', () => {
		const store = createScoreStore(path.join(freshDir(), 'not', 'yet'));
		expect(store.history('intro')).toEqual({attempts: [], warnings: []});
		expect(store.best('intro').attempt).toBeUndefined();
	});

	it('keeps odd deck ids inside the store and apart', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		for (const deckId of ['../escape', 'a/b', '', 'x'.repeat(300), 'Intro', 'intro']) {
			store.recordAttempt(makeAttempt({deckId}));
		}

		expect(fs.readdirSync(dir).sort()).toEqual(['attempts']);
		for (const deckId of ['../escape', 'a/b', '', 'x'.repeat(300), 'Intro', 'intro']) {
			expect(store.history(deckId).attempts.map(attempt => attempt.deckId)).toEqual([deckId]);
		}
	});

	it('reads every deck at once, by the id each file records, decks sorted and attempts oldest first', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		expect(store.allHistories()).toEqual({decks: [], warnings: []});
		const later = makeAttempt({endedAt: '2026-11-24T02:00:00.000Z'});
		store.recordAttempt(later);
		store.recordAttempt(makeAttempt());
		store.recordAttempt(makeAttempt({deckId: 'a/b'}));
		fs.writeFileSync(path.join(dir, 'attempts', 'intro', 'broken.json'), '{');
		const all = store.allHistories();
		expect(all.decks.map(deck => [deck.deckId, deck.attempts.map(attempt => attempt.endedAt)])).toEqual([
			['a/b', ['2026-11-24T01:05:00.000Z']],
			['intro', ['2026-11-24T01:05:00.000Z', '2026-11-24T02:00:00.000Z']],
		]);
		expect(all.warnings).toEqual([expect.objectContaining({kind: 'corrupt-attempt'})]);
	});

	it('refuses to write an invalid attempt', () => {
		const store = createScoreStore(freshDir());
		expect(() => store.recordAttempt({...makeAttempt(), score: -1})).toThrow(/invalid attempt: score/);
	});

	it('resets one deck or all, keeping corrupt-file backups', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		store.recordAttempt(makeAttempt());
		store.recordAttempt(makeAttempt());
		store.recordAttempt(makeAttempt({deckId: 'other'}));
		fs.writeFileSync(path.join(dir, 'attempts', 'intro', 'broken.json'), '{');
		store.history('intro');

		expect(store.reset('intro')).toEqual({removed: 2});
		expect(store.history('intro').attempts).toEqual([]);
		expect(deckFiles(dir)).toEqual(['broken.json.corrupt-20261124T011500Z']);
		expect(store.history('other').attempts).toHaveLength(1);
		expect(store.reset()).toEqual({removed: 1});
		expect(store.history('other').attempts).toEqual([]);
	});
});

describe('damaged files', () => {
	it('moves a file with invalid JSON aside, keeps its bytes, reports it, and loads the rest', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		const good = makeAttempt();
		store.recordAttempt(good);
		const bad = path.join(dir, 'attempts', 'intro', '20261124T010000000Z-1-deadbeef.json');
		const bytes = '{"schema": "briefing-deck/attempt", "version": 1, "dec';
		fs.writeFileSync(bad, bytes);

		const {attempts, warnings} = store.history('intro');
		expect(attempts).toEqual([good]);
		const backup = `${bad}.corrupt-20261124T011500Z`;
		expect(warnings).toEqual([{kind: 'corrupt-attempt', file: bad, backup, message: expect.stringContaining(backup) as string}]);
		expect(warnings[0]!.message).toMatch(/not valid JSON/);
		// The file is named, never quoted.
		expect(warnings[0]!.message).not.toContain('briefing-deck/attempt');
		expect(fs.existsSync(bad)).toBe(false);
		expect(fs.readFileSync(backup, 'utf8')).toBe(bytes);
		// Reported once; the next read is clean.
		expect(store.history('intro')).toEqual({attempts: [good], warnings: []});
	});

	it('moves a file that breaks the schema aside and says what is wrong', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		fs.mkdirSync(path.join(dir, 'attempts', 'intro'), {recursive: true});
		const bad = path.join(dir, 'attempts', 'intro', 'x.json');
		const bytes = JSON.stringify({...makeAttempt(), score: 'ten'});
		fs.writeFileSync(bad, bytes);

		const {warnings} = store.history('intro');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({kind: 'corrupt-attempt', backup: `${bad}.corrupt-20261124T011500Z`});
		expect(warnings[0]!.message).toMatch(/score should be a whole number/);
		expect(fs.readFileSync(`${bad}.corrupt-20261124T011500Z`, 'utf8')).toBe(bytes);
	});

	it('does not overwrite an earlier backup with the same timestamp', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		const file = path.join(dir, 'attempts', 'intro', 'x.json');
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, 'first');
		store.history('intro');
		fs.writeFileSync(file, 'second');
		expect(store.history('intro').warnings[0]).toMatchObject({backup: `${file}.corrupt-20261124T011500Z-1`});
		expect(fs.readFileSync(`${file}.corrupt-20261124T011500Z`, 'utf8')).toBe('first');
	});

	it('reports an attempt from a newer version and leaves it where it is', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordAttempt(makeAttempt());
		const future = path.join(dir, 'attempts', 'intro', 'future.json');
		const bytes = JSON.stringify({...makeAttempt(), version: 2, shape: 'new'});
		fs.writeFileSync(future, bytes);

		const {attempts, warnings} = store.history('intro');
		expect(attempts).toHaveLength(1);
		expect(warnings).toEqual([{kind: 'newer-version', file: future, version: 2, message: expect.stringMatching(/newer briefing-deck/) as string}]);
		expect(fs.readFileSync(future, 'utf8')).toBe(bytes);
		expect(deckFiles(dir).filter(name => name.includes('corrupt'))).toEqual([]);
	});

	it('ignores leftover temp files from a crashed writer', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordAttempt(makeAttempt());
		fs.writeFileSync(path.join(dir, 'attempts', 'intro', '.x.json.123.ab.tmp'), '{half');
		expect(store.history('intro').warnings).toEqual([]);
	});
});

describe('an unwritable store', () => {
	// A regular file where the directory should be stops mkdir even for root,
	// unlike chmod, so this test runs everywhere.
	it('throws a StoreWriteError naming the directory and the cause', () => {
		const blocker = path.join(freshDir(), 'scores');
		fs.writeFileSync(blocker, 'not a directory');
		const store = createScoreStore(blocker);

		expect(store.warnings).toEqual([expect.objectContaining({kind: 'settings-unavailable'})]);
		let thrown: unknown;
		try {
			store.recordAttempt(makeAttempt());
		} catch (error) {
			thrown = error;
		}

		expect(thrown).toBeInstanceOf(StoreWriteError);
		const error = thrown as StoreWriteError;
		expect(error.message).toMatch(new RegExp(`^cannot write scores to ${blocker}: `));
		expect(error.directory).toBe(blocker);
		expect(['ENOTDIR', 'EEXIST']).toContain(error.code);
		expect(fs.readFileSync(blocker, 'utf8')).toBe('not a directory');
	});

	it('keeps resume positions in memory when settings cannot be saved', () => {
		const blocker = path.join(freshDir(), 'scores');
		fs.writeFileSync(blocker, '');
		const store = createScoreStore(blocker);
		store.saveResumePosition('intro', 4);
		expect(store.resumePosition('intro')).toBe(4);
	});

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	it.skipIf(isRoot || process.platform === 'win32')('says "permission denied" for a read-only directory', () => {
		const dir = freshDir();
		fs.chmodSync(dir, 0o500);
		try {
			expect(() => createScoreStore(dir).recordAttempt(makeAttempt())).toThrow(`cannot write scores to ${dir}: permission denied`);
		} finally {
			fs.chmodSync(dir, 0o700);
		}
	});
});

describe('resume positions and preferences', () => {
	it('survive reopening the store, per deck id, dots included', () => {
		const dir = freshDir();
		const first = createScoreStore(dir);
		first.saveResumePosition('intro', 7);
		first.saveResumePosition('v1.2', 3);
		first.savePreferences({shuffle: true});

		const second = createScoreStore(dir);
		expect(second.warnings).toEqual([]);
		expect(second.resumePosition('intro')).toBe(7);
		expect(second.resumePosition('v1.2')).toBe(3);
		expect(second.resumePosition('unknown')).toBeUndefined();
		expect(second.resumePosition('constructor')).toBeUndefined();
		expect(second.preferences()).toEqual({shuffle: true});
		expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({resume: {intro: 7, 'v1.2': 3}});
	});

	it('rejects a slide number that is not a slide number', () => {
		const store = createScoreStore(freshDir());
		expect(() => store.saveResumePosition('intro', 0)).toThrow(TypeError);
		expect(() => store.saveResumePosition('intro', 2.5)).toThrow(TypeError);
	});

	it('does not write anything just by opening', () => {
		const dir = freshDir();
		createScoreStore(dir).history('intro');
		expect(fs.readdirSync(dir)).toEqual([]);
	});
});
