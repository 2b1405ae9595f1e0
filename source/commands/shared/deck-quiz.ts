/**
A deck's quiz, for `quiz`, `quiz --room` and `play` (after the last slide, or
at once for a deck that is only a quiz): the checks before it is asked, and
asking it to the end.
*/
import type {Deck} from '../../core/deck/types.js';
import {sanitize, toSafeJson} from '../../core/text/sanitize.js';
import {isUtf8Locale} from '../../core/text/ascii.js';
import {deckWords} from '../../core/text/shell-word.js';
import {installedDoc} from '../../io/deck/bundled.js';
import {asciiStream} from '../../io/terminal/ascii-stream.js';
import {claimTerminal, noTerminal} from '../../io/terminal/claim-terminal.js';
import {openTerminal} from '../../io/terminal/open-terminal.js';
import {quizExitNote} from '../../ui/quiz/exit-note.js';
import type {Command} from './command.js';
import {keptApart} from './deck-identity.js';
import {withQuizDeck} from './deck-name.js';
import {deckSource} from './deck-source.js';
import {openDeck} from './open-deck.js';
import type {OpenedStore} from './open-store.js';
import type {ScreenStreams, Streams} from './streams.js';

type QuizCommand = Extract<Command, {kind: 'quiz'}>;

/**
Where a full-screen quiz reads keys and draws: standard input and output when
both are the terminal, else the terminal itself (`quiz --json > attempt.json`
leaves standard output to the JSON); undefined when there is no terminal at all.
*/
function screenFor(streams: Streams): ScreenStreams | undefined {
	if (streams.stdin.isTTY && streams.stdout.isTTY) {
		return streams;
	}

	const terminal = openTerminal();
	if (!terminal) {
		return undefined;
	}

	// As runCommand does for standard output: a terminal whose locale is not UTF-8 gets ASCII.
	return isUtf8Locale(streams.env) ? terminal : {stdin: terminal.stdin, stdout: asciiStream(terminal.stdout)};
}

/**
The deck `quiz` names (a file, a bundled name, an id or a title: see
withQuizDeck), once it has a quiz and a terminal to ask it in, which is then
taken (raw mode, colour settled: see claimTerminal); with the command, its
deck now the file's. Else the exit code, having said why not.
*/
export async function openDeckQuiz<T extends QuizCommand>(given: T, streams: Streams): Promise<{readonly command: T; readonly deck: Deck; readonly color: boolean; readonly screen: ScreenStreams} | number> {
	const {stderr} = streams;
	const command = await withQuizDeck(given, streams);
	if (typeof command === 'number') {
		return command;
	}

	const deck = openDeck(command.deck, stderr);
	if (!deck) {
		return 1;
	}

	if (!deck.quiz || deck.quiz.questions.length === 0) {
		stderr.write(`briefing-deck: “${sanitize(deck.meta.title)}” has no quiz\n  hint: a quiz starts with a \`<!-- quiz -->\` line; see ${installedDoc('deck-format.md')}\n`);
		return 1;
	}

	const screen = screenFor(streams);
	if (!screen) {
		stderr.write(noTerminal('the quiz', command.deck));
		return 2;
	}

	if (streams.env['TERM'] === 'dumb') {
		stderr.write(`briefing-deck: the quiz draws a full screen, which TERM=dumb cannot show\n  hint: run it in a terminal emulator, or use \`briefing-deck print${deckWords(command.deck)} --answers\` for text\n`);
		return 2;
	}

	return {command, deck, color: claimTerminal(screen.stdin, command.color), screen};
}

/**
Asks the deck's quiz full-screen, saving the attempt to the store, then says
how it ended: the store's warnings, the attempt as JSON on standard output
(with `--json`, or when it could not be saved) and a note on a quiz left
early. The quiz is drawn on `screen`, standard input and output unless they
are not the terminal. Returns the exit code.
*/
export async function runDeckQuiz(opening: Deck, command: QuizCommand, opened: OpenedStore, streams: Streams, screen: ScreenStreams = streams): Promise<number> {
	const {runQuiz} = await import('./mount-quiz.js');
	// The history read and written is the one the store keeps for this file, which another deck of the same id does not share.
	const kept = opened.store ? keptApart(opening, command.deck, opened.store.dir) : undefined;
	const deck = kept?.deck ?? opening;
	const notices = [...(kept?.notice === undefined ? [] : [kept.notice]), ...(kept?.warnings ?? [])];
	const result = await runQuiz(deck, {
		...(notices.length === 0 ? {} : {notices}),
		store: opened.store,
		...(opened.error ? {storeError: opened.error} : {}),
		...(command.seed === undefined ? {} : {seed: command.seed}),
		shuffle: command.shuffle,
		json: command.json,
		...(command.exam ? {mode: 'exam' as const} : {}),
		...(command.timeLimitMs === undefined ? {} : {timeLimitMs: command.timeLimitMs}),
		deckSource: deckSource(command.deck, deck),
		...(command.deck === undefined ? {} : {deckArgument: command.deck}),
		theme: command.theme,
		color: command.color,
		stdin: screen.stdin,
		stdout: screen.stdout,
		screenReader: command.screenReader,
	});
	for (const warning of opened.store?.warnings ?? []) {
		streams.stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
	}

	if (result.attempt && (command.json || result.saveError)) {
		streams.stdout.write(toSafeJson(result.attempt) + '\n');
	}

	if (result.saveError) {
		streams.stderr.write(`briefing-deck: ${result.saveError}\n  hint: the attempt above was not saved; choose a writable store with --store DIR\n`);
		return 1;
	}

	const note = quizExitNote(result);
	if (note !== undefined) {
		streams.stderr.write(`briefing-deck: ${note}\n`);
	}

	// Ctrl+C ends with the status a shell expects of an interrupted program.
	return result.exit === 'interrupted' ? 130 : 0;
}
