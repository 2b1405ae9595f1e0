/** The exam's screens, as sections: a question (no feedback), the answer sheet, and "submit?". */
import type {Deck} from '../../core/deck/types.js';
import {type ExamResponse, type ExamState, isAnswered, remainingMs, unansweredCount} from '../../core/quiz/exam-state.js';
import {formatDuration, plural} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {ThemedLine} from '../kit/LineText.js';
import {optionLetter} from '../../core/text/option-letter.js';
import {optionSection} from './question-screen.js';
import {
	blockLines, footer, hanging, plain, type QuizScreen, type Section, spaced, spanLines, textLines,
} from '../kit/screen/screen-lines.js';

export type ExamScreenInput = {
	readonly deck: Deck;
	readonly exam: ExamState;
	/** The highlighted option of the question, or row of the sheet. */
	readonly cursor: number;
	readonly width: number;
	readonly linkUrls: boolean;
	readonly message?: string;
};

/** Under this much time left, the countdown warns: at `01:00 left` there is still a minute. */
export const warnAtMs = 60_000;

/** `Exam · 9 of 14 answered · 2 flagged · 08:12 left`, and the one-minute warning under it. */
function examHeader(exam: ExamState, place: string, width: number): Section[] {
	const answered = exam.questions.length - unansweredCount(exam);
	const flagged = exam.flags.filter(Boolean).length;
	const left = remainingMs(exam);
	const parts = [
		`Exam · ${place}`,
		`${answered} of ${exam.questions.length} answered`,
		...(flagged > 0 ? [`${flagged} flagged`] : []),
		...(left === undefined ? [] : [`${formatDuration(left)} left`]),
	];
	const line = parts.join(' · ');
	const warns = left !== undefined && left < warnAtMs;
	const warning = warns
		? [{lines: textLines('⚠ Less than a minute left: the exam submits itself when time runs out.', width, {role: 'error', bold: true}), label: 'Warning: less than a minute left'}]
		: [];
	return [{lines: textLines(line, width, {role: warns ? 'error' : 'muted'}), label: line}, ...warning];
}

const ratingWords = {again: 'again', hard: 'hard', good: 'good', easy: 'easy'} as const;

/** A card in an exam: think, reveal, rate. The rating stands until the exam is submitted, and can be changed. */
function cardBody(exam: ExamState, response: ExamResponse | undefined, width: number, linkUrls: boolean): Section[] {
	const presented = exam.questions[exam.index];
	if (!presented || response === undefined) {
		return [{lines: textLines('Think of the answer, then reveal it and say how well you knew it.', width, {role: 'hint'})}];
	}

	const rating = response.kind === 'card' ? response.rating : undefined;
	return spaced([
		{lines: [...textLines('Answer', width, {role: 'heading', bold: true}), ...blockLines(presented.question.explanation, width, linkUrls)]},
		{lines: textLines('How well did you know it? 1 again · 2 hard · 3 good · 4 easy (or y/n)', width, {role: 'prompt'})},
		rating === undefined ? undefined : {lines: textLines(`Your rating: ${ratingWords[rating]}`, width)},
	]);
}

/** A question of the exam: its options with the answer given so far marked, and no verdict. */
export function examQuestionScreen({exam, cursor, width, linkUrls, message}: ExamScreenInput): QuizScreen | undefined {
	const presented = exam.questions[exam.index];
	if (!presented) {
		return undefined;
	}

	const {question} = presented;
	const response = exam.responses[exam.index];
	const flagged = exam.flags[exam.index] === true;
	const prompt: Section = {
		lines: [
			...(flagged ? [[{text: '⚑ Flagged to come back to', style: {role: 'accent' as const}}]] : []),
			...spanLines(plain(question.prompt), width, linkUrls, {role: 'heading', bold: true}),
		],
		label: `Question: ${sanitize(question.prompt)}${flagged ? ' (flagged)' : ''}`,
	};
	let body: Section[];
	if (question.kind === 'card') {
		body = cardBody(exam, response, width, linkUrls);
	} else {
		const selected = response?.kind === 'choice' ? response.selected : [];
		const options = presented.order.flatMap((original, position) => {
			const option = question.options[original];
			return option ? [optionSection(option, position, position === cursor, selected.includes(position), width, linkUrls, question.kind === 'multiple' ? 'checkbox' : 'radio')] : [];
		});
		body = question.kind === 'multiple' ? [{lines: textLines('Choose all that apply, then press Enter.', width, {role: 'hint'})}, ...options] : options;
	}

	const scope = question.kind === 'card' ? (response === undefined ? 'exam-card' : 'exam-revealed') : 'exam-choice';
	return {
		header: examHeader(exam, `question ${exam.index + 1} of ${exam.questions.length}`, width),
		body: [prompt, {lines: [[]]}, ...body],
		footer: footer(scope, width, message, () => true, question.options.length),
	};
}

