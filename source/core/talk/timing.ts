/**
The timer, the time left and the pacing, in words and glyphs for the footer
and the presenter's screens. A warning is always a glyph and a word as well as
a colour (`!` in the last two minutes, `!!` when over), and so is pacing.
*/
import {pace, type Pacing} from './pacing.js';
import {elapsedMs, timeLeft, type TimeLeft, type Timer} from './timer.js';
import {formatDuration} from '../text/format.js';

export type TimingInput = {
	readonly timer: Timer;
	readonly now: number;
	/** The talk's length, if it has one. */
	readonly durationSeconds?: number;
	/** Seconds per slide, when every slide has a budget. */
	readonly budgets?: readonly number[];
	readonly slide: number;
	readonly atEnd: boolean;
	readonly slideStartedMs: number;
	readonly pacedFrom: number;
};

export type Timing = {
	readonly state: Timer['state'];
	/** `12:34`. */
	readonly elapsed: string;
	/** `02:26 left`, `! 01:40 left`, `!! 00:30 over`. */
	readonly left?: {readonly text: string; readonly level: TimeLeft['level']};
	/** `▲ 00:42 ahead`, `▼ 01:10 behind`, `● on time`. */
	readonly pacing?: {readonly text: string; readonly kind: Pacing['kind']};
};

// Rounded up, so elapsed and left add up to the talk's length, and "00:00 left" never reads as over.
const upToSecond = (ms: number): number => Math.ceil(ms / 1000) * 1000;

const leftText = ({remainingMs, level}: TimeLeft): string => {
	switch (level) {
		case 'normal': {
			return `${formatDuration(upToSecond(remainingMs))} left`;
		}

		case 'warning': {
			return `! ${formatDuration(upToSecond(remainingMs))} left`;
		}

		case 'over': {
			return `!! ${formatDuration(-remainingMs)} over`;
		}
	}
};

const pacingText = ({kind, ms}: Pacing): string => {
	switch (kind) {
		case 'ahead': {
			return `▲ ${formatDuration(ms)} ahead`;
		}

		case 'behind': {
			return `▼ ${formatDuration(ms)} behind`;
		}

		case 'on-time': {
			return '● on time';
		}
	}
};

export function describeTiming(input: TimingInput): Timing {
	const elapsed = elapsedMs(input.timer, input.now);
	const left = input.durationSeconds === undefined ? undefined : timeLeft(elapsed, input.durationSeconds * 1000);
	const pacing = input.budgets === undefined
		? undefined
		: pace({
				budgets: input.budgets,
				from: input.pacedFrom,
				slide: input.slide,
				atEnd: input.atEnd,
				elapsedMs: elapsed,
				onSlideMs: elapsed - input.slideStartedMs,
			});
	return {
		state: input.timer.state,
		elapsed: formatDuration(elapsed),
		...(left ? {left: {text: leftText(left), level: left.level}} : {}),
		...(pacing ? {pacing: {text: pacingText(pacing), kind: pacing.kind}} : {}),
	};
}

/** The wall clock, `14:05`, in the machine's time zone. */
export function wallClock(now: number): string {
	const date = new Date(now);
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
