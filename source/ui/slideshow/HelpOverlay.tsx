import {Box, Text} from 'ink';
import type {KeyHelp} from '../keymap.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {Overlay} from './Overlay.js';

type Props = {
	/** From `describeKeys()`: the keymap itself, so help cannot drift. */
	readonly rows: readonly KeyHelp[];
	readonly width: number;
	readonly height: number;
};

// Border (2) and the title line.
const chrome = 3;
// Narrower than this, a column's descriptions are cut to uselessness.
const minColumnWidth = 34;

/** Every key, from the keymap: in columns when the window is short and wide enough. */
export function HelpOverlay({rows, width, height}: Props) {
	const theme = useTheme();
	const inner = width - 4;
	const perColumn = Math.max(1, height - chrome);
	const fitColumns = Math.max(1, Math.floor(inner / minColumnWidth));
	const columnCount = Math.min(fitColumns, Math.ceil(rows.length / perColumn));
	const shown = rows.slice(0, perColumn * columnCount);
	const hidden = rows.length - shown.length;
	const columns = Array.from({length: columnCount}, (_, index) => shown.slice(index * perColumn, (index + 1) * perColumn));
	const columnWidth = Math.floor(inner / columnCount);
	const longestKeys = Math.max(...rows.map(row => row.keys.join(', ').length));
	const keysWidth = Math.min(longestKeys + 2, Math.floor(columnWidth * 0.5));
	const title = hidden > 0 ? `Keys (${hidden} more in a taller window) · Esc closes` : 'Keys · Esc or ? closes';
	return (
		<Overlay title={title} width={width} height={height}>
			<Box flexDirection="row">
				{columns.map(column => (
					<Box key={column[0]?.command} flexDirection="column" width={columnWidth} aria-role="list">
						{column.map(row => (
							<Box key={row.command} flexDirection="row" aria-role="listitem">
								<Box width={keysWidth} flexShrink={0}>
									<Text {...textProps(theme.roles.key)} wrap="truncate-end">{row.keys.join(', ')}</Text>
								</Box>
								<Text wrap="truncate-end">{row.description}</Text>
							</Box>
						))}
					</Box>
				))}
			</Box>
		</Overlay>
	);
}
