import {sanitize} from './sanitize.js';

/** The `code` of a Node file-system error (`ENOENT` …), if it has one. */
export function errorCode(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
}

/** Words a person understands for the file-system failures a store meets. */
const reasons: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	ENOTDIR: 'a part of the path is not a directory',
	EEXIST: 'a file is in the way of a directory',
	EISDIR: 'a directory is in the way of a file',
	ENOENT: 'no such file or directory',
	ELOOP: 'a symbolic link is in the way',
	ESYMLINK: 'a symbolic link is in the way (the store does not follow links)',
	EIO: 'input/output error',
};

export function describeError(error: unknown): string {
	const code = errorCode(error);
	if (code !== undefined && reasons[code] !== undefined) {
		return reasons[code];
	}

	// Error messages can quote paths, and paths in the store come from deck ids and file names.
	return sanitize(error instanceof Error ? error.message : String(error));
}

/**
The store could not write. Thrown rather than printed so the caller can keep
the person's result on screen, or print it as JSON, and say why it was not saved.
*/
export class StoreWriteError extends Error {
	override name = 'StoreWriteError';
	readonly directory: string;
	readonly code: string | undefined;

	constructor(directory: string, cause: unknown, what = 'scores') {
		super(`cannot write ${what} to ${directory}: ${describeError(cause)}`, {cause});
		this.directory = directory;
		this.code = errorCode(cause);
	}
}
