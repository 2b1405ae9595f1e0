import {describe, expect, it} from 'vitest';
import {
	type Command,
	describeKeys,
	formatKeys,
	type KeyFlags,
	type KeyToken,
	keymap,
	readKey,
	type Scope,
	toKeyTokens,
} from '../../source/core/keys/keymap.js';

/** Reads tokens one after another, as the reducer does, and lists the commands. */
const commandsOf = (tokens: readonly KeyToken[], scope: Scope = 'slides'): Array<[Command, number | undefined]> => {
	const commands: Array<[Command, number | undefined]> = [];
	let pending: readonly KeyToken[] = [];
	for (const token of tokens) {
		const result = readKey(pending, token, scope);
		pending = result.pending;
		if (result.command !== undefined) {
			commands.push([result.command, result.count]);
		}
	}

	return commands;
};

const single = (token: KeyToken, scope: Scope = 'slides'): Command | undefined => readKey([], token, scope).command;

describe('toKeyTokens', () => {
	it.each<[string, KeyFlags, KeyToken[]]>([
		['', {downArrow: true}, ['down']],
		['', {upArrow: true}, ['up']],
		['', {leftArrow: true}, ['left']],
		['', {rightArrow: true}, ['right']],
		['', {pageDown: true}, ['pagedown']],
		['', {pageUp: true}, ['pageup']],
		['', {home: true}, ['home']],
		['', {end: true}, ['end']],
		['', {return: true}, ['enter']],
		['', {escape: true, meta: true}, ['escape']],
		['', {backspace: true}, ['backspace']],
		// DEL, which most terminals send for Backspace, reaches Ink as `delete`.
		['', {delete: true}, ['backspace']],
		['c', {ctrl: true}, ['ctrl+c']],
		[' ', {}, ['space']],
		['G', {}, ['G']],
		['?', {}, ['?']],
		['x', {meta: true}, []],
	])('reads %j %j as %j', (input, key, tokens) => {
		expect(toKeyTokens(input, key)).toEqual(tokens);
	});

	it('splits characters that arrived in one chunk', () => {
		expect(toKeyTokens('lll', {})).toEqual(['l', 'l', 'l']);
		expect(toKeyTokens('12\r', {})).toEqual(['1', '2', 'enter']);
		expect(toKeyTokens('a \u007F\u0003', {})).toEqual(['a', 'space', 'backspace', 'ctrl+c']);
	});

	it('drops control characters that are no key', () => {
		expect(toKeyTokens('a\u0007b', {})).toEqual(['a', 'b']);
	});
});

describe('readKey', () => {
	it.each<[KeyToken, Command]>([
		['right', 'next'],
		['down', 'next'],
		['space', 'next'],
		['enter', 'next'],
		['pagedown', 'next'],
		['l', 'next'],
		['j', 'next'],
		['left', 'previous'],
		['up', 'previous'],
		['backspace', 'previous'],
		['pageup', 'previous'],
		['h', 'previous'],
		['k', 'previous'],
		['home', 'first'],
		['G', 'last'],
		['end', 'last'],
		['o', 'overview'],
		['/', 'search'],
		['n', 'search-next'],
		['N', 'search-previous'],
		['b', 'blackout'],
		['.', 'blackout'],
		['s', 'reveal'],
		['f', 'footer'],
		['?', 'help'],
		['escape', 'close'],
		['q', 'quit'],
		['ctrl+c', 'quit'],
		['r', 'resume'],
	])('maps %s to %s on a slide', (token, command) => {
		expect(single(token)).toBe(command);
	});

	it('reads g g as first, and a lone g followed by another key as that key', () => {
		expect(commandsOf(['g', 'g'])).toEqual([['first', undefined]]);
		expect(commandsOf(['g', 'j'])).toEqual([['next', undefined]]);
		expect(readKey([], 'g', 'slides')).toEqual({pending: ['g']});
	});

	it('reads digits then Enter or G as a jump', () => {
		expect(commandsOf(['1', '2', 'enter'])).toEqual([['goto', 12]]);
		expect(commandsOf(['3', 'G'])).toEqual([['goto', 3]]);
		expect(readKey(['4'], '2', 'slides')).toEqual({pending: ['4', '2']});
	});

	it('drops typed digits on another key and reads that key', () => {
		expect(commandsOf(['4', 'escape'])).toEqual([['close', undefined]]);
		expect(commandsOf(['4', 'l'])).toEqual([['next', undefined]]);
	});

	it('starts the quiz with Enter on the end screen, where nothing goes next', () => {
		expect(single('enter', 'end')).toBe('start-quiz');
		// Clickers send PgDn, Space or →: the click after the last slide starts the quiz too.
		expect(single('space', 'end')).toBe('start-quiz');
		expect(single('pagedown', 'end')).toBe('start-quiz');
		expect(single('right', 'end')).toBe('start-quiz');
		expect(single('left', 'end')).toBe('previous');
	});

	it('reads only closing and paging keys in overlays', () => {
		expect(single('escape', 'help')).toBe('close');
		expect(single('?', 'help')).toBe('help');
		expect(single('j', 'help')).toBe('next');
		expect(single('pageup', 'help')).toBe('previous');
		expect(single('o', 'help')).toBeUndefined();
		expect(single('o', 'overview')).toBe('overview');
		expect(single('enter', 'overview')).toBe('overview-open');
		expect(single('j', 'overview')).toBe('overview-down');
		expect(single('q', 'overview')).toBe('quit');
	});
});

describe('describeKeys', () => {
	it('lists every binding of the keymap with its keys as people write them', () => {
		const rows = describeKeys();
		expect(rows.map(row => row.command)).toEqual(keymap.map(binding => binding.command));
		expect(rows.find(row => row.command === 'next')?.keys).toEqual(['→', '↓', 'Space', 'Enter', 'PgDn', 'l', 'j']);
		expect(rows.find(row => row.command === 'goto')?.keys).toEqual(['<n> Enter', '<n> G']);
	});

	it('never writes two different keys the same way (`<n>` for a number, `N` for the key N)', () => {
		const tokens = new Set(keymap.flatMap(binding => binding.keys.flatMap(sequence => sequence.split(' '))));
		const labels = new Map<string, string>();
		for (const token of tokens) {
			const label = formatKeys(token);
			expect(labels.get(label), `${token} and ${labels.get(label)} are both written ${label}`).toBeUndefined();
			labels.set(label, token);
		}
	});

	it('lists only the bindings of the scopes asked for', () => {
		const consoleRows = describeKeys(undefined, ['console']).map(row => row.command);
		expect(consoleRows).toContain('timer');
		expect(consoleRows).not.toContain('search');
		expect(consoleRows).not.toContain('overview-up');
	});

	it('leaves out commands that do not apply', () => {
		expect(describeKeys(command => command !== 'resume').some(row => row.command === 'resume')).toBe(false);
	});

	it('formats key sequences', () => {
		expect(formatKeys('g g')).toBe('g g');
		expect(formatKeys('ctrl+c')).toBe('Ctrl+C');
	});
});
