import {type Dispatch, useEffect} from 'react';
import type {Question} from '../../core/deck/types.js';
import type {PendingReview, PendingWrite, QuizScreenAction} from './quiz-screen-types.js';
import type {QuestionSchedule, ScheduleBook} from '../../core/records/schedule-file.js';
import type {StoreWarning} from '../../core/records/warnings.js';
import type {ReviewInput} from '../../io/store/schedule-files.js';

/** Saves answered questions' schedules; returns the deck's schedules now, and throws when it cannot. */
export type RecordReviews = (reviews: readonly ReviewInput[]) => {readonly book: ScheduleBook; readonly before?: ReadonlyArray<QuestionSchedule | undefined>; readonly warnings: readonly StoreWarning[]};

/** Puts a question's schedule back as it was before an undone answer (`undefined`: removes it); throws when it cannot. */
export type RestoreSchedule = (questionId: string, before: QuestionSchedule | undefined) => {readonly book: ScheduleBook; readonly warnings: readonly StoreWarning[]};

export type SaveReviewsOptions = {
	readonly questions: readonly Question[];
	/** Absent without a store: nothing is saved, and the results say so. */
	readonly recordReviews?: RecordReviews;
	readonly restoreSchedule?: RestoreSchedule;
};

const isReview = (write: PendingWrite): write is PendingReview => 'grade' in write;

/**
Saves the schedules of answered questions as answers come in, and puts back
those of undone ones, in the order they happened: the answers up to the next
undo in one write, an undo in one of its own. A failure is noted for the
results and never stops the quiz: the answer itself counts.
*/
export function useSaveReviews(dispatch: Dispatch<QuizScreenAction>, writes: readonly PendingWrite[], {questions, recordReviews, restoreSchedule}: SaveReviewsOptions): void {
	useEffect(() => {
		const first = writes[0];
		if (first === undefined) {
			return;
		}

		if (!isReview(first)) {
			try {
				// Only a saved answer is undone on disk, so there is a store to put it back in.
				const {book, warnings} = restoreSchedule!(first.questionId, first.restore);
				dispatch({type: 'reviews-saved', count: 1, book, ...(warnings.length > 0 ? {note: warnings.map(warning => warning.message).join(' ')} : {})});
			} catch (error) {
				dispatch({type: 'reviews-saved', count: 1, note: `The undone answer's schedule was not put back: ${error instanceof Error ? error.message : String(error)}`});
			}

			return;
		}

		const end = writes.findIndex(write => !isReview(write));
		const pending = (end === -1 ? writes : writes.slice(0, end)).filter(write => isReview(write));

		if (!recordReviews) {
			dispatch({type: 'reviews-saved', count: pending.length, note: 'Review schedules are not kept without a score store.'});
			return;
		}

		const prompts = new Map(questions.map(question => [question.id, question.prompt]));
		try {
			const {book, before, warnings} = recordReviews(pending.map(review => ({
				questionId: review.questionId,
				grade: review.grade,
				at: new Date(review.at),
				...(prompts.has(review.questionId) ? {prompt: prompts.get(review.questionId)!} : {}),
			})));
			dispatch({type: 'reviews-saved', count: pending.length, book, ...(before ? {before} : {}), ...(warnings.length > 0 ? {note: warnings.map(warning => warning.message).join(' ')} : {})});
		} catch (error) {
			dispatch({type: 'reviews-saved', count: pending.length, note: `Review schedules not saved: ${error instanceof Error ? error.message : String(error)}`});
		}
	}, [dispatch, writes, questions, recordReviews, restoreSchedule]);
}
