import {Box, Text} from 'ink';
import type {Quiz} from '../../core/deck/types.js';
import {sanitize} from '../../core/text/sanitize.js';
import {plural} from '../../core/text/format.js';
import {keysOf} from '../../core/keys/keymap.js';
import {slideshowKeys} from '../../core/keys/slideshow-keys.js';
import type {EndOffer} from '../../core/protocol/protocol.js';
import {textProps} from '../kit/theme.js';
import {useTheme} from '../kit/use-theme.js';

type Props = {
	readonly deckTitle: string;
	/** What the next key brings (see `endOfferOf`). */
	readonly offer: EndOffer;
	readonly quiz?: Quiz;
	/**
	The room is watching: it is told what comes next, not which keys do what
	(the presenter has them on the console, or on the clicker).
	*/
	readonly presented: boolean;
	readonly width: number;
};

/** After the last slide: the deck is over, and what comes next. */
export function EndScreen({deckTitle, offer, quiz, presented, width}: Props) {
	const theme = useTheme();
	const key = textProps(theme.roles.key);
	const quizTitle = sanitize(quiz?.title ?? 'Quiz');
	const starts = keysOf(slideshowKeys, 'start-quiz').join(' or ');
	return (
		<Box flexDirection="column" width={width} alignItems="center" gap={1}>
			<Text {...textProps(theme.roles.title)}>End of “{sanitize(deckTitle)}”</Text>
			{offer === 'room-quiz' ? (
				<Text>
					Next: the quiz for the room, “{quizTitle}”, {plural(quiz?.questions.length ?? 0, 'question')}
				</Text>
			) : undefined}
			{offer === 'quiz' ? (
				<Text>
					Press <Text {...key}>{starts}</Text> to start the quiz: {quizTitle}
				</Text>
			) : undefined}
			{presented ? undefined : (
				<Text>
					Press <Text {...key}>{keysOf(slideshowKeys, 'quit')[0]}</Text> to quit, <Text {...key}>←</Text> to go back
				</Text>
			)}
		</Box>
	);
}
