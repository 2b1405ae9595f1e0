import {type Dispatch, useEffect} from 'react';
import type {Question} from '../../core/deck/types.js';
import type {PendingReview, QuizScreenAction} from './quiz-screen-types.js';
import type {ScheduleBook} from '../../core/records/schedule-file.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import type {ReviewInput} from '../../io/store/schedule-files.js';

/** Saves answered questions' schedules; returns the deck's schedules now, and throws when it cannot. */
export type RecordReviews = (reviews: readonly ReviewInput[]) => {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]};

export type SaveReviewsOptions = {
	readonly questions: readonly Question[];
	/** Absent without a store: nothing is saved, and the results say so. */
	readonly recordReviews?: RecordReviews;
};

/**
Saves the schedules of answered questions as answers come in. A failure is
noted for the results and never stops the quiz: the answer itself counts.
*/
export function useSaveReviews(dispatch: Dispatch<QuizScreenAction>, pending: readonly PendingReview[], {questions, recordReviews}: SaveReviewsOptions): void {
	useEffect(() => {
		if (pending.length === 0) {
			return;
		}

		if (!recordReviews) {
			dispatch({type: 'reviews-saved', count: pending.length, note: 'Review schedules are not kept without a score store.'});
			return;
		}

		const prompts = new Map(questions.map(question => [question.id, question.prompt]));
		try {
			const {book, warnings} = recordReviews(pending.map(review => ({
				questionId: review.questionId,
				grade: review.grade,
				at: new Date(review.at),
				...(prompts.has(review.questionId) ? {prompt: prompts.get(review.questionId)!} : {}),
			})));
			dispatch({type: 'reviews-saved', count: pending.length, book, ...(warnings.length > 0 ? {note: warnings.map(warning => warning.message).join(' ')} : {})});
		} catch (error) {
			dispatch({type: 'reviews-saved', count: pending.length, note: `Review schedules not saved: ${error instanceof Error ? error.message : String(error)}`});
		}
	}, [dispatch, pending, questions, recordReviews]);
}
