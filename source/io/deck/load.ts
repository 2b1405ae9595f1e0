import path from 'node:path';
import type {FileSystem} from '../fs/file-system.js';
import {formatBytes, readRegularFile, type ReadFileResult, type ReadProblem} from '../fs/read-file.js';
import {parseDeck} from '../../core/deck/parse.js';
import type {Deck, Diagnostic} from '../../core/deck/types.js';

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

	const {deck, diagnostics} = parseDeck(decoded.text, {fileName: path.basename(filePath, path.extname(filePath)), today: new Date()});
	return {path: filePath, deck, diagnostics};
}

/** Decodes UTF-8, refusing binary files and invalid byte sequences with their position. */
export function decodeText(bytes: Uint8Array): {text: string} | {problem: Diagnostic} {
	// Editors on Windows save "Unicode" as UTF-16 with a byte-order mark.
	if ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF)) {
		return {problem: {severity: 'error', line: 1, column: 1, message: 'the file is UTF-16 text, not UTF-8', hint: 'save the file as UTF-8'}};
	}

	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		return {problem: {severity: 'error', ...position(bytes, nul), message: 'not a text file (it contains NUL bytes)', hint: 'a deck is a Markdown text file'}};
	}

	try {
		return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
	} catch {
		const bad = firstInvalidUtf8(bytes);
		return {problem: {severity: 'error', ...position(bytes, bad), message: 'not valid UTF-8 text', hint: 'save the file as UTF-8'}};
	}
}

/** Line and column (in characters, as editors count) of a byte offset. */
function position(bytes: Uint8Array, offset: number): {line: number; column: number} {
	let line = 1;
	let lineStart = 0;
	for (let index = 0; index < offset; index++) {
		if (bytes[index] === 0x0A) {
			line++;
			lineStart = index + 1;
		}
	}

	const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
	return {line, column: [...before].length + 1};
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		const length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
		if (length === 0) {
			return index;
		}

		for (let next = 1; next < length; next++) {
			const byte = bytes[index + next];
			const low = next === 1 && lead === 0xE0 ? 0xA0 : next === 1 && lead === 0xF0 ? 0x90 : 0x80;
			const high = next === 1 && lead === 0xED ? 0x9F : next === 1 && lead === 0xF4 ? 0x8F : 0xBF;
			if (byte === undefined || byte < low || byte > high) {
				return index;
			}
		}

		index += length;
	}

	return bytes.length;
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
