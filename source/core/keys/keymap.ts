/**
Every key the slideshow knows, as data. The keys hook only turns Ink's
`(input, key)` into commands through this file, and the help overlay is
generated from it, so help cannot drift from what the keys do.
*/

/** The part of Ink's `Key` the keymap reads; Ink's `Key` is assignable to it. */
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
};

/**
One key press: a named key (`down`, `enter`, `ctrl+c` …) or the printable
character typed (`l`, `G`, `7`, `?`).
*/
export type KeyToken = string;

/** Where keys are read: the slides, the end screen, an overlay, or the presenter console. */
export type Scope = 'slides' | 'end' | 'help' | 'overview' | 'console';

export type Command =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'goto'
	| 'start-quiz'
	| 'resume'
	| 'overview'
	| 'search'
	| 'search-next'
	| 'search-previous'
	| 'blackout'
	| 'reveal'
	| 'footer'
	| 'timer'
	| 'timer-reset'
	| 'presenter'
	| 'notes-down'
	| 'notes-up'
	| 'overview-up'
	| 'overview-down'
	| 'overview-open'
	| 'help'
	| 'close'
	| 'quit';

export type Binding = {
	readonly command: Command;
	/**
	Key sequences, each a space-separated list of tokens: `g g` is g twice;
	`<number>` stands for one or more digits (the number the command takes).
	*/
	readonly keys: readonly string[];
	readonly description: string;
	readonly scopes: readonly Scope[];
};

const deck: readonly Scope[] = ['slides', 'end'];
/** The slides, the end screen and the presenter console, which drives them. */
const driven: readonly Scope[] = [...deck, 'console'];

export const keymap: readonly Binding[] = [
	{command: 'next', keys: ['right', 'down', 'space', 'enter', 'pagedown', 'l', 'j'], description: 'Next step, page or slide', scopes: ['slides', 'help', 'console']},
	// Clickers send PgDn (some Space or →): the same click that went through the slides starts the quiz.
	{command: 'start-quiz', keys: ['enter', 'pagedown', 'space', 'right'], description: 'Start the quiz (end screen)', scopes: ['end']},
	{command: 'previous', keys: ['left', 'up', 'backspace', 'pageup', 'h', 'k'], description: 'Previous step, page or slide', scopes: [...driven, 'help']},
	{command: 'first', keys: ['g g', 'home'], description: 'First slide', scopes: [...driven, 'overview']},
	{command: 'last', keys: ['G', 'end'], description: 'Last slide', scopes: [...driven, 'overview']},
	{command: 'goto', keys: ['<number> enter', '<number> G'], description: 'Go to slide <n> (in the overview too)', scopes: [...driven, 'overview']},
	{command: 'resume', keys: ['r'], description: 'Resume where you left off', scopes: deck},
	{command: 'overview', keys: ['o'], description: 'Overview: pick a slide', scopes: [...deck, 'overview']},
	{command: 'overview-up', keys: ['up', 'k'], description: 'Overview: highlight the slide above', scopes: ['overview']},
	{command: 'overview-down', keys: ['down', 'j'], description: 'Overview: highlight the slide below', scopes: ['overview']},
	{command: 'overview-open', keys: ['enter'], description: 'Overview: go to the highlighted slide', scopes: ['overview']},
	{command: 'search', keys: ['/'], description: 'Search all slides and notes (Enter runs, Esc cancels)', scopes: deck},
	{command: 'search-next', keys: ['n'], description: 'Next search match', scopes: deck},
	{command: 'search-previous', keys: ['N'], description: 'Previous search match', scopes: deck},
	{command: 'reveal', keys: ['s'], description: 'Reveal all steps of the slide', scopes: ['slides', 'console']},
	{command: 'presenter', keys: ['p'], description: 'Speaker notes and what comes next, beside the slide', scopes: deck},
	{command: 'notes-down', keys: [']'], description: 'Scroll the notes down', scopes: driven},
	{command: 'notes-up', keys: ['['], description: 'Scroll the notes up', scopes: driven},
	{command: 'timer', keys: ['t'], description: 'Pause or resume the timer (or start it now)', scopes: driven},
	{command: 'timer-reset', keys: ['T'], description: 'Reset the timer: it starts again with the next slide', scopes: driven},
	{command: 'blackout', keys: ['b', '.'], description: 'Blackout (any key returns)', scopes: driven},
	{command: 'footer', keys: ['f'], description: 'Hide or show the footer', scopes: deck},
	{command: 'help', keys: ['?'], description: 'This help', scopes: [...driven, 'help']},
	{command: 'close', keys: ['escape'], description: 'Close an overlay, clear the search', scopes: [...driven, 'help', 'overview']},
	{command: 'quit', keys: ['q', 'ctrl+c'], description: 'Quit', scopes: [...driven, 'help', 'overview']},
];

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
			// Other control characters are not keys the slideshow uses.
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
			return [token];
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

