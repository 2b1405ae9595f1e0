/** The room quiz's first and last screens: what is about to happen, and how the room did. */
import type {Deck} from '../../core/deck/types.js';
import type {RoomSummary} from '../../core/room/summary.js';
import {answers, percent, rightPercent} from '../../core/room/tally.js';
import {plural, slideReference} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import {blockTitle} from '../../core/layout/block-font.js';
import type {ThemedLine} from '../kit/LineText.js';
import {hanging, type QuizScreen, type Section, spaced, textLines} from '../kit/screen/screen-lines.js';
import type {Keymap} from '../../core/keys/keymap.js';
import {type RoomKeyCommand, type RoomScope, scrollCommands} from '../../core/keys/room-keys.js';
import {hintSection} from './room-lines.js';

export type RoomIntroInput = {
	readonly title: string;
	readonly questionCount: number;
	readonly countdownMs?: number;
	readonly saveRoom: boolean;
	/** Why the room's counts cannot be kept, or what the store set aside. */
	readonly notices: readonly string[];
	readonly width: number;
	/** Rows the title may take in block letters; 0 for plain text. */
	readonly titleRows: number;
	/** Whose keys the hints name: the room screen's, or a presenter console's. */
	readonly keymap?: Keymap<RoomKeyCommand, RoomScope>;
	/**
	When the room answers from its phones: the join block, given the rows it
	may take (`rows` less the rest of the screen).
	*/
	readonly join?: (rows: number) => Section;
	/** The screen's rows, for `join`. */
	readonly rows?: number;
};

// The room reads these: what is kept, in words, and no command-line flags (the presenter is told those on the terminal, after).
const saveNote = (saveRoom: boolean): string => (saveRoom
	? 'The room\'s counts are kept as a room record when you finish; no one\'s personal score is.'
	: 'Nothing is recorded: no personal scores, and not the room\'s counts.');

const lineCount = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + section.lines.length, 0);

export function roomIntroScreen({title, questionCount, countdownMs, saveRoom, notices, width, titleRows, keymap, join, rows = 0}: RoomIntroInput): QuizScreen {
	const clean = sanitize(title);
	const block = titleRows > 0 ? blockTitle(clean, width, titleRows) : undefined;
	const titleLines: ThemedLine[] = block
		? block.flatMap((rows, index) => [...(index > 0 ? [[]] : []), ...rows.map((row): ThemedLine => [{text: row, style: {role: 'title', bold: true}}])])
		: textLines(clean, width, {role: 'title', bold: true});
	const countdown = countdownMs === undefined ? '' : ` Each question has a ${Math.round(countdownMs / 1000)}-second countdown; the answer waits for the presenter.`;
	const how = join
		? 'Answer on your phone, or raise a hand: the presenter counts the hands too.'
		: 'Raise a hand for the answer you pick; the presenter counts the hands.';
	const header = [{lines: titleLines, label: clean}];
	const footer = () => [hintSection('intro', [], width, undefined, keymap)];
	const rest = spaced([
		{lines: textLines(`${plural(questionCount, 'question')}, one at a time. ${how}${countdown}`, width)},
		{lines: textLines(saveNote(saveRoom), width, {role: 'muted'})},
		{lines: notices.flatMap(notice => textLines(sanitize(notice), width, {role: 'error'}))},
	]);
	// The gaps fitScreen leaves above and below the body, and the blank line before the join block.
	const around = lineCount(header) + lineCount(rest) + lineCount(footer()) + 3;
	return {header, body: join ? [join(rows - around), {lines: [[]]}, ...rest] : rest, footer};
}

export type RoomSummaryInput = {
	readonly summary: RoomSummary;
	readonly deck: Deck;
	/** How many questions the quiz has (the summary holds only those shown). */
	readonly questionCount: number;
	/** Whether the counts will be kept; unknown to a console, which says nothing of it. */
	readonly saveRoom?: boolean;
	readonly width: number;
	readonly keymap?: Keymap<RoomKeyCommand, RoomScope>;
};

