import {Box, Text} from 'ink';
import {sanitize} from '../../core/text/sanitize.js';
import {keysOf} from '../../core/keys/keymap.js';
import {slideshowKeys} from '../../core/keys/slideshow-keys.js';
import {textProps} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';

type Props = {
	readonly deckTitle: string;
	/** The deck has a quiz and it is offered: Enter starts it. */
	readonly quizTitle?: string;
	readonly width: number;
};

/** After the last slide: the deck is over, and what to do next. */
export function EndScreen({deckTitle, quizTitle, width}: Props) {
	const theme = useTheme();
	const key = textProps(theme.roles.key);
	return (
		<Box flexDirection="column" width={width} alignItems="center" gap={1}>
			<Text {...textProps(theme.roles.title)}>End of “{sanitize(deckTitle)}”</Text>
			{quizTitle === undefined ? undefined : (
				<Text>
					Press <Text {...key}>{keysOf(slideshowKeys, 'start-quiz').join(' or ')}</Text> to start the quiz: {sanitize(quizTitle)}
				</Text>
			)}
			<Text>
				Press <Text {...key}>{keysOf(slideshowKeys, 'quit')[0]}</Text> to quit, <Text {...key}>←</Text> to go back
			</Text>
		</Box>
	);
}
