import {useState} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {Position} from '../../core/show/navigation.js';
import {positionAfterReload} from '../../core/show/reload-position.js';

/**
When the deck is read again, says where the show stands in the new version,
during the render that brings it: nothing is drawn, and no console told, from
the old position in the new deck. (React re-renders at once after a state
update made while rendering; this is its pattern for following a prop.)
*/
export function useDeckReload(deck: Deck, position: Position, onReload: (position: Position) => void): void {
	const [shown, setShown] = useState(deck);
	if (shown !== deck) {
		setShown(deck);
		onReload(positionAfterReload(shown.slides, deck.slides, position));
	}
}
