/** A question, as sections: where we are, the prompt, then the options, the card, or the feedback. */
import type {Deck, QuizOption} from '../../core/deck/types.js';
import {currentAnswer, currentQuestion, scoreSoFar, type QuizState} from '../../core/quiz/quiz-state.js';
import type {Answer} from '../../core/records/attempt.js';
import {grades, type Grade} from '../../core/records/schedule-file.js';
import type {PresentedQuestion} from '../../core/quiz/shuffle.js';
import {sanitize} from '../../core/text/sanitize.js';
import type {ThemedLine} from '../kit/LineText.js';
import {slideReference} from '../../core/text/format.js';
import {optionLabel} from '../../core/keys/quiz-keys.js';
import {
	blockLines, type ChoiceOption, type Choices, footer, hanging, plain, pointerWidth, type QuizScreen, type Section, spaced, spanLines, textLines,
} from '../kit/screen/screen-lines.js';

export type QuestionScreenInput = {
	readonly deck: Deck;
	readonly quiz: QuizState;
	/** Highlighted option (displayed position) of a choose-all question. */
	readonly cursor: number;
	readonly width: number;
	/** Lay link URLs out after the link text (the terminal draws no hyperlinks). */
	readonly linkUrls: boolean;
	readonly message?: string;
	/** Going through a finished round's answers: their feedback, with those keys. */
	readonly scope?: 'answers';
	/** A review's card: when each rating would bring it back (`4 d`). */
	readonly intervals?: Readonly<Record<Grade, string>>;
	/** The last answer can be undone (`u`). */
	readonly undo?: boolean;
	/** Those answers are a submitted exam's: no practice-quiz counter over them. */
	readonly exam?: boolean;
};

// Wide enough for `9 ` and `1 A`, so option text lines up.
const labelWidth = 4;

const label = (position: number, role: 'key' | 'selected'): ThemedLine => {
	const text = optionLabel(position);
	return [{text, style: {role}}, {text: ' '.repeat(labelWidth - text.length), style: {}}];
};

/** Marks of a chosen and an unchosen option: tick boxes for choose-all, radio buttons for one answer (the exam's). */
export const optionMarks = {checkbox: ['☑ ', '☐ '], radio: ['◉ ', '○ ']} as const;

/**
One option to choose: pointer, mark (when its choice is shown: a choose-all
tick, an exam's chosen answer), its number and letter, its text.
*/
export function optionSection(option: QuizOption, position: number, highlighted: boolean, checked: boolean | undefined, width: number, linkUrls: boolean, marks: 'checkbox' | 'radio' = 'checkbox'): Section {
	const [on, off] = optionMarks[marks];
	const prefix: ThemedLine = [
		{text: highlighted ? '❯ ' : '  ', style: {role: 'prompt'}},
		...(checked === undefined ? [] : [{text: checked ? on : off, style: {}}]),
		...label(position, highlighted ? 'selected' : 'key'),
	];
	const prefixWidth = 2 + (checked === undefined ? 0 : 2) + labelWidth;
	return {
		lines: hanging(prefix, spanLines(option.spans, width - prefixWidth, linkUrls)),
		role: checked === undefined || marks === 'radio' ? 'radio' : 'checkbox',
		state: checked === undefined ? {selected: highlighted} : {checked, selected: highlighted},
		option: position,
	};
}

/**
A single-choice option for the options' window: the same number, letter and
hanging text as a choose-all option, the pointer left to the window's own column.
*/
function choiceOption(option: QuizOption, position: number, width: number, linkUrls: boolean): ChoiceOption {
	const textWidth = width - pointerWidth - labelWidth;
	const text = spanLines(option.spans, textWidth, linkUrls);
	const plainLines = hanging(label(position, 'key'), text);
	const highlightedLines = hanging(label(position, 'selected'), text);
	return {label: optionLabel(position), lines: highlighted => (highlighted ? highlightedLines : plainLines), width: width - pointerWidth};
}

function singleChoices({width, linkUrls}: QuestionScreenInput, presented: PresentedQuestion): Choices {
	const options = presented.order.flatMap((original, position) => {
		const option = presented.question.options[original];
		return option ? [choiceOption(option, position, width, linkUrls)] : [];
	});
	return {id: presented.question.id, options};
}

