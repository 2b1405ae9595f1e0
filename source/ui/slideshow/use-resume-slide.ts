import {useEffect, useRef} from 'react';
import type {SlideshowAction} from '../../core/show/slideshow-types.js';
import {useHold} from '../kit/use-hold.js';

type Options = {
	/** Asked once the first frame is drawn, for a resume slide that takes opening the store to know. */
	readonly laterResumeSlide: (() => Promise<number | undefined>) | undefined;
	/** The resume hint is on the status line. */
	readonly hintShown: boolean;
	/** How long the hint stays. */
	readonly hintMs: number;
};

/** A constant action, so the hint's wait is not started again on every render. */
const hideResumeHint: SlideshowAction = {type: 'hide-resume-hint'};

/** Where `r` resumes: asked for after the first frame, and offered on the status line for a while. */
export function useResumeSlide(dispatch: (action: SlideshowAction) => void, {laterResumeSlide, hintShown, hintMs}: Options): void {
	// Effects run after the commit that drew the first frame.
	const askedForResume = useRef(false);
	useEffect(() => {
		if (askedForResume.current || !laterResumeSlide) {
			return undefined;
		}

		askedForResume.current = true;
		let mounted = true;
		void laterResumeSlide().then(slide => {
			if (mounted && slide !== undefined) {
				dispatch({type: 'resume-known', resumeSlide: slide});
			}
		}, () => {
			// Without a store there is nothing to resume.
		});
		return () => {
			mounted = false;
		};
	}, [laterResumeSlide, dispatch]);

	useHold(dispatch, hintShown, hintMs, hideResumeHint);
}
