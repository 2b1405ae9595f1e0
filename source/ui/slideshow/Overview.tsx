import {Box, Text} from 'ink';
import type {Slide} from '../../core/deck/types.js';
import {sanitize} from '../../core/text/sanitize.js';
import {textProps} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';
import {Overlay} from '../kit/Overlay.js';

type Props = {
	readonly slides: readonly Slide[];
	/** 0-based slide highlighted; the reducer moves it. */
	readonly highlight: number;
	readonly width: number;
	readonly height: number;
};

// Border (2), title and footnote.
const chrome = 4;

/** The first of `limit` rows shown so that `highlight` is in view, near the middle when the list is long. */
export function listTop(highlight: number, limit: number, count: number): number {
	return Math.max(0, Math.min(highlight - Math.floor(limit / 2), count - limit));
}

/**
Every slide as "N  title", the highlighted one marked. Keys are read by the
slideshow's reducer: ↑↓ move, Enter goes, and digits are slide numbers, as
everywhere else in the slideshow.
*/
export function Overview({slides, highlight, width, height}: Props) {
	const theme = useTheme();
	const limit = Math.max(1, height - chrome);
	const top = listTop(highlight, limit, slides.length);
	const digits = String(slides.length).length;
	return (
		<Overlay
			title="Slides"
			width={width}
			height={height}
			footnote="↑↓ choose · Enter go · a number and Enter: that slide · Esc close"
		>
			<Box flexDirection="column" aria-role="list">
				{slides.slice(top, top + limit).map((slide, offset) => {
					const index = top + offset;
					const selected = index === highlight;
					return (
						<Box key={slide.number} flexDirection="row" aria-role="listitem" aria-state={{selected}}>
							{/* A fixed-width box: a Text's trailing space is trimmed, gluing the marker to the number. */}
							<Box width={2} flexShrink={0}>
								<Text {...textProps(theme.roles.accent)}>{selected ? '›' : ' '}</Text>
							</Box>
							<Text {...textProps(selected ? theme.roles.selected : theme.roles.text)} wrap="truncate-end">
								{`${String(index + 1).padStart(digits)}  ${sanitize(slide.title) || '(untitled)'}`}
							</Text>
						</Box>
					);
				})}
			</Box>
		</Overlay>
	);
}
