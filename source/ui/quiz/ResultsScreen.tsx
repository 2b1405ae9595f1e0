import {Box, Text} from 'ink';
import type {Deck} from '../../deck/types.js';
import type {QuizSummary} from '../../quiz/results.js';
import type {Attempt} from '../../store/attempt.js';
import {attemptPercentage} from '../../store/stats.js';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {formatDuration, formatScore, slideReference} from './format.js';
import {KeyHints} from './KeyHints.js';
import type {SaveOutcome} from './quiz-screen-state.js';

type Props = {
	readonly deck: Deck;
	/** The round just finished (the recorded one, or a practice round). */
	readonly summary: QuizSummary;
	/** The recorded first round, shown for reference after a practice round. */
	readonly recorded?: QuizSummary;
	/** From the history before this quiz started. */
	readonly best?: Attempt;
	readonly previous?: Attempt;
	/** Absent while the save is under way, and for a practice round's first frame. */
	readonly save?: SaveOutcome;
	/** The caller prints the result as JSON on the way out. */
	readonly json: boolean;
	readonly message?: string;
};

const attemptScore = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

function Comparison({summary, best, previous}: Pick<Props, 'summary' | 'best' | 'previous'>) {
	if (!previous || !best) {
		return <Text>First attempt on this deck.</Text>;
	}

	const change = summary.percentage - attemptPercentage(previous);
	const trend = change === 0 ? 'same as' : `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} points from`;
	return (
		<Box flexDirection="column">
			<Text>This attempt: {summary.percentage} % · {trend} the previous ({attemptScore(previous)})</Text>
			<Text>
				{summary.percentage > attemptPercentage(best) ? `New best! Previous best ${attemptScore(best)}` : `Best: ${attemptScore(best)}`}
			</Text>
		</Box>
	);
}

function SaveNote({save, json}: Pick<Props, 'save' | 'json'>) {
	const theme = useTheme();
	const jsonNote = json ? 'The result will be printed as JSON when you quit.' : 'Run with --json to get the result as JSON.';
	if (save?.kind === 'saved') {
		return <Text {...textProps(theme.roles.muted)}>Saved to your score history.</Text>;
	}

	if (save === undefined) {
		return null;
	}

	const reason = save.message;

	return (
		<Box flexDirection="column" aria-label={`Not saved: ${reason}. ${jsonNote}`}>
			<Text {...textProps(theme.roles.error)}>✘ Not saved: {sanitize(reason)}</Text>
			<Text>{jsonNote}</Text>
		</Box>
	);
}

/** The end of a round: score, time, each question with the slide to review, the trend, the save. */
export function ResultsScreen({deck, summary, recorded, best, previous, save, json, message}: Props) {
	const theme = useTheme();
	const practice = summary.round > 1;
	const missed = summary.questions.some(question => !question.right);
	return (
		<Box flexDirection="column" gap={1}>
			<Text {...textProps(theme.roles.title)}>{practice ? 'Practice round results' : 'Results'}</Text>
			<Box aria-label={`Score ${summary.score} of ${summary.total}, ${summary.percentage} percent, time ${formatDuration(summary.ms)}`}>
				<Text>
					Score <Text bold>{formatScore(summary.score, summary.total, summary.percentage)}</Text> · Time {formatDuration(summary.ms)}
				</Text>
			</Box>
			<Box flexDirection="column" aria-role="list">
				{summary.questions.map(question => (
					<Box key={question.questionId} aria-role="listitem">
						<Text {...textProps(question.right ? theme.roles.accent : theme.roles.error)}>{question.right ? '✔ Right ' : '✘ Wrong '}</Text>
						<Text wrap="wrap">
							{sanitize(question.prompt)}
							{!question.right && question.slide !== undefined ? ` — review ${sanitize(slideReference(deck, question.slide))}` : ''}
						</Text>
					</Box>
				))}
			</Box>
			{practice ? (
				<Text {...textProps(theme.roles.muted)}>
					Practice rounds are not recorded.{recorded ? ` Recorded attempt: ${formatScore(recorded.score, recorded.total, recorded.percentage)}.` : ''}
				</Text>
			) : <Comparison summary={summary} best={best} previous={previous}/>}
			<SaveNote save={save} json={json}/>
			{message === undefined ? undefined : <Text {...textProps(theme.roles.hint)}>{message}</Text>}
			<KeyHints scope="results" include={command => missed || (command !== 'retry' && command !== 'replay')}/>
		</Box>
	);
}