/** An option named by where it was shown, which is what the person saw. */
function namedOption(presented: PresentedQuestion, original: number, width: number, linkUrls: boolean): ThemedLine[] {
	const option = presented.question.options[original];
	return option ? hanging(label(presented.order.indexOf(original), 'key'), spanLines(option.spans, width - labelWidth, linkUrls)) : [];
}

// `✘ missing ` and the rest, padded alike so the options line up after them.
const tickMarks = {
	right: {text: '✔ ticked', role: 'accent'},
	extra: {text: '✘ extra', role: 'error'},
	missing: {text: '✘ missing', role: 'error'},
} as const;
const tickMarkWidth = 10;

/**
A wrong choose-all answer, option by option in the order shown: each tick
that was right, each tick that should not have been (extra), and each right
option left unticked (missing). Options neither ticked nor right are left out.
*/
function tickLines(presented: PresentedQuestion, answer: Answer, width: number, linkUrls: boolean): ThemedLine[] {
	return presented.order.flatMap(original => {
		const ticked = answer.chosen.includes(original);
		const right = presented.question.correct.includes(original);
		if (!ticked && !right) {
			return [];
		}

		const mark = tickMarks[ticked ? (right ? 'right' : 'extra') : 'missing'];
		return hanging([{text: mark.text.padEnd(tickMarkWidth), style: {role: mark.role}}], namedOption(presented, original, width - tickMarkWidth, linkUrls));
	});
}

function choiceBody(input: QuestionScreenInput, presented: PresentedQuestion): Section[] {
	const {quiz, cursor, width, linkUrls} = input;
	const multiple = presented.question.kind === 'multiple';
	const options = presented.order.flatMap((original, position) => {
		const option = presented.question.options[original];
		return option ? [optionSection(option, position, position === cursor, multiple ? quiz.selected.includes(position) : undefined, width, linkUrls)] : [];
	});
	return multiple ? [{lines: textLines('Choose all that apply.', width, {role: 'hint'})}, ...options] : options;
}

/** `1 again · 1 d   2 hard · 2 d   3 good · 3 d   4 easy · 8 d`: each rating with the interval it gives, as Anki's buttons show. */
const ratingLine = (intervals: Readonly<Record<Grade, string>>): string =>
	grades.map((grade, index) => `${index + 1} ${grade} · ${intervals[grade]}`).join('   ');

function cardBody({quiz, width, linkUrls, intervals}: QuestionScreenInput, presented: PresentedQuestion): Section[] {
	if (quiz.phase !== 'revealed') {
		return [{lines: textLines('Think of the answer, then reveal it.', width, {role: 'hint'})}];
	}

	const rating: Section = intervals
		? {lines: [...textLines('Knew it? Rate it 1–4 (y is good, n again); next review in:', width, {role: 'prompt'}), ...textLines(ratingLine(intervals), width, {role: 'prompt'})]}
		: {lines: textLines('Knew it? y/n, or rate it 1–4: again, hard, good, easy', width, {role: 'prompt'})};
	return spaced([
		{lines: [...textLines('Answer', width, {role: 'heading', bold: true}), ...blockLines(presented.question.explanation, width, linkUrls)]},
		rating,
	]);
}

const ratingWords = {again: 'not yet', hard: 'with difficulty', good: 'well', easy: 'easily'} as const;

/** What a card's answer comes to: knew it or not, and how well when it was rated. */
const cardVerdict = (answer: Answer): string => {
	if (answer.knew === undefined) {
		return 'You left it unanswered.';
	}

	if (!answer.knew) {
		return 'You did not know it yet.';
	}

	return answer.rating ? `You knew it ${ratingWords[answer.rating]}.` : 'You knew it.';
};