const isDigit = (token: KeyToken): boolean => /^\d$/.test(token);

type Match = {readonly kind: 'full'; readonly count?: number} | {readonly kind: 'prefix'} | {readonly kind: 'none'};

/** Matches typed tokens against one key sequence of a binding. */
const matchSequence = (sequence: string, tokens: readonly KeyToken[]): Match => {
	const parts = sequence.split(' ');
	let index = 0;
	let count: number | undefined;
	for (const part of parts) {
		if (index === tokens.length) {
			return {kind: 'prefix'};
		}

		if (part === '<number>') {
			let digits = '';
			while (index < tokens.length && isDigit(tokens[index]!)) {
				digits += tokens[index]!;
				index++;
			}

			if (digits === '') {
				return {kind: 'none'};
			}

			count = Number(digits);
			continue;
		}

		if (tokens[index] !== part) {
			return {kind: 'none'};
		}

		index++;
	}

	return index === tokens.length ? {kind: 'full', count} : {kind: 'none'};
};

export type KeyResult = {
	/** Tokens of a sequence still being typed (`g`, digits). */
	readonly pending: readonly KeyToken[];
	readonly command?: Command;
	/** The number typed before the command, for `goto`. */
	readonly count?: number;
};

/**
Adds one key press to what is being typed and says which command, if any, it
completes. A key that fits no sequence drops what was pending and is read on
its own, so a stray `g` never swallows the next key.
*/
export function readKey(pending: readonly KeyToken[], token: KeyToken, scope: Scope): KeyResult {
	const tokens = [...pending, token];
	let isPrefix = false;
	for (const binding of keymap) {
		if (!binding.scopes.includes(scope)) {
			continue;
		}

		for (const sequence of binding.keys) {
			const match = matchSequence(sequence, tokens);
			if (match.kind === 'full') {
				return {pending: [], command: binding.command, count: match.count};
			}

			if (match.kind === 'prefix') {
				isPrefix = true;
			}
		}
	}

	if (isPrefix) {
		return {pending: tokens};
	}

	return pending.length > 0 ? readKey([], token, scope) : {pending: []};
}

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	space: 'Space',
	enter: 'Enter',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	backspace: 'Backspace',
	home: 'Home',
	end: 'End',
	escape: 'Esc',
	tab: 'Tab',
	'ctrl+c': 'Ctrl+C',
	// Not `N`: that is a key of its own (previous search match).
	'<number>': '<n>',
};

/** How a key sequence is written for people: `<number> enter` → `<n> Enter`. */
export function formatKeys(sequence: string): string {
	return sequence
		.split(' ')
		.map(token => keyLabels[token] ?? token)
		.join(' ');
}

export type KeyHelp = {
	readonly command: Command;
	/** The key sequences, as people write them. */
	readonly keys: readonly string[];
	readonly description: string;
};

/**
Help rows straight from the keymap; `include` leaves out commands that don't
apply now, and `scopes`, when given, keeps only bindings read in one of them.
*/
export function describeKeys(include: (command: Command) => boolean = () => true, scopes?: readonly Scope[]): KeyHelp[] {
	return keymap
		.filter(binding => include(binding.command) && (scopes === undefined || binding.scopes.some(scope => scopes.includes(scope))))
		.map(binding => ({command: binding.command, keys: binding.keys.map(formatKeys), description: binding.description}));
}

/** The keys of one command as shown in hints: `formatted keys of 'quit'` → `q`. */
export function keysFor(command: Command): readonly string[] {
	return keymap.find(binding => binding.command === command)?.keys.map(formatKeys) ?? [];
}
