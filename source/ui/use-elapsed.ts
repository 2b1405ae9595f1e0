import {useEffect, useState} from 'react';

/** Milliseconds since an epoch; `Date.now` in the app, a fake in tests. */
export type Clock = () => number;

/**
Time since `since` (a reading of the same clock), refreshed every `interval`
ms. Only the component that shows the time should call this, so the tick
re-renders it and nothing else. The start is passed in rather than taken at
mount, so hiding and showing the footer does not restart the talk's clock.
*/
export function useElapsed(clock: Clock, since: number, interval = 1000): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		const timer = setInterval(() => {
			setNow(clock());
		}, interval);
		return () => {
			clearInterval(timer);
		};
	}, [clock, interval]);
	return Math.max(0, now - since);
}

/** `mm:ss`: the one time format of the app. */
export {formatDuration as formatElapsed} from '../text/format.js';
