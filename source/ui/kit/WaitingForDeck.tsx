import {Box, type Key, Text, useApp, useInput, useStdin} from 'ink';
import {useEffect, useSyncExternalStore} from 'react';
import {sanitize} from '../../core/text/sanitize.js';
import {textProps} from './theme.js';
import {useTerminalSize} from './use-terminal-size.js';
import {useTheme} from './use-theme.js';

/** What a `--watch` app waits on: the file's problem now, and the first save that can be shown. */
export type Waiting = {
	readonly problem: () => string;
	readonly subscribe: (listener: () => void) => () => void;
	readonly firstGood: Promise<unknown>;
};

/** How the waiting screen ended: a good save came, or the person quit. */
export type WaitingResult = 'ready' | 'quit';

type Props = {
	readonly waiting: Waiting;
	/** The deck file as the command line named it. */
	readonly fileName: string;
};

/** The keys of the waiting screen: the slideshow's quit keys, and Esc, since nothing else is there to do. */
export const quitsWaiting = (input: string, key: Pick<Key, 'ctrl' | 'escape'>): boolean =>
	input === 'q' || key.escape || (key.ctrl && input === 'c');

/**
`--watch` on a file that cannot be shown yet: its error on the line where a
slideshow shows a broken save, over a screen that says what it waits for.
Ends with `ready` at the first save that can be shown, `quit` on `q`.
*/
export function WaitingForDeck({waiting, fileName}: Props) {
	const theme = useTheme();
	const size = useTerminalSize();
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const problem = useSyncExternalStore(waiting.subscribe, waiting.problem);
	useEffect(() => {
		let open = true;
		void waiting.firstGood.then(() => {
			if (open) {
				exit('ready' satisfies WaitingResult);
			}
		});
		return () => {
			open = false;
		};
	}, [waiting, exit]);
	useInput((input, key) => {
		if (quitsWaiting(input, key)) {
			exit('quit' satisfies WaitingResult);
		}
	}, {isActive: Boolean(isRawModeSupported)});
	return (
		<Box width={size.columns} height={Math.max(1, size.rows - 1)} flexDirection="column" overflow="hidden">
			<Box flexGrow={1} flexDirection="column" alignItems="center" justifyContent="center">
				<Text {...textProps(theme.roles.title)} wrap="truncate-end">Waiting for the first good save</Text>
				<Text wrap="truncate-end">of {sanitize(fileName)}: the slides show as soon as it can be read as a deck</Text>
				<Text {...textProps(theme.roles.muted)} wrap="truncate-end">q quits</Text>
			</Box>
			<Text {...textProps(theme.roles.error)} wrap="truncate-end">{sanitize(problem)}</Text>
		</Box>
	);
}
