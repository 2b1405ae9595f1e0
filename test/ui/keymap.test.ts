import {describe, expect, it} from 'vitest';
import {type KeyFlags, type KeyToken, toKeyTokens} from '../../source/core/keys/key-tokens.js';
import {describeKeys, formatKeys, type Keymap, keyHints, keysOf, readKey, type Slots} from '../../source/core/keys/keymap.js';
import {type SlideshowCommand, slideshowKeys, type SlideshowScope} from '../../source/core/keys/slideshow-keys.js';

/** Reads tokens one after another, as the reducer does, and lists the commands. */
const commandsOf = (tokens: readonly KeyToken[], scope: SlideshowScope = 'slides'): Array<[SlideshowCommand, number | undefined]> => {
	const commands: Array<[SlideshowCommand, number | undefined]> = [];
	let pending: readonly KeyToken[] = [];
	for (const token of tokens) {
		const result = readKey(slideshowKeys, scope, token, {pending});
		pending = result.pending;
		if (result.command !== undefined) {
			commands.push([result.command, result.value]);
		}
	}

	return commands;
};

const single = (token: KeyToken, scope: SlideshowScope = 'slides'): SlideshowCommand | undefined => readKey(slideshowKeys, scope, token).command;

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
		['', {tab: true}, ['tab']],
		['', {tab: true, shift: true}, ['shift+tab']],
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

describe('the slideshow keys', () => {
	it.each<[KeyToken, SlideshowCommand]>([
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
		expect(readKey(slideshowKeys, 'slides', 'g')).toEqual({pending: ['g']});
	});

	it('reads digits then Enter or G as a jump', () => {
		expect(commandsOf(['1', '2', 'enter'])).toEqual([['goto', 12]]);
		expect(commandsOf(['3', 'G'])).toEqual([['goto', 3]]);
		expect(readKey(slideshowKeys, 'slides', '2', {pending: ['4']})).toEqual({pending: ['4', '2']});
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
		const rows = describeKeys(slideshowKeys, ['slides', 'end', 'help', 'overview', 'console']);
		expect(rows.map(row => row.command)).toEqual(slideshowKeys.map(binding => binding.command));
		expect(rows.find(row => row.command === 'next')?.keys).toEqual(['→', '↓', 'Space', 'Enter', 'PgDn', 'l', 'j']);
		expect(rows.find(row => row.command === 'goto')?.keys).toEqual(['<n> Enter', '<n> G']);
	});

	it('never writes two different keys the same way (`<n>` for a number, `N` for the key N)', () => {
		const tokens = new Set(slideshowKeys.flatMap(binding => binding.keys.flatMap(sequence => sequence.split(' '))));
		const labels = new Map<string, string>();
		for (const token of tokens) {
			const label = formatKeys(token);
			expect(labels.get(label), `${token} and ${labels.get(label)} are both written ${label}`).toBeUndefined();
			labels.set(label, token);
		}
	});

	it('lists only the bindings of the scopes asked for', () => {
		const consoleRows = describeKeys(slideshowKeys, ['console']).map(row => row.command);
		expect(consoleRows).toContain('timer');
		expect(consoleRows).not.toContain('search');
		expect(consoleRows).not.toContain('overview-up');
	});

	it('leaves out commands that do not apply', () => {
		expect(describeKeys(slideshowKeys, ['slides'], {include: command => command !== 'resume'}).some(row => row.command === 'resume')).toBe(false);
	});

	it('formats key sequences', () => {
		expect(formatKeys('g g')).toBe('g g');
		expect(formatKeys('ctrl+c')).toBe('Ctrl+C');
	});
});

describe('the keymap engine', () => {
	type Scope = 'list' | 'other';
	type Command = 'pick' | 'down' | 'quit' | 'anything' | 'back' | 'forward' | 'leave';
	/** Deliberately listed with the placeholders first: the rule, not the order, makes `j` move. */
	const keys: Keymap<Command, Scope> = [
		{command: 'pick', keys: ['<letter>'], description: 'choose', scopes: ['list']},
		{command: 'anything', keys: ['<any>'], description: 'anything else', scopes: ['list']},
		{command: 'down', keys: ['down', 'j'], description: 'move', scopes: ['list']},
		{command: 'quit', keys: ['q'], description: 'quit', scopes: ['list', 'other']},
		{command: 'leave', keys: ['ctrl+c'], description: 'leave', scopes: ['list'], unhinted: true},
		{command: 'back', keys: ['shift+tab'], description: 'round', scopes: ['list']},
		{command: 'forward', keys: ['tab', 'down'], description: 'round', scopes: ['list', 'other']},
	];
	const letters: Slots = {
		'<letter>': {
			read: token => (/^[a-c]$/i.test(token) ? 'abc'.indexOf(token.toLowerCase()) : undefined),
			label: named => ['A–C', ...[...'abc'].filter(letter => named.has(letter)).map(letter => `Shift+${letter.toUpperCase()}`)].join('/'),
		},
	};
	const read = (token: KeyToken, scope: Scope = 'list') => readKey(keys, scope, token, {slots: letters});

	it('lets a named key win over a placeholder listed before it', () => {
		expect(read('j')).toEqual({pending: [], command: 'down'});
		expect(read('J')).toEqual({pending: [], command: 'anything'});
		expect(read('q')).toEqual({pending: [], command: 'quit'});
	});

	it('tries placeholders in order, so a slot that reads the key comes before `<any>`', () => {
		expect(read('B')).toEqual({pending: [], command: 'pick', value: 1});
		expect(read('x')).toEqual({pending: [], command: 'anything'});
	});

	it('reads only the bindings of the scope', () => {
		expect(read('x', 'other')).toEqual({pending: []});
		expect(read('q', 'other').command).toBe('quit');
	});

	it('reads Shift+Tab as itself where it is bound, and as Tab where it is not', () => {
		expect(read('shift+tab').command).toBe('back');
		expect(read('shift+tab', 'other').command).toBe('forward');
	});

	it('writes hints from the same bindings: one per description, keys not repeated, unhinted ones left out', () => {
		expect(keyHints(keys, 'list', {slots: letters})).toEqual([
			{keys: 'A–C', description: 'choose'},
			{keys: 'any key', description: 'anything else'},
			{keys: '↓/j', description: 'move'},
			{keys: 'q', description: 'quit'},
			{keys: 'Shift+Tab/Tab/↓', description: 'round'},
		]);
		expect(keyHints(keys, 'list', {include: command => command !== 'quit'}).map(hint => hint.description)).not.toContain('quit');
	});

	it('hands a slot the keys its scope names, for it to say which it cannot take', () => {
		const named: Keymap<Command, Scope> = [...keys, {command: 'quit', keys: ['b'], description: 'quit', scopes: ['list']}];
		expect(keyHints(named, 'list', {slots: letters})[0]).toEqual({keys: 'A–C/Shift+B', description: 'choose'});
		expect(describeKeys(named, ['list'], {slots: letters})[0]?.keys).toEqual(['A–C/Shift+B']);
	});

	it('names the keys of a command from its first binding', () => {
		expect(keysOf(keys, 'forward')).toEqual(['Tab', '↓']);
		expect(keysOf(slideshowKeys, 'quit')).toEqual(['q', 'Ctrl+C']);
	});
});
