/** Reading a deck again: the last good version stays, the problem is one line, listeners hear only of changes. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDeck, MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {createDeckFeed, problemOf} from '../../source/io/watch/deck-feed.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('deck-feed');

const good = (title: string) => `# First\n\nOpening words.\n\n---\n\n## ${title}\n\nMiddle words.\n`;

const open = (text: string) => {
	const file = path.join(freshDir(), 'talk.md');
	fs.writeFileSync(file, text);
	const initial = loadDeck(file).deck!;
	const feed = createDeckFeed(file, initial);
	let heard = 0;
	feed.subscribe(() => {
		heard++;
	});
	return {file, feed, heard: () => heard};
};

describe('a deck read again', () => {
	it('takes the new version when the file changed, and says nothing when it did not', () => {
		const {file, feed, heard} = open(good('Middle'));
		const before = feed.current();
		feed.reload();
		expect(feed.current()).toBe(before);
		expect(heard()).toBe(0);
		fs.writeFileSync(file, good('Centre'));
		feed.reload();
		expect(feed.current().deck.slides[1]?.title).toBe('Centre');
		expect(feed.current().problem).toBeUndefined();
		expect(heard()).toBe(1);
	});

	it('keeps the last good version while the file is broken, says where in one line, and drops the line once fixed', () => {
		const {file, feed, heard} = open(good('Middle'));
		fs.writeFileSync(file, '---\ntitle: [unclosed\n---\n\n# First\n');
		feed.reload();
		const broken = feed.current();
		expect(broken.deck.slides[1]?.title).toBe('Middle');
		expect(broken.problem).toMatch(new RegExp(`^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: .+ · showing the last good version$`));
		expect(broken.problem).not.toContain('\n');
		feed.reload();
		expect(feed.current()).toBe(broken);
		expect(heard()).toBe(1);
		fs.writeFileSync(file, good('Middle'));
		feed.reload();
		expect(feed.current().problem).toBeUndefined();
		expect(feed.current().deck).toBe(broken.deck);
		expect(heard()).toBe(2);
	});

	it('refuses a file that grows past the limit, or is gone, as the loader does at start', () => {
		const {file, feed} = open(good('Middle'));
		fs.writeFileSync(file, `# Big\n\n${'x'.repeat(MAX_DECK_BYTES)}\n`);
		feed.reload();
		expect(feed.current().problem).toContain(`${file}:1:1: error: file is too large`);
		fs.rmSync(file);
		feed.reload();
		expect(feed.current().problem).toContain(`${file}:1:1: error: file not found`);
		expect(feed.current().deck.slides[1]?.title).toBe('Middle');
	});

	it.skipIf(process.platform === 'win32')('refuses a file that has become a named pipe, without waiting on it', () => {
		const {file, feed} = open(good('Middle'));
		fs.rmSync(file);
		expect(spawnSync('mkfifo', [file]).status, 'mkfifo makes the pipe').toBe(0);

		feed.reload();
		expect(feed.current().problem).toContain(`${file}:1:1: error:`);
		expect(feed.current().problem).toContain('not a regular file');
	});

	it('counts the other errors', () => {
		expect(problemOf({path: 't.md', diagnostics: [
			{severity: 'error', line: 3, column: 2, message: 'first'},
			{severity: 'warning', line: 4, column: 1, message: 'a warning'},
			{severity: 'error', line: 9, column: 1, message: 'second'},
			{severity: 'error', line: 10, column: 1, message: 'third'},
		]})).toBe('t.md:3:2: error: first (and 2 more errors) · showing the last good version');
	});

	it('shows a deck repaired around a broken link: that is no reason to keep the old one', () => {
		expect(problemOf({path: 't.md', deck: {meta: {title: 't', id: 't'}, slides: []}, diagnostics: [
			{severity: 'error', line: 3, column: 2, message: 'broken link', recovered: true},
		]})).toBeUndefined();
	});
});
