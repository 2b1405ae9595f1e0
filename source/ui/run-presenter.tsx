import type {Deck} from '../deck/types.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from './full-screen.js';
import {deckNeedsHighlighter, loadHighlighter} from './layout/index.js';
import {PresenterApp, type ShowSource} from './presenter/PresenterApp.js';
import type {Plan} from './presenter/PresenterConsole.js';

export type PresenterOptions = ScreenOptions & {
	readonly source: ShowSource;
	readonly plan: Plan;
	/** The deck as named on the command line, for the hint to start its slideshow. */
	readonly deckArgument?: string;
};

/** Runs the presenter console full-screen until it quits, then restores the terminal. */
export async function runPresenter(deck: Deck, options: PresenterOptions): Promise<void> {
	const screen = describeScreen(options);
	const highlighter = deckNeedsHighlighter(deck.slides) ? await loadHighlighter() : undefined;
	await renderFullScreen(
		<PresenterApp deck={deck} source={options.source} plan={options.plan} deckArgument={options.deckArgument} highlighter={highlighter}/>,
		screen,
	);
}
