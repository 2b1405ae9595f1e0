import {useEffect} from 'react';
import type {Slide} from '../../core/deck/types.js';
import type {Subscribe} from '../../core/protocol/listeners.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import type {SlideshowAction, SlideshowContext} from '../../core/show/slideshow-types.js';

/** A console's copy of the talk it followed until the slideshow went away: the reducer takes it if it is the newest and nothing has moved. */
export function useTalkOffers(offers: Subscribe<TalkCopy> | undefined, dispatch: (action: SlideshowAction) => void, slides: readonly Slide[], context: SlideshowContext, clock: () => number): void {
	useEffect(() => offers?.(copy => {
		dispatch({type: 'pick-up', offer: {copy, ended: false, slugs: slides.map(slide => slide.slug)}, context, now: clock()});
	}), [offers, dispatch, slides, context, clock]);
}
