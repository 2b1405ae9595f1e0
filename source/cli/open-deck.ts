import {bundledDeckNames, resolveDeckPath} from '../deck/bundled.js';
import {formatDiagnostic} from '../deck/format-diagnostic.js';
import {loadDeck} from '../deck/load.js';
import type {Deck, Diagnostic} from '../deck/types.js';
import {plural} from '../text/format.js';
import {commandNames} from './interpret.js';

/**
Loads a deck for showing; on errors prints them and returns undefined.
Warnings do not stop a show, and neither do errors the deck was repaired
around (a broken `#link` shows as plain text): those are printed, and
`onRecovered` hears of them, so a slideshow can say so on screen.
*/
export function openDeck(argument: string | undefined, stderr: NodeJS.WriteStream, onRecovered?: (errors: readonly Diagnostic[]) => void): Deck | undefined {
	const result = loadDeck(resolveDeckPath(argument));
	const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	for (const diagnostic of errors) {
		stderr.write(formatDiagnostic(result.path, diagnostic) + '\n');
	}

	if (errors.some(diagnostic => !diagnostic.recovered) || !result.deck) {
		if (argument !== undefined && result.diagnostics[0]?.message === 'file not found') {
			stderr.write(`  hint: bundled decks: ${bundledDeckNames().join(', ') || 'none'}; commands: ${commandNames.join(', ')}\n`);
		}

		return undefined;
	}

	if (errors.length > 0) {
		onRecovered?.(errors);
	}

	return result.deck;
}

/** The one line a slideshow shows when it opens a deck with recovered errors. */
export function recoveredNotice(errors: readonly Diagnostic[]): string {
	return `${plural(errors.length, 'broken link')} shown as plain text: run \`briefing-deck check\` for where`;
}
