/**
A room record: the counts from one room quiz, kept with `--save-room` in a
file of its own, apart from personal attempts. Each question keeps its right
options, so the record reads the same after the deck changes. Counts only:
the hands typed in, and the devices' answers when the quiz was served to the
room's phones, kept apart; nothing about a person or a device.
*/
import type {QuestionKind} from '../deck/types.js';
import {append} from '../text/arrays.js';
import {headProblems, isCount, isoTime, isRecord, string} from './checks.js';
import type {Upgrade} from './migrate.js';

export const roomRecordSchema = 'briefing-deck/room';
/**
Version 2 adds the devices' answers (`votes`, `voters`). A version 1 record
has none, so it reads as it is; an older briefing-deck leaves a version 2
record alone rather than show its hands as the whole room.
*/
export const roomRecordVersion = 2;

/** One question's show of hands, as a room record keeps it. */
export type QuestionCounts = {
	readonly kind: QuestionKind;
	/** Right options as original indexes. A card's counts are *knew it*, then *not yet*, so its right one is `[0]`. */
	readonly correct: readonly number[];
	/** Hands per option (original order; a card: knew it, not yet); `null` when no count was given. */
	readonly counts: readonly number[] | null;
	/** Choose-all only: how many people were voting, when the presenter gave it. */
	readonly people?: number;
	/** Devices per option, in the order of `counts`, apart from the hands; absent when no device answered. */
	readonly votes?: readonly number[];
	/** Choose-all only: how many devices answered, with `votes`. */
	readonly voters?: number;
};

export type RoomRecordQuestion = QuestionCounts & {readonly questionId: string};

export type RoomRecord = {
	readonly schema: typeof roomRecordSchema;
	readonly version: typeof roomRecordVersion;
	readonly deckId: string;
	/** `Quiz.hash` at the time, to tell when the quiz changed since. */
	readonly quizHash: string;
	/** ISO 8601. */
	readonly startedAt: string;
	readonly endedAt: string;
	/** Every question shown, in the order asked. */
	readonly questions: readonly RoomRecordQuestion[];
};

export type RoomRecordValidation =
	| {readonly ok: true; readonly record: RoomRecord}
	| {readonly ok: false; readonly problems: readonly string[]};

function questionProblems(value: unknown, at: string): string[] {
	if (!isRecord(value)) {
		return [`${at} should be an object`];
	}

	const problems: string[] = [];
	if (typeof value['questionId'] !== 'string') {
		problems.push(`${at}.questionId should be a string`);
	}

	const {kind, correct, counts, people} = value;
	if (kind !== 'single' && kind !== 'multiple' && kind !== 'card') {
		problems.push(`${at}.kind should be single, multiple or card`);
	}

	if (!Array.isArray(correct) || !correct.every(index => isCount(index))) {
		problems.push(`${at}.correct should be a list of option indexes`);
	}

	if (counts !== null && (!Array.isArray(counts) || !counts.every(count => isCount(count)))) {
		problems.push(`${at}.counts should be null or a list of whole numbers`);
	} else if (Array.isArray(counts) && Array.isArray(correct) && correct.some(index => !isCount(index) || index >= counts.length)) {
		problems.push(`${at}.correct names an option that has no count`);
	}

	if (kind === 'card' && Array.isArray(counts) && counts.length !== 2) {
		problems.push(`${at}.counts of a card should be two: knew it, not yet`);
	}

	if (people !== undefined && (kind !== 'multiple' || !isCount(people))) {
		problems.push(`${at}.people should be a whole number, on a choose-all question only`);
	}

	append(problems, voteProblems(value, at));
	return problems;
}

function voteProblems({kind, correct, votes, voters}: Record<string, unknown>, at: string): string[] {
	if (votes === undefined) {
		return voters === undefined ? [] : [`${at}.voters should come with votes`];
	}

	if (!Array.isArray(votes) || !votes.every(count => isCount(count))) {
		return [`${at}.votes should be a list of whole numbers`];
	}

	const problems: string[] = [];
	if (Array.isArray(correct) && correct.some(index => !isCount(index) || index >= votes.length)) {
		problems.push(`${at}.correct names an option that has no votes`);
	}

	if (kind === 'card' && votes.length !== 2) {
		problems.push(`${at}.votes of a card should be two: knew it, not yet`);
	}

	if (voters !== undefined && (kind !== 'multiple' || !isCount(voters))) {
		problems.push(`${at}.voters should be a whole number, on a choose-all question only`);
	}

	return problems;
}

/** Checks a parsed room record of the current version; every problem is listed, so a hand-edited file can be fixed. */
export function validateRoomRecord(value: unknown): RoomRecordValidation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['a room record should be a JSON object']};
	}

	const problems = headProblems(value, roomRecordSchema, roomRecordVersion, [['deckId', string], ['quizHash', string], ['startedAt', isoTime], ['endedAt', isoTime]]);
	const {questions} = value;
	if (Array.isArray(questions)) {
		for (const [index, question] of questions.entries()) {
			append(problems, questionProblems(question, `questions[${index}]`));
		}
	} else {
		problems.push('questions should be a list');
	}

	return problems.length === 0 ? {ok: true, record: value as RoomRecord} : {ok: false, problems};
}

/** Version 1 had no devices: its counts are all hands, and stay so. */
const fromVersion1: Upgrade = raw => ({...raw, version: 2});

/** `roomRecordUpgrades[n]` lifts a room record of version n to n + 1. */
export const roomRecordUpgrades: Readonly<Record<number, Upgrade>> = {1: fromVersion1};
