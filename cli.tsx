/**
The command line: help and flags, then one command run to its exit code.
The build bundles this file with everything it imports into dist/app.cjs,
which dist/cli.js compiles with a code cache (source/boot/start-bundle.ts).
As that bundle is CommonJS, there is no top-level await here.
*/
import process from 'node:process';
import meow from 'meow';
import {flagSpecs} from './source/commands/shared/flags.js';
import {interpret} from './source/commands/shared/interpret.js';
import {runCommand} from './source/commands/run-command.js';
import {processTitle} from './source/commands/shared/process-title.js';

/** Parses argv, runs the command, flushes the output and exits with its code. */
async function main(): Promise<never> {
	const cli = meow(
		`
		Usage
		  $ briefing-deck [deck]            play a deck as slides (default: the bundled briefing)
		  $ briefing-deck check <deck...>   report every problem in deck files
		  $ briefing-deck print [deck]      write a deck as plain text
		  $ briefing-deck decks             list the bundled decks
		  $ briefing-deck quiz [deck]       take the deck's quiz
		  $ briefing-deck presenter [deck]  the presenter console, in a second terminal
		  $ briefing-deck rehearsals [deck] past rehearsals, side by side
		  $ briefing-deck review [deck]     the questions due for review today
		  $ briefing-deck scores [deck]     every deck at a glance, or one deck's attempts

		A deck is a Markdown file path or the name of a bundled deck; quiz, review,
		scores and rehearsals also take a deck's id or title, as scores lists them.

		Options
		  --slide N|slug      start at slide N, or at the slide with that slug
		  --no-quiz           do not offer the quiz after the last slide
		  --rehearse          time every slide; print the times and keep the run
		  --pace-from-rehearsal  pace each slide against its latest rehearsed time
		                      (also for presenter; the default when there is no duration)
		  --present           a presented talk without a console (a clicker alone): no
		                      notes or key hints on screen, and the end of the slides
		                      leads into the quiz for the room, as with a console
		  --countdown N, --save-room, --serve
		                      for that room quiz, as with quiz --room
		  --watch             read the deck again whenever its file is saved, on the
		                      same slide; errors show in a banner (also for presenter)
		  --max-width N       slides at most N columns wide (the deck's max_width too);
		                      by default code and tables use the terminal's width,
		                      prose keeps to 80 columns
		  --images kitty|iterm2|sixel|blocks|off
		                      how to draw pictures (default: the best the terminal
		                      speaks; off shows their alt text) (also for presenter)
		  --theme dark|light  colour theme (default dark)
		  --no-color          no colours; bold and inverse stay (NO_COLOR too)
		  --screen-reader     plain, labelled output for screen readers
		  --store DIR         where scores and positions are kept
		                      (default $BRIEFING_DECK_STORE, else $XDG_DATA_HOME/briefing-deck)
		  check --json        machine-readable diagnostics
		  check --coverage    also list slides no question links to
		  check --width N     warn about code too wide for an N-column terminal
		                      (default 120, a projector's terminal: assumed, not measured)
		  check --max-width N check slides at most N columns wide, as the slideshow's
		  print --notes       include speaker notes
		  print --answers     include the quiz with its answer key and feedback
		  quiz --seed N       the same option order every time
		  quiz --shuffle      ask the questions in random order (default: most missed first)
		  quiz --json         also print the finished attempt as JSON
		  quiz --room         the quiz for a room on a shared screen: a show of hands,
		                      no personal score (see docs/room-quiz.md)
		  quiz --countdown N  with --room: N seconds on the clock for each question
		  quiz --save-room    with --room: keep the room's counts as a room record
		  quiz --serve        with --room: the room answers from its own phones, over
		                      the local network; the screen shows a QR code and a URL
		  --host ADDR         with --serve: listen on ADDR (default: this machine's
		                      private-network addresses)
		  --port N            with --serve: listen on port N (default: a free one)
		  quiz --exam         no feedback until the end; flag questions, change any
		                      answer on the answer sheet, then submit
		  quiz --time-limit T an exam with a countdown (10m, 90s, 1h30m); it submits
		                      itself when time runs out
		  scores --json       the history as JSON; --csv: one row per attempt
		  scores --csv --questions
		                      one row per question: accuracy, last results, schedule
		  scores --csv --rooms
		                      one row per question of each room record kept
		  scores --reset      delete a deck's attempts, or every deck's (asks first;
		                      --yes skips that); schedules, room records and
		                      rehearsals stay
		  presenter           follows the slideshow, or quiz --room with the answers
		  presenter --solo    the console alone, no slideshow; --rehearse times the run
		  rehearsals --json   every rehearsal as JSON

		Examples
		  $ briefing-deck
		  $ briefing-deck talk.md --slide 3
		  $ briefing-deck check decks/*.md
		  $ briefing-deck print --notes talk.md | less
		  $ briefing-deck quiz --seed 7
		  $ briefing-deck quiz --room --countdown 30 --save-room
		  $ briefing-deck quiz --room --serve --port 8123
		  $ briefing-deck quiz --exam --time-limit 10m
		  $ briefing-deck review
		  $ briefing-deck scores --csv > scores.csv
		  $ briefing-deck talk.md             (then, in a second terminal)
		  $ briefing-deck presenter talk.md
		  $ briefing-deck talk.md --watch     (while writing it)
		`,
		{
			importMeta: import.meta,
			allowUnknownFlags: true,
			flags: Object.fromEntries(Object.entries(flagSpecs).map(([name, spec]) => [name, 'default' in spec ? {type: spec.type, default: spec.default} : {type: spec.type}])),
		},
	);

	// A reader that stops early (`briefing-deck print | head`) closes the pipe:
	// stop quietly, as cat and grep do, instead of dying on an unhandled EPIPE.
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') {
				throw error;
			}

			process.exit(0);
		});
	}

	const command = interpret({input: cli.input, flags: cli.flags, argv: process.argv.slice(2), env: process.env});
	process.title = processTitle(command);
	const exitCode = await runCommand(command, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env});
	// Exit now rather than when Node finds nothing left to do: after the slideshow
	// Ink leaves timers behind that would keep the process alive with the terminal
	// already given back. Everything written is flushed first.
	const flushed = async (stream: NodeJS.WriteStream) => new Promise(resolve => {
		stream.write('', resolve);
	});
	await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
	process.exit(exitCode);
}

void main();
