/**
The file watcher against the real file system: saves by writing in place,
by renaming a temporary file over the deck, vim's rename-aside-and-write,
a deck that disappears and comes back, and a symbolic link's target; each
burst of events is one call.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {type FileWatch, watchFile} from '../../source/io/watch/watch-file.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave} from '../helpers/wait.js';

const {freshDir} = temporaryDirectories('watch-file');
const open: FileWatch[] = [];
afterEach(() => {
	for (const watch of open.splice(0)) {
		watch.close();
	}
});

const delay = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

/** Watches `file` with a short quiet time; counts the calls. */
const watch = (file: string, pollMs = 5000) => {
	let calls = 0;
	open.push(watchFile(file, () => {
		calls++;
	}, {quietMs: 40, pollMs}));
	const next = async (before: number, timeout = 3000) => {
		const deadline = Date.now() + timeout;
		while (calls === before && Date.now() < deadline) {
			await delay(10);
		}

		return calls;
	};

	return {calls: () => calls, next};
};

const deckIn = (directory = freshDir()) => {
	const file = path.join(directory, 'talk.md');
	fs.writeFileSync(file, '# One\n');
	return file;
};

describe('watching a deck file', () => {
	it('hears a save in place, once for the burst of writes it takes', async () => {
		const file = deckIn();
		const watched = watch(file);
		await delay(50);
		fs.writeFileSync(file, '');
		fs.appendFileSync(file, '# Two\n');
		fs.appendFileSync(file, 'More.\n');
		expect(await watched.next(0)).toBe(1);
		// Time for a second call, had the burst not been one.
		await giveItTimeToMisbehave(150);
		expect(watched.calls()).toBe(1);
	});

	it('hears a save by rename: a temporary file written and moved over the deck, again and again', async () => {
		const file = deckIn();
		const watched = watch(file);
		await delay(50);
		for (const [round, text] of ['# Two\n', '# Three\n'].entries()) {
			const temporary = path.join(path.dirname(file), `.talk.md.${round}.tmp`);
			fs.writeFileSync(temporary, text);
			fs.renameSync(temporary, file);
			expect(await watched.next(round)).toBe(round + 1);
			await delay(100);
		}
	});

	it('hears vim\'s save: the deck renamed aside, a new one written, the old one removed', async () => {
		const file = deckIn();
		const watched = watch(file);
		await delay(50);
		fs.renameSync(file, `${file}~`);
		fs.writeFileSync(file, '# Two\n');
		fs.rmSync(`${file}~`);
		expect(await watched.next(0)).toBe(1);
	});

	it('hears a deck that disappears and comes back', async () => {
		const file = deckIn();
		const watched = watch(file);
		await delay(50);
		fs.rmSync(file);
		const gone = await watched.next(0);
		expect(gone).toBe(1);
		fs.writeFileSync(file, '# Back\n');
		expect(await watched.next(gone)).toBe(2);
	});

	it('ignores other files in the directory', async () => {
		const file = deckIn();
		const watched = watch(file);
		await delay(50);
		fs.writeFileSync(path.join(path.dirname(file), 'notes.txt'), 'unrelated');
		await giveItTimeToMisbehave(300);
		expect(watched.calls()).toBe(0);
	});

	it('hears the file a symbolic link points to, in another directory', async () => {
		const target = deckIn();
		const link = path.join(freshDir(), 'talk.md');
		fs.symlinkSync(target, link);
		const watched = watch(link);
		await delay(50);
		fs.writeFileSync(`${target}.tmp`, '# Two\n');
		fs.renameSync(`${target}.tmp`, target);
		expect(await watched.next(0)).toBe(1);
	});

	it('polls as well, for a directory replaced whole', async () => {
		const directory = freshDir();
		fs.mkdirSync(path.join(directory, 'decks'));
		const file = deckIn(path.join(directory, 'decks'));
		const watched = watch(file, 100);
		await delay(50);
		fs.renameSync(path.join(directory, 'decks'), path.join(directory, 'old'));
		const moved = await watched.next(0);
		expect(moved).toBeGreaterThan(0);
		fs.mkdirSync(path.join(directory, 'decks'));
		fs.writeFileSync(file, '# New home\n');
		expect(await watched.next(moved)).toBeGreaterThan(moved);
	});

	it('calls nothing after it is closed', async () => {
		const file = deckIn();
		const watched = watch(file, 50);
		await delay(50);
		fs.writeFileSync(file, '# Two\n');
		open.pop()!.close();
		await giveItTimeToMisbehave(300);
		expect(watched.calls()).toBe(0);
	});
});
