/**
The store trusts nothing it finds, whatever the kind of file: attempts, room
records, rehearsals and schedules alike. Links are not followed out of it,
corrupt files are named but never quoted, read-only commands change nothing
(and the next store that writes moves a corrupt file aside), a reset deletes
exactly what it counted, and leftovers of a killed save go on the next
writable open. File-system faults are injected, so the permission and
read-only cases run even as root.
*/
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FileSystem} from '../../source/io/fs/file-system.js';
import {formatScores} from '../../source/commands/scores/format-scores.js';
import {createScoreStore, type ScoreStore} from '../../source/io/store/score-store.js';
import type {StoreWarning} from '../../source/core/records/warnings.js';
import {toSafeJson} from '../../source/core/text/sanitize.js';
import {snapshot} from '../helpers/snapshot.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeAttempt} from './make-attempt.js';
import {makeRehearsal} from './make-rehearsal.js';
import {makeRoom} from './make-room.js';

const {freshDir} = temporaryDirectories('store-trust');
const ESC = '\u001B';
/** Anything a terminal would act on. */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const deckDir = (store: string, deck = 'intro') => path.join(store, 'attempts', deck);

/** A store with one good attempt of `intro`; returns its directory. */
function storeWithOneAttempt(): string {
	const dir = freshDir();
	createScoreStore(dir).recordAttempt(makeAttempt());
	return dir;
}

const failing = (calls: Partial<Record<keyof FileSystem, string>>, when: (target: unknown) => boolean = () => true): FileSystem => {
	const replaced: Record<string, unknown> = {};
	for (const [name, code] of Object.entries(calls)) {
		const original = (fs as unknown as Record<string, (...arguments_: unknown[]) => unknown>)[name]!;
		replaced[name] = (...arguments_: unknown[]) => {
			if (when(arguments_[0])) {
				throw Object.assign(new Error(`${code}: injected, ${name} '${String(arguments_[0])}'`), {code});
			}

			return original.apply(fs, arguments_);
		};
	}

	return {...fs, ...replaced} as FileSystem;
};

/** A pid no process has any more. */
let deadPid = 0;
beforeAll(async () => {
	const child = spawn(process.execPath, ['-e', '0']);
	deadPid = await new Promise<number>(resolve => {
		child.on('exit', () => {
			resolve(child.pid!);
		});
	});
});

/** One kind of store file, as the matrix below tries it. */
type Kind = {
	readonly name: string;
	/** The folder that holds deck `intro`'s files. */
	readonly folder: (store: string) => string;
	/** The folders a link could stand in for, from the deck's own to the kind's. */
	readonly linkable: ReadonlyArray<(store: string) => string>;
	/** A name for a file planted beside `intro`'s, read as one of this kind. */
	readonly plant: string;
	/** Saves one good file of `intro`. */
	readonly save: (store: ScoreStore) => void;
	/** What a valid file of `intro` holds, as written. */
	readonly valid: () => unknown;
	/** A valid file with a field a hand edit turned hostile (the schema still holds). */
	readonly breaksSchema: (hostile: string) => unknown;
	/** Reads `intro`'s files every way the store can (one deck, every deck): how many good ones, and the warnings. */
	readonly read: (store: ScoreStore) => {readonly good: number; readonly warnings: readonly StoreWarning[]};
};

const at = new Date('2026-01-05T09:00:00.000Z');

