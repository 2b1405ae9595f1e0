import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {
	readonly columns: number;
	readonly rows: number;
};

/** What a stream that isn't a terminal (or doesn't say) is taken to be. */
export const FALLBACK_SIZE: TerminalSize = {columns: 80, rows: 24};

type SizedStream = {readonly columns?: number; readonly rows?: number};

export function readSize(stream: SizedStream): TerminalSize {
	return {
		columns: stream.columns && stream.columns > 0 ? stream.columns : FALLBACK_SIZE.columns,
		rows: stream.rows && stream.rows > 0 ? stream.rows : FALLBACK_SIZE.rows,
	};
}

/**
The terminal's size, updated on every `resize` of stdout. Ink 6 has no hook
for it (Ink 7's `useWindowSize` has this shape).
*/
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => readSize(stdout));
	useEffect(() => {
		const update = () => {
			setSize(previous => {
				const next = readSize(stdout);
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		};

		// The size may have changed between the first render and this effect.
		update();
		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return size;
}
