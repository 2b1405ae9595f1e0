import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {type Command, flagSpecs, interpret} from '../../source/cli/interpret.js';

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
