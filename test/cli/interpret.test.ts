import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {findUnknownFlags, flagSpecs, interpret} from '../../source/cli/interpret.js';
import type {Command} from '../../source/cli/interpret.js';

/**
Runs argv through meow exactly as cli.tsx sets it up (but with help and
version off, which would exit the process), then through `interpret`.
*/
function interpretArgs(argv: string[], env: Record<string, string | undefined> = {}): Command {
	const cli = meow('', {
		importMeta: import.meta,
		argv,
		allowUnknownFlags: true,
		autoHelp: false,
		autoVersion: false,
		flags: Object.fromEntries(Object.entries(flagSpecs).map(([name, spec]) => [name, 'default' in spec ? {type: spec.type, default: spec.default} : {type: spec.type}])),
	});
	return interpret({input: cli.input, flags: cli.flags, argv, env});
}

const usageError = (message: string | RegExp) => ({kind: 'usage-error', message: typeof message === 'string' ? message : expect.stringMatching(message), hint: expect.any(String)});

describe('commands', () => {
	it('no arguments: play the bundled deck with the defaults', () => {
		expect(interpretArgs([])).toEqual({kind: 'play', offerQuiz: true, theme: 'dark', color: true, screenReader: false});
	});

	it.each([['print', ''], ['', ''], ['check', 'a.md', ''], ['quiz', ''], ['scores', '']])('an empty deck path is a usage error: %j', (...argv) => {
		expect(interpretArgs(argv)).toEqual(usageError('a deck path cannot be empty'));
	});

	it('a deck argument: play that deck', () => {
		expect(interpretArgs(['talk.md', '--slide', 'why-now', '--no-quiz', '--theme', 'light', '--screen-reader'])).toEqual({
			kind: 'play',
			deck: 'talk.md',
			slide: 'why-now',
			offerQuiz: false,
			theme: 'light',
			color: true,
			screenReader: true,
		});
	});

	it('check: every deck named, with --json and --coverage', () => {
		expect(interpretArgs(['check', 'a.md', 'b.md'])).toEqual({kind: 'check', decks: ['a.md', 'b.md'], json: false, coverage: false});
		expect(interpretArgs(['check', '--json', '--coverage', 'a.md'])).toEqual({kind: 'check', decks: ['a.md'], json: true, coverage: true});
	});

	it('check needs a deck', () => {
		expect(interpretArgs(['check'])).toEqual(usageError('`check` needs at least one deck file'));
	});

	it('print: one optional deck, with --notes and --answers', () => {
		expect(interpretArgs(['print'])).toEqual({kind: 'print', notes: false, answers: false, color: true});
		expect(interpretArgs(['print', '--notes', '--answers', 'talk.md'])).toEqual({kind: 'print', deck: 'talk.md', notes: true, answers: true, color: true});
		expect(interpretArgs(['print', 'a.md', 'b.md'])).toEqual(usageError('`print` takes one deck'));
	});

	it('decks: takes no arguments', () => {
		expect(interpretArgs(['decks'])).toEqual({kind: 'decks'});
		expect(interpretArgs(['decks', 'extra'])).toEqual(usageError('`decks` takes no arguments'));
	});

	it('an unknown command with more arguments is named as such', () => {
		expect(interpretArgs(['frobnicate', 'talk.md'])).toEqual(usageError('unknown command `frobnicate`'));
		const error = interpretArgs(['frobnicate', 'talk.md']);
		expect(error.kind === 'usage-error' ? error.hint : '').toContain('check, print, decks');
	});
});

describe('unknown flags', () => {
	it('are a usage error naming the flag', () => {
		expect(interpretArgs(['--bogus'])).toEqual(usageError('unknown flag --bogus'));
		expect(interpretArgs(['check', 'a.md', '--jsno'])).toEqual(usageError('unknown flag --jsno'));
		expect(interpretArgs(['--colour=red', '-x'])).toEqual(usageError('unknown flags --colour, -x'));
	});

	it('point to --help', () => {
		expect(interpretArgs(['--bogus'])).toMatchObject({hint: 'run `briefing-deck --help` for usage'});
	});

	it('are found by findUnknownFlags, which knows the kebab-case and negated forms and stops at `--`', () => {
		expect(findUnknownFlags(['--screen-reader', '--no-color', '--no-quiz', '--theme=light', '--help', '--version', 'deck.md', '-'])).toEqual([]);
		expect(findUnknownFlags(['--screenReader', '--no-colour', '--theme=light', '--frob=1'])).toEqual(['--screenReader', '--no-colour', '--frob']);
		expect(findUnknownFlags(['--', '--not-a-flag.md'])).toEqual([]);
	});
});

