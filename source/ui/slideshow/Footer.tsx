import {Box, Text} from 'ink';
import {type Timer, timerPhase} from '../../core/talk/timer.js';
import {sanitize} from '../../core/text/sanitize.js';
import {describeTiming} from '../../core/talk/timing.js';
import {textProps} from '../kit/theme.js';
import {type Clock, useNow} from '../kit/use-elapsed.js';
import {useTheme} from '../kit/use-theme.js';
import {progressBar} from '../../core/show/progress.js';

type Props = {
	readonly deckTitle: string;
	/** 1-based number of the slide shown. */
	readonly slide: number;
	readonly slideCount: number;
	readonly atEnd: boolean;
	readonly width: number;
	readonly timer: Timer;
	/** The talk's length, for the time left. */
	readonly durationSeconds?: number;
	/** Say that `?` lists the keys (until the first key press). */
	readonly keysHint: boolean;
	/** A rehearsal is being timed: say so beside the time. */
	readonly rehearsing?: boolean;
	readonly clock: Clock;
	readonly tickInterval?: number;
};

const barWidth = (width: number): number => Math.max(4, Math.min(20, Math.floor(width / 6)));

type TimeProps = Pick<Props, 'timer' | 'durationSeconds' | 'clock' | 'tickInterval'>;

/** Elapsed and left. Its own component, so the tick re-renders only this text, and only while the timer runs. */
function FooterTime({timer, durationSeconds, clock, tickInterval}: TimeProps) {
	const theme = useTheme();
	const now = useNow(clock, tickInterval, timer.state === 'running', timerPhase(timer));
	const timing = describeTiming({timer, now, durationSeconds, slide: 0, atEnd: false, slideStartedMs: 0, pacedFrom: 0});
	const style = textProps(theme.roles.footer);
	return (
		<Box gap={2}>
			<Text {...style}>{timing.state === 'paused' ? `${timing.elapsed} paused` : timing.elapsed}</Text>
			{timing.left === undefined ? undefined : (
				<Text {...(timing.left.level === 'normal' ? style : textProps(theme.roles.error))}>{timing.left.text}</Text>
			)}
		</Box>
	);
}

/** Deck title, `N / M`, a progress bar, the elapsed time and the time left, on one line. */
export function Footer({deckTitle, slide, slideCount, atEnd, width, timer, durationSeconds, keysHint, rehearsing = false, clock, tickInterval}: Props) {
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
				{keysHint ? <Text {...textProps(theme.roles.key)}>? keys</Text> : undefined}
				{rehearsing ? <Text {...textProps(theme.roles.error)}>● rehearsing</Text> : undefined}
				<Text {...style} bold>{counter}</Text>
				<Text>
					<Text {...textProps(theme.roles.progress)}>{bar.filled}</Text>
					<Text {...textProps(theme.roles.progressEmpty)}>{bar.empty}</Text>
				</Text>
				<FooterTime timer={timer} durationSeconds={durationSeconds} clock={clock} tickInterval={tickInterval}/>
			</Box>
		</Box>
	);
}
