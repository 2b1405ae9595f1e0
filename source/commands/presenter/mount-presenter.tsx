import process from 'node:process';
import {useMemo} from 'react';
import type {ImageProtocol} from '../../core/images/protocol.js';
import type {ImageSource} from '../../core/images/types.js';
import {detectGraphics} from '../../io/terminal/detect-graphics.js';
import {ImageSourceProvider} from '../../ui/kit/images.js';
import type {Deck} from '../../core/deck/types.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import {describeScreen, renderFullScreen, type ScreenOptions} from '../../ui/kit/full-screen.js';
import {deckNeedsHighlighter, loadHighlighter} from '../../core/layout/index.js';
import {PresenterApp, type ShowSource} from '../../ui/presenter/PresenterApp.js';
import {RoomConsole} from '../../ui/room/RoomConsole.js';
import type {Plan} from '../../core/talk/budgets.js';
import {useLiveDeck} from '../../ui/kit/use-live-deck.js';
import {type ImagesFor, useLiveImages} from '../../ui/kit/use-live-images.js';

type PresenterOptions = ScreenOptions & {
	readonly source: ShowSource;
	/** The budgets for a version of the deck. */
	readonly planFor: (deck: Deck) => Plan;
	/** The deck, read again when its file is saved (`--watch`) or a slideshow shows another version. */
	readonly feed: DeckFeed;
	/** The deck as named on the command line, for the hint to start its slideshow. */
	readonly deckArgument?: string;
	/** Load the highlighter whatever the deck holds now: a watched deck may gain code. */
	readonly watching: boolean;
	/** A word on the console's bottom line as it opens. */
	readonly notice?: string;
	/** The deck's pictures, for the now and next panes; absent for a deck without any. */
	readonly images?: ImageSource;
	/** The pictures of each version of the deck as it is read again, their headers read again. */
	readonly imagesFor?: ImagesFor;
	/** `--images`: how to draw them, in place of asking the terminal. */
	readonly imageProtocol?: ImageProtocol;
};

type LiveProps = Omit<PresenterOptions, keyof ScreenOptions | 'watching' | 'imageProtocol'> & Pick<Parameters<typeof PresenterApp>[0], 'highlighter'>;

/** The console with the deck as last read. */
function LivePresenter({feed, planFor, images: openingImages, imagesFor, ...props}: LiveProps) {
	const live = useLiveDeck(feed);
	const plan = useMemo(() => planFor(live.deck), [planFor, live.deck]);
	const images = useLiveImages(live.deck, openingImages, imagesFor);
	return (
		<ImageSourceProvider source={images}>
			<PresenterApp {...props} roomConsole={RoomConsole} deck={live.deck} plan={plan} banner={live.problem} onOtherVersion={feed.reload}/>
		</ImageSourceProvider>
	);
}

/** Runs the presenter console full-screen until it quits, then restores the terminal. */
export async function runPresenter(deck: Deck, options: PresenterOptions): Promise<void> {
	const described = describeScreen(options);
	// A deck read again may gain pictures: a watched one's terminal is asked as it opens, as one with pictures is.
	const screen = options.images || options.watching ? {...described, graphics: await detectGraphics({...described, env: options.env ?? process.env, override: options.imageProtocol})} : described;
	const highlighter = deckNeedsHighlighter(deck.slides) || options.watching ? await loadHighlighter() : undefined;
	await renderFullScreen(
		// `--images off`: every picture is its alt text.
		screen.graphics?.protocol === 'off'
			? <LivePresenter feed={options.feed} planFor={options.planFor} source={options.source} deckArgument={options.deckArgument} notice={options.notice} highlighter={highlighter}/>
			: <LivePresenter feed={options.feed} planFor={options.planFor} source={options.source} deckArgument={options.deckArgument} notice={options.notice} highlighter={highlighter} images={options.images} imagesFor={options.imagesFor}/>,
		screen,
	);
}
