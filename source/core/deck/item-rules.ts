/**
A quiz judged the way test designers judge multiple-choice items: the cues
that let a test-wise learner find the right option without knowing the
answer, and the habits that make an item harder to read than its content. The
rules follow Haladyna, Downing and Rodriguez's revised taxonomy of
item-writing guidelines (2002). Each finding is a warning at its line, named
by its rule so that `<!-- lint-ignore: rule -->` under a question can silence
it there.

Rules that read words (the option that says "all of the above", a negative
stem, a word the stem and the right option share, a yes/no pair) know English
only, and are left out for a quiz in another language; the others compare
lengths, characters and answers, and hold in any language.
*/
import {append, maxOf} from '../text/arrays.js';
import {withinEditDistance} from '../text/edit-distance.js';
import {words, contentWords, isEnglish} from './item-words.js';
import type {Diagnostic, Question, QuizOption, Quiz} from './types.js';

export const itemRules = [
	'longest-option',
	'all-of-the-above',
	'negative-stem',
	'similar-options',
	'word-cue',
	'answer-in-other-stem',
	'all-options-right',
	'two-options',
] as const;

export type ItemRule = typeof itemRules[number];

/** A right option this many times as long as the longest wrong one stands out… */
const LONGER_BY = 1.5;

/** …when it is longer by this many characters too (a couple of words): `Yes` against `No` is no cue. */
const LONGER_BY_AT_LEAST = 12;

/** The quiz-wide length cue needs this many single-choice questions: with fewer, chance alone makes the right option longest in most. */
const FEWEST_FOR_QUIZ_LENGTH = 4;

/** A word written in more stems than this is too common to tell which question an answer gives away. */
const MOST_STEMS_PER_CUE_WORD = 8;

