import {type ComponentProps, useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {Budgets} from '../../core/talk/budgets.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import {useLiveDeck} from '../kit/use-live-deck.js';
import {type ImagesFor, useLiveImages} from '../kit/use-live-images.js';
import {Slideshow} from './Slideshow.js';

type Props = Omit<ComponentProps<typeof Slideshow>, 'deck' | 'banner' | 'budgets'> & {
	/** The deck, read again whenever its file is saved. */
	readonly feed: DeckFeed;
	/** Seconds per slide for a version of the deck. */
	readonly budgetsFor: (deck: Deck) => Budgets;
	/** The images of each version of the deck, their headers read again; absent where no picture is drawn (`--images off`). */
	readonly imagesFor?: ImagesFor;
};

/** The slideshow with `--watch`: each good version of the deck as it is saved, and a banner while the file is broken. */
export function LiveSlideshow({feed, budgetsFor, imagesFor, images: openingImages, ...props}: Props) {
	const live = useLiveDeck(feed);
	const budgets = useMemo(() => budgetsFor(live.deck), [budgetsFor, live.deck]);
	const images = useLiveImages(live.deck, openingImages, imagesFor);
	return <Slideshow {...props} images={images} deck={live.deck} banner={live.problem} budgets={budgets}/>;
}
