import {Text} from 'ink';
import {Fragment} from 'react';
import {timerPhase} from '../../core/talk/timer.js';
import {textProps} from '../kit/theme.js';
import {type Clock, useNow} from '../kit/use-elapsed.js';
import {useTheme} from '../kit/use-theme.js';
import type {PacingFacts} from '../kit/panes/PacingLine.js';
import {describeTiming, wallClock} from '../../core/talk/timing.js';

type Props = PacingFacts & {
	readonly slideCount: number;
	readonly step: number;
	readonly stepCount: number;
	readonly clock: Clock;
	readonly tickInterval?: number;
};

const separator = '   ';

/** Elapsed, left, the pacing, the wall clock and slide n/N, on one line that is cut rather than wrapped. */
export function ConsoleTiming({slideCount, step, stepCount, clock, tickInterval, ...facts}: Props) {
	const theme = useTheme();
	// The wall clock moves even while the timer waits; the elapsed time turns over with the slideshow's.
	const now = useNow(clock, tickInterval, true, timerPhase(facts.timer));
	const timing = describeTiming({...facts, now});
	const where = facts.atEnd ? `End / ${slideCount}` : `Slide ${facts.slide + 1}/${slideCount}${stepCount > 1 ? ` · step ${step + 1}/${stepCount}` : ''}`;
	const elapsed = {idle: `${timing.elapsed} waiting for the next slide`, running: timing.elapsed, paused: `${timing.elapsed} paused`}[timing.state];
	const parts = [
		<Text key="elapsed" bold>{elapsed}</Text>,
		timing.left && (
			<Text key="left" {...textProps(timing.left.level === 'normal' ? theme.roles.text : theme.roles.error)} bold={timing.left.level !== 'normal'}>{timing.left.text}</Text>
		),
		// Before the timer runs there is nothing to be ahead or behind of.
		timing.pacing && timing.state !== 'idle' && (
			<Text key="pacing" {...textProps(timing.pacing.kind === 'behind' ? theme.roles.error : theme.roles.accent)}>{timing.pacing.text}</Text>
		),
		<Text key="clock" {...textProps(theme.roles.muted)}>{wallClock(now)}</Text>,
		<Text key="where">{where}</Text>,
	].filter(Boolean);
	return (
		<Text wrap="truncate-end" aria-role="timer">
			{parts.map((part, index) => (
				<Fragment key={index}>
					{index > 0 ? separator : ''}
					{part}
				</Fragment>
			))}
		</Text>
	);
}
