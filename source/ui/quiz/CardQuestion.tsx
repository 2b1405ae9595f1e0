import {Box, Text} from 'ink';
import type {Question} from '../../deck/types.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {Blocks} from './Blocks.js';

type Props = {
	readonly question: Question;
	readonly revealed: boolean;
	readonly width: number;
	readonly hyperlinks: boolean;
};

/** A self-graded card: think of the answer, reveal it, say whether you knew it. */
export function CardQuestion({question, revealed, width, hyperlinks}: Props) {
	const theme = useTheme();
	if (!revealed) {
		return <Text {...textProps(theme.roles.hint)}>Think of the answer, then reveal it.</Text>;
	}

	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text {...textProps(theme.roles.heading)}>Answer</Text>
				<Blocks blocks={question.explanation} width={width} hyperlinks={hyperlinks}/>
			</Box>
			<Text {...textProps(theme.roles.prompt)}>Knew it? y/n</Text>
		</Box>
	);
}
