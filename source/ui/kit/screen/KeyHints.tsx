import {Box, Text} from 'ink';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {keyHints} from '../../../core/keys/keymap.js';
import {optionSlots, type QuizCommand, quizKeys, type QuizScope} from '../../../core/keys/quiz-keys.js';

type Props = {
	readonly scope: QuizScope;
	/** Leaves out commands that do nothing here (no slide to view, nothing missed). */
	readonly include?: (command: QuizCommand) => boolean;
};

/** The keys that work on this screen, generated from the quiz keymap. */
export function KeyHints({scope, include}: Props) {
	const theme = useTheme();
	const hints = keyHints(quizKeys, scope, {include, slots: optionSlots()});
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
