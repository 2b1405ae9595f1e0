import {Box, Text} from 'ink';
import type {Attempt} from '../../store/attempt.js';
import {attemptPercentage} from '../../store/stats.js';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {formatScore, plural} from './format.js';
import {KeyHints} from './KeyHints.js';

type Props = {
	readonly title: string;
	readonly questionCount: number;
	/** This person's best and last attempts on this deck, from the score history. */
	readonly best?: Attempt;
	readonly last?: Attempt;
	/** Why scores will not be saved, or what the store had to set aside. */
	readonly notices: readonly string[];
	readonly message?: string;
};

const score = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

/** Before the first question: what the quiz is, how this person did before, how to start. */
export function IntroScreen({title, questionCount, best, last, notices, message}: Props) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" gap={1}>
			<Text {...textProps(theme.roles.title)}>{sanitize(title)}</Text>
			<Text>{plural(questionCount, 'question')}</Text>
			<Box flexDirection="column" aria-label={best && last ? `Your best score ${score(best)}, last score ${score(last)}` : 'No earlier attempts'}>
				{best && last ? (
					<>
						<Text>Best: {score(best)}</Text>
						<Text>Last: {score(last)}</Text>
					</>
				) : <Text>No earlier attempts on this deck.</Text>}
			</Box>
			{notices.length > 0 ? (
				<Box flexDirection="column">
					{notices.map(notice => <Text key={notice} {...textProps(theme.roles.error)}>{sanitize(notice)}</Text>)}
				</Box>
			) : undefined}
			{message === undefined ? undefined : <Text {...textProps(theme.roles.hint)}>{message}</Text>}
			<KeyHints scope="intro"/>
		</Box>
	);
}
