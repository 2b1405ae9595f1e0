import {Box, Text} from 'ink';
import type {Dispatch} from 'react';
import type {Deck} from '../../deck/types.js';
import {currentAnswer, currentQuestion, scoreSoFar, type QuizState} from '../../quiz/quiz-state.js';
import {sanitize} from '../../text/sanitize.js';
import {textProps} from '../theme.js';
import {useTheme} from '../use-theme.js';
import {plain, Spans} from './Blocks.js';
import {CardQuestion} from './CardQuestion.js';
import {FeedbackScreen} from './FeedbackScreen.js';
import {KeyHints} from './KeyHints.js';
import {MultipleChoice} from './MultipleChoice.js';
import {QuestionHeader} from './QuestionHeader.js';
import type {QuizScope} from './quiz-keymap.js';
import type {QuizScreenAction, QuizScreenContext} from './quiz-screen-state.js';
import {SingleChoice} from './SingleChoice.js';

type Props = {
	readonly deck: Deck;
	readonly quiz: QuizState;
	readonly scope: QuizScope | undefined;
	readonly cursor: number;
	readonly width: number;
	readonly hyperlinks: boolean;
	readonly dispatch: Dispatch<QuizScreenAction>;
	readonly context: QuizScreenContext;
	readonly now: () => number;
	readonly message?: string;
};

const promptStyle = {role: 'heading', bold: true} as const;

/** One question a screen: where we are, the prompt, then the options, the card, or the feedback. */
export function QuestionScreen({deck, quiz, scope, cursor, width, hyperlinks, dispatch, context, now, message}: Props) {
	const theme = useTheme();
	const presented = currentQuestion(quiz);
	if (!presented) {
		return null;
	}

	const {question} = presented;
	const answer = currentAnswer(quiz);
	let body;
	if (answer) {
		body = <FeedbackScreen deck={deck} presented={presented} answer={answer} width={width} hyperlinks={hyperlinks}/>;
	} else if (question.kind === 'single') {
		body = (
			<>
				<SingleChoice presented={presented} isActive={scope === 'single'} width={width} hyperlinks={hyperlinks} dispatch={dispatch} context={context} now={now}/>
				<KeyHints scope="single"/>
			</>
		);
	} else if (question.kind === 'multiple') {
		body = (
			<>
				<MultipleChoice presented={presented} selected={quiz.selected} cursor={cursor} width={width} hyperlinks={hyperlinks}/>
				<KeyHints scope="multiple"/>
			</>
		);
	} else {
		body = (
			<>
				<CardQuestion question={question} revealed={quiz.phase === 'revealed'} width={width} hyperlinks={hyperlinks}/>
				<KeyHints scope={quiz.phase === 'revealed' ? 'revealed' : 'card'}/>
			</>
		);
	}

	return (
		<Box flexDirection="column" gap={1}>
			<QuestionHeader number={quiz.index + 1} total={quiz.questions.length} score={scoreSoFar(quiz)} round={quiz.round}/>
			<Box aria-label={`Question: ${sanitize(question.prompt)}`}>
				<Spans spans={plain(question.prompt)} width={width} hyperlinks={hyperlinks} style={promptStyle}/>
			</Box>
			{body}
			{message === undefined ? undefined : <Text {...textProps(theme.roles.hint)}>{message}</Text>}
		</Box>
	);
}
