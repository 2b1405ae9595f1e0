import {useEffect, useState} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {ImageSource} from '../../core/images/types.js';

/** How a screen that follows a deck gets the images of each version of it (commands/shared/open-deck.ts). */
export type ImagesFor = (deck: Deck, previous: ImageSource | undefined) => Promise<ImageSource | undefined>;

/**
The images of the deck as last read: every header read again for each new
version (an image added or changed since gets its size), the version before
kept on screen until then; a save meanwhile wins. Without `imagesFor` (no
picture drawn: `--images off`), the opening images stay.
*/
export function useLiveImages(deck: Deck, opening: ImageSource | undefined, imagesFor: ImagesFor | undefined): ImageSource | undefined {
	const [images, setImages] = useState({deck, source: opening});
	useEffect(() => {
		if (!imagesFor || images.deck === deck) {
			return;
		}

		let current = true;
		void imagesFor(deck, images.source).then(source => {
			if (current) {
				setImages({deck, source});
			}
		});
		return () => {
			current = false;
		};
	}, [imagesFor, deck, images]);
	return images.source;
}
