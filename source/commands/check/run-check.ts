import type {Command} from '../shared/command.js';
import {loadNamedDeck} from '../shared/open-deck.js';
import type {Streams} from '../shared/streams.js';
import {checkDecks} from './check-report.js';

/** `briefing-deck check <deck...>`: every problem in every deck, as text or JSON; exit 1 when any deck has an error. */
export function runCheckCommand(command: Extract<Command, {kind: 'check'}>, {stdout}: Streams): number {
	const output = checkDecks(command.decks.map(deck => loadNamedDeck(deck)), command);
	stdout.write(output.stdout);
	return output.exitCode;
}
