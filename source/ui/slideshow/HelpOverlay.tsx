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
	/** 0-based page, when the keys need more than one. */
	readonly page: number;
};

// Border (2) and the title line.
const chrome = 3;
// Narrower than this, a column's descriptions are cut to uselessness.
const minColumnWidth = 34;

export type HelpLayout = {
	readonly columns: number;
	readonly perColumn: number;
	readonly pageCount: number;
};

/** How many columns and pages the help needs for `rowCount` keys in a panel of this size. */
export function helpLayout(rowCount: number, width: number, height: number): HelpLayout {
	const perColumn = Math.max(1, height - chrome);
	const fitColumns = Math.max(1, Math.floor((width - 4) / minColumnWidth));
	const columns = Math.max(1, Math.min(fitColumns, Math.ceil(rowCount / perColumn)));
	return {columns, perColumn, pageCount: Math.max(1, Math.ceil(rowCount / (perColumn * columns)))};
}

/** Every key, from the keymap: in columns when there is room, else in pages. */
export function HelpOverlay({rows, width, height, page}: Props) {
	const theme = useTheme();
	const inner = width - 4;
	const {columns: columnCount, perColumn, pageCount} = helpLayout(rows.length, width, height);
	const shownPage = Math.min(Math.max(0, page), pageCount - 1);
	const perPage = perColumn * columnCount;
	const shown = rows.slice(shownPage * perPage, (shownPage + 1) * perPage);
	const columns = Array.from({length: columnCount}, (_, index) => shown.slice(index * perColumn, (index + 1) * perColumn));
	const columnWidth = Math.floor(inner / columnCount);
	const longestKeys = Math.max(...rows.map(row => row.keys.join(', ').length));
	const keysWidth = Math.min(longestKeys + 2, Math.floor(columnWidth * 0.5));
	const title = pageCount > 1
		? `Keys ${shownPage + 1}/${pageCount} · ↓↑ page · Esc closes`
		: 'Keys · Esc or ? closes';
	return (
		<Overlay title={title} width={width} height={height}>
			<Box flexDirection="row">
				{columns.map(column => (
					<Box key={column[0]?.command} flexDirection="column" width={columnWidth} aria-role="list">
						{column.map(row => (
							<Box key={row.command} flexDirection="row" aria-role="listitem">
								<Box width={keysWidth} flexShrink={0} paddingRight={1}>
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
