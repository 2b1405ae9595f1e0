/**
Every key of the quiz, the exam and the review, as data for the keymap
engine (keymap.ts). The quiz screen's reducer reads keys only through these
bindings and the on-screen hints are generated from them, so they cannot
drift from what the keys do.
*/
import {optionLetter} from '../text/option-letter.js';
import type {Keymap, Slots} from './keymap.js';

/** Where keys are read; one scope per screen or overlay. */
export type QuizScope =
	| 'intro'
	| 'single'
	| 'multiple'
	| 'card'
	| 'revealed'
	| 'feedback'
	| 'confirm'
	| 'slide'
	| 'replay'
	| 'results'
	/** An exam question with options, single or choose-all. */
	| 'exam-choice'
	| 'exam-card'
	| 'exam-revealed'
	/** The exam's answer sheet. */
	| 'sheet'
	/** "Submit with questions unanswered? y/n" */
	| 'submit-confirm'
	/** Going through a finished exam's answers with their feedback. */
	| 'answers';

export type QuizCommand =
	| 'start'
	| 'pick'
	| 'up'
	| 'down'
	| 'toggle'
	| 'choose'
	| 'submit'
	| 'reveal'
	| 'knew'
	| 'did-not-know'
	| 'rate-again'
	| 'rate-hard'
	| 'rate-good'
	| 'rate-easy'
	| 'next'
	| 'page-on'
	| 'view-slide'
	| 'abandon'
	| 'yes'
	| 'no'
	| 'more'
	| 'line-down'
	| 'line-up'
	| 'page-down'
	| 'page-up'
	| 'close'
	| 'stop-review'
	| 'retry'
	| 'replay'
	| 'quit'
	| 'interrupt'
	| 'flag'
	| 'sheet'
	| 'next-question'
	| 'previous-question'
	| 'done'
	| 'open-row'
	| 'first-row'
	| 'last-row'
	| 'confirm-submit'
	| 'back'
	| 'answers'
	| 'previous-answer'
	| 'next-deck'
	| 'undo';

const choosing: readonly QuizScope[] = ['single', 'multiple'];
const asking: readonly QuizScope[] = [...choosing, 'card', 'revealed', 'feedback'];
const examQuestion: readonly QuizScope[] = ['exam-choice', 'exam-card', 'exam-revealed'];
const examining: readonly QuizScope[] = [...examQuestion, 'sheet'];
/** Screens where ↑↓ are free to scroll a body taller than the terminal. */
const reading: readonly QuizScope[] = ['intro', 'card', 'revealed', 'feedback', 'results', 'exam-card', 'exam-revealed', 'answers'];

/** Screens where PgDn goes on once the body has been paged to its end. */
const pagingOn: readonly QuizScope[] = ['intro', 'card', 'feedback', 'answers'];

/** What the scroll bindings say in the hints; a screen shows them only when its body scrolls. */
const scrollDescription = 'scroll';

