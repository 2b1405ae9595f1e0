import {bundledDeckNames, resolveDeckPath} from '../deck/bundled.js';
import {formatDiagnostic} from '../deck/format-diagnostic.js';
import {loadDeck} from '../deck/load.js';
import type {Deck} from '../deck/types.js';
import {commandNames} from './interpret.js';

/** Loads a deck for showing; on errors prints them and returns undefined. Warnings do not stop a show. */
export function openDeck(argument: string | undefined, stderr: NodeJS.WriteStream): Deck | undefined {
	const result = loadDeck(resolveDeckPath(argument));
	const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	if (errors.length > 0 || !result.deck) {
		for (const diagnostic of errors) {
			stderr.write(formatDiagnostic(result.path, diagnostic) + '\n');
		}

		if (argument !== undefined && result.diagnostics[0]?.message === 'file not found') {
			stderr.write(`  hint: bundled decks: ${bundledDeckNames().join(', ') || 'none'}; commands: ${commandNames.join(', ')}\n`);
		}

		return undefined;
	}

	return result.deck;
}
