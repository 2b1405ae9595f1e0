import {isUtf8Locale} from '../core/text/ascii.js';
import {sanitize} from '../core/text/sanitize.js';
import {asciiStream} from '../io/terminal/ascii-stream.js';
import type {Command} from './shared/command.js';
import type {Streams} from './shared/streams.js';

type Runnable = Exclude<Command, {kind: 'usage-error'}>;

/** Each command's options, by the command's name. */
type CommandOf = {[Each in Runnable as Each['kind']]: Each};

type Name = keyof CommandOf;

/**
Every command, each in a module of its own, imported as the command runs.
The build bundles them all into one file (scripts/build.js), and esbuild
turns each `import()` into a call that sets the module up (its top-level
code, and that of what only it imports) there and then, rather than as the
bundle loads: a launch sets up its own command's modules and no other's, and
each command imports its screen (React, Ink) only once it knows it will draw
one, after it has taken the terminal.
*/
const commands: {readonly [Each in Name]: (command: CommandOf[Each], streams: Streams) => Promise<number>} = {
	play: async (command, streams) => (await import('./play/run-play.js')).runPlayCommand(command, streams),
	async quiz(command, streams) {
		// `quiz --room` is the room's own command: a shared screen, and no personal score.
		if (command.room) {
			const {runRoomCommand} = await import('./room/run-room.js');
			return runRoomCommand({...command, room: command.room}, streams);
		}

		return (await import('./quiz/run-quiz.js')).runQuizCommand(command, streams);
	},
	review: async (command, streams) => (await import('./review/run-review.js')).runReviewCommand(command, streams),
	scores: async (command, streams) => (await import('./scores/run-scores.js')).runScoresCommand(command, streams),
	presenter: async (command, streams) => (await import('./presenter/run-presenter.js')).runPresenterCommand(command, streams),
	rehearsals: async (command, streams) => (await import('./rehearsals/run-rehearsals.js')).runRehearsalsCommand(command, streams),
	check: async (command, streams) => (await import('./check/run-check.js')).runCheckCommand(command, streams),
	print: async (command, streams) => (await import('./print/run-print.js')).runPrintCommand(command, streams),
	decks: async (_command, streams) => (await import('./decks/run-decks.js')).runDecksCommand(streams),
};

/** The command's own runner, typed so that each command reaches the runner for its options. */
async function run<Each extends Name>(name: Each, command: CommandOf[Each], streams: Streams): Promise<number> {
	return commands[name](command, streams);
}

/** Runs one command and returns the exit code. Each command decides about the terminal before anything renders. */
export async function runCommand(command: Command, given: Streams): Promise<number> {
	// A terminal whose locale is not UTF-8 shows each byte of `•` or `│` as garbage.
	const streams = isUtf8Locale(given.env) ? given : {...given, stdout: asciiStream(given.stdout), stderr: asciiStream(given.stderr)};
	if (command.kind === 'usage-error') {
		// Messages quote what was typed, which a shell glob can fill with any file name.
		streams.stderr.write(`briefing-deck: ${sanitize(command.message)}\n  hint: ${sanitize(command.hint)}\n`);
		return 2;
	}

	return run(command.kind, command, streams);
}