describe('flags for another command', () => {
	it.each([
		[['print', '--json'], '--json does not apply to `print`'],
		[['check', 'a.md', '--notes'], '--notes does not apply to `check`'],
		[['check', 'a.md', '--theme', 'light'], '--theme does not apply to `check`'],
		[['print', '--slide', '3'], '--slide does not apply to `print`'],
		[['decks', '--no-color'], '--color does not apply to `decks`'],
		[['talk.md', '--coverage'], '--coverage does not apply to the slideshow'],
		[['talk.md', '--answers'], '--answers does not apply to the slideshow'],
	])('%j is a usage error', (argv, message) => {
		expect(interpretArgs(argv)).toEqual(usageError(message));
	});
});

describe('colour', () => {
	it('--no-color turns colour off', () => {
		expect(interpretArgs(['--no-color'])).toMatchObject({kind: 'play', color: false});
		expect(interpretArgs(['print', '--no-color'])).toMatchObject({kind: 'print', color: false});
	});

	it('NO_COLOR turns colour off when set to anything but the empty string', () => {
		expect(interpretArgs([], {NO_COLOR: '1'})).toMatchObject({color: false});
		expect(interpretArgs(['print'], {NO_COLOR: 'yes'})).toMatchObject({color: false});
		expect(interpretArgs([], {NO_COLOR: ''})).toMatchObject({color: true});
		expect(interpretArgs([], {NO_COLOR: undefined})).toMatchObject({color: true});
	});
});

describe('--theme', () => {
	it('accepts dark and light, defaulting to dark', () => {
		expect(interpretArgs(['--theme', 'light'])).toMatchObject({theme: 'light'});
		expect(interpretArgs(['--theme=dark'])).toMatchObject({theme: 'dark'});
		expect(interpretArgs([])).toMatchObject({theme: 'dark'});
	});

	it('rejects anything else, naming the value', () => {
		expect(interpretArgs(['--theme', 'solarized'])).toEqual(usageError('--theme must be dark or light, not `solarized`'));
		expect(interpretArgs(['--theme', 'Dark'])).toEqual(usageError(/^--theme must be dark or light/));
		expect(interpretArgs(['--theme'])).toEqual(usageError(/^--theme must be dark or light/));
	});
});

describe('the score store directory', () => {
	it('comes from --store', () => {
		expect(interpretArgs(['--store', '/tmp/scores'])).toMatchObject({kind: 'play', store: '/tmp/scores'});
	});

	it('else from BRIEFING_DECK_STORE', () => {
		expect(interpretArgs([], {BRIEFING_DECK_STORE: '/var/scores'})).toMatchObject({store: '/var/scores'});
	});

	it('--store wins over BRIEFING_DECK_STORE', () => {
		expect(interpretArgs(['--store', '/tmp/a'], {BRIEFING_DECK_STORE: '/tmp/b'})).toMatchObject({store: '/tmp/a'});
	});

	it('is left out when neither is given, or the variable is empty', () => {
		expect(interpretArgs([])).not.toHaveProperty('store');
		expect(interpretArgs([], {BRIEFING_DECK_STORE: ''})).not.toHaveProperty('store');
	});

	it('does not apply to check or print', () => {
		expect(interpretArgs(['check', 'a.md', '--store', '/tmp/a'])).toEqual(usageError('--store does not apply to `check`'));
	});
});

describe('screen reader', () => {
	it('is on with --screen-reader or INK_SCREEN_READER=true', () => {
		expect(interpretArgs(['--screen-reader'])).toMatchObject({screenReader: true});
		expect(interpretArgs([], {INK_SCREEN_READER: 'true'})).toMatchObject({screenReader: true});
		expect(interpretArgs([], {INK_SCREEN_READER: 'false'})).toMatchObject({screenReader: false});
	});
});
