import type {Deck} from '../../../core/deck/types.js';
import type {Highlighter} from '../../../core/layout/index.js';
import {wrapSpans, type Line} from '../../../core/layout/index.js';
import {segment} from '../../../core/layout/segments.js';
import {Overlay} from '../Overlay.js';
import {compactBlocks, compactSlide} from './compact-slide.js';
import {usePaneImages} from '../images.js';
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

/** A sentence of the pane's own, wrapped to its width. */
const said = (text: string, width: number): Line[] => wrapSpans([{text, style: {}}], width, {role: 'muted'});

/** What the audience sees after the next key. */
export function NextPane({deck, preview, width, height, highlighter}: Props) {
	const size = {width: Math.max(1, width - 4), height: Math.max(1, height - chrome), highlighter, ...usePaneImages()};
	const quizTitle = deck.quiz?.title ?? 'Quiz';
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
			const then = {'room-quiz': `, then the room quiz: ${quizTitle}`, quiz: `, then the quiz: ${quizTitle}`, none: ''}[preview.offer];
			lines = said(`The end screen${then}`, size.width);
			break;
		}

		case 'after-end': {
			const what = {
				'room-quiz': `The quiz for the room, “${quizTitle}”, on the shared screen: the next key starts it.`,
				quiz: `The quiz: ${quizTitle}.`,
				none: 'Nothing more: the next key changes nothing, and the talk is over.',
			}[preview.offer];
			lines = said(what, size.width);
			break;
		}
	}

	return (
		<Overlay title={describeNext(preview, deck.slides.length, deck.quiz?.questions.length ?? 0)} width={width} height={height}>
			<Lines lines={lines}/>
		</Overlay>
	);
}
