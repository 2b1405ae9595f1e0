/**
Key presses as tokens: Ink's `(input, key)` turned into the names the keymaps
are written in (`down`, `enter`, `ctrl+c`, `shift+tab`, `G`, `7`). Every
screen's reducer reads its keys through these, one token at a time.
*/

/** The part of Ink's `Key` the keymaps read; Ink's `Key` is assignable to it. */
export type KeyFlags = {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
	/** Read only with Tab: Shift+Tab is a key of its own where a keymap names it. */
	readonly shift?: boolean;
};

/**
One key press: a named key (`down`, `enter`, `ctrl+c` …) or the printable
character typed (`l`, `G`, `7`, `?`).
*/
export type KeyToken = string;

const namedKeys: ReadonlyArray<readonly [keyof KeyFlags, KeyToken]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
	['escape', 'escape'],
	['tab', 'tab'],
	// Most terminals send DEL for Backspace, which Ink reports as `delete`.
	['backspace', 'backspace'],
	['delete', 'backspace'],
];

const tokenForCharacter = (character: string): KeyToken | undefined => {
	switch (character) {
		case '\r':
		case '\n': {
			return 'enter';
		}

		case '\u007F':
		case '\b': {
			return 'backspace';
		}

		case '\t': {
			return 'tab';
		}

		case ' ': {
			return 'space';
		}

		case '\u001B': {
			return 'escape';
		}

		case '\u0003': {
			return 'ctrl+c';
		}

		default: {
			// Other control characters are not keys any screen uses.
			return /^[\u0000-\u001F\u007F-\u009F]$/.test(character) ? undefined : character;
		}
	}
};

/**
Turns one Ink input event into key presses. Characters typed faster than the
terminal is read arrive as one string (`'lll'`), so plain input is split into
one token per character: otherwise typed-ahead keys would be lost.
*/
export function toKeyTokens(input: string, key: KeyFlags): KeyToken[] {
	for (const [flag, token] of namedKeys) {
		if (key[flag]) {
			// Where no binding names Shift+Tab, the keymap reads it as Tab (see `readKey`).
			return [token === 'tab' && key.shift ? 'shift+tab' : token];
		}
	}

	if (key.ctrl) {
		return input.length === 1 ? [`ctrl+${input.toLowerCase()}`] : [];
	}

	if (key.meta) {
		// Alt+key: nothing is bound to it, and it must not count as the bare key.
		return [];
	}

	const tokens: KeyToken[] = [];
	for (const character of input) {
		const token = tokenForCharacter(character);
		if (token !== undefined) {
			tokens.push(token);
		}
	}

	return tokens;
}
