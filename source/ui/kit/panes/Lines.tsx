import {Box, Text} from 'ink';
import type {Line} from '../../../core/layout/index.js';
import {LineText} from '../LineText.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';

type Props = {
	readonly lines: readonly Line[];
	/** Shown, muted, when there are no lines. */
	readonly empty?: string;
};

/** Laid-out lines, one under another; they already fit the width. */
export function Lines({lines, empty}: Props) {
	const theme = useTheme();
	if (lines.length === 0 && empty !== undefined) {
		return <Text {...textProps(theme.roles.muted)}>{empty}</Text>;
	}

	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines have no identity beyond their place.
				<LineText key={index} line={line} hyperlinks={false}/>
			))}
		</Box>
	);
}
