/** Room records in `briefing-deck scores`: their own section, apart from personal attempts. */
import {describe, expect, it} from 'vitest';
import {formatScores} from '../../source/commands/scores/format-scores.js';
import type {ScoresJson} from '../../source/commands/scores/scores-json.js';
import type {Attempt} from '../../source/core/records/attempt.js';
import type {RoomRecord} from '../../source/core/records/room-record.js';
import type {RoomHistory} from '../../source/io/store/score-store.js';
import {deck} from '../ui/quiz/fixture.js';

/** Local times, so the expected dates hold in any time zone. */
const at = (day: number, hour: number, minute = 0): string => new Date(2026, 0, day, hour, minute).toISOString();

const room = (day: number, overrides: Partial<RoomRecord> = {}): RoomRecord => ({
	schema: 'briefing-deck/room',
	version: 2,
	deckId: 'facts',
	quizHash: 'hash-1',
	startedAt: at(day, 10),
	endedAt: at(day, 10, 20),
	questions: [
		// Capital: Paris (option 1) is right; 12 of 20 hands.
		{questionId: 'capital', kind: 'single', correct: [1], counts: [5, 12, 2, 1]},
		// Primes: Two and Seven; of 10 people, 5 raised Nine: at most 50 % got it right.
		{questionId: 'primes', kind: 'multiple', correct: [0, 2], counts: [9, 1, 7, 5], people: 10},
		{questionId: 'boiling', kind: 'card', correct: [0], counts: null},
	],
	...overrides,
});

const history = (records: RoomRecord[], warnings: RoomHistory['warnings'] = []): RoomHistory => ({records, warnings});

const attempt: Attempt = {
	schema: 'briefing-deck/attempt',
	version: 1,
	deckId: 'facts',
	quizHash: 'hash-1',
	startedAt: at(2, 9),
	endedAt: at(2, 9, 1),
	score: 1,
	total: 1,
	answers: [{questionId: 'capital', chosen: [1], right: true, ms: 1000}],
};

describe('as text', () => {
	it('lists each room quiz under its own heading, after the personal attempts', () => {
		const text = formatScores(deck, [attempt], {}, history([room(5), room(6, {quizHash: 'old', questions: [{questionId: 'capital', kind: 'single', correct: [1], counts: [0, 0, 0, 0]}]})]));
		const [personal, rooms] = text.split('Room quizzes');
		expect(personal).toContain('1/1 (100%)');
		expect(rooms).toBe([
			' (a show of hands; not part of your scores):',
			'Date              Counted    Right',
			'2026-01-05 10:20  2 of 3      ≤55%  go back to slide 3: Prime numbers',
			'2026-01-06 10:20  1 of 1         –  *',
			'* 1 of them was run before the quiz changed; its counts may not compare.',
			'',
		].join('\n'));
		// Room hands never count as attempts.
		expect(personal).toContain('1 attempt');
	});

	it('has no room section without room records', () => {
		expect(formatScores(deck, [attempt])).not.toContain('Room quizzes');
	});

	it('reports room records moved aside with the other warnings', () => {
		const text = formatScores(deck, [], {}, history([], [{kind: 'corrupt-room-record', file: '/s/r.json', backup: '/s/r.json.corrupt-1', message: 'room record /s/r.json is corrupt (invalid JSON); moved it to /s/r.json.corrupt-1'}]));
		expect(text).toContain('Warnings:\n  room record /s/r.json is corrupt');
	});

	it('keeps control characters from a hand-edited record off the terminal', () => {
		const text = formatScores(deck, [], {}, history([room(5, {questions: [{questionId: 'evil\u001B]0;pwned\u0007', kind: 'single', correct: [0], counts: [1]}]})]));
		expect(text).not.toMatch(/[\u001B\u0007]/);
	});
});

describe('as JSON', () => {
	it('adds the room records, each question with its counts and share, apart from the attempts', () => {
		const json = JSON.parse(formatScores(deck, [attempt], {json: true}, history([room(5)]))) as ScoresJson;
		expect(json.attempts).toHaveLength(1);
		expect(json.rooms).toEqual([{
			startedAt: at(5, 10),
			endedAt: at(5, 10, 20),
			quizChanged: false,
			asked: 3,
			counted: 2,
			average: 55,
			averageBound: 'at-most',
			questions: [
				{id: 'capital', prompt: 'What is the capital of France?', kind: 'single', counts: [5, 12, 2, 1], people: null, votes: null, voters: null, right: 60, bound: 'exact', slide: 2},
				{id: 'primes', prompt: 'Which of these are prime?', kind: 'multiple', counts: [9, 1, 7, 5], people: 10, votes: null, voters: null, right: 50, bound: 'at-most', slide: 3},
				{id: 'boiling', prompt: 'At what temperature does water boil at sea level?', kind: 'card', counts: null, people: null, votes: null, voters: null, right: null, bound: 'exact', slide: null},
			],
			revisit: [{slide: 3, slideTitle: 'Prime numbers', questions: [2]}, {slide: 2, slideTitle: 'Cities of France', questions: [1]}],
		}]);
	});

	it('escapes nothing raw from a hand-edited id', () => {
		const output = formatScores(deck, [], {json: true}, history([room(5, {questions: [{questionId: 'x\u009B31m\u202E', kind: 'single', correct: [0], counts: [1]}]})]));
		expect(output).not.toMatch(/[\u009B\u202E]/);
	});
});

describe('as CSV', () => {
	it('is a table of its own with --rooms, one row per question of each record', () => {
		const csv = formatScores(deck, [attempt], {csv: true, rooms: true}, history([room(5)]));
		expect(csv.trimEnd().split('\n')).toEqual([
			'deck_id,room_started_at,room_ended_at,question_id,kind,hands,people,right_percentage,at_most,quiz_changed,devices',
			`facts,${at(5, 10)},${at(5, 10, 20)},capital,single,20,,60,false,false,`,
			`facts,${at(5, 10)},${at(5, 10, 20)},primes,multiple,22,10,50,true,false,`,
			`facts,${at(5, 10)},${at(5, 10, 20)},boiling,card,,,,false,false,`,
		]);
	});

	it('is the header alone with --rooms and no records', () => {
		expect(formatScores(deck, [attempt], {csv: true, rooms: true})).toBe('deck_id,room_started_at,room_ended_at,question_id,kind,hands,people,right_percentage,at_most,quiz_changed,devices\n');
	});

	it('leaves the room records out of the attempts table: one table, one width', () => {
		const csv = formatScores(deck, [attempt], {csv: true}, history([room(5)]));
		expect(csv.trimEnd().split('\n')).toEqual([
			'deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed,exam',
			`facts,${at(2, 9)},${at(2, 9, 1)},1,1,100,60,false,false`,
		]);
	});

	it('makes a hand-edited id inert for the terminal and for a spreadsheet', () => {
		const csv = formatScores(deck, [], {csv: true, rooms: true}, history([room(5, {deckId: '=cmd|\u001B]0;x\u0007', questions: [{questionId: '@SUM(A1),"x"', kind: 'single', correct: [0], counts: [1]}]})]));
		expect(csv).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(csv.split('\n')[1]).toMatch(/^'=cmd\|␛]0;x␇,.*,"'@SUM\(A1\),""x""",single,/);
	});
});
