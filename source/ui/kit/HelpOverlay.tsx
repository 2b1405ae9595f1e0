import {Box, Text} from 'ink';
import type {KeyHelp} from '../../core/keys/keymap.js';
import {lineText, wrapSpans} from '../../core/layout/index.js';
import {textProps} from './theme.js';
import {useTheme} from './use-theme.js';
import {Overlay} from './Overlay.js';

type Props = {
	/** From `describeKeys()`: the keymap itself, so help cannot drift. */
	readonly rows: ReadonlyArray<KeyHelp<string>>;
	readonly width: number;
	readonly height: number;
	/** 0-based page, when the keys need more than one. */
	readonly page: number;
	/** A line under the keys about this screen (how its pictures are drawn), on every page. */
	readonly footnote?: string;
};

// Border (2) and the title line.
const chrome = 3;
// Border and padding, left and right.
const frameColumns = 4;
// Narrower than this, a column holds too few words a line to read well.
const minColumnWidth = 34;
// Keys narrower than this wrap after every key.
const minKeysWidth = 8;

/** One key's help, wrapped: the keys in their column, the description beside them. */
export type HelpEntry = {
	readonly command: string;
	readonly keys: readonly string[];
	readonly description: readonly string[];
	readonly height: number;
};

export type HelpLayout = {
	readonly columnWidth: number;
	/** Columns for the keys, their one-column gap included. */
	readonly keysWidth: number;
	/** Pages of columns of entries; at least one page. */
	readonly pages: ReadonlyArray<ReadonlyArray<readonly HelpEntry[]>>;
	readonly pageCount: number;
};

const wrapText = (text: string, width: number): string[] =>
	wrapSpans([{text, style: {}}], width).map(line => lineText(line));

/** Fills columns of `perColumn` lines, and pages of `columns` columns, in order. */
function pack(entries: readonly HelpEntry[], columns: number, perColumn: number): HelpEntry[][][] {
	const pages: HelpEntry[][][] = [];
	let page: HelpEntry[][] = [];
	let column: HelpEntry[] = [];
	let used = 0;
	for (const entry of entries) {
		if (column.length > 0 && used + entry.height > perColumn) {
			page.push(column);
			column = [];
			used = 0;
			if (page.length === columns) {
				pages.push(page);
				page = [];
			}
		}

		column.push(entry);
		used += entry.height;
	}

	page.push(column);
	pages.push(page);
	return pages;
}

/**
How the help fits a panel of this size: every description wrapped, never cut.
Of the column counts and key-column widths that fit, the one with the fewest
pages wins, then the one with the fewest lines, then the one with fewer columns.
*/
export function helpLayout(rows: ReadonlyArray<KeyHelp<string>>, width: number, height: number, footnote?: string): HelpLayout {
	const inner = Math.max(1, width - frameColumns);
	// The footnote's line comes out of every column.
	const perColumn = Math.max(1, height - chrome - (footnote === undefined ? 0 : 1));
	const fitColumns = Math.max(1, Math.floor(inner / minColumnWidth));
	const longestKeys = Math.max(1, ...rows.map(row => row.keys.join(', ').length));
	let best: (HelpLayout & {lines: number}) | undefined;
	for (let columns = 1; columns <= fitColumns; columns++) {
		const columnWidth = Math.floor(inner / columns);
		// Keys get at most half the column; the description at least the other half.
		const widest = Math.min(longestKeys + 1, Math.floor(columnWidth / 2));
		for (let keysWidth = Math.min(minKeysWidth, widest); keysWidth <= widest; keysWidth++) {
			const entries = rows.map((row): HelpEntry => {
				const keys = wrapText(row.keys.join(', '), Math.max(1, keysWidth - 1));
				// One column of space before the next column's keys.
				const description = wrapText(row.description, Math.max(1, columnWidth - keysWidth - 1));
				return {command: row.command, keys, description, height: Math.max(keys.length, description.length)};
			});
			const pages = pack(entries, columns, perColumn);
			const lines = entries.reduce((sum, entry) => sum + entry.height, 0);
			if (best === undefined || pages.length < best.pageCount || (pages.length === best.pageCount && lines < best.lines)) {
				best = {columnWidth, keysWidth, pages, pageCount: pages.length, lines};
			}
		}
	}

	return best!;
}

/** Every key, from the keymap: wrapped to be read in full, in columns when there is room, else in pages. */
export function HelpOverlay({rows, width, height, page, footnote}: Props) {
	const theme = useTheme();
	const {columnWidth, keysWidth, pages, pageCount} = helpLayout(rows, width, height, footnote);
	const shownPage = Math.min(Math.max(0, page), pageCount - 1);
	const long = pageCount > 1 ? `Keys ${shownPage + 1}/${pageCount} · ↓↑ page · Esc closes` : 'Keys · Esc or ? closes';
	// A narrow panel gets the short form rather than a cut one.
	const title = long.length <= width - frameColumns ? long : `Keys ${shownPage + 1}/${pageCount} · ↓↑ · Esc`;
	return (
		<Overlay title={title} width={width} height={height} footnote={footnote}>
			<Box flexDirection="row">
				{(pages[shownPage] ?? []).map(column => (
					<Box key={column[0]?.command} flexDirection="column" width={columnWidth} aria-role="list">
						{column.map(entry => (
							<Box key={entry.command} flexDirection="row" aria-role="listitem">
								<Box width={keysWidth} flexShrink={0} paddingRight={1} flexDirection="column">
									{entry.keys.map(line => <Text key={line} {...textProps(theme.roles.key)}>{line}</Text>)}
								</Box>
								<Box width={columnWidth - keysWidth} flexDirection="column">
									{entry.description.map(line => <Text key={line}>{line}</Text>)}
								</Box>
							</Box>
						))}
					</Box>
				))}
			</Box>
		</Overlay>
	);
}
