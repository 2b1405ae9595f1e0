import {useEffect, useRef} from 'react';
import type {ShowState} from '../../core/protocol/protocol.js';

type Listeners = {
	/** Told the 1-based slide whenever it changes. */
	readonly onPosition?: (slide: number) => void;
	/** Told where the show is after every change, for presenter consoles. */
	readonly onShowState?: (state: ShowState) => void;
};

/** Tells whoever runs the slideshow where it is: `shown` as drawn, with the page count of its step. */
export function useShowReports(shown: ShowState, pageCount: number, {onPosition, onShowState}: Listeners): void {
	const {slide, step, page, atEnd, blackout, timer, slideStartedMs, pacedFrom, endOffer, notesHit, message} = shown;
	// Only changes are reported: opening the deck must not overwrite the saved
	// place the resume hint offers before the user has moved.
	const reported = useRef(slide);
	useEffect(() => {
		if (reported.current !== slide) {
			reported.current = slide;
			onPosition?.(slide + 1);
		}
	}, [slide, onPosition]);

	useEffect(() => {
		onShowState?.({slide, step, page, pageCount, atEnd, blackout, timer, slideStartedMs, pacedFrom, ...(endOffer === undefined ? {} : {endOffer}), ...(notesHit === undefined ? {} : {notesHit}), ...(message === undefined ? {} : {message})});
	}, [onShowState, slide, step, page, pageCount, atEnd, blackout, timer, slideStartedMs, pacedFrom, endOffer, notesHit, message]);
}
