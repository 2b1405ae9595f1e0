/** The end of a round: score, time, each question with the slide to review, the trend, the save. */
import type {Deck} from '../../core/deck/types.js';
import type {QuizSummary} from '../../core/quiz/results.js';
import type {Attempt, ExamRecord} from '../../core/records/attempt.js';
import {attemptPercentage} from '../../core/study/stats.js';
import {sanitize} from '../../core/text/sanitize.js';
import {formatDuration, formatScore, plural, slideReference} from '../../core/text/format.js';
import type {SaveOutcome} from './quiz-screen-types.js';
import {commandTextLines, footer, hanging, type QuizScreen, type Section, spaced, textLines} from '../kit/screen/screen-lines.js';

export type ResultsScreenInput = {
	readonly deck: Deck;
	/** The round just finished (the recorded one, or a practice round). */
	readonly summary: QuizSummary;
	/** The recorded first round, shown for reference after a practice round. */
	readonly recorded?: QuizSummary;
	/** From the history before this quiz started. */
	readonly best?: Attempt;
	readonly previous?: Attempt;
	/** Absent while the save is under way, and for a practice round's first frame. */
	readonly save?: SaveOutcome;
	/** The caller prints the result as JSON on the way out. */
	readonly json: boolean;
	/** The round was an exam: how it went. */
	readonly exam?: ExamRecord;
	/** The review schedules: when the next question is due, and anything that went wrong saving them. */
	readonly schedule?: readonly string[];
	/** A review session rather than a quiz: nothing is recorded but the schedules. */
	readonly review?: boolean;
	/** The deck a review of several goes on to next. */
	readonly nextDeck?: string;
	readonly message?: string;
	readonly width: number;
};

const attemptScore = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

function comparison({summary, recorded, best, previous, review, width}: ResultsScreenInput): Section | undefined {
	if (review) {
		return undefined;
	}

	if (summary.round > 1) {
		const note = `Practice rounds are not recorded.${recorded ? ` Recorded attempt: ${formatScore(recorded.score, recorded.total, recorded.percentage)}.` : ''}`;
		return {lines: textLines(note, width, {role: 'muted'})};
	}

	if (!previous || !best) {
		return {lines: textLines('First attempt on this deck.', width)};
	}

	const change = summary.percentage - attemptPercentage(previous);
	const trend = change === 0 ? 'same as' : `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} points from`;
	const record = summary.percentage > attemptPercentage(best) ? `New best! Previous best ${attemptScore(best)}` : `Best: ${attemptScore(best)}`;
	return {lines: [...textLines(`This attempt: ${summary.percentage}% · ${trend} the previous (${attemptScore(previous)})`, width), ...textLines(record, width)]};
}

function saveNote({save, review, width}: ResultsScreenInput): Section | undefined {
	if (save === undefined || review) {
		return undefined;
	}

	if (save.kind === 'saved') {
		return {lines: textLines('Saved to your score history.', width, {role: 'muted'})};
	}

	// An attempt that could not be saved is always printed on quit, --json or not.
	const jsonNote = 'The result will be printed as JSON when you quit.';
	return {
		lines: [...textLines(`✘ Not saved: ${sanitize(save.message)}`, width, {role: 'error'}), ...textLines(jsonNote, width)],
		label: `Not saved: ${save.message}. ${jsonNote}`,
	};
}

/** How an exam went: marked as one, and how it was submitted. */
function examNote({exam, summary, width}: ResultsScreenInput): Section | undefined {
	if (!exam || summary.round > 1) {
		return undefined;
	}

	const limit = exam.timeLimitMs === undefined ? '' : ` with a time limit of ${formatDuration(exam.timeLimitMs)}`;
	const how = exam.timedOut ? 'Time ran out, so it was submitted as it stood.' : 'You submitted it.';
	const flagged = exam.flagged.length > 0 ? ` ${plural(exam.flagged.length, 'question')} still flagged.` : '';
	return {lines: textLines(`An exam${limit}: no feedback until the end. ${how}${flagged}`, width, {role: 'muted'})};
}

/** When the questions come back for review, or why the schedules were not saved. */
function scheduleNote({schedule, width}: ResultsScreenInput): Section | undefined {
	return schedule && schedule.length > 0 ? {lines: schedule.flatMap(line => commandTextLines(sanitize(line), width, {role: 'muted'}))} : undefined;
}

/** In a review of several decks, the one that comes next. */
const nextDeckNote = ({nextDeck, width}: ResultsScreenInput): Section | undefined =>
	(nextDeck === undefined ? undefined : {lines: textLines(`Next: ${sanitize(nextDeck)}.`, width)});

export function resultsScreen(input: ResultsScreenInput): QuizScreen {
	const {deck, summary, message, width} = input;
	const missed = summary.questions.some(question => !question.right);
	const score = `Score ${formatScore(summary.score, summary.total, summary.percentage)} · Time ${formatDuration(summary.ms)}`;
	const questions = summary.questions.map((question): Section => {
		const verdict = question.right ? '✔ Right ' : (question.answered ? '✘ Wrong ' : '✘ Unanswered ');
		const review = !question.right && question.slide !== undefined ? ` — review ${slideReference(deck, question.slide)}` : '';
		const text = sanitize(question.prompt + review);
		return {
			lines: hanging([{text: verdict, style: {role: question.right ? 'accent' : 'error'}}], textLines(text, width - verdict.length)),
			role: 'listitem',
		};
	});
	return {
		header: [
			{lines: textLines(summary.round > 1 ? 'Practice round results' : (input.review ? 'Review results' : (input.exam ? 'Exam results' : 'Results')), width, {role: 'title', bold: true})},
			{lines: textLines(score, width), label: `Score ${summary.score} of ${summary.total}, ${summary.percentage} percent, time ${formatDuration(summary.ms)}`},
		],
		body: [...questions, {lines: [[]]}, ...spaced([examNote(input), comparison(input), saveNote(input), scheduleNote(input), nextDeckNote(input)])],
		footer: footer('results', width, message, command =>
			(missed || (command !== 'retry' && command !== 'replay')) && (command !== 'answers' || input.exam !== undefined) && (command !== 'next-deck' || input.nextDeck !== undefined)),
	};
}