/** The item rules' warnings for a quiz, in question order. Pure. */
export function judgeItems(quiz: Quiz): Diagnostic[] {
	const english = isEnglish(quiz.questions.flatMap(question => [question.prompt, ...question.options.map(option => option.text)]));
	const diagnostics: Diagnostic[] = [];
	for (const question of quiz.questions) {
		const found: Diagnostic[] = [
			...longestOption(question),
			...similarOptions(question),
			...allOptionsRight(question),
			...(english ? [...allOfTheAbove(question), ...negativeStem(question), ...wordCue(question), ...twoOptions(question)] : []),
		];
		append(diagnostics, found.filter(diagnostic => !ignores(question, diagnostic.rule)));
		append(diagnostics, unknownIgnores(question));
	}

	append(diagnostics, answersInOtherStems(quiz.questions, english));
	append(diagnostics, longestOptionAcrossQuiz(quiz.questions));
	return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

function ignores(question: Question, rule: string | undefined): boolean {
	return question.lint?.ignore?.some(ignored => ignored.rule === rule) ?? false;
}

function finding(rule: ItemRule, line: number, message: string, hint: string): Diagnostic {
	return {severity: 'warning', line, column: 1, message, hint, rule};
}

const isChoice = (question: Question): boolean => question.kind !== 'card' && question.correct.length > 0;

const lengthOf = (text: string): number => [...text.trim()].length;

/** The right option of a single-choice question and the others, or nothing for any other question. */
function singleChoice(question: Question) {
	const right = question.options[question.correct[0] ?? -1];
	if (question.kind !== 'single' || question.correct.length !== 1 || right === undefined || question.options.length < 2) {
		return undefined;
	}

	return {right, wrong: question.options.filter(option => !option.correct)};
}

function longestOption(question: Question): Diagnostic[] {
	const choice = singleChoice(question);
	if (!choice) {
		return [];
	}

	const right = lengthOf(choice.right.text);
	const longestWrong = maxOf(choice.wrong.map(option => lengthOf(option.text)), 0);
	if (right < LONGER_BY * longestWrong || right - longestWrong < LONGER_BY_AT_LEAST || longestWrong === 0) {
		return [];
	}

	return [finding(
		'longest-option',
		choice.right.line,
		`the right option is ${right} characters long, the longest wrong one ${longestWrong}: learners pick the longest option when unsure, so options should be about the same length`,
		'shorten the right option (move detail into the explanation) or give the wrong options the same detail',
	)];
}

/** The right option is the longest in more than half the single-choice questions: a cue across the quiz even when no question overdoes it. */
function longestOptionAcrossQuiz(questions: readonly Question[]): Diagnostic[] {
	const counted = questions.filter(question => singleChoice(question) && !ignores(question, 'longest-option'));
	const longest = counted.filter(question => {
		const {right, wrong} = singleChoice(question)!;
		return lengthOf(right.text) > maxOf(wrong.map(option => lengthOf(option.text)), 0);
	});
	if (counted.length < FEWEST_FOR_QUIZ_LENGTH || longest.length * 2 <= counted.length) {
		return [];
	}

	const lines = longest.map(question => question.line);
	return [finding(
		'longest-option',
		lines[0]!,
		`the right option is the longest in ${longest.length} of ${counted.length} single-choice questions (lines ${lines.join(', ')}): across a quiz, learners learn that the longest option is right, so the right one should be longest no more often than the others`,
		'shorten some right options, or lengthen their wrong options',
	)];
}

/** "All of the above", "none of these": an option that is read against the others instead of on its own. */
function allOfTheAbove(question: Question): Diagnostic[] {
	return question.options
		.filter(option => /^(?:all|none|both|neither) of (?:the above|the below|these|them|those|the others?|the options|the answers)\b/i.test(option.text.trim()))
		.map(option => finding(
			'all-of-the-above',
			option.line,
			`“${option.text.trim()}” lets a learner answer from two options without knowing the rest: item writers avoid “all of the above” and “none of the above” (a rule for English text)`,
			'replace it with a plausible wrong answer of its own, or make the question choose-all-that-apply',
		));
}

const negativeWord = /\b(?:not|never|except|least|cannot|false|incorrect|untrue|\w+n['\u2019]t)\b/i;

/** A negative stem (which is NOT…) is easily misread; when one is needed, the negative word is emphasised. */
function negativeStem(question: Question): Diagnostic[] {
	const word = negativeWord.exec(question.prompt)?.[0];
	if (!isChoice(question) || word === undefined) {
		return [];
	}

	const capitals = word === word.toUpperCase() && word !== word.toLowerCase();
	const emphasised = question.lint?.emphasis?.some(text => new RegExp(`\\b${word.replaceAll(/['\u2019]/g, '[\'\u2019]')}\\b`, 'i').test(text)) ?? false;
	if (capitals || emphasised) {
		return [];
	}

	return [finding(
		'negative-stem',
		question.line,
		`the question asks in the negative (“${word}”), which learners misread under pressure: item writers word a stem positively, or set the negative word in bold or capitals (a rule for English text)`,
		`ask it positively, or write **${word}** or ${word.toUpperCase()}`,
	)];
}

/**
Options that say the same thing twice: the same text once case, spacing and
punctuation are set aside, or the same words with a slip of a letter or two beside words that are the
same. Words that differ by a number or a single letter (Series G, Series H)
are different answers, never a slip, and so are one-word options a letter
apart (Shipped, Slipped).
*/
function similarOptions(question: Question): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const normalised = question.options.map(option => words(option.text));
	for (const [index, option] of question.options.entries()) {
		const twin = normalised.findIndex((other, earlier) => earlier < index && nearlySame(other, normalised[index]!));
		if (twin !== -1) {
			diagnostics.push(finding(
				'similar-options',
				option.line,
				`this option says the same as the one on line ${question.options[twin]!.line}: each option should be a distinct answer, or a learner can rule out both at once`,
				'make it a different answer, or remove one of the two',
			));
		}
	}

	return diagnostics;
}

function nearlySame(a: readonly string[], b: readonly string[]): boolean {
	// `Fine-tuning` and `fine tuning.` are one answer.
	const squeezed = (list: readonly string[]): string => list.join('').replaceAll(/['.-]/g, '');
	if (squeezed(a) === squeezed(b)) {
		return a.length > 0;
	}

	if (a.length !== b.length || a.length === 0) {
		return false;
	}

	let slips = 0;
	for (const [index, word] of a.entries()) {
		const other = b[index]!;
		if (word === other) {
			continue;
		}

		const isSlip = /^\p{L}{4,}$/u.test(word) && /^\p{L}{4,}$/u.test(other) && withinEditDistance(word, other, 1);
		if (!isSlip) {
			return false;
		}

		slips++;
	}

	// A one-word option a letter away is more likely another word (Shipped, Slipped) than a slip:
	// a slip counts only beside words that are the same.
	return slips <= 2 && slips < a.length;
}

/** An option's text outside code: `speaker_note` in a quiz about the syntax is the thing asked about, not English. */
const prose = (option: QuizOption): string => option.spans.filter(span => !span.style.code).map(span => span.text).join('');

/** A right option that alone repeats a word of the stem points at the answer: the learner matches the word instead of knowing it. */
function wordCue(question: Question): Diagnostic[] {
	if (!isChoice(question) || question.options.length < 2) {
		return [];
	}

	const stem = new Set(contentWords(question.prompt));
	const shared = question.options.map(option => contentWords(prose(option)).filter(word => stem.has(word)));
	if (question.options.some((option, index) => !option.correct && shared[index]!.length > 0)) {
		return [];
	}

	const cued = question.options.findIndex((option, index) => option.correct && shared[index]!.length > 0);
	if (cued === -1) {
		return [];
	}

	const cue = shared[cued]![0]!;
	return [finding(
		'word-cue',
		question.options[cued]!.line,
		`“${cue}” is in the question and in the right option, and no wrong option repeats a word of the question: a learner can match the word instead of knowing the answer (a rule for English text)`,
		`reword the right option without “${cue}”, or let wrong options echo the question too`,
	)];
}

/**
One question's right answer written in another's stem: whoever reads the
second learns the first. An answer counts as written there when at least two
thirds of its content words (all of them, for an answer of one or two) are in
the stem, and more of them than of any wrong option's.
*/
function answersInOtherStems(questions: readonly Question[], english: boolean): Diagnostic[] {
	const keyWords = (text: string): string[] => (english ? contentWords(text) : words(text)).filter(word => word.length > 2 || /\d/.test(word));
	const share = (answer: readonly string[], stem: ReadonlySet<string>): number => (answer.length === 0 ? 0 : answer.filter(word => stem.has(word)).length / answer.length);
	const stems = questions.map(question => new Set(keyWords(question.prompt)));
	// Each stem by word, so each answer is compared only with the stems that share a word with it.
	const stemsByWord = new Map<string, number[]>();
	for (const [index, stem] of stems.entries()) {
		for (const word of stem) {
			const holding = stemsByWord.get(word);
			if (holding) {
				holding.push(index);
			} else {
				stemsByWord.set(word, [index]);
			}
		}
	}

	const diagnostics: Diagnostic[] = [];
	for (const [index, question] of questions.entries()) {
		if (!isChoice(question)) {
			continue;
		}

		const wrong = question.options.filter(option => !option.correct).map(option => keyWords(option.text));
		const told = new Set<number>();
		for (const right of question.correct.map(option => keyWords(question.options[option]!.text))) {
			const needed = right.length <= 2 ? 1 : 2 / 3;
			// A word in many stems names no one answer; looking only through the rarer ones keeps a quiz
			// of a thousand questions in a small vocabulary linear (and one answer can give away at most a few).
			const candidates = right.flatMap(word => {
				const holding = stemsByWord.get(word) ?? [];
				return holding.length <= MOST_STEMS_PER_CUE_WORD ? holding : [];
			});
			for (const other of new Set(candidates)) {
				const stem = stems[other]!;
				const rightShare = share(right, stem);
				if (other !== index && rightShare >= needed && wrong.every(option => share(option, stem) < rightShare) && !ignores(questions[other]!, 'answer-in-other-stem')) {
					told.add(other);
				}
			}
		}

		for (const other of told) {
			diagnostics.push(finding(
				'answer-in-other-stem',
				questions[other]!.line,
				`this question's wording gives away the answer to the question on line ${question.line}: each question should be answerable only from what it teaches, not from another question`,
				'reword one of the two questions so that neither names the other\'s answer',
			));
		}
	}

	return diagnostics;
}

/** A choose-all question whose every option is right asks nothing: ticking every box scores. */
function allOptionsRight(question: Question): Diagnostic[] {
	if (question.kind !== 'multiple' || question.correct.length < question.options.length) {
		return [];
	}

	return [finding(
		'all-options-right',
		question.line,
		'every option of this choose-all question is right, so ticking them all scores without reading: a choose-all question needs wrong options too',
		'add plausible wrong options with `- [ ]`',
	)];
}

const pairs = [['yes', 'no'], ['true', 'false']];

/** Two options leave a coin toss; a yes/no or true/false question is the exception, where two are all there are. */
function twoOptions(question: Question): Diagnostic[] {
	if (!singleChoice(question) || question.options.length !== 2) {
		return [];
	}

	const first = question.options.map(option => words(option.text)[0] ?? '').sort();
	if (pairs.some(pair => pair.toSorted().join() === first.join())) {
		return [];
	}

	return [finding(
		'two-options',
		question.line,
		'a single-choice question with two options is right half the time by guessing: item writers give three or four plausible options, unless the answer is yes or no, true or false (a rule for English text)',
		'add a plausible wrong option or two with `- [ ]`',
	)];
}

/** A `lint-ignore` that names no rule silences nothing, which its writer would want to know. */
function unknownIgnores(question: Question): Diagnostic[] {
	return (question.lint?.ignore ?? [])
		.filter(({rule}) => !(itemRules as readonly string[]).includes(rule))
		.map(({rule, line}) => {
			const near = itemRules.find(known => withinEditDistance(known, rule, 3));
			return {
				severity: 'warning',
				line,
				column: 1,
				message: `\`lint-ignore\` names \`${rule}\`, which is not a rule, so it silences nothing`,
				hint: near ? `did you mean \`${near}\`?` : `the rules are ${itemRules.join(', ')}`,
			} satisfies Diagnostic;
		});
}
