import type {Deck} from '../../../core/deck/types.js';
import type {Highlighter} from '../../../core/layout/index.js';
import {segment} from '../../../core/layout/segments.js';
import {Overlay} from '../Overlay.js';
import {compactBlocks, compactSlide} from './compact-slide.js';
import {Lines} from './Lines.js';
import {describeNext, type NextPreview} from './next-step.js';

type Props = {
	readonly deck: Deck;
	readonly preview: NextPreview;
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
};

// Border and title.
const chrome = 3;

/** What the audience sees after the next key. */
export function NextPane({deck, preview, width, height, highlighter}: Props) {
	const size = {width: Math.max(1, width - 4), height: Math.max(1, height - chrome), highlighter};
	let lines;
	switch (preview.kind) {
		case 'page': {
			lines = [[segment('More of this slide: it continues on the next page.', {role: 'muted'})]];
			break;
		}

		case 'step': {
			lines = compactBlocks(preview.blocks, size);
			break;
		}

		case 'slide': {
			lines = compactSlide(preview.slide, 0, size);
			break;
		}

		case 'end': {
			lines = [[segment(deck.quiz && deck.quiz.questions.length > 0 ? `The end screen, then the quiz: ${deck.quiz.title}` : 'The end screen', {role: 'muted'})]];
			break;
		}

		case 'none': {
			lines = [];
			break;
		}
	}

	return (
		<Overlay title={describeNext(preview, deck.slides.length)} width={width} height={height}>
			<Lines lines={lines}/>
		</Overlay>
	);
}
