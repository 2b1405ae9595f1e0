import {createInterface} from 'node:readline/promises';
import {formatReset, formatScores} from '../commands/scores.js';
import type {Deck} from '../deck/types.js';
import {plural} from '../text/format.js';
import {sanitize} from '../text/sanitize.js';
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

	// `scores` only reads; `--reset` reads first too, and writes only once the person has said yes.
	const opened = await openStore(command.store, streams.env, {readOnly: true});
	if (!opened.store) {
		stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	const history = opened.store.history(deck.meta.id);
	for (const warning of [...opened.store.warnings, ...(command.reset ? history.warnings : [])]) {
		stderr.write(`briefing-deck: ${sanitize(warning.message)}\n`);
	}

	if (command.reset) {
		return resetScores(deck, history.attempts.length, command, streams);
	}

	// Warnings about corrupt attempt files are part of the report itself.
	stdout.write(formatScores(deck, history, {json: command.json, csv: command.csv}));
	return 0;
}

async function resetScores(deck: Deck, count: number, command: Extract<Command, {kind: 'scores'}>, streams: Streams): Promise<number> {
	const {stdout, stderr} = streams;
	if (!command.yes) {
		if (!streams.stdin.isTTY) {
			stderr.write(`briefing-deck: refusing to delete ${plural(count, 'attempt')} without confirmation\n  hint: add --yes to reset without asking\n`);
			return 2;
		}

		const prompt = createInterface({input: streams.stdin, output: streams.stderr});
		const answer = await prompt.question(sanitize(`Delete ${plural(count, 'attempt')} on "${deck.meta.title}"? This cannot be undone. [y/N] `));
		prompt.close();
		if (!/^y(es)?$/i.test(answer.trim())) {
			stderr.write('Nothing deleted.\n');
			return 1;
		}
	}

	const opened = await openStore(command.store, streams.env);
	try {
		if (!opened.store) {
			throw new Error(opened.error ?? 'cannot open the score store');
		}

		// Deletes exactly the attempts counted above: the ones `scores` lists.
		const {removed} = opened.store.reset(deck.meta.id);
		stdout.write(formatReset(deck, removed));
	} catch (error) {
		stderr.write(`briefing-deck: cannot reset scores: ${sanitize((error as Error).message)}\n`);
		return 1;
	}

	return 0;
}
