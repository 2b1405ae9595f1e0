import path from 'node:path';
import {bundledDeckNames, bundledDecksDirectory, resolveDeckPath} from '../deck/bundled.js';
import {loadDeck} from '../deck/load.js';
import {deckToPlainText} from '../deck/plain-text.js';
import {isUtf8Locale} from '../text/ascii.js';
import {colorForcedOff, settleColorLevel} from '../ui/color-level.js';
import {sanitize, toSafeJson} from '../text/sanitize.js';
import {asciiStream} from './ascii-stream.js';
import type {Deck} from '../deck/types.js';
import {checkDecks} from '../commands/check.js';
import {listDecks} from '../commands/decks.js';
import type {Command} from './interpret.js';
import {openDeck} from './open-deck.js';
import {openStore} from './open-store.js';
import type {OpenedStore} from './open-store.js';

export type Streams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	readonly env: Readonly<Record<string, string | undefined>>;
};

/** Runs one command and returns the exit code. The terminal decisions are made here, before anything renders. */
export async function runCommand(command: Command, given: Streams): Promise<number> {
	// A terminal whose locale is not UTF-8 shows each byte of `•` or `│` as garbage.
	const streams = isUtf8Locale(given.env) ? given : {...given, stdout: asciiStream(given.stdout), stderr: asciiStream(given.stderr)};
	const {stdout, stderr} = streams;
	switch (command.kind) {
		case 'usage-error': {
			// Messages quote what was typed, which a shell glob can fill with any file name.
			stderr.write(`briefing-deck: ${sanitize(command.message)}\n  hint: ${sanitize(command.hint)}\n`);
			return 2;
		}

		case 'check': {
			const output = checkDecks(command.decks.map(deck => loadDeck(resolveDeckPath(deck))), command);
			stdout.write(output.stdout);
			return output.exitCode;
		}

		case 'decks': {
			const names = bundledDeckNames();
			const output = listDecks(names.map(name => ({name, result: loadDeck(path.join(bundledDecksDirectory(), `${name}.md`))})));
			stdout.write(output.stdout);
			return output.exitCode;
		}

		case 'print': {
			const deck = openDeck(command.deck, stderr);
			if (!deck) {
				return 1;
			}

			stdout.write(deckToPlainText(deck, command));
			return 0;
		}

		case 'play': {
			const deck = openDeck(command.deck, stderr);
			if (!deck) {
				return 1;
			}

			if (!stdout.isTTY || streams.env['TERM'] === 'dumb') {
				// Piped or redirected, or a terminal that cannot place text (an editor's
				// shell, say): a transcript is what is wanted there.
				stdout.write(deckToPlainText(deck));
				return 0;
			}

			if (!streams.stdin.isTTY) {
				stderr.write(notInteractive('the slideshow'));
				return 2;
			}

			const startSlide = command.slide === undefined ? undefined : resolveSlide(deck, command.slide);
			if (startSlide === null) {
				stderr.write(`briefing-deck: --slide ${sanitize(command.slide ?? '')}: no such slide (the deck has ${deck.slides.length})\n  hint: give a number from 1 to ${deck.slides.length} or a slide's slug\n`);
				return 2;
			}

			const color = claimTerminal(streams.stdin, command.color);
			const opened = await openStore(command.store, streams.env);
			const {runSlideshow} = await import('../ui/run-slideshow.js');
			const resumeSlide = opened.store?.resumePosition(deck.meta.id);
			const result = await runSlideshow(deck, {
				...(startSlide === undefined ? {} : {startSlide}),
				...(resumeSlide === undefined ? {} : {resumeSlide}),
				theme: command.theme,
				color,
				stdout,
				offerQuiz: command.offerQuiz && deck.quiz !== undefined,
				screenReader: command.screenReader,
				onPosition(slide) {
					try {
						opened.store?.saveResumePosition(deck.meta.id, slide);
					} catch {
						// A resume position is a convenience; failing to keep one must not stop the show.
					}
				},
			});
			if (result.next !== 'quiz') {
				return 0;
			}

			return runQuizCommand(deck, {...command, kind: 'quiz', color, shuffle: false, json: false}, opened, streams);
		}

		case 'quiz': {
			const deck = openDeck(command.deck, stderr);
			if (!deck) {
				return 1;
			}

			if (!deck.quiz || deck.quiz.questions.length === 0) {
				stderr.write(`briefing-deck: ${deck.meta.title} has no quiz\n  hint: a quiz starts with a \`<!-- quiz -->\` line; see docs/deck-format.md\n`);
				return 1;
			}

			if (!stdout.isTTY || !streams.stdin.isTTY) {
				stderr.write(notInteractive('the quiz'));
				return 2;
			}

			if (streams.env['TERM'] === 'dumb') {
				stderr.write('briefing-deck: the quiz draws a full screen, which TERM=dumb cannot show\n  hint: run it in a terminal emulator, or use `briefing-deck print --answers` for text\n');
				return 2;
			}

			const color = claimTerminal(streams.stdin, command.color);
			return runQuizCommand(deck, {...command, color}, await openStore(command.store, streams.env), streams);
		}

		case 'scores': {
			const {runScoresCommand} = await import('./run-scores.js');
			return runScoresCommand(command, streams);
		}
	}
}

