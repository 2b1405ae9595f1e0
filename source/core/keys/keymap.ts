/**
The one keymap engine. Each family of screens declares its keys as data, a
`Keymap` of bindings per scope, in a module of its own (slideshow-keys.ts,
quiz-keys.ts, room-keys.ts). Screens read keys, and write their help and key
hints, only through the functions here: what a key does and what a screen
says it does cannot drift apart, and every screen reads keys by one rule.
*/
import type {KeyToken} from './key-tokens.js';

type Binding<Command extends string, Scope extends string> = {
	readonly command: Command;
	/**
	Key sequences, each a space-separated list of tokens from `toKeyTokens`
	(`g g` is g twice), or of placeholders: `<number>` is one or more digits,
	the number the command takes; `<any>` is any key; any other `<name>` is a
	slot the reader is handed, for keys whose meaning depends on the screen.
	*/
	readonly keys: readonly string[];
	readonly description: string;
	readonly scopes: readonly Scope[];
	/** Left out of key hints (not of the help): Ctrl+C is a way out, not a step. */
	readonly unhinted?: true;
};

export type Keymap<Command extends string, Scope extends string> = ReadonlyArray<Binding<Command, Scope>>;

/** A placeholder for one key, whose meaning depends on what is on screen: the option a letter names. */
type Slot = {
	/** The number the key stands for (an option, a count, a digit), or `undefined` when it is not one. */
	readonly read: (token: KeyToken) => number | undefined;
	/** How the slot is written for people; `named` are the keys the scopes bind by name, which the slot cannot take. */
	readonly label: (named: ReadonlySet<KeyToken>) => string;
};

export type Slots = Readonly<Record<string, Slot>>;

type KeyRead<Command extends string> = {
	/** Tokens of a sequence still being typed (`g`, digits). */
	readonly pending: readonly KeyToken[];
	readonly command?: Command;
	/** What a placeholder stood for: the number typed before `goto`, the option a letter names. */
	readonly value?: number;
};

type Match =
	| {readonly kind: 'full'; readonly value?: number; readonly placeholder: boolean}
	| {readonly kind: 'prefix'}
	| {readonly kind: 'none'};

const none: Match = {kind: 'none'};

const isDigit = (token: KeyToken): boolean => /^\d$/.test(token);

/** Matches typed tokens against one key sequence. */
function matchSequence(sequence: string, tokens: readonly KeyToken[], slots: Slots): Match {
	let index = 0;
	let value: number | undefined;
	let placeholder = false;
	for (const part of sequence.split(' ')) {
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
				return none;
			}

			value = Number(digits);
			placeholder = true;
			continue;
		}

		const token = tokens[index]!;
		const slot = slots[part];
		if (part === '<any>') {
			placeholder = true;
		} else if (slot) {
			value = slot.read(token);
			if (value === undefined) {
				return none;
			}

			placeholder = true;
		} else if (token !== part) {
			return none;
		}

		index++;
	}

	return index === tokens.length ? {kind: 'full', value, placeholder} : none;
}

type ReadOptions = {
	/** Tokens of a sequence typed so far (from the last `KeyRead`). */
	readonly pending?: readonly KeyToken[];
	readonly slots?: Slots;
};

const shift = 'shift+';

/**
Adds one key press to what is being typed and says which command, if any, it
completes in `scope`. One rule for every screen:
1. a sequence of named keys the typed keys complete wins (the first, in the
   keymap's order), so `j` moves where a letter slot would name option J;
2. then the first sequence with a placeholder they complete, so `<any>` only
   takes what no named key did;
3. then, if they begin a sequence, they wait for the next key (`g`, digits);
4. else a pending sequence is dropped and the key read on its own, so a stray
   `g` never swallows the next key.
A shifted key the scope does not name is read as the key itself (Shift+Tab
is Tab, where only Tab is bound).
*/
export function readKey<Command extends string, Scope extends string>(
	keymap: Keymap<Command, Scope>,
	scope: Scope,
	token: KeyToken,
	{pending = [], slots = {}}: ReadOptions = {},
): KeyRead<Command> {
	const bindings = keymap.filter(binding => binding.scopes.includes(scope));
	const key = token.startsWith(shift) && !bindings.some(binding => binding.keys.includes(token)) ? token.slice(shift.length) : token;
	const tokens = [...pending, key];
	let withPlaceholder: KeyRead<Command> | undefined;
	let isPrefix = false;
	for (const binding of bindings) {
		for (const sequence of binding.keys) {
			const match = matchSequence(sequence, tokens, slots);
			if (match.kind === 'full' && !match.placeholder) {
				return {pending: [], command: binding.command};
			}

			if (match.kind === 'full') {
				withPlaceholder ??= {pending: [], command: binding.command, ...(match.value === undefined ? {} : {value: match.value})};
			}

			isPrefix ||= match.kind === 'prefix';
		}
	}

	if (withPlaceholder) {
		return withPlaceholder;
	}

	if (isPrefix) {
		return {pending: tokens};
	}

	return pending.length > 0 ? readKey(keymap, scope, token, {slots}) : {pending: []};
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
	'shift+tab': 'Shift+Tab',
	'ctrl+c': 'Ctrl+C',
	// Not `N`: that is a key of its own (previous search match).
	'<number>': '<n>',
	'<any>': 'any key',
};