/** What a row of the sheet says was answered: the letters chosen, a card's rating, or a dash. */
function answerText(exam: ExamState, index: number): string {
	const response = exam.responses[index];
	if (!isAnswered(response) || response === undefined) {
		return response?.kind === 'card' ? 'shown' : '—';
	}

	return response.kind === 'card' ? ratingWords[response.rating ?? 'good'] : response.selected.map(position => optionLetter(position)).join(' ');
}

/**
The answer sheet: every question with its answer and flag, one row each; the
last row submits. Rows are sections that know their place, so the view
scrolls to keep the highlighted one in sight.
*/
export function answerSheetScreen({exam, cursor, width, message}: ExamScreenInput): QuizScreen {
	const numberWidth = String(exam.questions.length).length;
	const answers = exam.questions.map((_, index) => answerText(exam, index));
	const answerWidth = Math.min(12, Math.max(6, ...answers.map(answer => answer.length)));
	const rows = exam.questions.map(({question}, index): Section => {
		const highlighted = index === cursor;
		const flag = exam.flags[index] ? '⚑' : ' ';
		const answer = answers[index]!;
		const prefix: ThemedLine = [
			{text: highlighted ? '❯ ' : '  ', style: {role: 'prompt'}},
			{text: `${String(index + 1).padStart(numberWidth)}  `, style: {role: highlighted ? 'selected' : 'key'}},
			{text: `${answer.padEnd(answerWidth)} `, style: {role: isAnswered(exam.responses[index]) ? 'accent' : 'muted'}},
			{text: `${flag} `, style: {role: 'accent'}},
		];
		const prefixWidth = 2 + numberWidth + 2 + answerWidth + 1 + 2;
		return {
			lines: hanging(prefix, textLines(sanitize(question.prompt), width - prefixWidth)),
			label: `Question ${index + 1}: ${answer === '—' ? 'unanswered' : `answer ${answer}`}${exam.flags[index] ? ', flagged' : ''}. ${sanitize(question.prompt)}`,
			role: 'listitem',
			option: index,
		};
	});
	const submit: Section = {
		lines: [[{text: cursor === exam.questions.length ? '❯ ' : '  ', style: {role: 'prompt'}}, {text: 'Submit the exam', style: {role: cursor === exam.questions.length ? 'selected' : 'key', bold: true}}]],
		label: 'Submit the exam',
		option: exam.questions.length,
	};
	return {
		header: [...examHeader(exam, 'answer sheet', width), {lines: textLines('Enter on a question to change its answer; f flags it.', width, {role: 'hint'})}],
		body: [...rows, {lines: [[]]}, submit],
		footer: footer('sheet', width, message),
	};
}

/** "Submit with questions unanswered?": what is left, and that it counts as wrong. */
export function submitConfirmScreen({exam, width}: ExamScreenInput): QuizScreen {
	const unanswered = unansweredCount(exam);
	const flagged = exam.flags.filter(Boolean).length;
	const question = `Submit with ${plural(unanswered, 'question')} unanswered${flagged > 0 ? ` and ${flagged} flagged` : ''}? y/n`;
	return {
		header: examHeader(exam, 'submit', width),
		body: spaced([
			{lines: textLines(question, width, {role: 'prompt', bold: true}), label: question},
			{lines: textLines('An unanswered question counts as wrong. Once submitted, no answer can be changed.', width)},
		]),
		footer: footer('submit-confirm', width, undefined),
	};
}
