/**
V8's compiled code for the bundled CLI, kept between runs so a launch does not
parse and compile the same megabytes of JavaScript again. A cache is only an
optimisation: anything wrong with it (missing, damaged, from another build,
refused by V8, unwritable) means compiling from source as if it were not
there, and never an error.

Files live in `$XDG_CACHE_HOME/briefing-deck`, else `~/.cache/briefing-deck`.
That directory is used only if it is a real directory of this user's: a link
there could point anywhere. Cache files are read as the store's are (the one
safe reader, io/fs/read-file.ts: a regular file, bounded, no link followed),
written without following links to a temporary file and renamed into place,
so a reader never sees half a file, and carry a digest of their contents,
checked before V8 is given them (V8 trusts the bytes it is handed).
*/
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {readRegularFile} from '../fs/read-file.js';

const magic = Buffer.from('briefing-deck code cache 1\n');
const digestBytes = 20;
const headerBytes = magic.length + digestBytes;
/** Far above any real cache (a few megabytes); a larger file is not read. */
const MAX_CODE_CACHE_BYTES = 64 * 1024 * 1024;

const digest = (payload: Uint8Array): Buffer => crypto.createHash('sha1').update(payload).digest();

/** Where cache files go; undefined when there is no absolute place for them. */
export function codeCacheDirectory(env: Readonly<Record<string, string | undefined>>, home: string = os.homedir()): string | undefined {
	const xdg = env['XDG_CACHE_HOME'];
	// The XDG spec says a relative path is invalid and is to be ignored.
	const base = xdg && path.isAbsolute(xdg) ? xdg : (home && path.isAbsolute(home) ? path.join(home, '.cache') : undefined);
	return base === undefined ? undefined : path.join(base, 'briefing-deck');
}

/** Whether `directory` is a directory of this user's, not a link to one (nor under a file: ENOTDIR). */
const isOwnDirectory = (directory: string): boolean => {
	try {
		const stat = fs.lstatSync(directory, {throwIfNoEntry: false});
		const uid = process.getuid?.();
		return stat !== undefined && stat.isDirectory() && (uid === undefined || stat.uid === uid);
	} catch {
		return false;
	}
};

/** The cached payload, or undefined when there is none that can be trusted. */
export function readCodeCache(directory: string, name: string): Buffer | undefined {
	if (!isOwnDirectory(directory)) {
		return undefined;
	}

	// A link is not followed, and a FIFO or device in the cache file's place is refused, never waited on.
	const read = readRegularFile(path.join(directory, name), {maxBytes: MAX_CODE_CACHE_BYTES, followSymlinks: false});
	if (!read.ok || read.bytes.length <= headerBytes) {
		return undefined;
	}

	const {bytes} = read;
	const payload = bytes.subarray(headerBytes);
	const ok = bytes.subarray(0, magic.length).equals(magic) && bytes.subarray(magic.length, headerBytes).equals(digest(payload));
	return ok ? payload : undefined;
}

/**
Writes the payload under `name`, replacing what was there (a damaged or
refused cache) in one rename. Then files whose names start with
`stale.prefix` but not with `stale.keep` (caches of other builds) are
removed. Failures are ignored.
*/
export function writeCodeCache(directory: string, name: string, payload: Uint8Array, stale?: {readonly prefix: string; readonly keep: string}): void {
	let temporary: string | undefined;
	try {
		fs.mkdirSync(directory, {recursive: true, mode: 0o700});
		if (!isOwnDirectory(directory)) {
			return;
		}

		temporary = path.join(directory, `.${name}.${process.pid}.${crypto.randomBytes(6).toString('hex')}`);
		const fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
		try {
			const bytes = Buffer.concat([magic, digest(payload), payload]);
			let written = 0;
			while (written < bytes.length) {
				written += fs.writeSync(fd, bytes, written, bytes.length - written);
			}
		} finally {
			fs.closeSync(fd);
		}

		fs.renameSync(temporary, path.join(directory, name));
		temporary = undefined;
		if (stale) {
			for (const entry of fs.readdirSync(directory)) {
				if (entry.startsWith(stale.prefix) && !entry.startsWith(stale.keep)) {
					fs.rmSync(path.join(directory, entry), {force: true});
				}
			}
		}
	} catch {
		// A cache that cannot be written only means compiling again next time.
	} finally {
		if (temporary !== undefined) {
			fs.rmSync(temporary, {force: true});
		}
	}
}
