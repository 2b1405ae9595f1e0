/** What a finished (or abandoned) session comes to: the results screen's data. */
import {isComplete, scoreSoFar, type QuizState} from './quiz-state.js';
import {type Answer, type Attempt, attemptSchema, attemptVersion, type ExamRecord} from '../records/attempt.js';
import {percentage} from './scoring.js';

export type QuestionResult = {
	readonly questionId: string;
	readonly prompt: string;
	readonly answered: boolean;
	readonly right: boolean;
	readonly ms: number;
	/** Slide the explanation links to, to point the person back at it. */
	readonly slide?: number;
};

export type QuizSummary = {
	readonly round: number;
	/** Every question was answered (the last feedback may not have been left yet). */
	readonly finished: boolean;
	readonly score: number;
	readonly total: number;
	readonly percentage: number;
	readonly startedAt: number;
	readonly endedAt: number;
	readonly ms: number;
	readonly answers: readonly Answer[];
	/** In the order asked; unanswered questions (after abandon) count as wrong. */
	readonly questions: readonly QuestionResult[];
};

/** Results of a session. `now` stands in for the end time of one still running. */
export function summarize(state: QuizState, now?: number): QuizSummary {
	const endedAt = state.endedAt ?? now ?? state.questionStartedAt;
	const byId = new Map(state.answers.map(answer => [answer.questionId, answer]));
	const score = scoreSoFar(state);
	const total = state.questions.length;
	return {
		round: state.round,
		finished: isComplete(state),
		score,
		total,
		percentage: percentage(score, total),
		startedAt: state.startedAt,
		endedAt,
		ms: endedAt - state.startedAt,
		answers: state.answers,
		questions: state.questions.map(({question}) => {
			const answer = byId.get(question.id);
			return {
				questionId: question.id,
				prompt: question.prompt,
				// An exam counts a question left blank as an answer with nothing chosen.
				answered: answer !== undefined && (answer.chosen.length > 0 || answer.knew !== undefined),
				right: answer?.right ?? false,
				ms: answer?.ms ?? 0,
				...(question.slide === undefined ? {} : {slide: question.slide}),
			};
		}),
	};
}

export type AttemptInput = {
	readonly deckId: string;
	readonly quizHash: string;
	readonly summary: QuizSummary;
	readonly exam?: ExamRecord;
};

/** The attempt to keep for a finished (or abandoned) session. */
export function attemptFromSummary({deckId, quizHash, summary, exam}: AttemptInput): Attempt {
	return {
		schema: attemptSchema,
		version: attemptVersion,
		deckId,
		quizHash,
		startedAt: new Date(summary.startedAt).toISOString(),
		endedAt: new Date(summary.endedAt).toISOString(),
		score: summary.score,
		total: summary.total,
		answers: summary.answers,
		...(exam ? {exam} : {}),
	};
}
