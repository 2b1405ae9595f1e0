/**
The talk's clock, as data. It waits until the show first moves to another
slide (a deck can sit on its title while people arrive), then runs; `t`
pauses and resumes it and `T` puts it back to waiting. Every function takes
the time as an argument, so the maths is tested with any clock, and two
processes on one machine reading `Date.now` show the same time.
*/

export type Timer =
	/** Not started: shows 00:00. */
	| {readonly state: 'idle'}
	/** Counting since `since` (a clock reading), on top of `banked` ms from before a pause. */
	| {readonly state: 'running'; readonly since: number; readonly banked: number}
	| {readonly state: 'paused'; readonly banked: number};

export const idleTimer: Timer = {state: 'idle'};

/** Later than any clock this program will meet, and still an exact number. */
const maxEpochMs = 8.64e15;

/** A number of milliseconds a clock can read: finite, 0 or more, below any date this program will meet. */
export const isMs = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxEpochMs;

/**
A timer read from outside the process (the channel, a kept talk): trusted for
nothing, so undefined unless it is exactly one of the three shapes with
readings a clock can have.
*/
export function readTimer(value: unknown): Timer | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return undefined;
	}

	const fields = value as Readonly<Record<string, unknown>>;
	switch (fields['state']) {
		case 'idle': {
			return idleTimer;
		}

		case 'paused': {
			return isMs(fields['banked']) ? {state: 'paused', banked: fields['banked']} : undefined;
		}

		case 'running': {
			return isMs(fields['banked']) && isMs(fields['since']) ? {state: 'running', since: fields['since'], banked: fields['banked']} : undefined;
		}

		default: {
			return undefined;
		}
	}
}

/** Milliseconds the talk has run at `now`. */
export function elapsedMs(timer: Timer, now: number): number {
	switch (timer.state) {
		case 'idle': {
			return 0;
		}

		case 'paused': {
			return timer.banked;
		}

		case 'running': {
			return timer.banked + Math.max(0, now - timer.since);
		}
	}
}

/**
The clock reading its seconds turn over in step with: where a running timer
would have started without its pauses. Screens tick from it, so all of them
show the same second.
*/
export function timerPhase(timer: Timer): number {
	return timer.state === 'running' ? timer.since - timer.banked : 0;
}

/** Starts a waiting timer; a running or paused one is left as it is. */
export function startTimer(timer: Timer, now: number): Timer {
	return timer.state === 'idle' ? {state: 'running', since: now, banked: 0} : timer;
}

/** `t`: pauses a running timer, resumes a paused one, starts a waiting one. */
export function toggleTimer(timer: Timer, now: number): Timer {
	switch (timer.state) {
		case 'idle': {
			return startTimer(timer, now);
		}

		case 'paused': {
			return {state: 'running', since: now, banked: timer.banked};
		}

		case 'running': {
			return {state: 'paused', banked: elapsedMs(timer, now)};
		}
	}
}

/** How the time compares with the talk's length. */
export type TimeLeft = {
	/** Negative once over time. */
	readonly remainingMs: number;
	/** `warning` in the last two minutes, `over` past the end. */
	readonly level: 'normal' | 'warning' | 'over';
};

const warningMs = 2 * 60 * 1000;

export function timeLeft(elapsed: number, durationMs: number): TimeLeft {
	const remainingMs = durationMs - elapsed;
	if (remainingMs < 0) {
		return {remainingMs, level: 'over'};
	}

	return {remainingMs, level: remainingMs <= warningMs ? 'warning' : 'normal'};
}
