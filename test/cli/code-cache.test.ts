import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {codeCacheDirectory, readCodeCache, writeCodeCache} from '../../source/io/cache/code-cache.js';
import {cacheKind} from '../../source/boot/start-bundle.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('code-cache');
const payload = Buffer.from('compiled code, as V8 would hand it over'.repeat(100));

describe('codeCacheDirectory', () => {
	it('is $XDG_CACHE_HOME/briefing-deck, else ~/.cache/briefing-deck; a relative XDG_CACHE_HOME is ignored', () => {
		expect(codeCacheDirectory({XDG_CACHE_HOME: '/var/cache/me'}, '/home/me')).toBe('/var/cache/me/briefing-deck');
		expect(codeCacheDirectory({}, '/home/me')).toBe('/home/me/.cache/briefing-deck');
		expect(codeCacheDirectory({XDG_CACHE_HOME: 'cache'}, '/home/me')).toBe('/home/me/.cache/briefing-deck');
		expect(codeCacheDirectory({}, '')).toBeUndefined();
	});
});

describe('readCodeCache and writeCodeCache', () => {
	it('reads back what was written, creating the directory for this user only', () => {
		const directory = path.join(freshDir(), 'briefing-deck');
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();
		writeCodeCache(directory, 'app.v8', payload);
		expect(readCodeCache(directory, 'app.v8')).toEqual(payload);
		expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
		expect(fs.readdirSync(directory)).toEqual(['app.v8']);
	});

	it('ignores a damaged or cut-short file, and a rewrite replaces it', () => {
		const directory = freshDir();
		writeCodeCache(directory, 'app.v8', payload);
		const file = path.join(directory, 'app.v8');
		const bytes = fs.readFileSync(file);
		bytes[bytes.length - 10]! ^= 0xFF;
		fs.writeFileSync(file, bytes);
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();
		fs.writeFileSync(file, bytes.subarray(0, 40));
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();
		fs.writeFileSync(file, '');
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();

		writeCodeCache(directory, 'app.v8', payload);
		expect(readCodeCache(directory, 'app.v8')).toEqual(payload);
	});

	it('follows no link: not a linked cache file, not a linked directory', () => {
		const outside = freshDir();
		const elsewhere = path.join(outside, 'elsewhere.v8');
		writeCodeCache(outside, 'elsewhere.v8', payload);
		const before = fs.readFileSync(elsewhere);

		const directory = freshDir();
		fs.symlinkSync(elsewhere, path.join(directory, 'app.v8'));
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();
		writeCodeCache(directory, 'app.v8', Buffer.from('new'));
		// The link itself was replaced; what it pointed to is untouched.
		expect(fs.lstatSync(path.join(directory, 'app.v8')).isSymbolicLink()).toBe(false);
		expect(fs.readFileSync(elsewhere)).toEqual(before);

		const linkedDirectory = path.join(freshDir(), 'briefing-deck');
		fs.symlinkSync(outside, linkedDirectory);
		expect(readCodeCache(linkedDirectory, 'elsewhere.v8')).toBeUndefined();
		writeCodeCache(linkedDirectory, 'written.v8', payload);
		expect(fs.existsSync(path.join(outside, 'written.v8'))).toBe(false);
	});

	it.skipIf(process.platform === 'win32')('refuses a FIFO in a cache file\'s place at once, instead of waiting for a writer', () => {
		const directory = freshDir();
		execFileSync('mkfifo', [path.join(directory, 'app.v8')]);
		expect(readCodeCache(directory, 'app.v8')).toBeUndefined();
	});

	it('never throws where nothing can be written', () => {
		const file = path.join(freshDir(), 'a-file');
		fs.writeFileSync(file, '');
		expect(() => {
			writeCodeCache(path.join(file, 'briefing-deck'), 'app.v8', payload);
		}).not.toThrow();
		expect(readCodeCache(path.join(file, 'briefing-deck'), 'app.v8')).toBeUndefined();
	});

	it('removes the caches of other builds, and keeps this build\'s other commands', () => {
		const directory = freshDir();
		for (const name of ['app-old-v20-x64-play.v8', 'app-new-v20-x64-check.v8', 'notes.txt']) {
			fs.writeFileSync(path.join(directory, name), 'x');
		}

		writeCodeCache(directory, 'app-new-v20-x64-play.v8', payload, {prefix: 'app-', keep: 'app-new-'});
		expect(fs.readdirSync(directory).sort()).toEqual(['app-new-v20-x64-check.v8', 'app-new-v20-x64-play.v8', 'notes.txt']);
	});
});

describe('cacheKind', () => {
	it('is the subcommand, else play', () => {
		expect(cacheKind(['check', 'a.md'])).toBe('check');
		expect(cacheKind(['review'])).toBe('review');
		expect(cacheKind([])).toBe('play');
		expect(cacheKind(['talk.md', '--slide', '3'])).toBe('play');
		expect(cacheKind(['--version'])).toBe('play');
	});
});
