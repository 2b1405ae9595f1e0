import {Buffer} from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

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
readers skip.
*/
export function writeFileAtomic(file: string, data: string): void {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
	const descriptor = fs.openSync(temporary, 'wx', 0o644);
	try {
		try {
			fs.writeFileSync(descriptor, data);
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

/**
Move a bad file aside to `<name>.corrupt-<time>` next to it, never deleting
it: the person may want it back, or want to see what broke it. Returns the
backup path, or `undefined` when another process moved it first.
*/
export function moveAside(file: string, now: Date): string | undefined {
	const base = `${file}.corrupt-${compactTime(now)}`;
	let backup = base;
	for (let n = 1; fs.existsSync(backup); n++) {
		backup = `${base}-${n}`;
	}

	try {
		fs.renameSync(file, backup);
		return backup;
	} catch (error) {
		if ((error as {code?: unknown}).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}
