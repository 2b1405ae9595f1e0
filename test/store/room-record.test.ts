import {expect, it} from 'vitest';
import {validateRoomRecord} from '../../source/core/records/room-record.js';

const valid = {
	schema: 'briefing-deck/room',
	version: 2,
	deckId: 'intro',
	quizHash: 'abc',
	startedAt: '2026-11-24T01:00:00.000Z',
	endedAt: '2026-11-24T01:20:00Z',
	questions: [
		{questionId: 'q1', kind: 'single', correct: [1], counts: [3, 12]},
		{questionId: 'q2', kind: 'multiple', correct: [0, 1], counts: null, people: 4},
		{questionId: 'q3', kind: 'card', correct: [0], counts: [5, 1]},
	],
};

it('accepts a well-formed record', () => {
	expect(validateRoomRecord(valid)).toEqual({ok: true, record: valid});
});

it('lists every problem of a hand-edited record', () => {
	const broken = {
		...valid,
		schema: 'briefing-deck/attempt',
		deckId: 3,
		endedAt: 'Tuesday',
		questions: [
			{questionId: 'q1', kind: 'poll', correct: [-1], counts: [1, 'two']},
			{questionId: 'q2', kind: 'single', correct: [0], counts: [1], people: 9},
			'q3',
		],
	};
	expect(validateRoomRecord(broken)).toEqual({
		ok: false,
		problems: [
			'schema should be "briefing-deck/room"',
			'deckId should be a string',
			'endedAt should be an ISO 8601 time',
			'questions[0].kind should be single, multiple or card',
			'questions[0].correct should be a list of option indexes',
			'questions[0].counts should be null or a list of whole numbers',
			'questions[1].people should be a whole number, on a choose-all question only',
			'questions[2] should be an object',
		],
	});
	expect(validateRoomRecord([])).toEqual({ok: false, problems: ['a room record should be a JSON object']});
	expect(validateRoomRecord({...valid, questions: {}})).toMatchObject({problems: ['questions should be a list']});
});

it('checks the devices\' answers: whole numbers, one per option, voters on choose-all only', () => {
	const withVotes = {...valid, questions: [
		{questionId: 'q1', kind: 'single', correct: [1], counts: null, votes: [2, 9]},
		{questionId: 'q2', kind: 'multiple', correct: [0, 1], counts: [1, 1], people: 2, votes: [3, 4], voters: 5},
	]};
	expect(validateRoomRecord(withVotes)).toEqual({ok: true, record: withVotes});
	expect(validateRoomRecord({...valid, questions: [
		{questionId: 'q1', kind: 'single', correct: [1], counts: null, votes: [2, -1]},
		{questionId: 'q2', kind: 'single', correct: [3], counts: null, votes: [2, 1], voters: 3},
		{questionId: 'q3', kind: 'card', correct: [0], counts: null, votes: [1]},
		{questionId: 'q4', kind: 'single', correct: [0], counts: null, voters: 3},
	]})).toEqual({ok: false, problems: [
		'questions[0].votes should be a list of whole numbers',
		'questions[1].correct names an option that has no votes',
		'questions[1].voters should be a whole number, on a choose-all question only',
		'questions[2].votes of a card should be two: knew it, not yet',
		'questions[3].voters should come with votes',
	]});
});
