import {type ComponentProps, useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {Budgets} from '../../core/talk/budgets.js';
import type {DeckFeed} from '../../io/watch/deck-feed.js';
import {useLiveDeck} from '../kit/use-live-deck.js';
import {Slideshow} from './Slideshow.js';

type Props = Omit<ComponentProps<typeof Slideshow>, 'deck' | 'banner' | 'budgets'> & {
	/** The deck, read again whenever its file is saved. */
	readonly feed: DeckFeed;
	/** Seconds per slide for a version of the deck. */
	readonly budgetsFor: (deck: Deck) => Budgets;
};

/** The slideshow with `--watch`: each good version of the deck as it is saved, and a banner while the file is broken. */
export function LiveSlideshow({feed, budgetsFor, ...props}: Props) {
	const live = useLiveDeck(feed);
	const budgets = useMemo(() => budgetsFor(live.deck), [budgetsFor, live.deck]);
	return <Slideshow {...props} deck={live.deck} banner={live.problem} budgets={budgets}/>;
}