/** After an answer: the verdict, the right answer, the chosen option's feedback, the explanation. */
function feedbackBody({deck, width, linkUrls}: QuestionScreenInput, presented: PresentedQuestion, answer: Answer): Section[] {
	const {question, order} = presented;
	const heading = (text: string): ThemedLine[] => textLines(text, width, {role: 'heading', bold: true});
	const named = (original: number): ThemedLine[] => namedOption(presented, original, width, linkUrls);
	// An exam's question left blank: an answer with nothing in it.
	const blank = answer.chosen.length === 0 && answer.knew === undefined;
	const word = answer.right ? 'Right' : (blank ? 'Unanswered' : 'Wrong');
	const verdict: Section = {
		lines: [[{text: `${answer.right ? '✔' : '✘'} ${word}`, style: {role: answer.right ? 'accent' : 'error'}}]],
		label: `Result: ${word.toLowerCase()}`,
	};
	// Everything is listed in the order it was shown, which is what the person saw.
	const asShown = (originals: readonly number[]): number[] => [...originals].sort((a, b) => order.indexOf(a) - order.indexOf(b));
	const yours = blank
		? textLines('You left it unanswered.', width)
		: (question.kind === 'multiple'
				? [...heading('Your ticks'), ...tickLines(presented, answer, width, linkUrls)]
				: [...heading('You chose'), ...asShown(answer.chosen).flatMap(original => named(original))]);
	const answers: Section = question.kind === 'card'
		? {lines: textLines(cardVerdict(answer), width)}
		: {
				lines: [
					...heading(question.correct.length === 1 ? 'The right answer' : 'The right answers'),
					...asShown(question.correct).flatMap(original => named(original)),
					...(answer.right ? [] : [[], ...yours]),
				],
			};
	const feedback = asShown(answer.chosen).flatMap((original): Section[] => {
		const option = question.options[original];
		return option && option.feedback.length > 0
			? [{lines: [...heading(`About ${optionLabel(order.indexOf(original)).trim()}`), ...blockLines(option.feedback, width, linkUrls)]}]
			: [];
	});
	const explanation: Section | undefined = question.explanation.length > 0
		? {lines: [...heading(question.kind === 'card' ? 'Answer' : 'Why'), ...blockLines(question.explanation, width, linkUrls)]}
		: undefined;
	const review: Section | undefined = question.slide === undefined
		? undefined
		: {lines: textLines(`Review ${sanitize(slideReference(deck, question.slide))}`, width)};
	return spaced([verdict, answers, ...feedback, explanation, review]);
}

/** The question being asked (or just answered) as a screen; `undefined` when there is none. */
export function questionScreen(input: QuestionScreenInput): QuizScreen | undefined {
	const {quiz, width, linkUrls, message} = input;
	const presented = currentQuestion(quiz);
	if (!presented) {
		return undefined;
	}

	const {question} = presented;
	const practice = quiz.round > 1 ? ' · practice round' : '';
	// An exam's answers gone through after submitting: its score is on the results, and a running count is a practice quiz's.
	const place = input.exam
		? `Exam answers · question ${quiz.index + 1} of ${quiz.questions.length}`
		: `Question ${quiz.index + 1} of ${quiz.questions.length} · ${scoreSoFar(quiz)} right so far${practice}`;
	const prompt: Section = {
		lines: spanLines(plain(question.prompt), width, linkUrls, {role: 'heading', bold: true}),
		label: `Question: ${sanitize(question.prompt)}`,
	};
	const answer = currentAnswer(quiz);
	let body: Section[];
	let choices: Choices | undefined;
	if (answer) {
		body = feedbackBody(input, presented, answer);
	} else if (question.kind === 'card') {
		body = cardBody(input, presented);
	} else if (question.kind === 'single') {
		body = [];
		choices = singleChoices(input, presented);
	} else {
		body = choiceBody(input, presented);
	}

	const scope = input.scope ?? (answer ? 'feedback' : question.kind === 'card' ? (quiz.phase === 'revealed' ? 'revealed' : 'card') : question.kind);
	return {
		header: [{lines: textLines(place, width, {role: 'muted'}), label: place}],
		body: [prompt, {lines: [[]]}, ...body],
		...(choices ? {choices} : {}),
		footer: footer(scope, width, message, command => (command !== 'view-slide' || question.slide !== undefined) && (command !== 'undo' || input.undo === true), question.options.length),
	};
}
