import {Box, Text} from 'ink';
import {textProps} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';
import {KeyHints} from '../kit/screen/KeyHints.js';

type Props = {
	/** A retry round is practice: abandoning it goes back to the results. */
	readonly practice: boolean;
};

/** "Abandon this quiz? y/n": an abandoned quiz is not recorded, so ask first. */
export function ConfirmAbandon({practice}: Props) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" alignSelf="flex-start" borderStyle="round" borderColor={theme.roles.overlayBorder.color} paddingX={1}>
			<Text {...textProps(theme.roles.prompt)}>{practice ? 'Abandon this practice round? y/n' : 'Abandon this quiz? y/n'}</Text>
			<Text>{practice ? 'You go back to the results.' : 'An abandoned quiz is not recorded.'}</Text>
			<KeyHints scope="confirm"/>
		</Box>
	);
}
