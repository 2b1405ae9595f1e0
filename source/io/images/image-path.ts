/**
Where an image named in a deck may be read from: the deck's own directory tree
and nowhere else. The path is resolved through every symbolic link first, so
neither `../` nor a link can lead out of it; a URL is never fetched.
*/
import fs from 'node:fs';
import path from 'node:path';
import {isRemoteImage} from '../../core/deck/image-alt.js';
import {sanitize} from '../../core/text/sanitize.js';
import {errorCode} from '../../core/text/errors.js';

export type ImagePath = {readonly ok: true; readonly path: string} | {readonly ok: false; readonly problem: string};

/** The real path of `src` under `deckDir`, or why it may not be read. */
export function resolveImagePath(deckDir: string, src: string): ImagePath {
	if (isRemoteImage(src)) {
		return {ok: false, problem: 'is not on this computer: images are never fetched from the network'};
	}

	if (src.includes('\0')) {
		return {ok: false, problem: 'is not a path'};
	}

	let root: string;
	let real: string;
	try {
		root = fs.realpathSync(deckDir);
		real = fs.realpathSync(path.resolve(root, src));
	} catch (error) {
		const code = errorCode(error);
		return {ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'was not found' : code === 'ELOOP' ? 'is a loop of symbolic links' : code === 'EACCES' ? 'cannot be read: permission denied' : 'cannot be read'};
	}

	const inside = path.relative(root, real);
	if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
		return {ok: false, problem: 'is outside the deck\'s folder: images are read only from the deck\'s own folder and below'};
	}

	return {ok: true, path: real};
}

/** `src` as a warning may show it: sanitized, and cut short. */
export const shownImagePath = (src: string): string => {
	const clean = sanitize(src);
	return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
};
