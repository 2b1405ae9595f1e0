import {useApp} from 'ink';
import {useEffect} from 'react';

/**
What both consoles (the slideshow's and the room quiz's) do as their link and
state change: once the screen is followed again, the reducer hears `linked`
(and drops its "nothing to drive" message); once it says `quit`, the app ends.
*/
export function useConsoleLifecycle(following: boolean, quit: boolean, apply: (action: {readonly type: 'linked'}) => unknown): void {
	const {exit} = useApp();
	useEffect(() => {
		if (following) {
			apply({type: 'linked'});
		}
	}, [apply, following]);

	useEffect(() => {
		if (quit) {
			exit();
		}
	}, [quit, exit]);
}
