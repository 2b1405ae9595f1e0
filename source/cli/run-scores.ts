import {createInterface} from 'node:readline/promises';
import {formatReset, formatScores} from '../commands/scores.js';
import type {Command} from './interpret.js';
import {openDeck} from './open-deck.js';
import {openStore} from './open-store.js';
import type {Streams} from './run-command.js';

/** `briefing-deck scores [deck]`, and `--reset` with its confirmation. */
export async function runScoresCommand(command: Extract<Command, {kind: 'scores'}>, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	const deck = openDeck(command.deck, stderr);
	if (!deck) {
		return 1;
	}

	const opened = await openStore(command.store, streams.env);
	if (!opened.store) {
		stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	const {store} = opened;
	if (command.reset) {
		const count = store.history(deck.meta.id).attempts.length;
		if (!command.yes) {
			if (!streams.stdin.isTTY) {
				stderr.write(`briefing-deck: refusing to delete ${count} attempts without confirmation\n  hint: add --yes to reset without asking\n`);
				return 2;
			}

			const prompt = createInterface({input: streams.stdin, output: streams.stderr});
			const answer = await prompt.question(`Delete ${count} attempts on "${deck.meta.title}"? This cannot be undone. [y/N] `);
			prompt.close();
			if (!/^y(es)?$/i.test(answer.trim())) {
				stderr.write('Nothing deleted.\n');
				return 1;
			}
		}

		try {
			const {removed} = store.reset(deck.meta.id);
			stdout.write(formatReset(deck, removed));
		} catch (error) {
			stderr.write(`briefing-deck: cannot reset scores: ${(error as Error).message}\n`);
			return 1;
		}

		return 0;
	}

	const history = store.history(deck.meta.id);
	for (const warning of store.warnings) {
		stderr.write(`briefing-deck: ${warning.message}\n`);
	}

	// Warnings about moved-aside attempt files are part of the report itself.
	stdout.write(formatScores(deck, history, {json: command.json, csv: command.csv}, store.rooms(deck.meta.id)));
	return 0;
}
