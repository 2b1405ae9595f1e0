import {type Grade, grades} from './schedule-file.js';
import {append} from '../text/arrays.js';
import {headProblems, isCount, isoTime, isRecord, string} from './checks.js';

export const attemptSchema = 'briefing-deck/attempt';
export const attemptVersion = 1;

/** One answered question, as kept in results and in the score history. */
export type Answer = {
	readonly questionId: string;
	/** Original option indexes, ascending and without repeats; `[]` for a card. */
	readonly chosen: readonly number[];
	/** Only for a card: the person's own verdict. */
	readonly knew?: boolean;
	/** Only for a card rated 1–4 (Again, Hard, Good, Easy): how well, for its review schedule. */
	readonly rating?: Grade;
	readonly right: boolean;
	/** Time from showing the question to answering it. */
	readonly ms: number;
};

/** One finished quiz round, as stored in its own file. */
export type Attempt = {
	readonly schema: typeof attemptSchema;
	readonly version: typeof attemptVersion;
	readonly deckId: string;
	/** `Quiz.hash` when the attempt was made, to tell when the quiz changed since. */
	readonly quizHash: string;
	/** ISO 8601. */
	readonly startedAt: string;
	readonly endedAt: string;
	readonly score: number;
	readonly total: number;
	readonly answers: readonly Answer[];
	/** Present when the attempt was an exam (`quiz --exam`): no feedback until it was submitted. */
	readonly exam?: ExamRecord;
};

/** How an exam went, beyond its answers. */
export type ExamRecord = {
	/** The `--time-limit`, when there was one. */
	readonly timeLimitMs?: number;
	/** Submitted by the clock rather than the person. */
	readonly timedOut: boolean;
	/** Questions still flagged to come back to when it was submitted. */
	readonly flagged: readonly string[];
};

export type Validation =
	| {readonly ok: true; readonly attempt: Attempt}
	| {readonly ok: false; readonly problems: readonly string[]};

const answerProblems = (value: unknown, at: string): string[] => {
	if (!isRecord(value)) {
		return [`${at} should be an object`];
	}

	const problems: string[] = [];
	if (typeof value['questionId'] !== 'string') {
		problems.push(`${at}.questionId should be a string`);
	}

	const {chosen} = value;
	if (!Array.isArray(chosen) || !chosen.every(index => isCount(index))) {
		problems.push(`${at}.chosen should be a list of option indexes`);
	}

	if (value['knew'] !== undefined && typeof value['knew'] !== 'boolean') {
		problems.push(`${at}.knew should be true or false`);
	}

	if (value['rating'] !== undefined && !(grades as readonly unknown[]).includes(value['rating'])) {
		problems.push(`${at}.rating should be one of ${grades.join(', ')}`);
	}

	if (typeof value['right'] !== 'boolean') {
		problems.push(`${at}.right should be true or false`);
	}

	const {ms} = value;
	if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
		problems.push(`${at}.ms should be a duration in milliseconds`);
	}

	return problems;
};

/**
Checks a parsed attempt file of the current version. Hand-written to keep the
dependency list short; every problem is listed so a hand-edited file can be fixed.
*/
export function validateAttempt(value: unknown): Validation {
	if (!isRecord(value)) {
		return {ok: false, problems: ['an attempt should be a JSON object']};
	}

	const problems = headProblems(value, attemptSchema, attemptVersion, [
		['deckId', string],
		['quizHash', string],
		['startedAt', isoTime],
		['endedAt', isoTime],
	]);
	const {score, total, answers} = value;
	if (!isCount(total)) {
		problems.push('total should be a whole number');
	}

	if (!isCount(score) || (isCount(total) && (score as number) > (total as number))) {
		problems.push('score should be a whole number no greater than total');
	}

	const {exam} = value;
	if (exam !== undefined && !(
		isRecord(exam)
		&& typeof exam['timedOut'] === 'boolean'
		&& Array.isArray(exam['flagged']) && exam['flagged'].every(id => typeof id === 'string')
		&& (exam['timeLimitMs'] === undefined || isCount(exam['timeLimitMs']))
	)) {
		problems.push('exam should say whether it timed out, which questions were flagged, and any time limit in ms');
	}

	if (Array.isArray(answers)) {
		for (const [index, answer] of answers.entries()) {
			append(problems, answerProblems(answer, `answers[${index}]`));
		}
	} else {
		problems.push('answers should be a list');
	}

	return problems.length === 0 ? {ok: true, attempt: value as Attempt} : {ok: false, problems};
}
