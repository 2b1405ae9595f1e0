import {describe, expect, it} from 'vitest';
import {validateAttempt} from '../../source/core/records/attempt.js';
import {attemptFromSummary} from '../../source/core/quiz/results.js';
import {migrate} from '../../source/core/records/migrate.js';
import {makeAttempt} from './make-attempt.js';

const problemsOf = (value: unknown): readonly string[] => {
	const result = validateAttempt(value);
	return result.ok ? [] : result.problems;
};

describe('validateAttempt', () => {
	it('accepts a well-formed attempt', () => {
		expect(validateAttempt(makeAttempt())).toEqual({ok: true, attempt: makeAttempt()});
	});

	it('names each problem', () => {
		expect(problemsOf({...makeAttempt(), schema: 'other', deckId: 7, endedAt: 'Tuesday', score: 3, total: 2})).toEqual([
			'schema should be "briefing-deck/attempt"',
			'deckId should be a string',
			'endedAt should be an ISO 8601 time',
			'score should be a whole number no greater than total',
		]);
	});

	it('checks every answer', () => {
		const answers = [{questionId: 'q', chosen: [-1], knew: 'yes', right: 1, ms: -5}, 'nope'];
		expect(problemsOf({...makeAttempt(), answers})).toEqual([
			'answers[0].chosen should be a list of option indexes',
			'answers[0].knew should be true or false',
			'answers[0].right should be true or false',
			'answers[0].ms should be a duration in milliseconds',
			'answers[1] should be an object',
		]);
	});

	it('accepts an exam\'s record and a card\'s rating, and checks them', () => {
		const exam = makeAttempt({exam: {timeLimitMs: 600_000, timedOut: true, flagged: ['q2']}, answers: [{questionId: 'q2', chosen: [], knew: true, rating: 'hard', right: true, ms: 1}]});
		expect(validateAttempt(exam).ok).toBe(true);
		expect(problemsOf({...makeAttempt(), exam: {timedOut: 'yes', flagged: [1]}, answers: [{questionId: 'q', chosen: [], knew: true, rating: 'perfect', right: true, ms: 1}]})).toEqual([
			'exam should say whether it timed out, which questions were flagged, and any time limit in ms',
			'answers[0].rating should be one of again, hard, good, easy',
		]);
	});

	it('rejects non-objects and missing fields', () => {
		expect(problemsOf([])).toEqual(['an attempt should be a JSON object']);
		expect(problemsOf(null)).toEqual(['an attempt should be a JSON object']);
		expect(problemsOf({schema: 'briefing-deck/attempt', version: 1}).length).toBeGreaterThanOrEqual(7);
	});
});

describe('migrate', () => {
	it('passes the current version through', () => {
		const raw = makeAttempt();
		expect(migrate(raw)).toEqual({kind: 'current', value: raw});
	});

	it('reports a newer version instead of treating it as corrupt', () => {
		expect(migrate({...makeAttempt(), version: 2})).toEqual({kind: 'newer', version: 2});
	});

	it('rejects a missing or silly version', () => {
		expect(migrate({}).kind).toBe('invalid');
		expect(migrate({version: 0}).kind).toBe('invalid');
		expect(migrate('text').kind).toBe('invalid');
	});

	it('runs each upgrade in turn (how version 2 and 3 will plug in)', () => {
		const steps = {
			1: (raw: Readonly<Record<string, unknown>>) => ({...raw, version: 2, tags: []}),
			2: (raw: Readonly<Record<string, unknown>>) => ({...raw, version: 3, mode: 'practice'}),
		};
		expect(migrate({version: 1, deckId: 'd'}, {current: 3, steps})).toEqual({kind: 'current', value: {version: 3, deckId: 'd', tags: [], mode: 'practice'}});
		expect(migrate({version: 2}, {current: 3, steps})).toEqual({kind: 'current', value: {version: 3, mode: 'practice'}});
		expect(migrate({version: 1}, {current: 3, steps: {1: steps[1]}})).toEqual({kind: 'invalid', reason: 'no migration from version 2'});
	});
});

describe('attemptFromSummary', () => {
	it('turns a quiz summary into a valid attempt with ISO times', () => {
		const attempt = attemptFromSummary({
			deckId: 'intro',
			quizHash: 'h',
			summary: {
				round: 1, finished: true, score: 1, total: 1, percentage: 100, startedAt: 0, endedAt: 65_000, ms: 65_000,
				answers: [{questionId: 'q', chosen: [1], right: true, ms: 64_000}],
				questions: [],
			},
		});
		expect(attempt).toMatchObject({startedAt: '1970-01-01T00:00:00.000Z', endedAt: '1970-01-01T00:01:05.000Z', score: 1, total: 1});
		expect(validateAttempt(attempt).ok).toBe(true);
	});
});
