import {describe, expect, it} from 'vitest';
import {formatSummary, type SummaryJson} from '../../source/commands/scores/scores-summary.js';
import type {Attempt} from '../../source/core/records/attempt.js';
import {makeAttempt} from '../store/make-attempt.js';
import {makeRoom} from '../store/make-room.js';
import {deck} from '../ui/quiz/fixture.js';

const attempt = (deckId: string, day: number, score: number, total = 3): Attempt =>
	makeAttempt({deckId, score, total, quizHash: 'hash-1', startedAt: `2026-01-0${day}T09:00:00.000Z`, endedAt: `2026-01-0${day}T09:05:00.000Z`});

const decks = [
	{deckId: 'facts', deck, attempts: [attempt('facts', 1, 1), attempt('facts', 2, 3), attempt('facts', 3, 2)], due: {today: 2, thisWeek: 1, next: '2026-01-09T09:00:00.000Z'}},
	{deckId: 'a-deck-whose-file-is-gone', attempts: [attempt('a-deck-whose-file-is-gone', 4, 4, 5)]},
];

describe('formatSummary', () => {
	it('is a table of every deck: attempts, best, last, and a trend from two attempts on', () => {
		expect(formatSummary(decks, [], {width: 80})).toBe([
			'Scores on every deck',
			'',
			'Deck                       Attempts  Best        Last       Due  Trend',
			'Facts                             3  3/3 (100%)  2/3 (67%)    2  ▃█▆',
			'a-deck-whose-file-is-gone         1  4/5 (80%)   4/5 (80%)    –',
			'',
			'`briefing-deck scores <deck>` shows a deck\'s attempts and questions.',
			'',
		].join('\n'));
	});

	it('shortens long deck names to fit, and becomes a list when even that does not fit', () => {
		const narrow = formatSummary(decks, [], {width: 60}).split('\n');
		expect(narrow).toContain('Deck             Attempts  Best        Last       Due  Trend');
		expect(narrow).toContain('a-deck-whose-f…         1  4/5 (80%)   4/5 (80%)    –');
		const list = formatSummary(decks, [], {width: 40}).split('\n');
		expect(list.slice(2, 6)).toEqual([
			'Facts',
			'  3 attempts · best 3/3 (100%) · last',
			'  2/3 (67%) · 2 due · trend ▃█▆',
			'a-deck-whose-file-is-gone',
		]);
		for (const line of list) {
			expect(line.length).toBeLessThanOrEqual(40);
		}
	});

	it('gives the same as JSON, and every attempt as CSV under one header', () => {
		const json = JSON.parse(formatSummary(decks, ['a warning'], {json: true})) as SummaryJson;
		expect(json.decks[0]).toEqual({
			id: 'facts', title: 'Facts', source: null, attempts: 3, average: 67, trend: '▃█▆', due: {today: 2, thisWeek: 1, next: '2026-01-09T09:00:00.000Z'}, rooms: 0,
			best: {score: 3, total: 3, percentage: 100, endedAt: '2026-01-02T09:05:00.000Z'},
			last: {score: 2, total: 3, percentage: 67, endedAt: '2026-01-03T09:05:00.000Z'},
		});
		expect(json.decks[1]).toMatchObject({id: 'a-deck-whose-file-is-gone', title: null, trend: '', due: null});
		expect(json.warnings).toEqual(['a warning']);
		const csv = formatSummary(decks, [], {csv: true}).trimEnd().split('\n');
		expect(csv).toHaveLength(5);
		expect(csv.filter(row => row.startsWith('deck_id,'))).toHaveLength(1);
		expect(formatSummary([], [], {csv: true})).toBe('deck_id,started_at,ended_at,score,total,percentage,seconds,quiz_changed,exam\n');
	});

	it('lists the room quizzes kept, apart from the attempts, in text, JSON and CSV', () => {
		const rooms = [makeRoom({deckId: 'facts'}), makeRoom({deckId: 'facts', endedAt: '2026-11-25T01:20:00.000Z'})];
		const withRooms = [{...decks[0]!, rooms}, decks[1]!, {deckId: 'only-rooms', title: 'Town Hall', attempts: [], rooms: [makeRoom({deckId: 'only-rooms'})]}];
		const text = formatSummary(withRooms, [], {width: 80}).split('\n');
		// Not a row of the attempts table: a room's counts are not anyone's score.
		expect(text.filter(line => line.startsWith('Town Hall'))).toEqual([]);
		const section = text.indexOf('Room quizzes (a show of hands; not part of your scores):');
		expect(section).toBeGreaterThan(text.findIndex(line => line.startsWith('a-deck-whose-file-is-gone')));
		expect(text.slice(section + 1, section + 3)).toEqual([
			expect.stringMatching(/^ {2}Facts: 2 room quizzes, the last on 2026-11-25 \d\d:20$/),
			expect.stringMatching(/^ {2}Town Hall: 1 room quiz, on 2026-11-24 \d\d:20$/),
		]);
		expect(text).toContain('`briefing-deck scores <deck>` shows a deck\'s attempts, questions and rooms.');

		const json = JSON.parse(formatSummary(withRooms, [], {json: true})) as SummaryJson;
		expect(json.decks.map(deck => [deck.id, deck.attempts, deck.rooms])).toEqual([['facts', 3, 2], ['a-deck-whose-file-is-gone', 1, 0], ['only-rooms', 0, 1]]);

		// One table per CSV: the attempts alone, and the room records with `rooms`, each under its own header.
		const csv = formatSummary(withRooms, [], {csv: true}).trimEnd().split('\n');
		expect(csv).toEqual(formatSummary(decks, [], {csv: true}).trimEnd().split('\n'));
		expect(csv).toHaveLength(5);
		expect(csv).not.toContain('');
		const roomsCsv = formatSummary(withRooms, [], {csv: true, rooms: true}).trimEnd().split('\n');
		expect(roomsCsv[0]).toBe('deck_id,room_started_at,room_ended_at,question_id,kind,hands,people,right_percentage,at_most,quiz_changed,devices');
		expect(roomsCsv.slice(1).map(row => row.split(',')[0])).toEqual(['facts', 'facts', 'facts', 'facts', 'facts', 'facts', 'only-rooms', 'only-rooms', 'only-rooms']);
		expect(formatSummary(decks, [], {csv: true, rooms: true})).toBe(`${roomsCsv[0]}\n`);
		expect(formatSummary([], [], {csv: true, rooms: true})).toBe(`${roomsCsv[0]}\n`);
	});

	it('says there are no attempts, and still lists the room quizzes, when a store has only those', () => {
		const text = formatSummary([{deckId: 'only-rooms', title: 'Town Hall', attempts: [], rooms: [makeRoom({deckId: 'only-rooms'})]}], [], {width: 80});
		expect(text).toContain('No attempts yet: take a quiz with `briefing-deck quiz [deck]`.');
		expect(text).toMatch(/Room quizzes \(a show of hands; not part of your scores\):\n {2}Town Hall: 1 room quiz, on 2026-11-24/);
	});

	it('keeps deck ids from files inert', () => {
		const output = formatSummary([{deckId: 'evil\u001B[2J', attempts: [attempt('evil\u001B[2J', 1, 1)]}], [], {width: 80});
		expect(output).not.toContain('\u001B');
		expect(output).toContain('evil␛[2J');
	});
});
