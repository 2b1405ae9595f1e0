/**
Every key of the room quiz, as data: which command a key means on each
screen. The screen reducer reads keys only through here and the on-screen
hints are generated from the same list, so they cannot drift apart. Key
tokens come from the slideshow's `toKeyTokens`.
*/
import {fieldForKey, type CountField} from '../room/fields.js';
import type {KeyToken} from './key-tokens.js';
import {formatKeys} from './keymap.js';

/**
- `asking`: a question, its answer hidden;
- `counting`: a count being typed (`A 7`, before Enter);
- `revealed`: the answer is out;
- `slide`: the slide behind a question, over it.
*/
export type RoomScope = 'intro' | 'asking' | 'counting' | 'revealed' | 'slide' | 'summary';

export type RoomKeyCommand =
	| 'start'
	| 'advance'
	| 'previous'
	| 'end'
	| 'count'
	| 'next-field'
	| 'previous-field'
	| 'digit'
	| 'erase'
	| 'commit'
	| 'cancel'
	| 'view-slide'
	| 'more'
	| 'close'
	| 'line-down'
	| 'line-up'
	| 'page-down'
	| 'page-up'
	| 'quit'
	| 'interrupt';

export type RoomBinding = {
	readonly command: RoomKeyCommand;
	/**
	Tokens from `toKeyTokens` (and `shift+tab`); `<digit>` is 0–9, `<field>` a
	letter (either case) or `#` naming a count, `<any>` any other key.
	*/
	readonly keys: readonly string[];
	readonly description: string;
	readonly scopes: readonly RoomScope[];
};

const question: readonly RoomScope[] = ['asking', 'counting', 'revealed'];
const all: readonly RoomScope[] = ['intro', ...question, 'slide', 'summary'];

/** What the scroll bindings say; they are hinted only when there is something to scroll. */
export const scrollDescription = 'scroll';

export const roomKeymap: readonly RoomBinding[] = [
	{command: 'interrupt', keys: ['ctrl+c'], description: 'leave at once', scopes: all},
	{command: 'start', keys: ['enter', 'space', 'right', 'pagedown'], description: 'start', scopes: ['intro']},
	// A clicker sends → or PgDn: one button walks the whole quiz, reveal by reveal.
	{command: 'advance', keys: ['space', 'right', 'pagedown'], description: 'reveal the answer', scopes: ['asking', 'counting']},
	{command: 'advance', keys: ['space', 'enter', 'right', 'pagedown'], description: 'next question', scopes: ['revealed']},
	{command: 'digit', keys: ['<digit>'], description: 'hands', scopes: ['counting']},
	{command: 'erase', keys: ['backspace'], description: 'erase', scopes: ['counting']},
	{command: 'commit', keys: ['enter'], description: 'done', scopes: ['counting']},
	{command: 'cancel', keys: ['escape'], description: 'cancel', scopes: ['counting']},
	{command: 'previous', keys: ['left', 'pageup'], description: 'previous question', scopes: question},
	{command: 'previous', keys: ['left', 'backspace'], description: 'back to the questions', scopes: ['summary']},
	{command: 'next-field', keys: ['tab'], description: 'from count to count', scopes: question},
	{command: 'previous-field', keys: ['shift+tab'], description: 'from count to count', scopes: question},
	{command: 'view-slide', keys: ['v'], description: 'open the slide', scopes: ['revealed']},
	{command: 'end', keys: ['q'], description: 'summary', scopes: question},
	{command: 'line-down', keys: ['down'], description: scrollDescription, scopes: ['asking', 'revealed', 'summary']},
	{command: 'line-up', keys: ['up'], description: scrollDescription, scopes: ['asking', 'revealed', 'summary']},
	{command: 'page-down', keys: ['pagedown'], description: scrollDescription, scopes: ['summary']},
	{command: 'page-up', keys: ['pageup'], description: scrollDescription, scopes: ['summary']},
	{command: 'more', keys: ['down', 'pagedown'], description: 'more of the slide', scopes: ['slide']},
	{command: 'close', keys: ['<any>'], description: 'back to the question', scopes: ['slide']},
	{command: 'quit', keys: ['q', 'escape'], description: 'finish', scopes: ['intro', 'summary']},
	// Last, so a named key above wins: an option whose letter is a key here (q, v) is typed with Shift (Q, V), or reached with Tab, as is one past Z.
	{command: 'count', keys: ['<field>'], description: 'then a number: hands for it', scopes: question},
];

