import {Box, Text} from 'ink';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';

type Props = {
	/** 1-based. */
	readonly number: number;
	readonly total: number;
	readonly score: number;
	/** Retry rounds say so, since they are not recorded. */
	readonly round: number;
};

/** "Question 2 of 5 · 1 right so far". */
export function QuestionHeader({number, total, score, round}: Props) {
	const theme = useTheme();
	const practice = round > 1 ? ' · practice round' : '';
	const text = `Question ${number} of ${total} · ${score} right so far${practice}`;
	return (
		<Box aria-label={text}>
			<Text {...textProps(theme.roles.muted)}>{text}</Text>
		</Box>
	);
}
