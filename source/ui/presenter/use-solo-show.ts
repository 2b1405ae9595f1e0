import {useCallback, useEffect, useMemo, useReducer} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {RemoteCommand, ShowState} from '../../core/protocol/protocol.js';
import {showStateOf} from '../../core/show/show-state.js';
import {initialState, slideshowReducer} from '../../core/show/slideshow-state.js';
import type {SlideshowContext} from '../../core/show/slideshow-types.js';
import type {RehearsalLog} from '../../core/talk/rehearsal.js';
import {useDeckReload} from '../kit/use-deck-reload.js';
import type {Clock} from '../kit/use-elapsed.js';

/**
A show with no slideshow: `--solo`, the console alone. The same reducer the
slideshow uses owns the position and the timer here; a slide is one page,
since nobody sees it paginated. With `onRehearsal` (`--rehearse`) the same
reducer times each slide as the slideshow's rehearsal does, from the start,
and hands on the log at every change, for the command to keep on quit.
*/
export function useSoloShow(deck: Deck, clock: Clock, onRehearsal?: (log: RehearsalLog) => void): {show: ShowState; send: (command: RemoteCommand, count: number | undefined) => boolean} {
	const rehearse = onRehearsal !== undefined;
	const [state, dispatch] = useReducer(slideshowReducer, undefined, () => initialState(rehearse ? {rehearse: {slideCount: deck.slides.length, now: clock()}} : {}));
	useEffect(() => {
		if (state.rehearsal) {
			onRehearsal?.(state.rehearsal);
		}
	}, [state.rehearsal, onRehearsal]);
	const context = useMemo<SlideshowContext>(() => ({
		slideCount: deck.slides.length,
		stepCount: slide => Math.max(1, deck.slides[slide]?.steps.length ?? 1),
		pageCount: () => 1,
		offerQuiz: false,
		search: () => [],
	}), [deck]);
	useDeckReload(deck, state.position, position => {
		dispatch({type: 'reload', position, context});
	});
	const send = useCallback((command: RemoteCommand, count: number | undefined) => {
		dispatch({type: 'command', command, count, context, now: clock()});
		return true;
	}, [context, clock]);
	return {show: showStateOf(state, 1), send};
}
