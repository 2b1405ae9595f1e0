#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {flagSpecs, interpret} from './source/cli/interpret.js';
import {runCommand} from './source/cli/run-command.js';

const cli = meow(
	`
	Usage
	  $ briefing-deck [deck]            play a deck as slides (default: the bundled briefing)
	  $ briefing-deck check <deck...>   report every problem in deck files
	  $ briefing-deck print [deck]      write a deck as plain text
	  $ briefing-deck decks             list the bundled decks
	  $ briefing-deck quiz [deck]       take the deck's quiz
	  $ briefing-deck scores [deck]     your attempts, best, trend and weakest questions

	A deck is a Markdown file path or the name of a bundled deck.

	Options
	  --slide N|slug      start at slide N, or at the slide with that slug
	  --no-quiz           do not offer the quiz after the last slide
	  --theme dark|light  colour theme (default dark)
	  --no-color          no colours (NO_COLOR is honoured too)
	  --screen-reader     plain, labelled output for screen readers
	  --store DIR         where scores and positions are kept
	                      (default $BRIEFING_DECK_STORE, else $XDG_DATA_HOME/briefing-deck)
	  check --json        machine-readable diagnostics
	  check --coverage    also list slides no question links to
	  print --notes       include speaker notes
	  print --answers     include the quiz with its answer key
	  quiz --seed N       the same option order every time
	  quiz --shuffle      ask the questions in random order (default: most missed first)
	  quiz --json         also print the finished attempt as JSON
	  scores --json       the history as JSON; --csv for spreadsheets
	  scores --reset      delete this deck's attempts (asks first; --yes skips that)

	Examples
	  $ briefing-deck
	  $ briefing-deck talk.md --slide 3
	  $ briefing-deck check decks/*.md
	  $ briefing-deck print --notes talk.md | less
	  $ briefing-deck quiz --seed 7
	  $ briefing-deck scores --csv > scores.csv
	`,
	{
		importMeta: import.meta,
		allowUnknownFlags: true,
		flags: Object.fromEntries(Object.entries(flagSpecs).map(([name, spec]) => [name, 'default' in spec ? {type: spec.type, default: spec.default} : {type: spec.type}])),
	},
);

const command = interpret({input: cli.input, flags: cli.flags, argv: process.argv.slice(2), env: process.env});
const exitCode = await runCommand(command, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env});
// Exit now rather than when Node finds nothing left to do: after the slideshow
// Ink leaves timers behind that would keep the process alive with the terminal
// already given back. Everything written is flushed first.
const flushed = async (stream: NodeJS.WriteStream) => new Promise(resolve => {
	stream.write('', resolve);
});
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(exitCode);
