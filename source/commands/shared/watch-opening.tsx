import {resolveDeckPath} from '../../io/deck/bundled.js';
import type {LoadResult} from '../../io/deck/load.js';
import {claimTerminal} from '../../io/terminal/claim-terminal.js';
import {canWaitFor, waitForGoodSave} from '../../io/watch/first-good-save.js';
import type {WatchedDeck} from '../../io/watch/watch-deck.js';
import {deckWords} from '../../core/text/shell-word.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {WaitingForDeck, type WaitingResult} from '../../ui/kit/WaitingForDeck.js';
import {loadNamedDeck} from './open-deck.js';
import type {Streams} from './streams.js';

/** The deck as `--watch` first met it, and the watch already following it when it had to be waited for. */
export type WatchOpening = {
	readonly result: LoadResult;
	readonly watched?: WatchedDeck;
};

const shows = (result: LoadResult): boolean =>
	result.deck !== undefined && !result.diagnostics.some(diagnostic => diagnostic.severity === 'error' && !diagnostic.recovered);

/**
The first load of a deck for `--watch`. A file that is empty or broken is
what someone writing a deck starts from, so in a terminal it is waited for,
on a screen that shows its error, until a save can be shown: the result is
that save, with the watch that saw it. A file that is not there is refused
still (a typo in its name would otherwise wait forever), with how to make it.
Undefined when the person quit while waiting.
*/
export async function openForWatch(argument: string | undefined, streams: Streams, screen: ScreenOptions, load?: (file: string) => LoadResult): Promise<WatchOpening | undefined> {
	const result = loadNamedDeck(argument, load);
	if (result.unread === 'missing') {
		const hint = `create it first (\`touch${deckWords(argument ?? result.path)}\`) and start again: with --watch an empty file waits for its first good save`;
		return {result: {...result, diagnostics: result.diagnostics.map((diagnostic, index) => index === 0 ? {...diagnostic, hint} : diagnostic)}};
	}

	if (shows(result) || !canWaitFor(result) || !streams.stdout.isTTY || !streams.stdin.isTTY || streams.env['TERM'] === 'dumb') {
		return {result};
	}

	const waiting = waitForGoodSave(resolveDeckPath(argument), result);
	claimTerminal(streams.stdin, screen.color);
	const ended = await renderFullScreen(<WaitingForDeck waiting={waiting} fileName={argument ?? result.path}/>, describeScreen({...screen, stdout: streams.stdout}));
	if ((ended as WaitingResult) !== 'ready') {
		waiting.close();
		return undefined;
	}

	const {watched, result: good} = await waiting.firstGood;
	return {result: good, watched};
}
