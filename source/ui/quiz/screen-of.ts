/** Which screen the quiz shows, laid out at a width: pure, from the screen state and the app's props. */
import type {Deck, Quiz} from '../../core/deck/types.js';
import {summarize} from '../../core/quiz/results.js';
import type {Attempt, ExamRecord} from '../../core/records/attempt.js';
import {bestAttempt} from '../../core/study/stats.js';
import {currentQuestion, type QuizState} from '../../core/quiz/quiz-state.js';
import {scheduleOf} from '../../core/records/schedule-file.js';
import {gradeIntervals} from '../../core/study/scheduler.js';
import {canUndo} from './quiz-asking.js';
import type {ExamState} from '../../core/quiz/exam-state.js';
import {answerSheetScreen, examQuestionScreen, submitConfirmScreen} from './exam-screen.js';
import {type IntroProgress, introScreen} from './intro-screen.js';
import {questionScreen} from './question-screen.js';
import type {QuizScreenState} from './quiz-screen-types.js';
import {resultsScreen} from './results-screen.js';
import type {QuizScreen} from '../kit/screen/screen-lines.js';

export type ScreenInput = {
	readonly deck: Deck;
	readonly quiz: Quiz;
	readonly mode: 'quiz' | 'exam' | 'review';
	readonly history: readonly Attempt[];
	readonly notices: readonly string[];
	/** The clock, ms: the intervals shown beside a review's ratings run from now. */
	readonly now: number;
	/** Where this is in a longer session (a review of several decks). */
	readonly session?: string;
	/** The deck such a session goes on to after these results. */
	readonly nextDeck?: string;
	readonly progress?: IntroProgress;
	/** When the schedules say the next question is due, and what went wrong saving them. */
	readonly scheduleLines: readonly string[];
	/** The deck as the command line named it, for the commands the screens suggest. */
	readonly deckArgument?: string;
	readonly json: boolean;
	readonly hyperlinks: boolean;
	readonly state: QuizScreenState;
	readonly width: number;
};

/** How a submitted exam is recorded; undefined for a quiz. */
export function examRecord(exam: ExamState | undefined): ExamRecord | undefined {
	if (!exam?.submitted) {
		return undefined;
	}

	return {
		...(exam.timeLimitMs === undefined ? {} : {timeLimitMs: exam.timeLimitMs}),
		timedOut: exam.submitted.reason === 'time-up',
		flagged: exam.questions.filter((_, index) => exam.flags[index]).map(({question}) => question.id),
	};
}

/** A finished round seen one answer at a time, as its feedback showed (or would have, in an exam). */
const answerView = (finished: QuizState, index: number): QuizState =>
	({...finished, index, phase: 'answered', answers: finished.answers.slice(0, index + 1)});

/** The screen under any overlay; `undefined` when a slide is shown instead, or there is nothing to ask. */
export function screenOf(input: ScreenInput): QuizScreen | undefined {
	const {deck, quiz, mode, history, notices, json, hyperlinks, state, width} = input;
	const {message} = state;
	const linkUrls = !hyperlinks;
	switch (state.screen) {
		case 'results': {
			if (!state.finished) {
				return undefined;
			}

			const exam = examRecord(state.exam);
			return resultsScreen({
				deck,
				summary: summarize(state.finished),
				recorded: state.recorded,
				best: bestAttempt(history),
				previous: history.at(-1),
				save: state.save,
				json,
				...(exam ? {exam} : {}),
				schedule: input.scheduleLines,
				review: mode === 'review',
				...(input.nextDeck === undefined ? {} : {nextDeck: input.nextDeck}),
				message,
				width,
			});
		}

		case 'asking': {
			const presented = currentQuestion(state.quiz);
			// Only where the person picks a rating: a review's card with its answer showing.
			const intervals = mode === 'review' && state.quiz.phase === 'revealed' && presented
				? gradeIntervals(scheduleOf(state.book, presented.question.id), new Date(input.now))
				: undefined;
			return questionScreen({deck, quiz: state.quiz, cursor: state.cursor, width, linkUrls, message, ...(intervals ? {intervals} : {}), undo: canUndo(state)});
		}

		case 'answers': {
			return state.finished ? questionScreen({deck, quiz: answerView(state.finished, state.walk ?? 0), cursor: 0, width, linkUrls, message, scope: 'answers', ...(state.exam ? {exam: true} : {})}) : undefined;
		}

		case 'exam': {
			if (!state.exam) {
				return undefined;
			}

			const examInput = {deck, exam: state.exam, cursor: state.cursor, width, linkUrls, ...(message === undefined ? {} : {message})};
			if (state.exam.view === 'sheet') {
				return answerSheetScreen(examInput);
			}

			return state.exam.view === 'confirm' ? submitConfirmScreen(examInput) : examQuestionScreen(examInput);
		}

		case 'replay': {
			// A slide is shown instead (see SlideView).
			return undefined;
		}

		case 'intro': {
			// A review goes from deck to deck: the deck's own title says which.
			const title = mode === 'review' || quiz.title === '' ? deck.meta.title : quiz.title;
			return introScreen({
				title,
				questionCount: state.exam?.questions.length ?? state.quiz.questions.length,
				mode,
				...(state.exam?.timeLimitMs === undefined ? {} : {timeLimitMs: state.exam.timeLimitMs}),
				best: bestAttempt(history),
				last: history.at(-1),
				...(input.progress ? {progress: input.progress} : {}),
				notices,
				...(input.session === undefined ? {} : {session: input.session}),
				message,
				...(input.deckArgument === undefined ? {} : {deckArgument: input.deckArgument}),
				width,
			});
		}
	}
}
