import {Box, Text} from 'ink';
import {textProps} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';
import {KeyHints} from '../kit/screen/KeyHints.js';
import {scheduleMoves} from './schedule-moves.js';

/** What is being left: each keeps different things when left early. */
export type Leaving = 'quiz' | 'exam' | 'review' | 'practice';

type Props = {
	readonly leaving: Leaving;
	/** Answers whose review schedules were saved so far. */
	readonly scheduled: number;
};

const questions: Record<Leaving, string> = {
	quiz: 'Abandon this quiz? y/n',
	exam: 'Abandon this exam? y/n',
	review: 'Stop this review? y/n',
	practice: 'Abandon this practice round? y/n',
};

/** What leaving keeps and loses, as the store has it now. */
function consequence(leaving: Leaving, scheduled: number): string {
	switch (leaving) {
		case 'quiz': {
			// The answers so far already moved their schedules: leaving cannot take that back, so say so.
			const moves = scheduleMoves(scheduled);
			return `No attempt is recorded; ${scheduled === 0 ? `${moves} yet` : `${moves} already`}.`;
		}

		case 'exam': {
			return 'Nothing is recorded and no review schedule moves: an exam counts only once submitted.';
		}

		case 'review': {
			return 'Ratings given so far are kept in the review schedules; there is nothing else to record.';
		}

		case 'practice': {
			return 'You go back to the results.';
		}
	}
}

/** "Abandon this quiz? y/n": leaving early loses something, so ask first, and say what. */
export function ConfirmAbandon({leaving, scheduled}: Props) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" alignSelf="flex-start" borderStyle="round" borderColor={theme.roles.overlayBorder.color} paddingX={1}>
			<Text {...textProps(theme.roles.prompt)}>{questions[leaving]}</Text>
			<Text>{consequence(leaving, scheduled)}</Text>
			<KeyHints scope="confirm"/>
		</Box>
	);
}