/**
`<option-digit>` is 1–9 and `<option-letter>` A–Z, both naming an option (see
`optionSlots`). A lowercase letter bound to a command of the scope (`j`, `k`,
`q`) means that command, as the engine reads named keys first; its capital
still names the option, so every option keeps a letter.
*/
export const quizKeys: Keymap<QuizCommand, QuizScope> = [
	{command: 'interrupt', keys: ['ctrl+c'], description: 'leave at once', scopes: ['intro', ...asking, ...examining, 'submit-confirm', 'answers', 'confirm', 'slide', 'replay', 'results'], unhinted: true},
	{command: 'start', keys: ['enter', 'space', 'right'], description: 'start', scopes: ['intro']},
	{command: 'pick', keys: ['<option-digit>', '<option-letter>'], description: 'answer at once', scopes: ['single']},
	{command: 'up', keys: ['up', 'k'], description: 'move', scopes: choosing},
	{command: 'down', keys: ['down', 'j'], description: 'move', scopes: choosing},
	{command: 'choose', keys: ['enter'], description: 'choose', scopes: ['single']},
	{command: 'toggle', keys: ['space'], description: 'tick or untick', scopes: ['multiple']},
	{command: 'pick', keys: ['<option-digit>', '<option-letter>'], description: 'tick or untick that option', scopes: ['multiple']},
	{command: 'submit', keys: ['enter'], description: 'submit', scopes: ['multiple']},
	{command: 'reveal', keys: ['space', 'enter'], description: 'reveal the answer', scopes: ['card']},
	// As in Anki: 1–4 say how well, for the card's review schedule; y and n are Good and Again.
	{command: 'rate-again', keys: ['1'], description: 'again', scopes: ['revealed']},
	{command: 'rate-hard', keys: ['2'], description: 'hard', scopes: ['revealed']},
	{command: 'rate-good', keys: ['3'], description: 'good', scopes: ['revealed']},
	{command: 'rate-easy', keys: ['4'], description: 'easy', scopes: ['revealed']},
	{command: 'knew', keys: ['y'], description: 'knew it', scopes: ['revealed']},
	{command: 'did-not-know', keys: ['n'], description: 'did not', scopes: ['revealed']},
	{command: 'next', keys: ['enter', 'right'], description: 'go on', scopes: ['feedback']},
	// A review's last answer, as in Anki: its schedule goes back as it was and the question is asked again.
	{command: 'undo', keys: ['u'], description: 'undo the last answer', scopes: ['feedback', 'card', 'revealed', 'single', 'multiple']},
	/*
	Clickers send PgDn. On a screen that is read, it pages down while there is
	more and then goes on, as in the slideshow, so a presenter can run the
	whole briefing from one: the answers come from the room, by letter.
	*/
	{command: 'page-on', keys: ['pagedown'], description: 'start', scopes: ['intro']},
	{command: 'page-on', keys: ['pagedown'], description: 'reveal the answer', scopes: ['card']},
	{command: 'page-on', keys: ['pagedown'], description: 'go on', scopes: ['feedback']},
	{command: 'view-slide', keys: ['v'], description: 'view the slide', scopes: ['feedback', 'answers']},
	// The exam: answers are taken without feedback and can be changed until it is submitted.
	{command: 'pick', keys: ['<option-digit>', '<option-letter>'], description: 'choose (or tick) that option', scopes: ['exam-choice']},
	{command: 'up', keys: ['up', 'k'], description: 'move', scopes: ['exam-choice', 'sheet']},
	{command: 'down', keys: ['down', 'j'], description: 'move', scopes: ['exam-choice', 'sheet']},
	{command: 'toggle', keys: ['space'], description: 'choose (or tick)', scopes: ['exam-choice']},
	{command: 'done', keys: ['enter'], description: 'choose, or done ticking', scopes: ['exam-choice']},
	{command: 'reveal', keys: ['space', 'enter'], description: 'reveal the answer', scopes: ['exam-card']},
	{command: 'rate-again', keys: ['1'], description: 'again', scopes: ['exam-revealed']},
	{command: 'rate-hard', keys: ['2'], description: 'hard', scopes: ['exam-revealed']},
	{command: 'rate-good', keys: ['3'], description: 'good', scopes: ['exam-revealed']},
	{command: 'rate-easy', keys: ['4'], description: 'easy', scopes: ['exam-revealed']},
	{command: 'knew', keys: ['y'], description: 'knew it', scopes: ['exam-revealed']},
	{command: 'did-not-know', keys: ['n'], description: 'did not', scopes: ['exam-revealed']},
	{command: 'open-row', keys: ['enter'], description: 'go to that question (or submit)', scopes: ['sheet']},
	// As in the slideshow: the sheet of a long exam is a jump from its first row to Submit, its last.
	{command: 'first-row', keys: ['home', 'g g'], description: 'first question', scopes: ['sheet']},
	{command: 'last-row', keys: ['end', 'G'], description: 'Submit', scopes: ['sheet']},
	{command: 'flag', keys: ['f'], description: 'flag to come back to', scopes: examining},
	{command: 'next-question', keys: ['right'], description: 'next question', scopes: examQuestion},
	{command: 'previous-question', keys: ['left'], description: 'previous', scopes: examQuestion},
	{command: 'sheet', keys: ['s', 'tab'], description: 'answer sheet', scopes: examQuestion},
	{command: 'back', keys: ['escape', 's', 'tab'], description: 'back to the question', scopes: ['sheet']},
	{command: 'confirm-submit', keys: ['y'], description: 'submit', scopes: ['submit-confirm']},
	{command: 'back', keys: ['n', 'escape'], description: 'not yet', scopes: ['submit-confirm']},
	{command: 'next', keys: ['enter', 'right', 'space'], description: 'go on', scopes: ['answers']},
	{command: 'page-on', keys: ['pagedown'], description: 'go on', scopes: ['answers']},
	{command: 'previous-answer', keys: ['left'], description: 'back', scopes: ['answers']},
	/*
	q quits wherever it is pressed: where an attempt is under way it asks first
	(over a slide, to abandon the quiz under it); where nothing can be lost (the
	review pages, going through the answers) it quits at once, and Esc goes back.
	*/
	{command: 'abandon', keys: ['q'], description: 'abandon', scopes: [...asking, ...examining, 'slide']},
	{command: 'stop-review', keys: ['escape'], description: 'stop, back to the results', scopes: ['replay']},
	{command: 'yes', keys: ['y'], description: 'yes', scopes: ['confirm']},
	{command: 'no', keys: ['n', 'escape'], description: 'no', scopes: ['confirm']},
	{command: 'more', keys: ['down', 'pagedown'], description: 'more of the slide', scopes: ['slide', 'replay']},
	{command: 'page-down', keys: ['pagedown'], description: scrollDescription, scopes: ['exam-choice']},
	{command: 'page-up', keys: ['pageup'], description: scrollDescription, scopes: ['exam-choice']},
	// After the choosing keys: there ↑↓ move the highlight, so only PgDn/PgUp scroll.
	{command: 'line-down', keys: ['down'], description: scrollDescription, scopes: reading},
	{command: 'line-up', keys: ['up'], description: scrollDescription, scopes: reading},
	{command: 'page-down', keys: ['pagedown'], description: scrollDescription, scopes: [...reading.filter(scope => !pagingOn.includes(scope)), ...choosing]},
	{command: 'page-up', keys: ['pageup'], description: scrollDescription, scopes: [...reading, ...choosing]},
	{command: 'close', keys: ['<any>'], description: 'back to the quiz', scopes: ['slide']},
	{command: 'next', keys: ['<any>'], description: 'next', scopes: ['replay']},
	{command: 'answers', keys: ['a'], description: 'go through your answers', scopes: ['results']},
	{command: 'retry', keys: ['r'], description: 're-ask the missed questions', scopes: ['results']},
	{command: 'replay', keys: ['s'], description: 'see their slides, then re-ask them', scopes: ['results']},
	// Only in a review of several decks, before its last: q there leaves the whole review.
	{command: 'next-deck', keys: ['enter', 'right'], description: 'next deck', scopes: ['results']},
	{command: 'quit', keys: ['q'], description: 'quit', scopes: ['intro', 'results', 'replay', 'answers']},
	{command: 'back', keys: ['escape'], description: 'back to the results', scopes: ['answers']},
];

