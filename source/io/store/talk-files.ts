/**
The talk as it runs, kept in `<store>/talks/<deck>.json` so that a slideshow
that ends without a quit can be picked up where it was (talk-record.ts). One
file per deck, rewritten whole on every change of the talk: written
atomically (a temp file renamed over it, so a kill mid-write leaves the last
copy whole), read like every store file (the folder must be the store's own,
links are not followed, a damaged file is named, never quoted, and moved
aside to a timestamped backup). Only the one slideshow of a deck that holds
its channel writes it, so no lock is taken: the last write is the talk.
*/
import path from 'node:path';
import {type FileSystem, realFileSystem} from '../fs/file-system.js';
import {type TalkRecord, validateTalk} from '../../core/records/talk-record.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import {describeError} from '../../core/text/errors.js';
import {displayPath} from '../../core/text/sanitize.js';
import {makeDirectory, writeFileAtomic} from './files.js';
import {removeLeftovers} from './leftovers.js';
import {bookFile} from './schedule-files.js';
import {checkDirectory, corruptFile, readStoreJson, type StoreContext} from './store-file.js';

/** A talk file is a few hundred bytes; one far larger is not ours. */
const maxTalkBytes = 64 * 1024;

export type TalkRead = {
	/** The kept talk of this deck, if there is one that can be used. */
	readonly talk?: TalkRecord;
	readonly warnings: readonly StoreWarning[];
};

export type TalkFile = {
	readonly file: string;
	/** The kept talk; a damaged file is moved aside and reported. Never throws. */
	read(): TalkRead;
	/** Keeps the talk; throws when it cannot (the caller decides what that costs). */
	write(record: TalkRecord): void;
};

export type TalkFileOptions = {
	/** The clock for backup names; tests pin it. */
	readonly now?: () => Date;
	/** Tests pass one that fails on cue. */
	readonly fs?: FileSystem;
};

/** The talk file of one deck in the store at `root`. */
export function talkFile(root: string, deckId: string, {now = () => new Date(), fs = realFileSystem}: TalkFileOptions = {}): TalkFile {
	const directory = path.join(root, 'talks');
	const file = bookFile(directory, deckId);
	const context: StoreContext = {root, fs, now, repair: true};
	let tidied = false;
	return {
		file,
		read() {
			const folder = checkDirectory(directory, context);
			if ('missing' in folder) {
				return {warnings: []};
			}

			if ('problem' in folder) {
				return {warnings: [{kind: 'unreadable', file: directory, message: `cannot read the kept talk in ${displayPath(directory)}: ${folder.problem}`}]};
			}

			const read = readStoreJson(file, maxTalkBytes, fs);
			if ('missing' in read) {
				return {warnings: []};
			}

			if ('unreadable' in read) {
				return {warnings: [{kind: 'unreadable', file, message: `cannot read talk file ${displayPath(file)}: ${read.unreadable}`}]};
			}

			const validation = 'value' in read ? validateTalk(read.value) : {ok: false as const, problems: [read.corrupt]};
			if (validation.ok) {
				// A file another deck id shares (see bookFile) is not this deck's talk.
				return validation.record.deckId === deckId ? {talk: validation.record, warnings: []} : {warnings: []};
			}

			if ('newer' in validation) {
				return {warnings: [{kind: 'newer-version', file, version: validation.newer, message: `talk file ${displayPath(file)} was saved by a newer briefing-deck (version ${validation.newer}); left as it is`}]};
			}

			return {warnings: [corruptFile(file, validation.problems.join('; '), {kind: 'corrupt-talk', noun: 'talk file', after: 'the talk starts afresh'}, context)]};
		},
		write(record) {
			if (record.deckId !== deckId) {
				throw new TypeError('A talk is kept in its own deck\'s file');
			}

			makeDirectory(root, directory, fs);
			if (!tidied) {
				// A kill in the middle of a write leaves its temp file: the next show removes it.
				tidied = true;
				removeLeftovers(directory, fs);
			}

			writeFileAtomic(file, `${JSON.stringify(record, undefined, '\t')}\n`, fs);
		},
	};
}

/** What a failed write says, once, after the show. */
export const talkWriteProblem = (root: string, error: unknown): string =>
	`the talk could not be kept in ${displayPath(root)} (${describeError(error)}), so a crash would start it afresh`;
