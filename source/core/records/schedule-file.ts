/**
One deck's review schedules as stored: `<store>/schedules/<deck>.json`, one
entry per question id. The shape is checked by hand, like attempts, so a
hand-edited file says exactly what is wrong with it.
*/
import {append} from '../text/arrays.js';
import {isCount, isIsoTime, isRecord} from './checks.js';

/** How well a question was known, as in Anki: keys 1–4 on a self-graded card. */
export const grades = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof grades)[number];

const scheduleStates = ['new', 'learning', 'review', 'relearning'] as const;
export type ScheduleState = (typeof scheduleStates)[number];

/** One question's place in the review cycle, as stored. */
export type Schedule = {
	/** ISO 8601: when it is next due. */
	readonly due: string;
	/** Days until recall drops to 90%: FSRS's measure of how well it is known. */
	readonly stability: number;
	/** 1 (easy) to 10 (hard). */
	readonly difficulty: number;
	readonly state: ScheduleState;
	/** Times it was answered. */
	readonly reps: number;
	/** Times it was forgotten after being known. */
	readonly lapses: number;
	readonly scheduledDays: number;
	readonly learningSteps: number;
	/** ISO 8601: when it was last answered. */
	readonly lastReview: string;
};

const scheduleSchema = 'briefing-deck/schedules';
const scheduleVersion = 1;

/** A question's schedule, and the prompt it last had (to name a question since deleted). */
export type QuestionSchedule = Schedule & {readonly prompt?: string};

/** Where a deck's file was, so `review` can ask its due questions from any directory. */
export type DeckSource = {
	readonly title: string;
	/** An absolute path, or `bundled:<name>` for a deck that ships with the app. */
	readonly source: string;
};

export type ScheduleBook = {
	readonly schema: typeof scheduleSchema;
	readonly version: typeof scheduleVersion;
	readonly deckId: string;
	readonly deck?: DeckSource;
	/** By question id; a question deleted from the deck keeps its entry (it is just not asked). */
	readonly questions: Readonly<Record<string, QuestionSchedule>>;
};

/** A question's schedule, if it has one (an own entry: ids such as `__proto__` are data here). */
export function scheduleOf(book: ScheduleBook | undefined, questionId: string): QuestionSchedule | undefined {
	return book && Object.hasOwn(book.questions, questionId) ? book.questions[questionId] : undefined;
}

export function emptyBook(deckId: string): ScheduleBook {
	return {schema: scheduleSchema, version: scheduleVersion, deckId, questions: {}};
}

const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function questionProblems(value: unknown, at: string): string[] {
	if (!isRecord(value)) {
		return [`${at} should be an object`];
	}

	const checks: ReadonlyArray<readonly [string, (field: unknown) => boolean, string]> = [
		['due', isIsoTime, 'an ISO 8601 time'],
		['lastReview', isIsoTime, 'an ISO 8601 time'],
		['stability', isNumber, 'a number'],
		['difficulty', isNumber, 'a number'],
		['reps', isCount, 'a whole number'],
		['lapses', isCount, 'a whole number'],
		['scheduledDays', isCount, 'a whole number'],
		['learningSteps', isCount, 'a whole number'],
		['state', field => (scheduleStates as readonly unknown[]).includes(field), `one of ${scheduleStates.join(', ')}`],
	];
	const problems = checks.filter(([key, check]) => !check(value[key])).map(([key, , what]) => `${at}.${key} should be ${what}`);
	if (value['prompt'] !== undefined && typeof value['prompt'] !== 'string') {
		problems.push(`${at}.prompt should be a string`);
	}

	return problems;
}

/**
How a problem names a question's entry: by its id when that is an id as the
app makes them, else by its place, so a hand-edited key is never quoted.
*/
const entryName = (id: string, index: number): string => (/^[\w-]{1,80}$/.test(id) ? `questions[${JSON.stringify(id)}]` : `question entry ${index + 1}`);

export type BookValidation =
	| {readonly ok: true; readonly book: ScheduleBook}
	/** Written by a newer briefing-deck: left alone for it. */
	| {readonly ok: false; readonly newer: number}
	| {readonly ok: false; readonly problems: readonly string[]};

/** Checks a parsed schedule file; every problem is listed. */
export function validateBook(value: unknown): BookValidation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a schedule file should be a JSON object']};
	}

	if (Number.isSafeInteger(value['version']) && (value['version'] as number) > scheduleVersion) {
		return {ok: false, newer: value['version'] as number};
	}

	const problems: string[] = [];
	if (value['schema'] !== scheduleSchema) {
		problems.push(`schema should be "${scheduleSchema}"`);
	}

	if (value['version'] !== scheduleVersion) {
		problems.push(`version should be ${scheduleVersion}`);
	}

	if (typeof value['deckId'] !== 'string') {
		problems.push('deckId should be a string');
	}

	const {deck, questions} = value;
	if (deck !== undefined && !(isRecord(deck) && typeof deck['title'] === 'string' && typeof deck['source'] === 'string')) {
		problems.push('deck should have a title and a source');
	}

	if (isRecord(questions)) {
		for (const [index, [id, entry]] of Object.entries(questions).entries()) {
			append(problems, questionProblems(entry, entryName(id, index)));
		}
	} else {
		problems.push('questions should be an object');
	}

	return problems.length === 0 ? {ok: true, book: value as ScheduleBook} : {ok: false, problems};
}
