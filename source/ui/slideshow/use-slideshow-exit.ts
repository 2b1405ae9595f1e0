/**
How the slideshow ends, with the result runSlideshow resolves with. `q`
gives the terminal back from the key handler itself, before the slideshow
renders again: nothing is left to draw. Any other end (the quiz, or a quit
where nothing can leave at once) exits Ink once that state is drawn.
*/
import {useApp} from 'ink';
import {useCallback, useEffect} from 'react';
import type {Outcome, SlideshowAction, SlideshowState} from '../../core/show/slideshow-types.js';
import type {RehearsalLog} from '../../core/talk/rehearsal.js';
import {useLeave} from '../kit/use-leave.js';

export type SlideshowResult = {
	readonly next: Outcome;
	/** With `rehearse`: the time each slide had. */
	readonly rehearsal?: RehearsalLog;
};

const resultOf = (outcome: SlideshowState['outcome'], rehearsal: SlideshowState['rehearsal']): SlideshowResult => ({next: outcome ?? 'quit', ...(rehearsal ? {rehearsal} : {})});

/** The reducer's dispatch, which leaves at once when an action quits. */
export function useLeavingDispatch(apply: (action: SlideshowAction) => SlideshowState): (action: SlideshowAction) => void {
	const leave = useLeave();
	return useCallback((action: SlideshowAction) => {
		const next = apply(action);
		if (next.outcome === 'quit' && leave) {
			leave(resultOf(next.outcome, next.rehearsal));
		}
	}, [apply, leave]);
}

/** Exits with the state's outcome, unless the slideshow has already left. */
export function useSlideshowExit({outcome, rehearsal}: SlideshowState): void {
	const {exit} = useApp();
	const leave = useLeave();
	useEffect(() => {
		if (outcome !== undefined && !(outcome === 'quit' && leave)) {
			exit(resultOf(outcome, rehearsal));
		}
	}, [outcome, rehearsal, exit, leave]);
}
