import {useEffect, useState} from 'react';

/** Milliseconds since an epoch; `Date.now` in the app, a fake in tests. */
export type Clock = () => number;

/** How late after its moment a tick comes, so a timer that fires a little early still reads the new second. */
const tickLateMs = 2;

/**
Milliseconds from `now` to the next tick in step with `phase`: just after a
clock reading `phase + k × interval`.
*/
export function untilNextTick(now: number, interval: number, phase: number): number {
	const into = (((now - phase) % interval) + interval) % interval;
	return interval - into + tickLateMs;
}

/**
The clock's reading, refreshed every `interval` ms while `active`. Only the
component that shows a time should call this, so the tick re-renders it and
nothing else; a stopped timer needs no ticks at all.

Ticks fall in step with `phase` (a timer's start, say), not with when this
screen began: two terminals showing one timer then turn to the next second
together, instead of up to a second apart.
*/
export function useNow(clock: Clock, interval = 1000, active = true, phase = 0): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		setNow(clock());
		if (!active) {
			return;
		}

		let timer: NodeJS.Timeout;
		const tick = () => {
			const reading = clock();
			setNow(reading);
			timer = setTimeout(tick, untilNextTick(reading, interval, phase));
		};

		timer = setTimeout(tick, untilNextTick(clock(), interval, phase));
		return () => {
			clearTimeout(timer);
		};
	}, [clock, interval, active, phase]);
	return now;
}
