import {Box, Text} from 'ink';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import type {Clock} from '../use-elapsed.js';
import {useTheme} from '../use-theme.js';
import {Elapsed} from './Elapsed.js';
import {progressBar} from './progress.js';

type Props = {
	readonly deckTitle: string;
	/** 1-based number of the slide shown. */
	readonly slide: number;
	readonly slideCount: number;
	readonly atEnd: boolean;
	readonly width: number;
	readonly clock: Clock;
	/** When the talk started, by `clock`. */
	readonly startedAt: number;
	readonly tickInterval?: number;
};

const barWidth = (width: number): number => Math.max(4, Math.min(20, Math.floor(width / 6)));

/** Deck title, `N / M`, a progress bar and the elapsed time, on one line. */
export function Footer({deckTitle, slide, slideCount, atEnd, width, clock, startedAt, tickInterval}: Props) {
	const theme = useTheme();
	const style = textProps(theme.roles.footer);
	const counter = atEnd ? `end / ${slideCount}` : `${slide} / ${slideCount}`;
	const bar = progressBar(atEnd ? slideCount : slide, slideCount, barWidth(width));
	const label = atEnd ? `End of the deck, ${slideCount} slides` : `Slide ${slide} of ${slideCount}`;
	return (
		<Box width={width} flexDirection="row" justifyContent="space-between" aria-label={label}>
			<Box flexShrink={1} marginRight={2}>
				<Text {...style} wrap="truncate-end">{sanitize(deckTitle)}</Text>
			</Box>
			<Box flexShrink={0} gap={2}>
				<Text {...style} bold>{counter}</Text>
				<Text>
					<Text {...textProps(theme.roles.progress)}>{bar.filled}</Text>
					<Text {...textProps(theme.roles.progressEmpty)}>{bar.empty}</Text>
				</Text>
				<Elapsed clock={clock} since={startedAt} interval={tickInterval}/>
			</Box>
		</Box>
	);
}
