import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {parseDeck} from './parse.js';
import type {Deck, Diagnostic} from './types.js';

/** Larger files are refused: no real deck comes near it, and it bounds parse time. */
export const MAX_DECK_BYTES = 5 * 1024 * 1024;

export type LoadResult = {
	readonly path: string;
	/** Absent when the file could not be read as a deck at all. */
	readonly deck?: Deck;
	readonly diagnostics: readonly Diagnostic[];
};

const failure = (filePath: string, message: string, hint?: string): LoadResult => ({
	path: filePath,
	diagnostics: [{severity: 'error', line: 1, column: 1, message, ...(hint ? {hint} : {})}],
});

/** Reads and parses one deck file. Never throws: every problem becomes a diagnostic. */
export function loadDeck(filePath: string): LoadResult {
	let bytes: Buffer;
	try {
		const stats = statSync(filePath);
		if (stats.isDirectory()) {
			return failure(filePath, 'is a directory, not a deck file');
		}

		// A named pipe would block the read until someone writes to it; a device might never end.
		if (!stats.isFile()) {
			return failure(filePath, `is ${stats.isFIFO() ? 'a named pipe (FIFO)' : 'a device or a socket'}, not a regular file`, 'a deck is a Markdown text file');
		}

		if (stats.size > MAX_DECK_BYTES) {
			return failure(filePath, `file is too large (${formatMegabytes(stats.size)}); decks are limited to ${formatMegabytes(MAX_DECK_BYTES)}`);
		}

		bytes = readFileSync(filePath);
	} catch (error) {
		return failure(filePath, describeFileError(error as NodeJS.ErrnoException));
	}

	const decoded = decodeText(bytes);
	if ('problem' in decoded) {
		return {path: filePath, diagnostics: [decoded.problem]};
	}

	const {deck, diagnostics} = parseDeck(decoded.text, {fileName: path.basename(filePath, path.extname(filePath))});
	return {path: filePath, deck, diagnostics};
}

/** Decodes UTF-8, refusing binary files and invalid byte sequences with their position. */
export function decodeText(bytes: Uint8Array): {text: string} | {problem: Diagnostic} {
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

function describeFileError(error: NodeJS.ErrnoException): string {
	switch (error.code) {
		case 'ENOENT': {
			return 'file not found';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'cannot read the file: permission denied';
		}

		default: {
			return `cannot read the file: ${error.message}`;
		}
	}
}

function formatMegabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
