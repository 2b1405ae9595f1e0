import {Box} from 'ink';
import {countdownAt} from '../../core/room/room-state.js';
import {currentRoomQuestion, type RoomState} from '../../core/room/room-model.js';
import {LineText} from '../kit/LineText.js';
import {type Clock, useNow} from '../kit/use-elapsed.js';
import {countdownLines} from './room-lines.js';

type Props = {
	readonly room: RoomState;
	readonly clock: Clock;
	readonly width: number;
	/** Seconds in block digits. */
	readonly block: boolean;
	/** Milliseconds between updates: often enough that a second never shows late. */
	readonly interval?: number;
};

/** The question's countdown. Its own component, so its tick redraws only itself. */
export function Countdown({room, clock, width, block, interval = 250}: Props) {
	// In step with the question's start, so the room screen and a console show the same second.
	const now = useNow(clock, interval, true, currentRoomQuestion(room)?.shownAt ?? 0);
	const countdown = countdownAt(room, now);
	if (!countdown) {
		return undefined;
	}

	const seconds = Math.ceil(countdown.leftMs / 1000);
	return (
		<Box flexDirection="column" marginBottom={1} aria-label={countdown.done ? 'Countdown: time is up' : `Countdown: ${seconds} seconds left`}>
			{countdownLines(countdown.leftMs, countdown.totalMs, width, block).map((line, index) => (
				// Lines have no identity beyond their place.
				<LineText key={index} line={line} hyperlinks={false}/>
			))}
		</Box>
	);
}

/** Rows the countdown takes with its gap below. */
export const countdownRows = (block: boolean): number => (block ? 3 : 1) + 1;