/** The commands that scroll a screen's body. */
export const scrollCommands: ReadonlySet<QuizCommand> = new Set(['line-down', 'line-up', 'page-down', 'page-up']);

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
How an option is named on screen: `1 A` for the first, the letter alone from
the tenth (digits reach 9: `  J`, aligned under the others), and `AA` … past
Z (chosen with the arrows).
*/
export function optionLabel(position: number): string {
	const letter = optionLetter(position);
	return position < 9 ? `${position + 1} ${letter}` : letter.padStart(3);
}

/** The digits that name options of a question of `options` (any number when absent): `1–4`. */
const digitRange = (options: number | undefined): string =>
	options === undefined || options >= 9 ? '1–9' : (options <= 1 ? '1' : `1–${options}`);

/** The letters that name options of a question of `options` (any number when absent): `A–D`. */
const letterRange = (options: number | undefined): string => {
	const last = options === undefined ? 'Z' : optionLetter(Math.max(0, Math.min(options, letters.length) - 1));
	return last === 'A' ? 'A' : `A–${last}`;
};

/** The keys that name the options of a question of `count`: `1–4 or A–D`. */
export const optionKeys = (count: number): string => `${digitRange(count)} or ${letterRange(count)}`;

/**
The option keys of a question of `options` options, for reading and hinting.
Reading takes any digit or letter, even past the question's options, so the
reducer can say there is no such option. The hints are sized to the question
and name the options whose letter a command of the scope takes (`Shift+J/K`).
*/
export function optionSlots(options?: number): Slots {
	return {
		'<option-digit>': {
			read: token => (/^[1-9]$/.test(token) ? Number(token) - 1 : undefined),
			label: () => digitRange(options),
		},
		'<option-letter>': {
			read: token => (/^[a-z]$/i.test(token) ? letters.indexOf(token.toLowerCase()) : undefined),
			label(named) {
				const hidden = options === undefined ? [] : [...letters.slice(0, options)].filter(letter => named.has(letter));
				return [letterRange(options), ...(hidden.length > 0 ? [`Shift+${hidden.join('/').toUpperCase()}`] : [])].join('/');
			},
		},
	};
}
