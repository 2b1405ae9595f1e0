import {describe, expect, it} from 'vitest';
import {hasCounts, questionCounts, roomRecord} from '../../source/core/room/record.js';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import {type RoomCommand, type RoomState} from '../../source/core/room/room-model.js';
import {validateRoomRecord} from '../../source/core/records/room-record.js';
import {makeQuestion} from '../quiz/make-question.js';

const single = makeQuestion('single', 'single', [2], 4);
const multiple = makeQuestion('multiple', 'multiple', [0, 1], 3);
const card = makeQuestion('card', 'card');

const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);
const start = Date.UTC(2026, 0, 5, 9);

describe('counts in the deck\'s own option order', () => {
	it('map each shown option back to its original index', () => {
		let state = run(startRoom([single], {seed: 5}), {type: 'start', now: start});
		const {order} = state.questions[0]!.presented;
		// Give the option shown at position p the count p + 1.
		for (const position of order.keys()) {
			state = run(state, {type: 'set-count', question: 'single', field: position, count: position + 1});
		}

		const room = state.questions[0]!;
		const byOriginal = questionCounts(room).counts!;
		for (const [position, original] of order.entries()) {
			expect(byOriginal[original]).toBe(position + 1);
		}

		expect(questionCounts(room, 'shown')).toEqual({kind: 'single', correct: [order.indexOf(2)], counts: [1, 2, 3, 4]});
		expect(questionCounts(room)).toMatchObject({kind: 'single', correct: [2]});
	});

	it('a field left empty had no hands once any were counted; none counted is null', () => {
		let state = run(startRoom([single], {seed: 5}), {type: 'start', now: start});
		expect(questionCounts(state.questions[0]!).counts).toBeNull();
		state = run(state, {type: 'set-count', question: 'single', field: 0, count: 4});
		expect(questionCounts(state.questions[0]!, 'shown').counts).toEqual([4, 0, 0, 0]);
	});

	it('a head count alone is not a show of hands', () => {
		let state = run(startRoom([multiple], {seed: 5}), {type: 'start', now: start}, {type: 'set-count', question: 'multiple', field: 3, count: 12});
		expect(questionCounts(state.questions[0]!)).toEqual({kind: 'multiple', correct: [0, 1], counts: null, people: 12});
		state = run(state, {type: 'set-count', question: 'multiple', field: 0, count: 5});
		expect(questionCounts(state.questions[0]!).counts).toHaveLength(3);
	});

	it('a card counts knew it, then not yet; knew it is right', () => {
		const state = run(startRoom([card], {seed: 5}), {type: 'start', now: start}, {type: 'reveal', now: start}, {type: 'set-count', question: 'card', field: 1, count: 2});
		expect(questionCounts(state.questions[0]!)).toEqual({kind: 'card', correct: [0], counts: [0, 2]});
	});
});

describe('the room record of a run', () => {
	it('holds every question shown, in the order asked, and passes its own schema', () => {
		const state = run(
			startRoom([single, multiple, card], {seed: 5}),
			{type: 'start', now: start},
			{type: 'set-count', question: 'single', field: 0, count: 3},
			{type: 'reveal', now: start + 1000},
			{type: 'next', now: start + 2000},
			{type: 'end', now: start + 60_000},
		);
		const record = roomRecord(state, {deckId: 'facts', quizHash: 'h1'})!;
		expect(record).toMatchObject({
			schema: 'briefing-deck/room',
			version: 2,
			deckId: 'facts',
			quizHash: 'h1',
			startedAt: '2026-01-05T09:00:00.000Z',
			endedAt: '2026-01-05T09:01:00.000Z',
		});
		expect(record.questions.map(question => [question.questionId, question.counts === null])).toEqual([['single', false], ['multiple', true]]);
		expect(validateRoomRecord(record)).toEqual({ok: true, record});
		expect(hasCounts(record)).toBe(true);
		expect(hasCounts({questions: record.questions.slice(1)})).toBe(false);
	});

	it('is undefined before the quiz started', () => {
		expect(roomRecord(startRoom([single], {seed: 1}), {deckId: 'x', quizHash: 'h'})).toBeUndefined();
	});
});

describe('the devices\' answers in the record', () => {
	it('are kept apart from the hands, in the deck\'s own option order, counts only', () => {
		let state = run(startRoom([single, multiple], {seed: 5}), {type: 'start', now: start});
		const {order} = state.questions[0]!.presented;
		state = run(
			state,
			{type: 'set-count', question: 'single', field: 0, count: 2},
			{type: 'audience', question: 'single', joined: 9, answered: 9, votes: [0, 1, 3, 5]},
			{type: 'reveal', now: start + 1000},
			{type: 'next', now: start + 2000},
			{type: 'audience', question: 'multiple', joined: 9, answered: 8, votes: [6, 5, 1, 8]},
			{type: 'end', now: start + 3000},
		);
		const record = roomRecord(state, {deckId: 'facts', quizHash: 'h1'})!;
		const [first, second] = record.questions;
		expect(first!.counts![order[0]!]).toBe(2);
		for (const [position, original] of order.entries()) {
			expect(first!.votes![original]).toBe([0, 1, 3, 5][position]);
		}

		expect(second).toMatchObject({counts: null, voters: 8});
		expect(second!.votes).toHaveLength(3);
		expect(Object.keys(second!)).not.toContain('people');
		expect(validateRoomRecord(record)).toEqual({ok: true, record});
		expect(JSON.stringify(record)).not.toMatch(/device|token/i);
	});

	it('a run with devices and no hands is worth keeping', () => {
		const state = run(
			startRoom([single], {seed: 5}),
			{type: 'start', now: start},
			{type: 'audience', question: 'single', joined: 2, answered: 1, votes: [0, 1, 0, 0]},
			{type: 'end', now: start + 1000},
		);
		expect(hasCounts(roomRecord(state, {deckId: 'facts', quizHash: 'h1'})!)).toBe(true);
	});

	it('devices that joined but did not answer leave no votes', () => {
		const state = run(startRoom([single], {seed: 5}), {type: 'start', now: start}, {type: 'audience', question: 'single', joined: 2, answered: 0, votes: [0, 0, 0, 0]});
		expect(questionCounts(state.questions[0]!)).toEqual({kind: 'single', correct: [2], counts: null});
	});
});
