/**
The channel's directory must be this user's alone: in a shared temp dir,
anyone could create `briefing-deck-1000` first, or leave a symlink there
pointing elsewhere, and so read the talk's position or drive the slides.
*/
import fs from 'node:fs';
import {describeError, errorCode} from '../../core/text/errors.js';

export class ChannelError extends Error {
	override name = 'ChannelError';
}

/** The channel is in use: another slideshow or room quiz of the same deck answers on it, and its consoles follow that one. */
export class ChannelTakenError extends ChannelError {
	override name = 'ChannelTakenError';
}

export type Owner = {
	/** `process.getuid()`. */
	readonly uid: number;
};

/** Creates the directory (0700) if it is missing, and checks that it is a real directory, ours, and closed to others. */
export function ensurePrivateDirectory(directory: string, {uid}: Owner): void {
	try {
		fs.mkdirSync(directory, {mode: 0o700});
	} catch (error) {
		if (errorCode(error) !== 'EEXIST') {
			throw new ChannelError(`cannot create ${directory}: ${describeError(error)}`);
		}
	}

	let stats: fs.Stats;
	try {
		stats = fs.lstatSync(directory);
	} catch (error) {
		throw new ChannelError(`cannot read ${directory}: ${describeError(error)}`);
	}

	if (stats.isSymbolicLink() || !stats.isDirectory()) {
		throw new ChannelError(`${directory} is not a directory (${stats.isSymbolicLink() ? 'a symbolic link' : 'a file'}); refusing to use it`);
	}

	if (stats.uid !== uid) {
		throw new ChannelError(`${directory} belongs to another user (uid ${stats.uid}); refusing to use it`);
	}

	if ((stats.mode & 0o077) !== 0) {
		throw new ChannelError(`${directory} can be opened by other users (mode ${(stats.mode & 0o777).toString(8)}); refusing to use it`);
	}
}
