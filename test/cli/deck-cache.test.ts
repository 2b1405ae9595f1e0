import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import {describe, expect, it} from 'vitest';
import {readCodeCache, writeCodeCache} from '../../source/io/cache/code-cache.js';
import {deckCacheName, loadDeckCached} from '../../source/io/cache/deck-cache.js';
import {loadDeck} from '../../source/io/deck/load.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('deck-cache');

const deckText = (title: string) => `---\ntitle: ${title}\n---\n\n## One\n\nText with a [broken](#nowhere) link.\n\n---\n\n## Two\n\n- a point\n`;

/** A deck file and an empty cache directory. */
const setUp = () => {
	const root = freshDir();
	const file = path.join(root, 'talk.md');
	fs.writeFileSync(file, deckText('Real title'));
	return {file, directory: path.join(root, 'cache', 'briefing-deck'), cache: {directory: path.join(root, 'cache', 'briefing-deck'), buildId: 'build-1'}};
};

/**
Rewrites the kept deck with another title, key untouched: a later load that
shows this title was read from the cache, not parsed.
*/
const plantTitle = (directory: string, file: string, title: string, into = directory) => {
	const payload = readCodeCache(directory, deckCacheName(file));
	expect(payload).toBeDefined();
	const kept = v8.deserialize(payload!) as {deck: {meta: {title: string}}};
	kept.deck.meta.title = title;
	writeCodeCache(into, deckCacheName(file), v8.serialize(kept));
};

describe('loadDeckCached', () => {
	it('parses and offers to keep a deck it has not seen; then gives back what was kept, diagnostics too', () => {
		const {file, directory, cache} = setUp();
		const first = loadDeckCached(file, cache);
		expect(first.result).toEqual(loadDeck(file));
		expect(first.result.diagnostics.length).toBeGreaterThan(0);
		expect(first.save).toBeDefined();
		first.save!();

		const second = loadDeckCached(file, cache);
		expect(second.save).toBeUndefined();
		expect(second.result).toEqual(loadDeck(file));

		plantTitle(directory, file, 'From the cache');
		expect(loadDeckCached(file, cache).result.deck?.meta.title).toBe('From the cache');
	});

	it('parses again when the file is edited, and when another build asks', () => {
		const {file, directory, cache} = setUp();
		loadDeckCached(file, cache).save!();
		plantTitle(directory, file, 'From the cache');

		const otherBuild = loadDeckCached(file, {...cache, buildId: 'build-2'});
		expect(otherBuild.result.deck?.meta.title).toBe('Real title');
		expect(otherBuild.save).toBeDefined();

		fs.writeFileSync(file, deckText('Edited title'));
		const edited = loadDeckCached(file, cache);
		expect(edited.result).toEqual(loadDeck(file));
		expect(edited.result.deck?.meta.title).toBe('Edited title');
		edited.save!();
		expect(loadDeckCached(file, cache).save).toBeUndefined();
	});

	it('ignores a damaged cache file or one that holds no deck, and writes it again', () => {
		const {file, directory, cache} = setUp();
		loadDeckCached(file, cache).save!();
		const cacheFile = path.join(directory, deckCacheName(file));

		const bytes = fs.readFileSync(cacheFile);
		bytes[bytes.length - 5]! ^= 0xFF;
		fs.writeFileSync(cacheFile, bytes);
		const damaged = loadDeckCached(file, cache);
		expect(damaged.result).toEqual(loadDeck(file));
		expect(damaged.save).toBeDefined();

		// Intact as a file, but not a kept deck.
		for (const payload of [Buffer.from('not serialized at all'), v8.serialize('a string'), v8.serialize({key: 'another key', diagnostics: []})]) {
			writeCodeCache(directory, deckCacheName(file), payload);
			const wrong = loadDeckCached(file, cache);
			expect(wrong.result).toEqual(loadDeck(file));
			expect(wrong.save).toBeDefined();
		}

		loadDeckCached(file, cache).save!();
		expect(loadDeckCached(file, cache).save).toBeUndefined();
	});

	it('neither reads nor writes through a linked cache directory', () => {
		const {file, directory, cache} = setUp();
		const outside = freshDir();
		loadDeckCached(file, {...cache, directory: outside}).save!();
		plantTitle(outside, file, 'Planted elsewhere');
		const before = fs.readdirSync(outside);

		fs.mkdirSync(path.dirname(directory), {recursive: true});
		fs.symlinkSync(outside, directory);
		const loaded = loadDeckCached(file, cache);
		expect(loaded.result.deck?.meta.title).toBe('Real title');
		fs.writeFileSync(file, deckText('Edited title'));
		loadDeckCached(file, cache).save!();
		expect(fs.readdirSync(outside)).toEqual(before);
		expect(loadDeckCached(file, cache).result.deck?.meta.title).toBe('Edited title');
	});

	it('reports a missing file as the loader does, and keeps nothing', () => {
		const {directory, cache} = setUp();
		const missing = path.join(path.dirname(path.dirname(directory)), 'missing.md');
		const loaded = loadDeckCached(missing, cache);
		expect(loaded.result).toEqual(loadDeck(missing));
		expect(loaded.save).toBeUndefined();
	});
});
