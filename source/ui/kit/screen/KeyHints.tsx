import {Box, Text} from 'ink';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {hintsFor, type QuizCommand, type QuizScope} from '../../../core/keys/quiz-keymap.js';

type Props = {
	readonly scope: QuizScope;
	/** Leaves out commands that do nothing here (no slide to view, nothing missed). */
	readonly include?: (command: QuizCommand) => boolean;
};

/** The keys that work on this screen, generated from the quiz keymap. */
export function KeyHints({scope, include}: Props) {
	const theme = useTheme();
	const hints = hintsFor(scope, include);
	return (
		<Box aria-label={`Keys: ${hints.map(hint => `${hint.keys} ${hint.description}`).join(', ')}`}>
			<Text {...textProps(theme.roles.hint)} wrap="wrap">
				{hints.map((hint, index) => (
					<Text key={`${hint.keys} ${hint.description}`}>
						{index > 0 ? '  ·  ' : ''}
						<Text {...textProps(theme.roles.key)}>{hint.keys}</Text> {hint.description}
					</Text>
				))}
			</Text>
		</Box>
	);
}
