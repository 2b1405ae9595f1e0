/** The images a deck shows. */
import type {Deck} from '../deck/types.js';

/** Every image a deck's slides show as a block, by `src` as written, in slide order. */
export function deckImages(deck: Deck): string[] {
	const sources = new Set<string>();
	for (const slide of deck.slides) {
		for (const block of slide.blocks) {
			if (block.kind === 'image') {
				sources.add(block.src);
			}
		}
	}

	return [...sources];
}
