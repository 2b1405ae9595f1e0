import path from 'node:path';
import type {FileSystem} from '../fs/file-system.js';
import {formatBytes, readRegularFile, type ReadFileResult, type ReadProblem} from '../fs/read-file.js';
import {deckHasIncludes, parseDeck} from '../../core/deck/parse.js';
import type {Deck, Diagnostic} from '../../core/deck/types.js';
import {deckIncludes, type IncludedFile} from './includes.js';
import {decodeText} from './text.js';

export {decodeText} from './text.js';

/**
Larger files are refused. Real decks are a few to a few tens of kilobytes;
this is five times the largest we know of. It bounds time and memory: at
this size the worst decks measured (tens of thousands of headings, list
items or table rows) peak near 200 MB in the slideshow, under the 256 MB a
deck may cost (RELIABILITY.md).
*/
export const MAX_DECK_BYTES = 128 * 1024;

export type LoadResult = {
	readonly path: string;
	/** Absent when the file could not be read as a deck at all. */
	readonly deck?: Deck;
	readonly diagnostics: readonly Diagnostic[];
	/** Why the file could not be read at all, when it could not: `--watch` waits for a broken file, never for a missing one or a directory. */
	readonly unread?: ReadProblem;
	/** The paths its `<!-- include: -->` lines led to, and what was there: for the cache and `--watch`. */
	readonly includes?: readonly IncludedFile[];
};

const failure = (filePath: string, unread: ReadProblem, message: string, hint?: string): LoadResult => ({
	path: filePath,
	diagnostics: [{severity: 'error', line: 1, column: 1, message, ...(hint ? {hint} : {})}],
	unread,
});

export type LoadOptions = {
	/** Tests pass one that fails on cue. */
	readonly fs?: FileSystem;
};

/** Reads and parses one deck file. Never throws: every problem becomes a diagnostic. */
export function loadDeck(filePath: string, options: LoadOptions = {}): LoadResult {
	const read = readRegularFile(filePath, {maxBytes: MAX_DECK_BYTES, ...options});
	if (!read.ok) {
		return failure(filePath, read.problem, ...describeReadFailure(read));
	}

	return deckFromBytes(filePath, read.bytes);
}

/** Parses the bytes read from a deck file (`filePath` names it in the deck and in diagnostics). */
export function deckFromBytes(filePath: string, bytes: Uint8Array): LoadResult {
	const decoded = decodeText(bytes);
	if ('problem' in decoded) {
		return {path: filePath, diagnostics: [decoded.problem]};
	}

	const fileName = path.basename(filePath, path.extname(filePath));
	if (!deckHasIncludes(decoded.text)) {
		const {deck, diagnostics} = parseDeck(decoded.text, {fileName, today: new Date()});
		return {path: filePath, deck, diagnostics};
	}

	const includes = deckIncludes(filePath);
	// The deck with its includes is held to the deck's own size limit.
	const maxAddedBytes = Math.max(0, MAX_DECK_BYTES - bytes.length);
	const {deck, diagnostics} = parseDeck(decoded.text, {fileName, today: new Date(), includes: {...includes, maxAddedBytes}});
	return {path: filePath, deck, diagnostics, includes: includes.files()};
}

function describeReadFailure(read: Extract<ReadFileResult, {ok: false}>): [message: string, hint?: string] {
	switch (read.problem) {
		case 'missing': {
			return ['file not found'];
		}

		case 'directory': {
			return ['is a directory, not a deck file'];
		}

		case 'not-regular': {
			return [read.message, 'a deck is a Markdown text file'];
		}

		case 'too-large': {
			// Bytes, not rounded megabytes: one byte over the limit must read as over it.
			return [`file ${read.message}; decks are limited to ${formatBytes(MAX_DECK_BYTES)} (${MAX_DECK_BYTES / 1024} KB), which bounds the time and memory a deck can take`, 'split it into several decks'];
		}

		default: {
			return [`cannot read the file: ${read.message}`];
		}
	}
}
