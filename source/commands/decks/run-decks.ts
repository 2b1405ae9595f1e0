import path from 'node:path';
import {bundledDeckNames, bundledDecksDirectory} from '../../io/deck/bundled.js';
import {loadDeck} from '../../io/deck/load.js';
import type {Streams} from '../shared/streams.js';
import {listDecks} from './decks-table.js';

/** `briefing-deck decks`: the bundled decks, one a line. */
export function runDecksCommand({stdout}: Streams): number {
	const names = bundledDeckNames();
	const output = listDecks(names.map(name => ({name, result: loadDeck(path.join(bundledDecksDirectory(), `${name}.md`))})));
	stdout.write(output.stdout);
	return output.exitCode;
}
