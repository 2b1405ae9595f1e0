/**
A file name close to one that does not exist, in the same folder: the
"did you mean" for a mistyped deck path (`talkk.md` for `talk.md`).
*/
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {withinEditDistance} from '../../core/text/edit-distance.js';

/** Folders bigger than this are not searched: a hint is not worth a long wait. */
const maxEntries = 2000;

/** The path, as typed up to its folder, of a file in that folder within two edits of the missing one's name; `undefined` when there is none. */
export function nearFile(missing: string): string | undefined {
	const folder = path.dirname(missing);
	const name = path.basename(missing);
	let entries: string[];
	try {
		entries = readdirSync(folder);
	} catch {
		return undefined;
	}

	if (entries.length > maxEntries) {
		return undefined;
	}

	const sorted = entries.filter(entry => entry !== name).sort();
	const near = [1, 2].map(max => sorted.find(entry => withinEditDistance(entry.toLowerCase(), name.toLowerCase(), max))).find(entry => entry !== undefined);
	// Keep the folder as it was typed: `./talk.md`, `decks/x.md`, or just the name.
	return near === undefined ? undefined : missing.slice(0, missing.length - name.length) + near;
}
