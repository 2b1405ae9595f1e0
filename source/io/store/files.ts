import {Buffer} from 'node:buffer';
import crypto from 'node:crypto';
import path from 'node:path';
import process from 'node:process';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {errorCode} from '../../core/text/errors.js';

/** `2026-11-24T01:15:00.123Z` → `20261124T011500Z`: sortable, and legal in Windows file names. */
export function compactTime(date: Date, withMs = false): string {
	const iso = date.toISOString();
	const compact = iso.replace(/[-:]/g, '');
	return withMs ? compact.replace('.', '') : compact.replace(/\.\d+/, '');
}

/**
Deck ids come from front matter, so they can hold `/`, `..` or anything else.
Everything but `[A-Za-z0-9_-]` is percent-encoded, which is reversible and
cannot escape the attempts directory; `%` alone (never an encoding result)
stands for the empty id. Very long ids are cut and given a hash to stay
under file-name limits. Different ids sharing a directory (case-insensitive
file systems, cut ids) stay apart because every file records its deckId.
*/
export function deckDirName(deckId: string): string {
	if (deckId === '') {
		return '%';
	}

	const encoded = [...deckId]
		.map(character => (/^[\w-]$/.test(character)
			? character
			: [...Buffer.from(character, 'utf8')].map(byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')))
		.join('');
	if (encoded.length <= 120) {
		return encoded;
	}

	const hash = crypto.createHash('sha256').update(deckId).digest('hex').slice(0, 16);
	return `${encoded.slice(0, 100)}~${hash}`;
}

/**
Write a whole file or nothing: a temp file in the same directory (so the
rename stays on one file system, where it is atomic), flushed, then renamed.
A reader never sees half an attempt, and a crash leaves only a dot-file that
readers skip and the next writable open removes (see leftovers.ts). The temp file
is created exclusively, so nothing already there (a link, say) is written through.
*/
export function writeFileAtomic(file: string, data: string, fs: FileSystem = realFileSystem): void {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}${temporarySuffix}`);
	const descriptor = fs.openSync(temporary, 'wx', 0o644);
	try {
		try {
			fs.writeSync(descriptor, data);
			fs.fsyncSync(descriptor);
		} finally {
			fs.closeSync(descriptor);
		}

		fs.renameSync(temporary, file);
	} catch (error) {
		fs.rmSync(temporary, {force: true});
		throw error;
	}
}

const temporarySuffix = '.tmp';

const exists = (fs: FileSystem, file: string): boolean => {
	try {
		fs.lstatSync(file);
		return true;
	} catch {
		return false;
	}
};

/**
Move a bad file aside to `<name>.corrupt-<time>` next to it, never deleting
it: the person may want it back, or want to see what broke it. Returns the
backup path, or `undefined` when another process moved it first.
*/
export function moveAside(file: string, now: Date, fs: FileSystem = realFileSystem): string | undefined {
	const base = `${file}.corrupt-${compactTime(now)}`;
	let backup = base;
	for (let n = 1; exists(fs, backup); n++) {
		backup = `${base}-${n}`;
	}

	try {
		fs.renameSync(file, backup);
		return backup;
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

/**
Creates `directory` and any missing parents up to (not including) `root`,
one at a time. One at a time because Node's recursive mkdir can report
ENOENT where the real reason is a read-only file system; and a part that is
a symbolic link is refused, so nothing is ever written outside the store.
*/
export function makeDirectory(root: string, directory: string, fs: FileSystem = realFileSystem): void {
	const relative = path.relative(root, directory);
	if (relative.startsWith('..') || path.isAbsolute(relative)) {
		throw new Error(`${directory} is outside the store`);
	}

	createDirectories(root, fs);
	let current = root;
	for (const part of relative.split(path.sep).filter(Boolean)) {
		current = path.join(current, part);
		try {
			fs.mkdirSync(current);
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}
		}

		if (fs.lstatSync(current).isSymbolicLink()) {
			throw Object.assign(new Error(`${current} is a symbolic link, which the store does not follow`), {code: 'ESYMLINK'});
		}
	}
}

/**
`mkdir -p` that reports the real reason it fails. Node's recursive mkdir
says ENOENT when a missing parent cannot be made on a read-only mount; made
one level at a time, the first level that fails says EROFS (or EACCES …).
*/
export function createDirectories(directory: string, fs: FileSystem = realFileSystem): void {
	const missing: string[] = [];
	for (let current = path.resolve(directory); ; current = path.dirname(current)) {
		try {
			fs.lstatSync(current);
			break;
		} catch (error) {
			if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) {
				throw error;
			}

			missing.unshift(current);
		}
	}

	for (const part of missing) {
		try {
			fs.mkdirSync(part);
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}
		}
	}
}