/** How a key sequence is written for people: `<number> enter` → `<n> Enter`; a slot by its own label. */
export function formatKeys(sequence: string, slots: Slots = {}, named: ReadonlySet<KeyToken> = new Set()): string {
	return sequence
		.split(' ')
		.map(token => slots[token]?.label(named) ?? keyLabels[token] ?? token)
		.join(' ');
}

export type KeyHelp<Command extends string> = {
	readonly command: Command;
	/** The key sequences, as people write them. */
	readonly keys: readonly string[];
	readonly description: string;
};

type DescribeOptions<Command extends string> = {
	/** Leaves out commands that do nothing now (no slide to view, nothing to resume). */
	readonly include?: (command: Command) => boolean;
	/** The slots as they are on screen now, so their labels name its options. */
	readonly slots?: Slots;
};

function helpRows<Command extends string, Scope extends string>(
	keymap: Keymap<Command, Scope>,
	scopes: readonly Scope[],
	{include = () => true, slots = {}}: DescribeOptions<Command>,
	keep: (binding: Binding<Command, Scope>) => boolean,
): Array<KeyHelp<Command>> {
	const bindings = keymap.filter(binding => binding.scopes.some(scope => scopes.includes(scope)));
	const named = new Set(bindings.flatMap(binding => binding.keys.filter(sequence => !sequence.includes(' ') && !sequence.startsWith('<'))));
	return bindings
		.filter(binding => keep(binding) && include(binding.command))
		.map(binding => ({command: binding.command, keys: binding.keys.map(sequence => formatKeys(sequence, slots, named)), description: binding.description}));
}

/** The help: one row per binding read in any of `scopes`, in the keymap's order. */
export function describeKeys<Command extends string, Scope extends string>(
	keymap: Keymap<Command, Scope>,
	scopes: readonly Scope[],
	options: DescribeOptions<Command> = {},
): Array<KeyHelp<Command>> {
	return helpRows(keymap, scopes, options, () => true);
}

export type KeyHint = {
	/** The keys, as people write them, `/` between: `Enter/→/PgDn`. */
	readonly keys: string;
	readonly description: string;
};

/**
The key hints of one scope, from the same rows as the help: bindings that
say the same thing share one hint (`1–4/A–D answer at once`), and `unhinted`
ones are left out.
*/
export function keyHints<Command extends string, Scope extends string>(
	keymap: Keymap<Command, Scope>,
	scope: Scope,
	options: DescribeOptions<Command> = {},
): KeyHint[] {
	const hints: Array<{keys: string[]; description: string}> = [];
	for (const {keys, description} of helpRows(keymap, [scope], options, binding => !binding.unhinted)) {
		const same = hints.find(hint => hint.description === description);
		if (same) {
			same.keys.push(...keys.filter(key => !same.keys.includes(key)));
		} else {
			hints.push({keys: [...keys], description});
		}
	}

	return hints.map(({keys, description}) => ({keys: keys.join('/'), description}));
}

/** The keys of a command as people write them, from its first binding: `q`, `Ctrl+C` for `quit`. */
export function keysOf<Command extends string, Scope extends string>(keymap: Keymap<Command, Scope>, command: Command): readonly string[] {
	return keymap.find(binding => binding.command === command)?.keys.map(sequence => formatKeys(sequence)) ?? [];
}
