import type {Slide} from '../../core/deck/types.js';
import type {ShowState} from '../../core/protocol/protocol.js';
import type {Highlighter} from '../../core/layout/index.js';
import {segment} from '../../core/layout/segments.js';
import {Overlay} from '../kit/Overlay.js';
import {compactSlide} from '../kit/panes/compact-slide.js';
import {usePaneImages} from '../kit/images.js';
import {Lines} from '../kit/panes/Lines.js';

type Props = {
	/** The slide shown; none on the end screen. */
	readonly slide?: Slide;
	readonly show: ShowState;
	readonly slideCount: number;
	readonly width: number;
	readonly height: number;
	readonly highlighter?: Highlighter;
};

// Border and title.
const chrome = 3;

/** What the audience sees now, small: the slide at its step, and whether the screen is blacked out. */
export function NowPane({slide, show, slideCount, width, height, highlighter}: Props) {
	const stepCount = Math.max(1, slide?.steps.length ?? 1);
	const title = slide === undefined
		? 'Now: the end'
		: `Now: slide ${show.slide + 1}/${slideCount}${stepCount > 1 ? `, step ${show.step + 1}/${stepCount}` : ''}${show.blackout ? ' · BLACKED OUT' : ''}`;
	const images = usePaneImages();
	const lines = slide === undefined
		? [[segment('The end screen: the deck is over.', {role: 'muted'})]]
		: compactSlide(slide, show.step, {width: Math.max(1, width - 4), height: Math.max(1, height - chrome), highlighter, ...images});
	return (
		<Overlay title={title} width={width} height={height}>
			<Lines lines={lines}/>
		</Overlay>
	);
}
