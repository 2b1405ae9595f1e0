import {deckToPlainText} from '../../core/layout/deck-text.js';
import type {Command} from '../shared/command.js';
import {openDeck} from '../shared/open-deck.js';
import type {Streams} from '../shared/streams.js';

/** `briefing-deck print [deck]`: the deck as plain text, with `--notes` and `--answers` if asked. */
export function runPrintCommand(command: Extract<Command, {kind: 'print'}>, {stdout, stderr}: Streams): number {
	const deck = openDeck(command.deck, stderr);
	if (!deck) {
		return 1;
	}

	stdout.write(deckToPlainText(deck, command));
	return 0;
}
