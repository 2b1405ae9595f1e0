import {formatRehearsals, rehearsalsJson} from '../commands/rehearsals.js';
import type {Command} from './interpret.js';
import {openDeck} from './open-deck.js';
import {openStore} from './open-store.js';
import type {Streams} from './run-command.js';

/** `briefing-deck rehearsals [deck]`: past runs side by side, or as JSON. Reads the store, changes nothing but moving damaged files aside. */
export async function runRehearsalsCommand(command: Extract<Command, {kind: 'rehearsals'}>, streams: Streams): Promise<number> {
	const deck = openDeck(command.deck, streams.stderr);
	if (!deck) {
		return 1;
	}

	const opened = await openStore(command.store, streams.env);
	if (!opened.store) {
		streams.stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	const history = opened.store.rehearsals(deck.meta.id);
	streams.stdout.write(command.json
		? JSON.stringify(rehearsalsJson(deck, history), undefined, 2) + '\n'
		: formatRehearsals(deck, history, streams.stdout.isTTY ? streams.stdout.columns || 80 : 80));
	return 0;
}