/**
The keys of a presenter console following a room quiz: the room screen's,
sent to the room, except that `q` and `Ctrl+C` leave the console (the quiz
goes on), and the summary and a slide's pages are the room screen's own.
*/
export const consoleRoomKeymap: readonly RoomBinding[] = [
	...roomKeymap.filter(binding => !['quit', 'interrupt', 'end', 'more', 'count'].includes(binding.command)),
	{command: 'quit', keys: ['q', 'ctrl+c'], description: 'quit the console', scopes: all},
	// Last, as on the room screen: `q` and `v` name options only with Shift.
	...roomKeymap.filter(binding => binding.command === 'count'),
];

/** The commands that scroll a screen's body. */
export const scrollCommands: ReadonlySet<RoomKeyCommand> = new Set(['line-down', 'line-up', 'page-down', 'page-up']);

export type RoomKey = {
	readonly command: RoomKeyCommand;
	/** The field a `count` names. */
	readonly field?: number;
	/** The digit a `digit` types. */
	readonly digit?: number;
};

/** The command one key means in a scope, given the question's count fields. Bindings are tried in order. */
export function readRoomKey(token: KeyToken, scope: RoomScope, fields: readonly CountField[] = [], keymap = roomKeymap): RoomKey | undefined {
	for (const binding of keymap) {
		if (!binding.scopes.includes(scope)) {
			continue;
		}

		for (const part of binding.keys) {
			if (part === token || part === '<any>') {
				return {command: binding.command};
			}

			if (part === '<digit>' && /^\d$/.test(token)) {
				return {command: binding.command, digit: Number(token)};
			}

			const field = part === '<field>' ? fieldForKey(fields, token) : undefined;
			if (field !== undefined) {
				return {command: binding.command, field};
			}
		}
	}

	return undefined;
}

export type RoomHint = {
	readonly keys: string;
	readonly description: string;
};

/** `A–D`, `A–D #`: the field keys of a question as hinted. */
const fieldKeys = (fields: readonly CountField[]): string => {
	const letters = fields.filter(field => field.kind !== 'people').map(field => field.label).filter(label => label.length === 1);
	const range = letters.length > 1 ? `${letters[0]}–${letters.at(-1)}` : letters[0] ?? '';
	return fields.some(field => field.kind === 'people') ? `${range}/#` : range;
};

/**
The hints for a scope, straight from the keymap; bindings with the same
description share a hint. Ctrl+C is left out: it is a way out, not a step.
*/
export function roomHints(scope: RoomScope, fields: readonly CountField[], include: (command: RoomKeyCommand) => boolean = () => true, keymap = roomKeymap): RoomHint[] {
	const labels: Readonly<Record<string, string>> = {'<digit>': '0–9', '<field>': fieldKeys(fields), '<any>': 'any key', 'shift+tab': 'Shift+Tab'};
	const hints: Array<{keys: string[]; description: string}> = [];
	for (const binding of keymap) {
		if (!binding.scopes.includes(scope) || binding.command === 'interrupt' || !include(binding.command)) {
			continue;
		}

		const keys = binding.keys.map(part => labels[part] ?? formatKeys(part));
		const same = hints.find(hint => hint.description === binding.description);
		if (same) {
			same.keys.push(...keys.filter(key => !same.keys.includes(key)));
		} else {
			hints.push({keys, description: binding.description});
		}
	}

	return hints.map(({keys, description}) => ({keys: keys.join('/'), description}));
}