const kinds: readonly Kind[] = [
	{
		name: 'attempt',
		folder: store => path.join(store, 'attempts', 'intro'),
		linkable: [store => path.join(store, 'attempts', 'intro'), store => path.join(store, 'attempts')],
		plant: '20260101T000000000Z-1-aaaaaaaa.json',
		save: store => store.recordAttempt(makeAttempt()),
		valid: () => makeAttempt(),
		breaksSchema: hostile => ({...makeAttempt(), score: hostile, [hostile]: hostile}),
		read(store) {
			const one = store.history('intro');
			const all = store.allHistories();
			return {good: one.attempts.length, warnings: [...one.warnings, ...all.warnings]};
		},
	},
	{
		name: 'room record',
		folder: store => path.join(store, 'rooms', 'intro'),
		linkable: [store => path.join(store, 'rooms', 'intro'), store => path.join(store, 'rooms')],
		plant: '20260101T000000000Z-1-aaaaaaaa.json',
		save: store => store.recordRoom(makeRoom()),
		valid: () => makeRoom(),
		breaksSchema: hostile => ({...makeRoom(), questions: [{questionId: 'q', kind: hostile, correct: [0], counts: [1]}]}),
		read(store) {
			const {records, warnings} = store.rooms('intro');
			return {good: records.length, warnings};
		},
	},
	{
		name: 'rehearsal',
		folder: store => path.join(store, 'rehearsals', 'intro'),
		linkable: [store => path.join(store, 'rehearsals', 'intro'), store => path.join(store, 'rehearsals')],
		plant: '20260101T000000000Z-1-aaaaaaaa.json',
		save: store => store.recordRehearsal(makeRehearsal()),
		valid: () => makeRehearsal(),
		breaksSchema: hostile => ({...makeRehearsal(), slides: [{number: hostile, title: hostile, slug: 's', shown: true, seconds: 1}]}),
		read(store) {
			const {rehearsals, warnings} = store.rehearsals('intro');
			return {good: rehearsals.length, warnings};
		},
	},
	{
		name: 'schedule file',
		folder: store => path.join(store, 'schedules'),
		linkable: [store => path.join(store, 'schedules')],
		// Another deck's file: `intro.json` is the good one.
		plant: 'other.json',
		save: store => store.recordReviews('intro', [{questionId: 'q1', grade: 'good', at, prompt: 'Why?'}], {title: 'Intro', source: '/decks/intro.md'}),
		valid: () => ({schema: 'briefing-deck/schedules', version: 1, deckId: 'intro', questions: {}}),
		breaksSchema: hostile => ({schema: 'briefing-deck/schedules', version: 1, deckId: 'other', questions: {[hostile]: {due: hostile}}}),
		read(store) {
			const one = store.schedules('intro');
			const all = store.allSchedules();
			return {good: one.book ? 1 : 0, warnings: [...one.warnings, ...all.warnings]};
		},
	},
];

/** A store with one good file of `intro` of this kind. */
function storeWithOne(kind: Kind): string {
	const dir = freshDir();
	kind.save(createScoreStore(dir));
	return dir;
}

