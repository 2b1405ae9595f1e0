import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {textProps} from './theme.js';
import {useTheme} from './use-theme.js';

type Props = {
	readonly title: string;
	readonly width: number;
	/** Rows the overlay may take, border included. */
	readonly height: number;
	/** A line under the content: how to leave, what the keys do. */
	readonly footnote?: string;
	readonly children: ReactNode;
};

/** A bordered panel in place of the slide body: help, the overview. */
export function Overlay({title, width, height, footnote, children}: Props) {
	const theme = useTheme();
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			overflow="hidden"
			borderStyle="round"
			borderColor={theme.roles.overlayBorder.color}
			paddingX={1}
		>
			<Text {...textProps(theme.roles.overlayTitle)} wrap="truncate-end">{title}</Text>
			<Box flexDirection="column" flexGrow={1} overflow="hidden">
				{children}
			</Box>
			{footnote === undefined ? undefined : (
				<Text {...textProps(theme.roles.hint)} wrap="truncate-end">{footnote}</Text>
			)}
		</Box>
	);
}
