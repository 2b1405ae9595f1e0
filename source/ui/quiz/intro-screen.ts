/** Before the first question: what the quiz is, how this person is doing, how to start. */
import type {Attempt} from '../../core/records/attempt.js';
import {type DueSummary, gridGlyphs, type WeakSlide} from '../../core/study/progress.js';
import {attemptPercentage} from '../../core/study/stats.js';
import {barChart} from '../../core/text/bar-chart.js';
import {sanitize} from '../../core/text/sanitize.js';
import {formatDuration, formatScore, plural} from '../../core/text/format.js';
import {deckWords} from '../../core/text/shell-word.js';
import {commandTextLines, footer, hanging, type QuizScreen, type Section, spaced, textLines} from '../kit/screen/screen-lines.js';

/** How this person is doing on the deck, at a glance. */
export type IntroProgress = {
	/** Every attempt's percentage, oldest first: charted from three. */
	readonly percentages: readonly number[];
	readonly due?: DueSummary;
	/** The weakest questions' last results, oldest first (right, wrong, or not asked: null). */
	readonly grid: ReadonlyArray<{readonly prompt: string; readonly recent: ReadonlyArray<boolean | null>}>;
	readonly weakest: readonly WeakSlide[];
};

export type IntroScreenInput = {
	readonly title: string;
	readonly questionCount: number;
	readonly mode?: 'quiz' | 'exam' | 'review';
	readonly timeLimitMs?: number;
	/** Where this is in a longer session: "Deck 1 of 2 with questions due". */
	readonly session?: string;
	/** This person's best and last attempts on this deck, from the score history. */
	readonly best?: Attempt;
	readonly last?: Attempt;
	readonly progress?: IntroProgress;
	/** Why scores will not be saved, or what the store had to set aside. */
	readonly notices: readonly string[];
	readonly message?: string;
	/** The deck as the command line named it, for the command the intro suggests. */
	readonly deckArgument?: string;
	readonly width: number;
};

const score = (attempt: Attempt): string => formatScore(attempt.score, attempt.total, attemptPercentage(attempt));

function what({questionCount, mode, timeLimitMs, session, width}: IntroScreenInput): Section {
	if (mode === 'review') {
		return {lines: [
			...textLines(`Review: ${plural(questionCount, 'question')} due. A miss comes back tomorrow, a sure answer later.`, width),
			...(session === undefined ? [] : textLines(session, width, {role: 'muted'})),
		]};
	}

	if (mode === 'exam') {
		const limit = timeLimitMs === undefined ? 'no time limit' : `a time limit of ${formatDuration(timeLimitMs)}, submitted when it runs out`;
		return {lines: [
			...textLines(`Exam: ${plural(questionCount, 'question')}, ${limit}.`, width),
			...textLines('No feedback until you submit. Answer in any order: ← → move between questions, f flags one to come back to, s shows the answer sheet, where any answer can be changed and the exam submitted.', width, {role: 'hint'}),
		]};
	}

	return {lines: textLines(plural(questionCount, 'question'), width)};
}

function dueLine({progress, mode, deckArgument, width}: IntroScreenInput): Section | undefined {
	const due = progress?.due;
	if (!due || mode === 'review' || (due.today === 0 && due.thisWeek === 0)) {
		return undefined;
	}

	const week = due.thisWeek > 0 ? `${due.today > 0 ? ', ' : ''}${due.thisWeek} more this week` : '';
	const today = due.today > 0 ? `${plural(due.today, 'question')} due today` : '';
	return {lines: commandTextLines(`Review: ${today}${week} (\`briefing-deck review${deckWords(deckArgument)}\`).`, width)};
}

export function introScreen(input: IntroScreenInput): QuizScreen {
	const {title, best, last, progress, notices, message, width} = input;
	const history = best && last
		? {lines: [...textLines(`Best: ${score(best)}`, width), ...textLines(`Last: ${score(last)}`, width)], label: `Your best score ${score(best)}, last score ${score(last)}`}
		: {lines: textLines('No earlier attempts on this deck.', width), label: 'No earlier attempts'};
	const percentages = progress?.percentages ?? [];
	const chart: Section | undefined = percentages.length >= 3
		? {lines: [...textLines('Your scores, oldest to newest:', width), ...barChart(percentages, {width, height: 3}).lines.map(line => [{text: line, style: {}}])], label: `Chart of your last ${percentages.length} scores`}
		: undefined;
	const grid = progress?.grid ?? [];
	const gridSection: Section | undefined = grid.length > 0
		? {
				lines: [
					...textLines('Weakest questions, last results (✔ right, ✘ wrong, · not asked):', width),
					...grid.flatMap(row => {
						const glyphs = gridGlyphs(row.recent);
						return hanging([{text: `  ${glyphs}  `, style: {}}], textLines(sanitize(row.prompt), width - glyphs.length - 4));
					}),
				],
			}
		: undefined;
	const weakest = progress?.weakest ?? [];
	const slides: Section | undefined = weakest.length > 0
		? {lines: [...textLines('Slides to read again:', width), ...weakest.flatMap(slide => hanging([{text: '  ', style: {}}], textLines(`slide ${slide.slide}${slide.title ? `: ${sanitize(slide.title)}` : ''} (${slide.accuracy}% right)`, width - 2)))]}
		: undefined;
	return {
		header: [{lines: textLines(sanitize(title), width, {role: 'title', bold: true})}],
		body: spaced([
			what(input),
			history,
			chart,
			gridSection,
			dueLine(input),
			slides,
			{lines: notices.flatMap(notice => textLines(sanitize(notice), width, {role: 'error'}))},
		]),
		footer: footer('intro', width, message),
	};
}
