/** The images a deck shows. */
import type {Block, Deck} from '../deck/types.js';

/** An image block of a deck: its `src` as written and the source line it sits on. */
export type PlacedImage = {readonly src: string; readonly line: number};

/** The blocks a block holds: a quote's, a list's items', a `columns` block's columns'. Layout draws images in all of them. */
function innerBlocks(block: Block): readonly Block[] {
	switch (block.kind) {
		case 'quote': {
			return block.blocks;
		}

		case 'list': {
			return block.items.flatMap(item => item.blocks);
		}

		case 'columns': {
			return block.columns.flat();
		}

		default: {
			return [];
		}
	}
}

function imagesIn(blocks: readonly Block[]): PlacedImage[] {
	return blocks.flatMap(block => (block.kind === 'image' ? [{src: block.src, line: block.line}] : imagesIn(innerBlocks(block))));
}

/** Every image block of a deck, nested ones included, each where it is written, in slide and source order. */
export function placedImages(deck: Deck): PlacedImage[] {
	return deck.slides.flatMap(slide => imagesIn(slide.blocks));
}

/** Every image a deck's slides show as a block, by `src` as written, each once, in slide order. */
export function deckImages(deck: Deck): string[] {
	return [...new Set(placedImages(deck).map(image => image.src))];
}
