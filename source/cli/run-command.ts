import path from 'node:path';
import {bundledDeckNames, bundledDecksDirectory, resolveDeckPath} from '../deck/bundled.js';
import {formatDiagnostic} from '../deck/format-diagnostic.js';
import {loadDeck} from '../deck/load.js';
import type {LoadResult} from '../deck/load.js';
import {deckToPlainText} from '../deck/plain-text.js';
import type {Deck} from '../deck/types.js';
import {checkDecks} from '../commands/check.js';
import {listDecks} from '../commands/decks.js';
import type {Command} from './interpret.js';

export type Streams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	readonly env: Readonly<Record<string, string | undefined>>;
};

/** Runs one command and returns the exit code. The terminal decisions are made here, before anything renders. */
export async function runCommand(command: Command, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	switch (command.kind) {
		case 'usage-error': {
			stderr.write(`briefing-deck: ${command.message}\n  hint: ${command.hint}\n`);
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

			if (!stdout.isTTY) {
				// Piped or redirected: a transcript is what is wanted there.
				stdout.write(deckToPlainText(deck));
				return 0;
			}

			if (!streams.stdin.isTTY) {
				stderr.write('briefing-deck: the slideshow needs a keyboard, but standard input is not a terminal\n  hint: run it directly in a terminal, or use `briefing-deck print` for text\n');
				return 2;
			}

			const startSlide = command.slide === undefined ? undefined : resolveSlide(deck, command.slide);
			if (startSlide === null) {
				stderr.write(`briefing-deck: --slide ${command.slide}: no such slide (the deck has ${deck.slides.length})\n  hint: give a number from 1 to ${deck.slides.length} or a slide's slug\n`);
				return 2;
			}

			const {runSlideshow} = await import('../ui/run-slideshow.js');
			await runSlideshow(deck, {
				...(startSlide === undefined ? {} : {startSlide}),
				theme: command.theme,
				color: command.color,
				offerQuiz: command.offerQuiz,
				screenReader: command.screenReader,
			});
			return 0;
		}
	}
}

/** Loads a deck for showing; on errors prints them and returns undefined. Warnings do not stop a show. */
function openDeck(argument: string | undefined, stderr: NodeJS.WriteStream): Deck | undefined {
	const result: LoadResult = loadDeck(resolveDeckPath(argument));
	const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	if (errors.length > 0 || !result.deck) {
		for (const diagnostic of errors) {
			stderr.write(formatDiagnostic(result.path, diagnostic) + '\n');
		}

		if (argument !== undefined && result.diagnostics[0]?.message === 'file not found') {
			stderr.write(`  hint: bundled decks: ${bundledDeckNames().join(', ') || 'none'}; commands: check, print, decks\n`);
		}

		return undefined;
	}

	return result.deck;
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
