import type {Diagnostic} from '../../core/deck/types.js';
import {deckImages} from '../../core/images/deck-images.js';
import type {LoadResult} from '../../io/deck/load.js';
import type {Command} from '../shared/command.js';
import {keptApart, storeDirectory} from '../shared/deck-identity.js';
import {loadNamedDeck} from '../shared/open-deck.js';
import type {Streams} from '../shared/streams.js';
import {checkDecks} from './check-report.js';

/**
A warning at the line that gives the deck its id, when another deck file in
the store already has that id, so the two keep histories apart. The store is
only looked in: `check` writes nothing there. A warning, so the exit code is
as before.
*/
export function withIdentityWarning(result: LoadResult, deckArgument: string, storeDir: string): LoadResult {
	if (!result.deck || result.diagnostics.some(diagnostic => diagnostic.severity === 'error' && !diagnostic.recovered)) {
		return result;
	}

	const {notice} = keptApart(result.deck, deckArgument, storeDir, {readOnly: true});
	if (notice === undefined) {
		return result;
	}

	const line = result.deck.meta.idOrigin?.line ?? 1;
	const warning: Diagnostic = {severity: 'warning', line, column: 1, message: notice};
	return {...result, diagnostics: [...result.diagnostics, warning]};
}

/** The deck's images that will not be drawn, as warnings; the image code is loaded only for a deck with images. */
async function withImageWarnings(result: LoadResult): Promise<LoadResult> {
	if (!result.deck || deckImages(result.deck).length === 0) {
		return result;
	}

	const {imageWarnings} = await import('./image-warnings.js');
	const warnings = await imageWarnings(result.deck, result.path);
	return warnings.length === 0 ? result : {...result, diagnostics: [...result.diagnostics, ...warnings]};
}

/** `briefing-deck check <deck...>`: every problem in every deck, as text or JSON; exit 1 when any deck has an error. */
export async function runCheckCommand(command: Extract<Command, {kind: 'check'}>, {stdout, env}: Streams): Promise<number> {
	const storeDir = storeDirectory(command.store, env);
	const results = await Promise.all(command.decks.map(async deck => withImageWarnings(withIdentityWarning(loadNamedDeck(deck, undefined, {commands: false}), deck, storeDir))));
	const output = checkDecks(results, command);
	stdout.write(output.stdout);
	return output.exitCode;
}
