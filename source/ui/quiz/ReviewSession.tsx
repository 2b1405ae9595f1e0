import {useApp} from 'ink';
import {useCallback, useState} from 'react';
import type {Deck, Question} from '../../core/deck/types.js';
import {QuizApp, type QuizAppProps, type QuizRunResult} from './QuizApp.js';

/** One deck's part of a review: its due questions, and the app props its store gives. */
export type ReviewPart = {
	readonly deck: Deck;
	readonly questions: readonly Question[];
	readonly props: Omit<QuizAppProps, 'onDone' | 'highlighter' | 'exitWhenDone' | 'mode' | 'questions'>;
};

type Props = {
	readonly parts: readonly ReviewPart[];
	readonly highlighter?: QuizAppProps['highlighter'];
	/** Every deck's review is over: answered counts add up across decks. */
	readonly onDone: (result: QuizRunResult) => void;
};

/**
A review of several decks, one after another in one screen: each deck's due
questions as a review round of the quiz. Enter on a deck's results goes on to
the next deck's intro; `q` (anywhere), Ctrl+C or abandoning leaves the review.
*/
export function ReviewSession({parts, highlighter, onDone}: Props) {
	const {exit} = useApp();
	const [index, setIndex] = useState(0);
	const [answered, setAnswered] = useState(0);
	const [scheduled, setScheduled] = useState(0);
	const total = parts.reduce((sum, part) => sum + part.questions.length, 0);
	const done = useCallback((result: QuizRunResult) => {
		const soFar = answered + (result.answered ?? 0);
		const kept = scheduled + (result.scheduled ?? 0);
		const last = index + 1 >= parts.length;
		if (last || result.exit !== 'next-deck') {
			onDone({finished: last && result.finished, ...(result.exit ? {exit: result.exit} : {}), mode: 'review', answered: soFar, total, scheduled: kept});
			exit();
			return;
		}

		setAnswered(soFar);
		setScheduled(kept);
		setIndex(index + 1);
	}, [answered, scheduled, index, parts.length, total, onDone, exit]);
	const part = parts[index];
	const next = parts[index + 1];
	if (!part) {
		return null;
	}

	return (
		<QuizApp
			key={part.deck.meta.id}
			{...part.props}
			{...(parts.length > 1 ? {session: `Deck ${index + 1} of ${parts.length} with questions due.`} : {})}
			{...(next ? {nextDeck: next.deck.meta.title} : {})}
			mode="review"
			questions={part.questions}
			highlighter={highlighter}
			exitWhenDone={false}
			onDone={done}
		/>
	);
}
