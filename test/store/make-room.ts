import type {RoomRecord} from '../../source/core/records/room-record.js';

/** A valid room record of deck `intro`: one question of each kind, the card with no hands counted. */
export const makeRoom = (overrides: Partial<RoomRecord> = {}): RoomRecord => ({
	schema: 'briefing-deck/room',
	version: 2,
	deckId: 'intro',
	quizHash: 'abc123',
	startedAt: '2026-11-24T01:00:00.000Z',
	endedAt: '2026-11-24T01:20:00.000Z',
	questions: [
		{questionId: 'q1', kind: 'single', correct: [1], counts: [3, 12, 0]},
		{questionId: 'q2', kind: 'multiple', correct: [0, 2], counts: [9, 2, 7], people: 14},
		{questionId: 'q3', kind: 'card', correct: [0], counts: null},
	],
	...overrides,
});
