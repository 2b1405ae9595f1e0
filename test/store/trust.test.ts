/**
The store trusts nothing it finds: links are not followed out of it, corrupt
files are named but never quoted, read-only commands change nothing, and a
reset deletes exactly what it counted. File-system faults are injected, so the
permission and read-only cases run even as root.
*/
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {FileSystem} from '../../source/fs/file-system.js';
import {formatScores} from '../../source/commands/scores.js';
import {createScoreStore} from '../../source/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeAttempt} from './make-attempt.js';

const {freshDir} = temporaryDirectories('store-trust');
const ESC = '\u001B';
/** Anything a terminal would act on. */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Every file under `dir`, with its bytes, so a test can tell that nothing changed. */
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(
	(fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}))
		.sort()
		.map(name => {
			const file = path.join(dir, name);
			const stats = fs.lstatSync(file);
			return [name, stats.isSymbolicLink() ? `-> ${fs.readlinkSync(file)}` : stats.isFile() ? fs.readFileSync(file, 'utf8') : '<dir>'];
		}),
);

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

describe('links in the store', () => {
	it('does not read an attempt file that links outside the store, and never quotes what it points to', () => {
		const store = storeWithOneAttempt();
		const secret = path.join(freshDir(), 'passwd');
		fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
		const link = path.join(deckDir(store), '20260101T000000000Z-1-aaaaaaaa.json');
		fs.symlinkSync(secret, link);

		for (const readOnly of [true, false]) {
			const {attempts, warnings} = createScoreStore(store, {readOnly}).history('intro');
			expect(attempts).toHaveLength(1);
			expect(warnings).toEqual([expect.objectContaining({file: link, message: expect.stringContaining('symbolic link') as string})]);
			expect(JSON.stringify(warnings)).not.toContain('root:x');
		}

		expect(fs.readFileSync(secret, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n');
		expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
	});

	it('does not enter a deck directory that is a link, and touches nothing it points to', () => {
		const store = freshDir();
		const elsewhere = freshDir();
		fs.writeFileSync(path.join(elsewhere, 'unrelated.json'), '{"not": "an attempt"}');
		fs.writeFileSync(path.join(elsewhere, 'broken.json'), '{');
		fs.mkdirSync(path.join(store, 'attempts'));
		fs.symlinkSync(elsewhere, deckDir(store));
		const before = snapshot(elsewhere);

		for (const readOnly of [true, false]) {
			const opened = createScoreStore(store, {readOnly});
			const {attempts, warnings} = opened.history('intro');
			expect(attempts).toEqual([]);
			expect(warnings[0]?.message).toContain('is a symbolic link, which the store does not follow');
		}

		expect(() => createScoreStore(store).reset('intro')).toThrow(/nothing was deleted/);
		expect(() => createScoreStore(store).recordAttempt(makeAttempt())).toThrow(/symbolic link/);
		expect(snapshot(elsewhere)).toEqual(before);
	});

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

describe('corrupt files are named, never quoted', () => {
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
	it('reports corrupt attempts and settings but renames, creates and removes nothing', () => {
		const store = storeWithOneAttempt();
		fs.writeFileSync(path.join(deckDir(store), '20260101T000000000Z-1-bbbbbbbb.json'), '{');
		fs.writeFileSync(path.join(store, 'settings.json'), '{');
		fs.writeFileSync(path.join(deckDir(store), '.x.json.999999999.abcd1234.tmp'), 'half');
		const before = snapshot(store);

		const opened = createScoreStore(store, {readOnly: true});
		const {attempts, warnings} = opened.history('intro');
		expect(attempts).toHaveLength(1);
		expect(warnings[0]?.message).toContain('left in place');
		expect(opened.history('other').attempts).toEqual([]);
		expect(() => opened.recordAttempt(makeAttempt())).toThrow(/read-only/);
		expect(snapshot(store)).toEqual(before);
	});

	it('does not create the store by looking at it', () => {
		const store = path.join(freshDir(), 'not-yet');
		createScoreStore(store, {readOnly: true}).history('intro');
		expect(fs.existsSync(store)).toBe(false);
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
	it('says "permission denied" when an attempt cannot be read, and goes on', () => {
		const store = storeWithOneAttempt();
		const {attempts, warnings} = createScoreStore(store, {fs: failing({openSync: 'EACCES'}, target => String(target).endsWith('.json'))}).history('intro');
		expect(attempts).toEqual([]);
		expect(warnings[0]?.message).toMatch(/cannot read attempt .*: permission denied; skipped/);
	});

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

	it('leaves no temp file behind when the disk is full', () => {
		const store = freshDir();
		expect(() => createScoreStore(store, {fs: failing({writeSync: 'ENOSPC'})}).recordAttempt(makeAttempt())).toThrow('no space left on device');
		expect(fs.readdirSync(deckDir(store))).toEqual([]);
	});
});

describe('leftovers of a killed save', () => {
	it('removes temp files whose process is gone on the next start, and keeps a live one', async () => {
		const store = storeWithOneAttempt();
		const child = spawn(process.execPath, ['-e', '0']);
		const deadPid = await new Promise<number>(resolve => {
			child.on('exit', () => {
				resolve(child.pid!);
			});
		});
		const dead = path.join(deckDir(store), `.20261124T010500000Z-1-eeeeeeee.json.${deadPid}.abcd1234.tmp`);
		const live = path.join(deckDir(store), `.20261124T010500000Z-2-ffffffff.json.${process.pid}.abcd1234.tmp`);
		fs.writeFileSync(dead, '{"half');
		fs.writeFileSync(live, '{"half');
		createScoreStore(store);
		expect(fs.existsSync(dead)).toBe(false);
		expect(fs.existsSync(live)).toBe(true);
	});
});
