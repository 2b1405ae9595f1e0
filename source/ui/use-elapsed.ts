import {useEffect, useState} from 'react';

/** Milliseconds since an epoch; `Date.now` in the app, a fake in tests. */
export type Clock = () => number;

/**
The clock's reading, refreshed every `interval` ms while `active`. Only the
component that shows a time should call this, so the tick re-renders it and
nothing else; a stopped timer needs no ticks at all.
*/
export function useNow(clock: Clock, interval = 1000, active = true): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		setNow(clock());
		if (!active) {
			return;
		}

		const timer = setInterval(() => {
			setNow(clock());
		}, interval);
		return () => {
			clearInterval(timer);
		};
	}, [clock, interval, active]);
	return now;
}

/** `mm:ss`: the one time format of the app. */
export {formatDuration as formatElapsed} from '../text/format.js';
