import meow from 'meow';
import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/commands/shared/command.js';
import {flagSpecs} from '../../source/commands/shared/flags.js';
import {interpret} from '../../source/commands/shared/interpret.js';
import {findUnknownFlags} from '../../source/commands/shared/unknown-flags.js';

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
		expect(interpretArgs([])).toEqual({kind: 'play', offerQuiz: true, theme: 'dark', color: true, screenReader: false, room: {save: false}});
	});

	it('--present: a presented show from the start; --countdown and --save-room for the room quiz it ends with', () => {
		expect(interpretArgs(['talk.md', '--present', '--countdown', '30', '--save-room'])).toEqual({
			kind: 'play', deck: 'talk.md', offerQuiz: true, theme: 'dark', color: true, screenReader: false, present: true, room: {countdownMs: 30_000, save: true},
		});
		expect(interpretArgs(['talk.md', '--countdown', '0'])).toEqual(usageError(/^--countdown takes whole seconds from 1 to 3600/));
		expect(interpretArgs(['quiz', '--present'])).toEqual(usageError('--present does not apply to `quiz`'));
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
			room: {save: false},
		});
	});

	it('check: every deck named, with --json and --coverage', () => {
		expect(interpretArgs(['check', 'a.md', 'b.md'])).toEqual({kind: 'check', decks: ['a.md', 'b.md'], json: false, coverage: false});
		expect(interpretArgs(['check', '--json', '--coverage', 'a.md'])).toEqual({kind: 'check', decks: ['a.md'], json: true, coverage: true});
		expect(interpretArgs(['check', '--width', '100', 'a.md'])).toEqual({kind: 'check', decks: ['a.md'], json: false, coverage: false, width: 100});
		expect(interpretArgs(['check', '--width', '20', 'a.md'])).toEqual(usageError('--width must be a whole number of columns, at least 40, not `20`'));
		expect(interpretArgs(['check', '--width=wide', 'a.md'])).toEqual(usageError(/^--width must be a whole number/));
		expect(interpretArgs(['talk.md', '--width', '80'])).toEqual(usageError('--width does not apply to the slideshow'));
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

	it('hints at the flag that was typed, with the deck that was named', () => {
		expect(interpretArgs(['quiz', 'my talk.md', '--save-room'])).toMatchObject({hint: '--save-room keeps a room quiz\'s record: `briefing-deck quiz \'my talk.md\' --room --save-room`'});
		expect(interpretArgs(['quiz', '--countdown', '30'])).toMatchObject({hint: 'for example `briefing-deck quiz --room --countdown 30`'});
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

	it('does not apply to print', () => {
		expect(interpretArgs(['print', 'a.md', '--store', '/tmp/a'])).toEqual(usageError('--store does not apply to `print`'));
	});

	it('names the store `check` looks in for another deck file with the same id', () => {
		expect(interpretArgs(['check', 'a.md', '--store', '/tmp/a'])).toMatchObject({kind: 'check', store: '/tmp/a'});
	});
});

describe('screen reader', () => {
	it('is on with --screen-reader or INK_SCREEN_READER=true', () => {
		expect(interpretArgs(['--screen-reader'])).toMatchObject({screenReader: true});
		expect(interpretArgs([], {INK_SCREEN_READER: 'true'})).toMatchObject({screenReader: true});
		expect(interpretArgs([], {INK_SCREEN_READER: 'false'})).toMatchObject({screenReader: false});
	});
});

describe('quiz --room', () => {
	it('turns the quiz into the room quiz; no countdown and nothing kept by default', () => {
		expect(interpretArgs(['quiz', '--room', 'talk.md'])).toMatchObject({kind: 'quiz', deck: 'talk.md', room: {save: false}});
		expect(interpretArgs(['quiz', '--room'])).not.toHaveProperty('room.countdownMs');
		expect(interpretArgs(['quiz'])).not.toHaveProperty('room');
	});

	it('takes --countdown in whole seconds and --save-room', () => {
		expect(interpretArgs(['quiz', '--room', '--countdown', '30', '--save-room', '--seed', '4'])).toMatchObject({kind: 'quiz', seed: 4, room: {countdownMs: 30_000, save: true}});
		expect(interpretArgs(['quiz', '--room', '--countdown=3600'])).toMatchObject({room: {countdownMs: 3_600_000}});
	});

	it.each([
		[['quiz', '--room', '--countdown', '0'], /^--countdown takes whole seconds from 1 to 3600, not `0`$/],
		[['quiz', '--room', '--countdown', '2.5'], /not `2\.5`/],
		[['quiz', '--room', '--countdown', 'soon'], /not `soon`/],
		[['quiz', '--room', '--countdown', '3601'], /not `3601`/],
		[['quiz', '--countdown', '30'], /^--countdown works only with --room$/],
		[['quiz', '--save-room'], /^--save-room works only with --room$/],
		[['--room'], /^--room does not apply to the slideshow$/],
		[['scores', '--save-room'], /^--save-room does not apply to `scores`$/],
	])('%j is a usage error', (argv, message) => {
		expect(interpretArgs(argv)).toEqual(usageError(message));
	});
});

describe('--serve: the room answers from its phones', () => {
	it('quiz --room --serve listens on the private-network addresses, on a free port, unless told', () => {
		expect(interpretArgs(['quiz', '--room', '--serve'])).toMatchObject({kind: 'quiz', room: {save: false, serve: {}}});
		expect(interpretArgs(['quiz', '--room', '--serve', '--host', '192.168.1.20', '--port', '8123'])).toMatchObject({room: {serve: {host: '192.168.1.20', port: 8123}}});
		expect(interpretArgs(['quiz', '--room', '--serve', '--host=fd12::5', '--port=0'])).toMatchObject({room: {serve: {host: 'fd12::5', port: 0}}});
		expect(interpretArgs(['quiz', '--room', '--serve', '--port', '65535'])).toMatchObject({room: {serve: {port: 65_535}}});
		expect(interpretArgs(['quiz', '--room'])).not.toHaveProperty('room.serve');
	});

	it('a presented show serves the room quiz it ends with', () => {
		expect(interpretArgs(['talk.md', '--present', '--serve', '--port', '9000', '--countdown', '20'])).toMatchObject({
			kind: 'play', present: true, room: {countdownMs: 20_000, save: false, serve: {port: 9000}},
		});
		expect(interpretArgs(['talk.md', '--present'])).not.toHaveProperty('room.serve');
	});

	it.each([
		[['quiz', '--serve'], /^--serve works only with --room$/],
		[['talk.md', '--serve'], /^--serve works only with --present \(or quiz --room\)$/],
		[['quiz', '--room', '--host', '192.168.1.20'], /^--host works only with --serve$/],
		[['quiz', '--port', '8123'], /^--port works only with --serve$/],
		[['talk.md', '--present', '--port', '8123'], /^--port works only with --serve$/],
		[['quiz', '--room', '--serve', '--port', '65536'], /^--port takes a port from 0 to 65535, not `65536`$/],
		[['quiz', '--room', '--serve', '--port=-1'], /^--port takes a port from 0 to 65535/],
		[['quiz', '--room', '--serve', '--port', 'http'], /not `http`$/],
		[['quiz', '--room', '--serve', '--port', '80.5'], /not `80\.5`$/],
		[['quiz', '--room', '--serve', '--host', 'example.com'], /^--host takes an IP address of this machine, not `example\.com`$/],
		[['scores', '--serve'], /^--serve does not apply to `scores`$/],
		[['presenter', '--serve'], /^--serve does not apply to `presenter`$/],
	])('%j is a usage error', (argv, message) => {
		expect(interpretArgs(argv)).toEqual(usageError(message));
	});
});

describe('presenting on the command line', () => {
	it('presenter [deck]: the console, following a slideshow', () => {
		expect(interpretArgs(['presenter', 'talk.md'])).toEqual({kind: 'presenter', deck: 'talk.md', solo: false, paceFromRehearsal: false, theme: 'dark', color: true, screenReader: false});
	});

	it('presenter --solo --pace-from-rehearsal with the screen options and a store', () => {
		expect(interpretArgs(['presenter', '--solo', '--pace-from-rehearsal', '--theme', 'light', '--no-color', '--store', '/s'])).toEqual({
			kind: 'presenter', solo: true, paceFromRehearsal: true, theme: 'light', color: false, screenReader: false, store: '/s',
		});
	});

	it('play --rehearse --pace-from-rehearsal', () => {
		expect(interpretArgs(['talk.md', '--rehearse', '--pace-from-rehearsal'])).toMatchObject({kind: 'play', deck: 'talk.md', rehearse: true, paceFromRehearsal: true});
	});

	it('presenter --solo --rehearse: the console alone times and keeps a rehearsal', () => {
		expect(interpretArgs(['presenter', 'talk.md', '--solo', '--rehearse'])).toMatchObject({kind: 'presenter', deck: 'talk.md', solo: true, rehearse: true});
		expect(interpretArgs(['presenter', 'talk.md', '--solo'])).not.toHaveProperty('rehearse');
	});

	it('presenter --rehearse without --solo: the slideshow times a talk it shows, and the hint names the deck', () => {
		expect(interpretArgs(['presenter', 'my talk.md', '--rehearse'])).toEqual({
			kind: 'usage-error',
			message: '`presenter --rehearse` works only with --solo',
			hint: 'alone, `briefing-deck presenter \'my talk.md\' --solo --rehearse`; with a slideshow, `briefing-deck \'my talk.md\' --rehearse` times it and its consoles follow',
		});
		expect(interpretArgs(['presenter', 'talk.md', '--solo', '--rehearse', '--watch'])).toEqual(usageError('--watch and --rehearse cannot be used together'));
	});

	it('rehearsals [deck] --json', () => {
		expect(interpretArgs(['rehearsals', 'talk.md', '--json', '--store', '/s'])).toEqual({kind: 'rehearsals', deck: 'talk.md', json: true, store: '/s'});
		expect(interpretArgs(['rehearsals'])).toEqual({kind: 'rehearsals', json: false});
	});

	it.each([
		[['presenter', 'a.md', 'b.md'], '`presenter` takes one deck'],
		[['rehearsals', 'a.md', 'b.md'], '`rehearsals` takes one deck'],
		[['talk.md', '--solo'], '--solo does not apply to the slideshow'],
		[['quiz', '--rehearse'], '--rehearse does not apply to `quiz`'],
		[['rehearsals', '--pace-from-rehearsal'], '--pace-from-rehearsal does not apply to `rehearsals`'],
		[['presenter', '--slide', '3'], '--slide does not apply to `presenter`'],
	])('refuses %j: %s', (argv, message) => {
		expect(interpretArgs(argv)).toMatchObject({kind: 'usage-error', message});
	});
});

describe('study', () => {
	it('quiz --exam: no feedback until the end', () => {
		expect(interpretArgs(['quiz', 'talk.md', '--exam'])).toMatchObject({kind: 'quiz', deck: 'talk.md', exam: true});
		expect(interpretArgs(['quiz'])).toMatchObject({kind: 'quiz', exam: false});
	});

	it('--time-limit takes minutes, seconds and hours, and makes the quiz an exam', () => {
		expect(interpretArgs(['quiz', '--time-limit', '10m'])).toMatchObject({exam: true, timeLimitMs: 600_000});
		expect(interpretArgs(['quiz', '--exam', '--time-limit=90s'])).toMatchObject({exam: true, timeLimitMs: 90_000});
		expect(interpretArgs(['quiz', '--time-limit', '1h30m'])).toMatchObject({timeLimitMs: 5_400_000});
		expect(interpretArgs(['quiz', '--time-limit', '5'])).toMatchObject({timeLimitMs: 300_000});
		expect(interpretArgs(['quiz', 'talk.md', '--time-limit', 'soon'])).toMatchObject({kind: 'usage-error', hint: 'for example `briefing-deck quiz talk.md --exam --time-limit 10m`'});
		for (const bad of ['soon', '0m', '10x', '', '25h']) {
			expect(interpretArgs(['quiz', '--time-limit', bad])).toEqual(usageError(/^--time-limit must be a time such as 10m/));
		}

		expect(interpretArgs(['--time-limit', '10m'])).toEqual(usageError('--time-limit does not apply to the slideshow'));
	});

	it('review: one optional deck, its store and screen flags', () => {
		expect(interpretArgs(['review'])).toEqual({kind: 'review', theme: 'dark', color: true, screenReader: false});
		expect(interpretArgs(['review', 'talk.md', '--store', '/s', '--no-color'])).toEqual({kind: 'review', deck: 'talk.md', theme: 'dark', color: false, screenReader: false, store: '/s'});
		expect(interpretArgs(['review', 'a.md', 'b.md'])).toEqual(usageError('`review` takes one deck'));
		expect(interpretArgs(['review', '--exam'])).toEqual(usageError('--exam does not apply to `review`'));
	});

	it('an exam is not for a room', () => {
		expect(interpretArgs(['quiz', '--room', '--exam'])).toEqual(usageError('--exam does not apply to --room'));
		expect(interpretArgs(['quiz', '--room', '--time-limit', '5m'])).toEqual(usageError('--time-limit does not apply to --room'));
	});

	it('scores --csv --questions: one deck\'s questions', () => {
		expect(interpretArgs(['scores', 'talk.md', '--csv', '--questions'])).toMatchObject({kind: 'scores', csv: true, questions: true});
		expect(interpretArgs(['scores', '--csv', '--questions'])).toEqual(usageError('--questions gives one deck\'s questions as CSV'));
		expect(interpretArgs(['scores', 'talk.md', '--questions'])).toEqual(usageError('--questions gives one deck\'s questions as CSV'));
	});

	it('scores --csv --rooms: the room records, a CSV of their own', () => {
		expect(interpretArgs(['scores', '--csv', '--rooms'])).toMatchObject({kind: 'scores', csv: true, rooms: true, questions: false});
		expect(interpretArgs(['scores', 'talk.md', '--csv', '--rooms'])).toMatchObject({kind: 'scores', deck: 'talk.md', csv: true, rooms: true});
		expect(interpretArgs(['scores', '--csv'])).toMatchObject({kind: 'scores', csv: true, rooms: false});
		expect(interpretArgs(['scores', '--rooms'])).toEqual(usageError('--rooms gives the room records as CSV'));
		expect(interpretArgs(['scores', 'talk.md', '--json', '--rooms'])).toEqual(usageError('--rooms gives the room records as CSV'));
		expect(interpretArgs(['scores', 'talk.md', '--csv', '--rooms', '--questions'])).toEqual(usageError('--rooms and --questions are two tables; a CSV holds one'));
		expect(interpretArgs(['quiz', '--rooms'])).toEqual(usageError('--rooms does not apply to `quiz`'));
	});
});

describe('--watch', () => {
	it('reads the deck again as it is saved, in the slideshow and the presenter console', () => {
		expect(interpretArgs(['talk.md', '--watch'])).toMatchObject({kind: 'play', deck: 'talk.md', watch: true});
		expect(interpretArgs(['presenter', 'talk.md', '--watch'])).toMatchObject({kind: 'presenter', watch: true});
		expect(interpretArgs(['talk.md'])).not.toHaveProperty('watch');
		expect(interpretArgs(['presenter', 'talk.md'])).not.toHaveProperty('watch');
	});

	it('is not for a quiz (a room\'s counts belong to one version of it) nor for a rehearsal (it times one version)', () => {
		expect(interpretArgs(['quiz', '--room', '--watch'])).toEqual(usageError('--watch does not apply to `quiz`'));
		expect(interpretArgs(['talk.md', '--watch', '--rehearse'])).toEqual(usageError('--watch and --rehearse cannot be used together'));
	});
});

describe('--images', () => {
	it('takes one of the ways to draw pictures, for the slideshow and the console', () => {
		expect(interpretArgs(['deck.md', '--images', 'sixel'])).toMatchObject({kind: 'play', images: 'sixel'});
		expect(interpretArgs(['presenter', 'deck.md', '--images', 'off'])).toMatchObject({kind: 'presenter', images: 'off'});
		expect(interpretArgs(['deck.md'])).not.toHaveProperty('images');
	});

	it('refuses anything else, and commands that draw no pictures', () => {
		expect(interpretArgs(['deck.md', '--images', 'png'])).toEqual(usageError('--images must be kitty, iterm2, sixel, blocks, off, not `png`'));
		expect(interpretArgs(['quiz', 'deck.md', '--images', 'kitty'])).toEqual(usageError('--images does not apply to `quiz`'));
	});
});