/** `25%`, `≤50%` for a choose-all bound, `–` with no share. */
function shareText(outcome: RoomSummary['questions'][number]): string {
	const {tally} = outcome;
	if (tally?.right === undefined) {
		return '–';
	}

	return `${tally.bound === 'at-most' ? '≤' : ''}${rightPercent(tally) ?? 0}%`;
}

/** What the share rests on, or why there is none. */
function basis(outcome: RoomSummary['questions'][number]): string {
	const {tally} = outcome;
	if (!tally) {
		return 'no hands counted';
	}

	if (tally.base === undefined) {
		return answers(tally) > 0 ? 'no head count' : tally.devices ? 'no answers' : 'no hands raised';
	}

	if (tally.bound === 'at-most') {
		return `${tally.base} ${tally.base === 1 ? 'person' : 'people'}`;
	}

	// Hands and phones apart, where phones answered: the room sees what each added.
	return tally.devices ? `${plural(tally.hands, 'hand')} + ${plural(tally.votes, 'phone')}` : plural(tally.hands, 'hand');
}

function keepNote(saveRoom: boolean, counted: number): string {
	if (!saveRoom) {
		return 'The room\'s counts are not kept.';
	}

	return counted > 0 ? 'The room\'s counts are kept as a room record when you finish.' : 'No hands were counted, so no room record will be kept.';
}

export function roomSummaryScreen({summary, deck, questionCount, saveRoom, width, keymap}: RoomSummaryInput): QuizScreen {
	const prompts = new Map(deck.quiz?.questions.map(question => [question.id, question.prompt]));
	const column = 7;
	const questions = summary.questions.map((outcome): Section => {
		const share = shareText(outcome);
		const prompt = sanitize(`Q${outcome.number}  ${prompts.get(outcome.questionId) ?? outcome.questionId} (${basis(outcome)})`);
		return {
			lines: hanging([{text: share.padStart(column - 2).padEnd(column), style: {bold: true, role: share === '–' ? 'muted' : 'text'}}], textLines(prompt, width - column)),
			label: `Question ${outcome.number}: ${share === '–' ? 'no share' : `${share.replace('≤', 'at most ').replace('%', 'percent')} got it right`}. ${prompt}`,
			role: 'listitem',
		};
	});
	const revisit: Section = summary.revisit.length > 0
		? {lines: [
				...textLines('Slides to go back to:', width, {role: 'heading', bold: true}),
				...summary.revisit.flatMap(({slide, questions: numbers}) =>
					hanging([{text: '  ', style: {}}], textLines(sanitize(`${slideReference(deck, slide)} — ${numbers.length === 1 ? 'question' : 'questions'} ${numbers.join(', ')}`), width - 2))),
			]}
		: {lines: textLines(summary.counted > 0 ? 'Three in four or more got every counted question right: no slide to go back to.' : 'No hands were counted, so there is nothing to rank.', width)};
	const shown = summary.questions.length;
	const stats = [
		shown < questionCount ? `${shown} of ${plural(questionCount, 'question')} asked` : plural(shown, 'question'),
		`${summary.counted} counted`,
		// A mean that takes in a choose-all bound is only a bound itself.
		...(summary.average === undefined ? [] : [`on average ${summary.averageBound === 'at-most' ? 'at most ' : ''}${percent(summary.average)}% got it right`]),
	].join(' · ');
	return {
		header: [
			{lines: textLines('How the room did', width, {role: 'title', bold: true})},
			{lines: textLines(stats, width, {role: 'muted'})},
		],
		body: [
			{lines: textLines('Hardest first:', width, {role: 'heading', bold: true})},
			...questions,
			{lines: [[]]},
			...spaced([revisit, ...(saveRoom === undefined ? [] : [{lines: textLines(keepNote(saveRoom, summary.counted), width, {role: 'muted'})}])]),
		],
		footer: (scrolls: boolean) => [hintSection('summary', [], width, command => scrolls || !scrollCommands.has(command), keymap)],
	};
}
