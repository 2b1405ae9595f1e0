import {useLayoutEffect} from 'react';

type Props = {
	/**
	Runs once the first frame is on the terminal. Ink writes a frame as React
	commits it, and layout effects run right after that: before the effects
	of the screen itself (passive ones), which on a large deck take a while,
	so the work is not lost to a process ended soon after the frame.
	*/
	readonly run?: () => void;
};

/** Draws nothing; calls `run` after the first frame. */
export function AfterFirstFrame({run}: Props): undefined {
	useLayoutEffect(() => {
		run?.();
	}, [run]);
	return undefined;
}
