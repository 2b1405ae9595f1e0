import {useEffect, useMemo, useRef} from 'react';
import type {Slide} from '../../core/deck/types.js';
import type {TalkCopy} from '../../core/records/talk-record.js';
import {sameTalk, type Shown, talkCopyOf} from '../../core/show/talk-copy.js';

/**
Tells whoever keeps the talk (the store) a copy of it whenever it changes:
a new slide, step or page, the timer paused, resumed or reset. Not on every
render, and not on the clock's ticks: a running timer's copy stays true.
*/
export function useKeepTalk(slides: readonly Slide[], shown: Shown, onTalk: ((copy: TalkCopy) => void) | undefined, clock: () => number): void {
	const slugs = useMemo(() => slides.map(slide => slide.slug), [slides]);
	const kept = useRef<TalkCopy>(undefined);
	const {slide, step, page, atEnd, timer, slideStartedMs, pacedFrom} = shown;
	useEffect(() => {
		if (!onTalk) {
			return;
		}

		const copy = talkCopyOf({slide, step, page, atEnd, timer, slideStartedMs, pacedFrom}, slugs, clock());
		if (kept.current === undefined || !sameTalk(kept.current, copy)) {
			kept.current = copy;
			onTalk(copy);
		}
	}, [onTalk, slugs, slide, step, page, atEnd, timer, slideStartedMs, pacedFrom, clock]);
}