describe.each(kinds.map(kind => [`${/^[aeiou]/.test(kind.name) ? 'an' : 'a'} ${kind.name}`, kind] as const))('%s', (_name, kind) => {
	it('that links outside the store is not read, and what it points to is never quoted', () => {
		const store = storeWithOne(kind);
		const secret = path.join(freshDir(), 'passwd');
		fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
		const link = path.join(kind.folder(store), kind.plant);
		fs.symlinkSync(secret, link);

		for (const readOnly of [true, false]) {
			const {good, warnings} = kind.read(createScoreStore(store, {readOnly}));
			expect(good).toBe(1);
			expect(warnings.length).toBeGreaterThan(0);
			for (const warning of warnings) {
				expect(warning).toMatchObject({file: link, message: expect.stringContaining('is a symbolic link, which is not followed here') as string});
			}

			expect(JSON.stringify(warnings)).not.toContain('root:x');
		}

		expect(fs.readFileSync(secret, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n');
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
	});

	it.each(kind.linkable.map((folder, index) => [index === 0 ? 'its folder' : 'the folder above', folder] as const))('in a folder that is a link (%s) is not read, and nothing it points to is touched', (_which, folder) => {
		const store = freshDir();
		const elsewhere = freshDir();
		// Inside the link, where the deck's files would be: a valid one, a broken one, and a leftover a writable open would remove.
		const inside = path.join(elsewhere, path.relative(folder(store), kind.folder(store)));
		fs.mkdirSync(inside, {recursive: true});
		fs.writeFileSync(path.join(inside, kind.name === 'schedule file' ? 'intro.json' : 'valid.json'), JSON.stringify(kind.valid()));
		fs.writeFileSync(path.join(inside, 'broken.json'), '{');
		fs.writeFileSync(path.join(inside, `.x.json.${deadPid}.abcd1234.tmp`), 'half');
		fs.writeFileSync(path.join(inside, 'other.json.lock'), `${deadPid}\n`);
		fs.mkdirSync(path.dirname(folder(store)), {recursive: true});
		fs.symlinkSync(elsewhere, folder(store));
		const before = snapshot(elsewhere);

		for (const readOnly of [true, false]) {
			const {good, warnings} = kind.read(createScoreStore(store, {readOnly}));
			expect(good).toBe(0);
			expect(warnings.length).toBeGreaterThan(0);
			for (const warning of warnings) {
				expect(warning.message).toContain('is a symbolic link, which the store does not follow');
			}
		}

		expect(() => kind.save(createScoreStore(store))).toThrow(/symbolic link/);
		expect(snapshot(elsewhere)).toEqual(before);
	});

	it('that is corrupt is named in the warning, inert, and its bytes are never quoted', () => {
		const store = storeWithOne(kind);
		const hostile = `${ESC}]0;title\u0007\u009B2J\u202E`;
		const bytes = `${ESC}]52;c;cHduZWQ=\u0007{"secret": "pwned"`;
		const badName = path.join(kind.folder(store), `${hostile}.json`);
		fs.writeFileSync(badName, bytes);
		fs.writeFileSync(path.join(kind.folder(store), kind.plant), JSON.stringify(kind.breaksSchema(hostile)));

		for (const readOnly of [true, false]) {
			const {good, warnings} = kind.read(createScoreStore(store, {readOnly}));
			expect(good).toBe(1);
			expect(warnings.length).toBeGreaterThanOrEqual(2);
			for (const warning of warnings) {
				expect(warning.message).toMatch(new RegExp(`^${kind.name} .* is corrupt \\(`));
				expect(warning.message).not.toMatch(rawControl);
				expect(warning.message).not.toContain('pwned');
			}

			// The name is there, escaped as JSON, so the person can still find the file.
			expect(warnings.map(warning => warning.message)).toContainEqual(expect.stringContaining(`${toSafeJson(badName)} is corrupt (not valid JSON)`));
		}
	});

	it('that is corrupt is left in place by a read-only store, which changes nothing, and moved aside by the next store that writes', () => {
		const store = storeWithOne(kind);
		const folder = kind.folder(store);
		const corrupt = path.join(folder, kind.plant);
		const newer = path.join(folder, kind.name === 'schedule file' ? 'newer.json' : '20990101T000000000Z-1-cccccccc.json');
		const leftover = path.join(folder, `.${kind.plant}.${deadPid}.abcd1234.tmp`);
		// Schedules are rewritten under a lock, which a killed update leaves behind.
		const staleLock = kind.name === 'schedule file' ? path.join(folder, 'intro.json.lock') : leftover;
		fs.writeFileSync(corrupt, '{');
		fs.writeFileSync(newer, JSON.stringify({...(kind.valid() as object), version: 99}));
		fs.writeFileSync(leftover, '{"half');
		fs.writeFileSync(staleLock, `${deadPid}\n`);
		const before = snapshot(store);

		const readOnly = createScoreStore(store, {readOnly: true, now: () => at});
		const looked = kind.read(readOnly);
		expect(looked.good).toBe(1);
		expect(looked.warnings).toContainEqual(expect.objectContaining({file: corrupt, message: `${kind.name} ${corrupt} is corrupt (not valid JSON); left in place`}));
		expect(looked.warnings).toContainEqual(expect.objectContaining({kind: 'newer-version', file: newer, version: 99}));
		expect(() => kind.save(readOnly)).toThrow(/read-only/);
		expect(snapshot(store)).toEqual(before);

		const writable = createScoreStore(store, {now: () => at});
		// Opening to write removes what killed saves left: a temp file, a lock whose holder is gone.
		expect(fs.existsSync(leftover)).toBe(false);
		expect(fs.existsSync(staleLock)).toBe(false);
		const repaired = kind.read(writable);
		const backup = `${corrupt}.corrupt-20260105T090000Z`;
		expect(repaired.warnings).toContainEqual(expect.objectContaining({file: corrupt, backup, message: expect.stringContaining(`is corrupt (not valid JSON); moved it to ${backup}`) as string}));
		expect(fs.readFileSync(backup, 'utf8')).toBe('{');
		expect(fs.existsSync(corrupt)).toBe(false);
		expect(fs.existsSync(newer)).toBe(true);
		// Reported once: the backup is not read as a file of this kind.
		expect(kind.read(writable).warnings.filter(warning => warning.kind !== 'newer-version')).toEqual([]);
	});

	it('says "permission denied" when it cannot be read, and goes on', () => {
		const store = storeWithOne(kind);
		const {good, warnings} = kind.read(createScoreStore(store, {fs: failing({openSync: 'EACCES'}, target => String(target).endsWith('.json'))}));
		expect(good).toBe(0);
		expect(warnings[0]?.message).toMatch(/^cannot read .*: permission denied/);
	});

	it('leaves no temp file behind when the disk is full', () => {
		const store = freshDir();
		expect(() => kind.save(createScoreStore(store, {fs: failing({writeSync: 'ENOSPC'})}))).toThrow('no space left on device');
		expect(fs.readdirSync(kind.folder(store))).toEqual([]);
	});
});

describe('links in the store', () => {
	it('does not follow a settings file that is a link', () => {
		const store = freshDir();
		const target = path.join(freshDir(), 'target.json');
		fs.writeFileSync(target, '{"resume": {"intro": 3}}');
		fs.symlinkSync(target, path.join(store, 'settings.json'));
		const opened = createScoreStore(store);
		expect(opened.resumePosition('intro')).toBeUndefined();
		opened.saveResumePosition('intro', 9);
		expect(opened.warnings[0]?.message).toContain('symbolic link');
		expect(fs.readFileSync(target, 'utf8')).toBe('{"resume": {"intro": 3}}');
	});
});

describe('corrupt settings are named, never quoted', () => {
	it('reports a corrupt settings file inert, without its bytes', () => {
		const store = freshDir();
		fs.writeFileSync(path.join(store, 'settings.json'), `${ESC}]0;pwned\u0007${ESC}[2J{`);
		const {warnings} = createScoreStore(store);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.message).toMatch(/was corrupt \(not valid JSON\); moved it to/);
		expect(warnings[0]!.message).not.toMatch(rawControl);
		expect(warnings[0]!.message).not.toContain('pwned');
	});

	it('reports a settings file that breaks the schema without quoting its keys', () => {
		const store = freshDir();
		fs.writeFileSync(path.join(store, 'settings.json'), JSON.stringify({resume: {[`${ESC}[31mdeck`]: 'x'}}));
		const {warnings} = createScoreStore(store);
		expect(warnings[0]!.message).toContain('not in the settings format');
		expect(warnings[0]!.message).not.toMatch(rawControl);
	});
});

describe('valid fields are inert', () => {
	it('keeps escape bytes in valid attempt fields inert in scores --json', () => {
		const store = freshDir();
		const hostile = `${ESC}]52;c;aGk=\u0007\u009B2J\u202Egnp.exe`;
		createScoreStore(store).recordAttempt(makeAttempt({answers: [{questionId: hostile, chosen: [0], right: true, ms: 5}], total: 1, score: 1}));
		const history = createScoreStore(store, {readOnly: true}).history('intro');
		const json = formatScores(undefined, history, {json: true});
		expect(json).not.toMatch(rawControl);
		expect((JSON.parse(json) as {questions: Array<{id: string}>}).questions[0]!.id).toBe(hostile);
		expect(formatScores(undefined, history)).not.toMatch(rawControl);
	});
});

describe('read-only commands change nothing', () => {
	it('do not create the store by looking at it, for any kind', () => {
		const store = path.join(freshDir(), 'not-yet');
		const opened = createScoreStore(store, {readOnly: true});
		for (const kind of kinds) {
			expect(kind.read(opened)).toEqual({good: 0, warnings: []});
		}

		expect(opened.resetPlan()).toEqual({files: [], warnings: []});
		expect(fs.existsSync(store)).toBe(false);
	});

	it('leave a corrupt settings file where it is', () => {
		const store = storeWithOneAttempt();
		fs.writeFileSync(path.join(store, 'settings.json'), '{');
		const before = snapshot(store);
		expect(createScoreStore(store, {readOnly: true}).warnings).toEqual([]);
		expect(snapshot(store)).toEqual(before);
	});
});

describe('reset deletes exactly what it counted', () => {
	it('keeps an attempt saved by a newer version, and the count matches', () => {
		const store = storeWithOneAttempt();
		const newer = path.join(deckDir(store), '20990101T000000000Z-1-cccccccc.json');
		fs.writeFileSync(newer, JSON.stringify({...makeAttempt(), version: 99}));
		const counted = createScoreStore(store, {readOnly: true}).history('intro').attempts.length;
		expect(createScoreStore(store).reset('intro').removed).toBe(counted);
		expect(counted).toBe(1);
		expect(fs.readdirSync(deckDir(store))).toEqual([path.basename(newer)]);
	});

	it('checks everything before deleting anything: a directory among the attempts is kept, not a halfway failure', () => {
		const store = freshDir();
		const opened = createScoreStore(store);
		opened.recordAttempt(makeAttempt({endedAt: '2026-11-24T01:05:00.000Z'}));
		opened.recordAttempt(makeAttempt({endedAt: '2026-11-24T03:05:00.000Z'}));
		fs.mkdirSync(path.join(deckDir(store), '20261124T020000000Z-1-dddddddd.json'));
		expect(opened.reset('intro').removed).toBe(2);
		expect(fs.readdirSync(deckDir(store))).toEqual(['20261124T020000000Z-1-dddddddd.json']);
	});

	it('deletes only the files it asked about: an attempt saved while the question was on screen stays, and so does every other kind', () => {
		const store = freshDir();
		const opened = createScoreStore(store);
		for (const kind of kinds) {
			kind.save(opened);
		}

		const plan = createScoreStore(store, {readOnly: true}).resetPlan('intro');
		expect(plan.files).toHaveLength(1);
		const later = opened.recordAttempt(makeAttempt({endedAt: '2026-11-24T05:05:00.000Z'})).file;
		expect(createScoreStore(store).reset('intro', plan)).toEqual({removed: 1});
		expect(fs.readdirSync(deckDir(store))).toEqual([path.basename(later)]);
		for (const kind of kinds.filter(kind => kind.name !== 'attempt')) {
			expect(kind.read(opened).good, kind.name).toBe(1);
		}
	});

	it('of every deck checks every deck\'s folder first: one it cannot read stops it before anything is deleted', () => {
		const store = storeWithOneAttempt();
		createScoreStore(store).recordAttempt(makeAttempt({deckId: 'zebra'}));
		fs.symlinkSync(freshDir(), path.join(store, 'attempts', 'linked'));
		const before = snapshot(store);
		expect(() => createScoreStore(store).reset()).toThrow(/linked is a symbolic link, which the store does not follow; nothing was deleted/);
		expect(snapshot(store)).toEqual(before);
	});

	it('deletes nothing when it cannot delete the first', () => {
		const store = storeWithOneAttempt();
		createScoreStore(store).recordAttempt(makeAttempt({endedAt: '2026-11-24T04:05:00.000Z'}));
		const before = snapshot(store);
		const locked = failing({rmSync: 'EACCES'});
		expect(() => createScoreStore(store, {fs: locked}).reset('intro')).toThrow(/permission denied/);
		expect(snapshot(store)).toEqual(before);
	});
});

/** A read-only tmpfs, where the machine allows mounting (root on Linux): the real thing, beside the injected one. */
let mounted: string | undefined;
function readOnlyMount(): string {
	if (mounted === undefined) {
		mounted = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-ro-'));
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', mounted], {stdio: 'ignore'});
	}

	return mounted;
}

function canMountReadOnly(): boolean {
	if (process.platform !== 'linux' || process.getuid?.() !== 0) {
		return false;
	}

	try {
		readOnlyMount();
		return true;
	} catch {
		return false;
	}
}

afterAll(() => {
	if (mounted !== undefined) {
		spawnSync('umount', [mounted]);
		fs.rmSync(mounted, {recursive: true, force: true});
	}
});

describe('faults, injected', () => {
	it('says "permission denied" when the store cannot be written', () => {
		const store = freshDir();
		expect(() => createScoreStore(store, {fs: failing({openSync: 'EACCES'})}).recordAttempt(makeAttempt())).toThrow(`cannot write scores to ${store}: permission denied`);
	});

	it('says "read-only file system", not "no such file or directory", on a read-only mount', () => {
		const mount = path.join(freshDir(), 'mounted');
		fs.mkdirSync(mount);
		const store = path.join(mount, 'not', 'yet');
		// What a read-only mount does: every creation fails with EROFS, except that
		// Node's recursive mkdir reports ENOENT for a parent it could not make.
		const readOnlyMount: FileSystem = {
			...fs,
			mkdirSync(target: fs.PathLike, options?: fs.MakeDirectoryOptions) {
				if (String(target).startsWith(mount)) {
					throw Object.assign(new Error('injected'), {code: options?.recursive ? 'ENOENT' : 'EROFS'});
				}

				return fs.mkdirSync(target, options);
			},
			openSync: failing({openSync: 'EROFS'}, target => String(target).startsWith(mount)).openSync,
		} as FileSystem;
		expect(() => createScoreStore(store, {fs: readOnlyMount}).recordAttempt(makeAttempt())).toThrow(`cannot write scores to ${store}: read-only file system`);
	});

	it.skipIf(!canMountReadOnly())('says "read-only file system" on a real read-only mount', () => {
		const store = path.join(readOnlyMount(), 'store');
		const opened = createScoreStore(store);
		expect(() => opened.recordAttempt(makeAttempt())).toThrow(`cannot write scores to ${store}: read-only file system`);
		expect(opened.warnings[0]?.message).toContain('read-only file system');
	});
});

describe('leftovers of a killed save', () => {
	it('are removed on a writable open, for every kind, while a live process\'s temp file and lock stay: its save is in progress', () => {
		const store = freshDir();
		const planted: Array<{file: string; gone: boolean}> = [];
		for (const kind of kinds) {
			kind.save(createScoreStore(store));
			const folder = kind.folder(store);
			planted.push(
				{file: path.join(folder, `.a.json.${deadPid}.abcd1234.tmp`), gone: true},
				{file: path.join(folder, `.b.json.${process.pid}.abcd1234.tmp`), gone: false},
			);
		}

		planted.push(
			{file: path.join(store, 'schedules', 'gone.json.lock'), gone: true},
			{file: path.join(store, 'schedules', 'held.json.lock'), gone: false},
		);
		for (const {file, gone} of planted) {
			fs.writeFileSync(file, file.endsWith('.lock') ? `${gone ? deadPid : process.pid}\n` : '{"half');
		}

		createScoreStore(store, {readOnly: true});
		expect(planted.filter(({file}) => !fs.existsSync(file))).toEqual([]);
		createScoreStore(store);
		expect(planted.filter(({file}) => fs.existsSync(file) === true).map(({file}) => file)).toEqual(planted.filter(({gone}) => !gone).map(({file}) => file));
	});
});
