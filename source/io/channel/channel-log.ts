/**
A small log next to the socket. Neither side has anywhere else to say what it
ignored: the slideshow owns the shared screen, and the console's screen is for
the presenter. Lines are sanitized, so `cat` on the log is safe.
*/
import fs from 'node:fs';
import {sanitize} from '../../core/text/sanitize.js';

export type Log = (message: string) => void;

/** Past this size the log starts over (the old one is kept as `.1`). */
const maxLogBytes = 256 * 1024;

export function createChannelLog(file: string, who: string, now: () => Date = () => new Date()): Log {
	return message => {
		try {
			if ((fs.statSync(file, {throwIfNoEntry: false})?.size ?? 0) > maxLogBytes) {
				fs.renameSync(file, `${file}.1`);
			}

			// No following a symlink planted in its place, and private like the socket.
			const descriptor = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o600);
			try {
				fs.writeSync(descriptor, `${now().toISOString()} ${who} ${process.pid}: ${sanitize(message).replaceAll('\n', ' ')}\n`);
			} finally {
				fs.closeSync(descriptor);
			}
		} catch {
			// A log that cannot be written must never stop a talk.
		}
	};
}

/** A short, inert sample of a line that was ignored. */
export const sampleOf = (line: string): string => JSON.stringify(sanitize(line.length > 80 ? `${line.slice(0, 80)}…` : line));
