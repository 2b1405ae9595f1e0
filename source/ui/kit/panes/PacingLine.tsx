import {Box, Text} from 'ink';
import {timerPhase} from '../../../core/talk/timer.js';
import {textProps} from '../theme.js';
import {type Clock, useNow} from '../use-elapsed.js';
import {useTheme} from '../use-theme.js';
import {describeTiming, type TimingInput} from '../../../core/talk/timing.js';

/** What the pacing is worked out from, but the time: that is read as the line ticks. */
export type PacingFacts = Omit<TimingInput, 'now'>;

type Props = PacingFacts & {
	readonly clock: Clock;
	readonly tickInterval?: number;
};

/** `Pacing: ▲ 00:42 ahead`, ticking while the timer runs. */
export function PacingLine({clock, tickInterval, ...facts}: Props) {
	const theme = useTheme();
	const now = useNow(clock, tickInterval, facts.timer.state === 'running', timerPhase(facts.timer));
	const {pacing} = describeTiming({...facts, now});
	return (
		<Box>
			<Text {...textProps(theme.roles.footer)} wrap="truncate-end">
				{pacing === undefined ? 'Pacing: no budgets (set `duration`, or rehearse)' : `Pacing: ${pacing.text}`}
			</Text>
		</Box>
	);
}
