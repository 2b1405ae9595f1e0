import type {Deck} from '../../core/deck/types.js';
import type {KeyHelp} from '../../core/keys/keymap.js';
import type {Page} from '../../core/layout/index.js';
import type {EndOffer} from '../../core/protocol/protocol.js';
import type {Overlay} from '../../core/show/slideshow-types.js';
import {HelpOverlay} from '../kit/HelpOverlay.js';
import {SlideBody} from '../kit/SlideBody.js';
import {EndScreen} from './EndScreen.js';
import {Overview} from './Overview.js';

type Props = {
	readonly deck: Deck;
	readonly overlay: Overlay;
	readonly helpRows: ReadonlyArray<KeyHelp<string>>;
	readonly helpPage: number;
	/** The help's line under the keys (how pictures are drawn). */
	readonly helpFootnote?: string;
	/** 0-based slide the overview highlights. */
	readonly overviewIndex: number;
	/** 0-based slide shown, and the page of it. */
	readonly slide: number;
	readonly page: Page;
	readonly atEnd: boolean;
	/** What the end screen offers. */
	readonly endOffer: EndOffer;
	/** Presented: the notes stay off this screen, even for a screen reader. */
	readonly presented: boolean;
	readonly hyperlinks: boolean;
	/** The whole body, which the help and the overview take. */
	readonly fullWidth: number;
	readonly height: number;
	/** The slide's width: narrower with the presenter panel beside it. */
	readonly slideWidth: number;
};

/** What the body shows: the help or the overview over everything, else the slide's page, or the end screen after the last slide. */
export function SlideshowBody({deck, overlay, helpRows, helpPage, helpFootnote, overviewIndex, slide, page, atEnd, endOffer, presented, hyperlinks, fullWidth, height, slideWidth}: Props) {
	switch (overlay) {
		case 'help': {
			return <HelpOverlay rows={helpRows} width={fullWidth} height={height} page={helpPage} footnote={helpFootnote}/>;
		}

		case 'overview': {
			return <Overview slides={deck.slides} highlight={overviewIndex} width={fullWidth} height={height}/>;
		}

		default: {
			if (atEnd) {
				return <EndScreen deckTitle={deck.meta.title} offer={endOffer} quiz={deck.quiz} presented={presented} width={slideWidth}/>;
			}

			const current = deck.slides[slide];
			const label = `Slide ${slide + 1} of ${deck.slides.length}${current?.title ? `: ${current.title}` : ''}`;
			return <SlideBody page={page} width={slideWidth} hyperlinks={hyperlinks} label={label} notes={presented ? [] : current?.notes ?? []}/>;
		}
	}
}
