/**
The one way files are read: regular files only, never more than a limit.

A FIFO with no writer blocks `open` and `read` forever; a device such as
`/dev/zero` reports a size of 0 and then never ends. So the file is looked at
before it is opened (a device is never opened at all), opened without
blocking, looked at again through the descriptor (it may have been swapped
in between), and read only up to the limit whatever its size claimed.
*/
import {Buffer} from 'node:buffer';
import nodeFs, {type Stats} from 'node:fs';
import {type FileSystem, realFileSystem} from './file-system.js';
import {errorCode} from '../../core/text/errors.js';

export type ReadProblem =
	| 'missing'
	| 'directory'
	/** A FIFO, a device or a socket. */
	| 'not-regular'
	/** A symbolic link, when links are not to be followed. */
	| 'symlink'
	| 'too-large'
	| 'permission'
	| 'loop'
	| 'other';

export type ReadFileResult =
	| {readonly ok: true; readonly bytes: Buffer}
	| {
		readonly ok: false;
		readonly problem: ReadProblem;
		/** Says what is wrong without quoting anything from the file. */
		readonly message: string;
		/** For `too-large`: the size found (at least `maxBytes + 1`). */
		readonly size?: number;
		readonly error?: unknown;
	};

type ReadFileOptions = {
	readonly maxBytes: number;
	/**
	False for the app's own files (the store, the code cache): a link there could
	lead anywhere. True (the default) for a deck, which a person may well link.
	*/
	readonly followSymlinks?: boolean;
	readonly fs?: FileSystem;
};

const {O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0} = nodeFs.constants;
const chunkBytes = 64 * 1024;

/** `12,345,678 bytes`. */
export const formatBytes = (bytes: number): string => `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;

function kindOf(stats: Stats): string {
	if (stats.isFIFO()) {
		return 'a named pipe (FIFO)';
	}

	if (stats.isCharacterDevice()) {
		return 'a character device';
	}

	if (stats.isBlockDevice()) {
		return 'a block device';
	}

	return stats.isSocket() ? 'a socket' : 'not a regular file';
}

function failure(problem: ReadProblem, message: string, extra: {size?: number; error?: unknown} = {}): ReadFileResult {
	return {ok: false, problem, message, ...extra};
}

function fromError(error: unknown): ReadFileResult {
	switch (errorCode(error)) {
		case 'ENOENT':
		case 'ENOTDIR': {
			return failure('missing', 'file not found', {error});
		}

		case 'EACCES':
		case 'EPERM': {
			return failure('permission', 'permission denied', {error});
		}

		case 'ELOOP': {
			return failure('loop', 'too many levels of symbolic links', {error});
		}

		case 'EISDIR': {
			return failure('directory', 'is a directory, not a file', {error});
		}

		default: {
			return failure('other', error instanceof Error ? error.message : String(error), {error});
		}
	}
}

function refuse(stats: Stats, maxBytes: number): ReadFileResult | undefined {
	if (stats.isSymbolicLink()) {
		return failure('symlink', 'is a symbolic link, which is not followed here');
	}

	if (stats.isDirectory()) {
		return failure('directory', 'is a directory, not a file');
	}

	if (!stats.isFile()) {
		return failure('not-regular', `is ${kindOf(stats)}, not a regular file`);
	}

	return stats.size > maxBytes ? failure('too-large', `is too large (${formatBytes(stats.size)})`, {size: stats.size}) : undefined;
}

/** Reads a whole regular file of at most `maxBytes`. Never throws, never blocks on a pipe or device. */
export function readRegularFile(file: string, {maxBytes, followSymlinks = true, fs = realFileSystem}: ReadFileOptions): ReadFileResult {
	let descriptor: number | undefined;
	try {
		const refused = refuse(followSymlinks ? fs.statSync(file) : fs.lstatSync(file), maxBytes);
		if (refused) {
			return refused;
		}

		descriptor = fs.openSync(file, O_RDONLY | O_NONBLOCK | (followSymlinks ? 0 : O_NOFOLLOW));
		const stats = fs.fstatSync(descriptor);
		const swapped = refuse(stats, maxBytes);
		if (swapped) {
			return swapped;
		}

		/*
		The size is only a hint (a file may change after the stat; /proc says 0):
		one buffer of that size plus a byte, read in one call for most files and
		handed back as it is, which matters for the megabytes of the code cache
		at every launch. A byte past the limit tells a file that grew past it.
		*/
		let bytes = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
		let total = 0;
		for (;;) {
			if (total === bytes.length) {
				const larger = Buffer.allocUnsafe(Math.min(Math.max(total * 2, chunkBytes), maxBytes + 1));
				bytes.copy(larger, 0, 0, total);
				bytes = larger;
			}

			const read = fs.readSync(descriptor, bytes, total, bytes.length - total, null);
			if (read === 0) {
				break;
			}

			total += read;
			if (total > maxBytes) {
				return failure('too-large', `is too large (more than ${formatBytes(maxBytes)})`, {size: total});
			}
		}

		return {ok: true, bytes: bytes.subarray(0, total)};
	} catch (error) {
		return fromError(error);
	} finally {
		if (descriptor !== undefined) {
			try {
				fs.closeSync(descriptor);
			} catch {
				// Nothing useful to do: the bytes, or the reason, are already in hand.
			}
		}
	}
}
