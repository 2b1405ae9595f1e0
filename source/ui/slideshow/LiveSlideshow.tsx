import {type ComponentProps, useEffect, useMemo, useState} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {ImageSource} from '../../core/images/types.js';
import type {Budgets} from '../../core/talk/budgets.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import {useLiveDeck} from '../kit/use-live-deck.js';
import {Slideshow} from './Slideshow.js';

type Props = Omit<ComponentProps<typeof Slideshow>, 'deck' | 'banner' | 'budgets'> & {
	/** The deck, read again whenever its file is saved. */
	readonly feed: DeckFeed;
	/** Seconds per slide for a version of the deck. */
	readonly budgetsFor: (deck: Deck) => Budgets;
	/**
	The images of a version of the deck, every header read again (an image
	added or changed since gets its size), given the ones shown until now.
	Absent where no picture is drawn (`--images off`).
	*/
	readonly imagesFor?: (deck: Deck, previous: ImageSource | undefined) => Promise<ImageSource | undefined>;
};

/** The slideshow with `--watch`: each good version of the deck as it is saved, and a banner while the file is broken. */
export function LiveSlideshow({feed, budgetsFor, imagesFor, images: openingImages, ...props}: Props) {
	const live = useLiveDeck(feed);
	const budgets = useMemo(() => budgetsFor(live.deck), [budgetsFor, live.deck]);
	const [images, setImages] = useState({deck: live.deck, source: openingImages});
	useEffect(() => {
		if (!imagesFor || images.deck === live.deck) {
			return;
		}

		// The version before stays drawn until this one's headers are read; a save meanwhile wins.
		let current = true;
		void imagesFor(live.deck, images.source).then(source => {
			if (current) {
				setImages({deck: live.deck, source});
			}
		});
		return () => {
			current = false;
		};
	}, [imagesFor, live.deck, images]);
	return <Slideshow {...props} images={images.source} deck={live.deck} banner={live.problem} budgets={budgets}/>;
}
