import {formatRehearsals, rehearsalsJson} from '../shared/rehearsal-text.js';
import {toSafeJson} from '../../core/text/sanitize.js';
import type {Command} from '../shared/command.js';
import {openDeck} from '../shared/open-deck.js';
import {openStore} from '../shared/open-store.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck rehearsals [deck]`: past runs side by side, or as JSON. Only reads: a damaged file is reported and left where it is. */
export async function runRehearsalsCommand(command: Extract<Command, {kind: 'rehearsals'}>, streams: Streams): Promise<number> {
	const deck = openDeck(command.deck, streams.stderr);
	if (!deck) {
		return 1;
	}

	const opened = await openStore(command.store, streams.env, {readOnly: true});
	if (!opened.store) {
		streams.stderr.write(`briefing-deck: ${opened.error ?? 'cannot open the score store'}\n`);
		return 1;
	}

	const history = opened.store.rehearsals(deck.meta.id);
	streams.stdout.write(command.json
		? toSafeJson(rehearsalsJson(deck, history)) + '\n'
		: formatRehearsals(deck, history, streams.stdout.isTTY ? streams.stdout.columns || 80 : 80, command.deck));
	return 0;
}
