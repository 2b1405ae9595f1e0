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