/**
Called once both ends are known to be a terminal, before Ink is loaded.

Raw mode from that moment: keys typed while the app loads then wait in the
terminal's buffer for the app, instead of being echoed (`^[[C`) onto the
screen. Node puts the terminal back in its original mode on exit, even if the
app never gets as far as restoring it.

Ink decides when it is imported whether it runs in CI (from `CI` and
`CONTINUOUS_INTEGRATION`), and then draws nothing until exit. A person at a
terminal who happens to have `CI` set would see a blank screen, so the
terminal check made here wins. Colour is settled here too (see
color-level.ts); returns whether to use it.
*/
function claimTerminal(stdin: NodeJS.ReadStream, wantsColor: boolean): boolean {
	// FORCE_COLOR=0 asks for no colour; read it before chalk's level is settled below.
	const color = wantsColor && !colorForcedOff(process.env);
	stdin.setRawMode?.(true);
	for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) {
		if (process.env[name] !== undefined) {
			process.env[name] = 'false';
		}
	}

	settleColorLevel(process.env);
	return color;
}

const notInteractive = (what: string) => `briefing-deck: ${what} needs a terminal for keys and screen, but ${'standard input or output is not one'}\n  hint: run it directly in a terminal, or use \`briefing-deck print\` for text\n`;

async function runQuizCommand(deck: Deck, command: Extract<Command, {kind: 'quiz'}>, opened: OpenedStore, streams: Streams): Promise<number> {
	const {runQuiz} = await import('../ui/run-quiz.js');
	const result = await runQuiz(deck, {
		store: opened.store,
		...(opened.error ? {storeError: opened.error} : {}),
		...(command.seed === undefined ? {} : {seed: command.seed}),
		shuffle: command.shuffle,
		json: command.json,
		theme: command.theme,
		color: command.color,
		stdout: streams.stdout,
		screenReader: command.screenReader,
	});
	for (const warning of opened.store?.warnings ?? []) {
		streams.stderr.write(`briefing-deck: ${warning.message}\n`);
	}

	if (result.attempt && (command.json || result.saveError)) {
		streams.stdout.write(toSafeJson(result.attempt) + '\n');
	}

	if (result.saveError) {
		streams.stderr.write(`briefing-deck: ${result.saveError}\n  hint: the attempt above was not saved; choose a writable store with --store DIR\n`);
		return 1;
	}

	return 0;
}


/** `--slide 3` or `--slide why-now`; null when it names no slide. */
export function resolveSlide(deck: Deck, value: string): number | null {
	const slug = value.replace(/^#/, '');
	if (/^\d+$/.test(slug)) {
		const number = Number(slug);
		return number >= 1 && number <= deck.slides.length ? number : null;
	}

	return deck.slides.find(slide => slide.slug === slug)?.number ?? null;
}
