/** Before the first question: what the quiz is, how this person did before, how to start. */
import type {Attempt} from '../../store/attempt.js';
import {attemptPercentage} from '../../store/stats.js';
import {sanitize} from '../../text/sanitize.js';
import {formatScore, plural} from '../../text/format.js';
import {footer, type QuizScreen, spaced, textLines} from './screen-lines.js';

export type IntroScreenInput = {
	readonly title: string;
	readonly questionCount: number;
	/** This person's best and last attempts on this deck, from the score history. */
	readonly best?: Attempt;
	readonly last?: Attempt;
	/** Why scores will not be saved, or what the store had to set aside. */
	readonly notices: readonly string[];
	readonly message?: string;
	readonly width: number;
};

const score = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

export function introScreen({title, questionCount, best, last, notices, message, width}: IntroScreenInput): QuizScreen {
	const history = best && last
		? {lines: [...textLines(`Best: ${score(best)}`, width), ...textLines(`Last: ${score(last)}`, width)], label: `Your best score ${score(best)}, last score ${score(last)}`}
		: {lines: textLines('No earlier attempts on this deck.', width), label: 'No earlier attempts'};
	return {
		header: [{lines: textLines(sanitize(title), width, {role: 'title', bold: true})}],
		body: spaced([
			{lines: textLines(plural(questionCount, 'question'), width)},
			history,
			{lines: notices.flatMap(notice => textLines(sanitize(notice), width, {role: 'error'}))},
		]),
		footer: footer('intro', width, message),
	};
}
