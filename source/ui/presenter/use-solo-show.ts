import {useCallback, useMemo, useReducer} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {RemoteCommand, ShowState} from '../../core/protocol/protocol.js';
import {showStateOf} from '../../core/show/show-state.js';
import {initialState, slideshowReducer} from '../../core/show/slideshow-state.js';
import type {SlideshowContext} from '../../core/show/slideshow-types.js';
import {useDeckReload} from '../kit/use-deck-reload.js';
import type {Clock} from '../kit/use-elapsed.js';

/**
A show with no slideshow: `--solo` rehearses with the console alone. The same
reducer the slideshow uses owns the position and the timer here; a slide is
one page, since nobody sees it paginated.
*/
export function useSoloShow(deck: Deck, clock: Clock): {show: ShowState; send: (command: RemoteCommand, count: number | undefined) => boolean} {
	const [state, dispatch] = useReducer(slideshowReducer, {}, initialState);
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
