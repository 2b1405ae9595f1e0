/**
Makes untrusted text inert for a terminal.

Deck files can hold raw escape bytes. Printed as they are, they could move the
cursor, retitle the window, write the clipboard (OSC 52) or reorder text (bidi
overrides). Every C0 control except newline and tab, DEL and every C1 control
becomes its visible Unicode "control picture" (ESC shows as `␛`), and bidi
embedding/override/isolate characters are dropped.
*/

// C0 (but \t and \n), DEL, C1, and the bidi controls U+202A–U+202E, U+2066–U+2069.
const unsafeCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const symbolFor = (character: string): string => {
	const code = character.codePointAt(0)!;
	if (code < 0x20) {
		return String.fromCodePoint(0x24_00 + code);
	}

	if (code === 0x7F) {
		return '\u2421';
	}

	if (code <= 0x9F) {
		// C1 controls have no control pictures; the replacement character keeps
		// their place visible.
		return '\uFFFD';
	}

	return '';
};

export function sanitize(text: string): string {
	return text.replace(unsafeCharacter, symbolFor);
}

export function hasUnsafeCharacters(text: string): boolean {
	unsafeCharacter.lastIndex = 0;
	const found = unsafeCharacter.test(text);
	unsafeCharacter.lastIndex = 0;
	return found;
}

// Characters JSON.stringify leaves raw that a terminal still acts on (C1,
// bidi controls) or that end a line in JavaScript (U+2028, U+2029).
const jsonUnsafe = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

const unicodeEscape = (character: string): string => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
JSON for output that may be read in a terminal (`--json`). JSON.stringify
escapes C0 controls only; C1 controls and bidi overrides from a deck or a
store file would reach the terminal raw, so they are written as `\u…` too.
Parsing the result gives back the same value.
*/
export function toSafeJson(value: unknown, indent: string | number = 2): string {
	return JSON.stringify(value, undefined, indent).replace(jsonUnsafe, unicodeEscape);
}

/**
A file path as it may be printed: sanitized, and quoted (JSON-style, `"a\nb"`)
when it holds a newline, a tab, a quote or anything unsafe, so that one
`path:line:col` stays one line and reads back unambiguously.
*/
export function displayPath(file: string): string {
	return /[\n\t"]/.test(file) || hasUnsafeCharacters(file) ? toSafeJson(file) : file;
}
