import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {FileSystem} from '../../source/io/fs/file-system.js';
import {readRegularFile} from '../../source/io/fs/read-file.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('read-file');
const limit = {maxBytes: 1000};

const denied = (call: string): Error => Object.assign(new Error(`EACCES: permission denied, ${call}`), {code: 'EACCES'});

describe('readRegularFile', () => {
	it('reads a regular file whole', () => {
		const file = path.join(freshDir(), 'deck.md');
		fs.writeFileSync(file, '# Hello\n');
		const read = readRegularFile(file, limit);
		expect(read.ok && read.bytes.toString('utf8')).toBe('# Hello\n');
	});

	it('says a missing file is missing', () => {
		expect(readRegularFile(path.join(freshDir(), 'nope.md'), limit)).toMatchObject({ok: false, problem: 'missing'});
	});

	it('refuses a directory', () => {
		expect(readRegularFile(freshDir(), limit)).toMatchObject({ok: false, problem: 'directory'});
	});

	it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of waiting for a writer', () => {
		const fifo = path.join(freshDir(), 'pipe.md');
		execFileSync('mkfifo', [fifo]);
		expect(readRegularFile(fifo, limit)).toMatchObject({ok: false, problem: 'not-regular', message: 'is a named pipe (FIFO), not a regular file'});
	});

	it.skipIf(!fs.existsSync('/dev/zero'))('refuses a device, and a link to one, without reading it', () => {
		expect(readRegularFile('/dev/zero', limit)).toMatchObject({ok: false, problem: 'not-regular', message: 'is a character device, not a regular file'});
		const link = path.join(freshDir(), 'zero.md');
		fs.symlinkSync('/dev/urandom', link);
		expect(readRegularFile(link, limit)).toMatchObject({ok: false, problem: 'not-regular'});
	});

	it('says a symlink loop is one', () => {
		const dir = freshDir();
		fs.symlinkSync(path.join(dir, 'b.md'), path.join(dir, 'a.md'));
		fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
		expect(readRegularFile(path.join(dir, 'a.md'), limit)).toMatchObject({ok: false, problem: 'loop'});
	});

	it('refuses a file one byte over the limit, in bytes', () => {
		const file = path.join(freshDir(), 'big.md');
		fs.writeFileSync(file, 'x'.repeat(1001));
		expect(readRegularFile(file, limit)).toMatchObject({ok: false, problem: 'too-large', size: 1001, message: 'is too large (1,001 bytes)'});
		fs.writeFileSync(file, 'x'.repeat(1000));
		expect(readRegularFile(file, limit).ok).toBe(true);
	});

	it('does not follow a symlink when told not to', () => {
		const dir = freshDir();
		fs.writeFileSync(path.join(dir, 'target'), '{}');
		fs.symlinkSync(path.join(dir, 'target'), path.join(dir, 'link.json'));
		expect(readRegularFile(path.join(dir, 'link.json'), {...limit, followSymlinks: false})).toMatchObject({ok: false, problem: 'symlink'});
		expect(readRegularFile(path.join(dir, 'link.json'), limit).ok).toBe(true);
	});

	it.skipIf(!fs.existsSync('/proc/self/status'))('reads a file whose size says 0 but is not empty, as /proc files are', () => {
		const read = readRegularFile('/proc/self/status', {maxBytes: 1_000_000});
		expect(read.ok && read.bytes.toString('utf8')).toMatch(/^Name:/);
	});

	it('stops at the limit whatever the size claimed (a file that grows, or lies)', () => {
		const file = path.join(freshDir(), 'grows.md');
		fs.writeFileSync(file, '');
		let reads = 0;
		const endless: FileSystem = {
			...fs,
			readSync(_fd: number, buffer: NodeJS.ArrayBufferView) {
				reads++;
				return buffer.byteLength;
			},
		} as FileSystem;
		const read = readRegularFile(file, {...limit, fs: endless});
		expect(read).toMatchObject({ok: false, problem: 'too-large'});
		expect(reads).toBeLessThan(5);
	});

	it('reports a permission error from an injected file system (tests run as root)', () => {
		const file = path.join(freshDir(), 'secret.md');
		fs.writeFileSync(file, '# Secret\n');
		const locked: FileSystem = {
			...fs,
			openSync() {
				throw denied('open');
			},
		} as FileSystem;
		expect(readRegularFile(file, {...limit, fs: locked})).toMatchObject({ok: false, problem: 'permission', message: 'permission denied'});
	});
});
