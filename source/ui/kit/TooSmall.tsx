import {Box, Text} from 'ink';
import {textProps} from './theme.js';
import type {TerminalSize} from './use-terminal-size.js';
import {useTheme} from './use-theme.js';

/** The smallest terminal a frame is drawn in; below it the app says so. */
export const MIN_SIZE: TerminalSize = {columns: 40, rows: 12};

type Props = {
	readonly size: TerminalSize;
	readonly need: TerminalSize;
};

/** Instead of a broken frame: what size is needed, and what there is. */
export function TooSmall({size, need}: Props) {
	const theme = useTheme();
	return (
		<Box
			width={size.columns}
			height={Math.max(1, size.rows - 1)}
			flexDirection="column"
			alignItems="center"
			justifyContent="center"
			overflow="hidden"
		>
			<Text {...textProps(theme.roles.error)} wrap="truncate-end">Terminal too small</Text>
			<Text wrap="truncate-end">Need {need.columns}×{need.rows}, have {size.columns}×{size.rows}</Text>
		</Box>
	);
}
