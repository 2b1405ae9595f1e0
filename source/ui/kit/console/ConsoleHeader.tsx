import {Box, Text} from 'ink';
import {sanitize} from '../../../core/text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import type {describeLink} from './link-status.js';

type Props = {
	readonly title: string;
	/** The link's words, from `describeLink`. */
	readonly status: ReturnType<typeof describeLink>;
	readonly width: number;
};

/** The console's top line: the deck's title and where the console stands (`● Following the slideshow`). */
export function ConsoleHeader({title, status, width}: Props) {
	const theme = useTheme();
	return (
		<Box width={width} paddingX={1} columnGap={2}>
			<Text {...textProps(theme.roles.title)} wrap="truncate-end">{sanitize(title)}</Text>
			<Text {...textProps(status.warn ? theme.roles.hint : theme.roles.muted)} wrap="truncate-end">
				{`${status.warn ? '○' : '●'} ${status.header}`}
			</Text>
		</Box>
	);
}
