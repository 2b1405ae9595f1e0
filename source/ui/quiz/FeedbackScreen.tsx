import {Box, Text} from 'ink';
import type {Deck} from '../../deck/types.js';
import type {Answer} from '../../quiz/scoring.js';
import type {PresentedQuestion} from '../../quiz/shuffle.js';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {Blocks, Spans} from './Blocks.js';
import {slideReference} from './format.js';
import {KeyHints} from './KeyHints.js';
import {optionLabel} from './quiz-keymap.js';

type Props = {
	readonly deck: Deck;
	readonly presented: PresentedQuestion;
	readonly answer: Answer;
	readonly width: number;
	readonly hyperlinks: boolean;
};

/** Right or wrong in a glyph and a word (never colour alone), so it reads on any terminal. */
export function Verdict({right}: {readonly right: boolean}) {
	const theme = useTheme();
	return (
		<Box aria-label={right ? 'Result: right' : 'Result: wrong'}>
			<Text {...textProps(right ? theme.roles.accent : theme.roles.error)}>{right ? '✔ Right' : '✘ Wrong'}</Text>
		</Box>
	);
}

/** After an answer: the verdict, the right answer, the chosen option's feedback, the explanation. */
export function FeedbackScreen({deck, presented, answer, width, hyperlinks}: Props) {
	const theme = useTheme();
	const {question, order} = presented;
	const heading = textProps(theme.roles.heading);
	// Options are named by where they were shown, which is what the person saw.
	const named = (original: number) => {
		const option = question.options[original];
		const position = order.indexOf(original);
		return option ? (
			<Box key={original}>
				<Box width={4} flexShrink={0}><Text {...textProps(theme.roles.key)}>{optionLabel(position)}</Text></Box>
				<Spans spans={option.spans} width={Math.max(1, width - 4)} hyperlinks={hyperlinks}/>
			</Box>
		) : undefined;
	};

	const feedback = answer.chosen
		.map(original => ({original, option: question.options[original]}))
		.filter(({option}) => option !== undefined && option.feedback.length > 0);
	return (
		<Box flexDirection="column" gap={1}>
			<Verdict right={answer.right}/>
			{question.kind === 'card' ? (
				<Text>{answer.knew ? 'You knew it.' : 'You did not know it yet.'}</Text>
			) : (
				<Box flexDirection="column">
					<Text {...heading}>{question.correct.length === 1 ? 'The right answer' : 'The right answers'}</Text>
					{[...question.correct].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(original => named(original))}
					{answer.right ? undefined : (
						<>
							<Box marginTop={1}><Text {...heading}>You chose</Text></Box>
							{answer.chosen.map(original => named(original))}
						</>
					)}
				</Box>
			)}
			{feedback.map(({original, option}) => (
				<Box key={original} flexDirection="column">
					<Text {...heading}>About {optionLabel(order.indexOf(original))}</Text>
					<Blocks blocks={option!.feedback} width={width} hyperlinks={hyperlinks}/>
				</Box>
			))}
			{question.explanation.length > 0 ? (
				<Box flexDirection="column">
					<Text {...heading}>{question.kind === 'card' ? 'Answer' : 'Why'}</Text>
					<Blocks blocks={question.explanation} width={width} hyperlinks={hyperlinks}/>
				</Box>
			) : undefined}
			{question.slide === undefined ? undefined : (
				<Text>Review {sanitize(slideReference(deck, question.slide))}</Text>
			)}
			<KeyHints scope="feedback" include={command => command !== 'view-slide' || question.slide !== undefined}/>
		</Box>
	);
}
