/** Deck files' bytes as text: UTF-8 only, with where a bad byte is when it is not. */
import type {Diagnostic} from '../../core/deck/types.js';

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
