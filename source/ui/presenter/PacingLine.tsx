import {Box, Text} from 'ink';
import type {Timer} from '../../present/timer.js';
import {textProps} from '../theme.js';
import {type Clock, useNow} from '../use-elapsed.js';
import {useTheme} from '../use-theme.js';
import {describeTiming} from './timing.js';

export type PacingFacts = {
	readonly timer: Timer;
	readonly durationSeconds?: number;
	/** Seconds per slide; without them there is no pacing to show. */
	readonly budgets?: readonly number[];
	readonly slide: number;
	readonly atEnd: boolean;
	readonly slideStartedMs: number;
	readonly pacedFrom: number;
};

type Props = PacingFacts & {
	readonly clock: Clock;
	readonly tickInterval?: number;
};

/** `Pacing: ▲ 00:42 ahead`, ticking while the timer runs. */
export function PacingLine({clock, tickInterval, ...facts}: Props) {
	const theme = useTheme();
	const now = useNow(clock, tickInterval, facts.timer.state === 'running');
	const {pacing} = describeTiming({...facts, now});
	return (
		<Box>
			<Text {...textProps(theme.roles.footer)} wrap="truncate-end">
				{pacing === undefined ? 'Pacing: no budgets (set `duration`, or rehearse)' : `Pacing: ${pacing.text}`}
			</Text>
		</Box>
	);
}
