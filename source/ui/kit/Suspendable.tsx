import {Box, useInput, useStdin} from 'ink';
import {type ReactNode, useEffect, useState} from 'react';
import type {TerminalSession} from '../../io/terminal/terminal.js';
import {useHold} from './use-hold.js';

type Props = {
	/** The terminal the app runs in: suspends, and says when the process continues. */
	readonly session: Pick<TerminalSession, 'suspend' | 'onResume'>;
	readonly children: ReactNode;
};

/** How long the frame stays blank after `fg`: longer than one frame at Ink's 60 fps. */
const redrawDelayMs = 50;

/**
Ctrl+Z for every full-screen app. In raw mode the terminal sends Ctrl+Z as a
byte instead of stopping the process, so the app has to stop itself.

After `fg` the screen is blank but Ink believes its last frame is still
there, and draws only what changed. So the app is hidden for one frame (still
mounted, so nothing is lost) and shown again, which draws every line.
*/
export function Suspendable({session, children}: Props) {
	const {isRawModeSupported} = useStdin();
	const [hidden, setHidden] = useState(false);
	useInput((input, key) => {
		if (key.ctrl && input === 'z') {
			session.suspend();
		}
	}, {isActive: Boolean(isRawModeSupported)});

	useEffect(() => session.onResume(() => {
		setHidden(true);
	}), [session]);

	useHold(setHidden, hidden, redrawDelayMs, false);

	return <Box display={hidden ? 'none' : 'flex'} flexDirection="column">{children}</Box>;
}
