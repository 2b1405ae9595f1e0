/** The end of a round: score, time, each question with the slide to review, the trend, the save. */
import type {Deck} from '../../deck/types.js';
import type {QuizSummary} from '../../quiz/results.js';
import type {Attempt} from '../../store/attempt.js';
import {attemptPercentage} from '../../store/stats.js';
import {sanitize} from '../../text/sanitize.js';
import {formatDuration, formatScore, slideReference} from '../../text/format.js';
import type {SaveOutcome} from './quiz-screen-state.js';
import {footer, hanging, type QuizScreen, type Section, spaced, textLines} from './screen-lines.js';

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
	readonly message?: string;
	readonly width: number;
};

const attemptScore = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

function comparison({summary, recorded, best, previous, width}: ResultsScreenInput): Section {
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
	return {lines: [...textLines(`This attempt: ${summary.percentage} % · ${trend} the previous (${attemptScore(previous)})`, width), ...textLines(record, width)]};
}

function saveNote({save, width}: ResultsScreenInput): Section | undefined {
	if (save === undefined) {
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

export function resultsScreen(input: ResultsScreenInput): QuizScreen {
	const {deck, summary, message, width} = input;
	const missed = summary.questions.some(question => !question.right);
	const score = `Score ${formatScore(summary.score, summary.total, summary.percentage)} · Time ${formatDuration(summary.ms)}`;
	const questions = summary.questions.map((question): Section => {
		const verdict = question.right ? '✔ Right ' : '✘ Wrong ';
		const review = !question.right && question.slide !== undefined ? ` — review ${slideReference(deck, question.slide)}` : '';
		const text = sanitize(question.prompt + review);
		return {
			lines: hanging([{text: verdict, style: {role: question.right ? 'accent' : 'error'}}], textLines(text, width - verdict.length)),
			role: 'listitem',
		};
	});
	return {
		header: [
			{lines: textLines(summary.round > 1 ? 'Practice round results' : 'Results', width, {role: 'title', bold: true})},
			{lines: textLines(score, width), label: `Score ${summary.score} of ${summary.total}, ${summary.percentage} percent, time ${formatDuration(summary.ms)}`},
		],
		body: [...questions, {lines: [[]]}, ...spaced([comparison(input), saveNote(input)])],
		footer: footer('results', width, message, command => missed || (command !== 'retry' && command !== 'replay')),
	};
}
