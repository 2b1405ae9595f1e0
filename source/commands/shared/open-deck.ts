import {bundledDeckNames, resolveDeckPath} from '../../io/deck/bundled.js';
import {formatDiagnostic} from '../../core/deck/format-diagnostic.js';
import {loadDeck, type LoadResult} from '../../io/deck/load.js';
import type {Deck, Diagnostic} from '../../core/deck/types.js';
import {plural} from '../../core/text/format.js';
import {commandNames} from './command.js';
import {deckWords} from '../../core/text/shell-word.js';

/**
Loads a deck for showing; on errors prints them and returns undefined.
Warnings do not stop a show, and neither do errors the deck was repaired
around (a broken `#link` shows as plain text): those are printed, and
`onRecovered` hears of them, so a slideshow can say so on screen.
*/
export function openDeck(argument: string | undefined, stderr: NodeJS.WriteStream, onRecovered?: (errors: readonly Diagnostic[]) => void, load?: (file: string) => LoadResult): Deck | undefined {
	const result = loadNamedDeck(argument, load);
	const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	for (const diagnostic of errors) {
		stderr.write(formatDiagnostic(result.path, diagnostic) + '\n');
	}

	if (errors.some(diagnostic => !diagnostic.recovered) || !result.deck) {
		return undefined;
	}

	if (errors.length > 0) {
		onRecovered?.(errors);
	}

	return result.deck;
}

/**
Loads the deck a command line names (with `load`, the slideshow's cached
loader; else parsed). A name that is neither a file nor a bundled deck may
be a mistyped command or deck name: the hint lists both.
*/
export function loadNamedDeck(argument: string | undefined, load: (file: string) => LoadResult = loadDeck): LoadResult {
	const result = load(resolveDeckPath(argument));
	const [first] = result.diagnostics;
	if (argument === undefined || first?.message !== 'file not found' || first.hint !== undefined) {
		return result;
	}

	const hint = `bundled decks: ${bundledDeckNames().join(', ') || 'none'}; commands: ${commandNames.join(', ')}`;
	return {...result, diagnostics: [{...first, hint}, ...result.diagnostics.slice(1)]};
}

/** The one line a slideshow shows when it opens a deck with recovered errors; `check` needs the deck named, as the command line named it. */
export function recoveredNotice(errors: readonly Diagnostic[], deckArgument?: string): string {
	return `${plural(errors.length, 'broken link')} shown as plain text: run \`briefing-deck check${deckWords(deckArgument)}\` for where`;
}
