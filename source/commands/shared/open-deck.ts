import path from 'node:path';
import {bundledDeckNames, resolveDeckPath} from '../../io/deck/bundled.js';
import {formatDiagnostic} from '../../core/deck/format-diagnostic.js';
import {loadDeck, type LoadResult} from '../../io/deck/load.js';
import type {Deck, Diagnostic} from '../../core/deck/types.js';
import {plural} from '../../core/text/format.js';
import {commandNames} from './command.js';
import {deckWords, shellWord} from '../../core/text/shell-word.js';
import {nearFile} from '../../io/fs/near-file.js';
import {deckImages} from '../../core/images/deck-images.js';
import type {ImageSource} from '../../core/images/types.js';

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
be a mistyped file name: the hint names a file close to it in that folder.
Failing that, a bare word (no folder, no extension) may be a mistyped deck
name, or, where a deck is the first word (the slideshow's), a mistyped
command: the hint lists those. A path is just missing, as the error says.
*/
export function loadNamedDeck(argument: string | undefined, load: (file: string) => LoadResult = loadDeck, {commands = true}: {readonly commands?: boolean} = {}): LoadResult {
	const result = load(resolveDeckPath(argument));
	const [first] = result.diagnostics;
	if (argument === undefined || first?.message !== 'file not found' || first.hint !== undefined) {
		return result;
	}

	const near = nearFile(argument);
	const decks = `bundled decks: ${bundledDeckNames().join(', ') || 'none'}`;
	const bare = !/[./\\]/.test(argument);
	const hint = near === undefined
		? (bare ? (commands ? `${decks}; commands: ${commandNames.join(', ')}` : decks) : undefined)
		: `did you mean \`${shellWord(near)}\`?`;
	return hint === undefined ? result : {...result, diagnostics: [{...first, hint}, ...result.diagnostics.slice(1)]};
}

/** The one line a slideshow shows when it opens a deck with recovered errors; `check` needs the deck named, as the command line named it. */
export function recoveredNotice(errors: readonly Diagnostic[], deckArgument?: string): string {
	return `${plural(errors.length, 'broken link')} shown as plain text: run \`briefing-deck check${deckWords(deckArgument)}\` for where`;
}

/** The status line's word on images that will show as their alt text; `check` says why for each. */
export function imagesNotice(images: ImageSource | undefined, deckArgument?: string): string | undefined {
	const count = images?.problems.size ?? 0;
	return count === 0 ? undefined : `${plural(count, 'image')} shown as ${count === 1 ? 'its' : 'their'} alt text: run \`briefing-deck check${deckWords(deckArgument)}\` for why`;
}

/**
The deck's images, every header read, for a slideshow to lay out and draw;
undefined for a deck without any, which loads none of the image code. Images
are read from the deck file's folder and below. A deck read again (`--watch`)
passes the source before it, whose pixels are kept for files not changed.
*/
export async function openDeckImages(deck: Deck, deckFile: string, previous?: ImageSource): Promise<ImageSource | undefined> {
	const sources = deckImages(deck);
	if (sources.length === 0) {
		return undefined;
	}

	const {openImageSource} = await import('../../io/images/image-source.js');
	return openImageSource(path.dirname(deckFile), sources, undefined, previous);
}
