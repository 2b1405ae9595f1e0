/**
Every kind of store file has a read limit, so a file planted in the store
cannot cost unbounded memory to parse; a file over it is treated as corrupt.
So no file the app writes may come within half of it: for the decks that make the
largest records the deck size limit allows (the most questions, the most
options, the most slides), each kind is written, measured and read back.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Deck} from '../../source/core/deck/types.js';
import {planBudgets} from '../../source/core/talk/budgets.js';
import {rehearsalRecord} from '../../source/core/talk/rehearsal.js';
import {type Attempt, attemptSchema} from '../../source/core/records/attempt.js';
import {MAX_ATTEMPT_BYTES, MAX_REHEARSAL_BYTES, MAX_ROOM_RECORD_BYTES} from '../../source/core/records/record-kinds.js';
import type {RoomRecord} from '../../source/core/records/room-record.js';
import {MAX_SCHEDULE_BYTES} from '../../source/io/store/schedule-files.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('record-limits');

/** A deck of `unit`s, as many as the size limit takes. */
function fill(head: string, unit: (index: number) => string): Deck {
	const parts = [head];
	let bytes = Buffer.byteLength(head);
	for (let index = 0; ; index++) {
		const next = unit(index);
		bytes += Buffer.byteLength(next);
		if (bytes > MAX_DECK_BYTES) {
			break;
		}

		parts.push(next);
	}

	const {deck, diagnostics} = parseDeck(parts.join(''));
	expect(diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
	return deck;
}

/** Quizzes a person could write within the limit, each the worst for some kind of record. */
const quizzes = {
	'the most cards': () => fill('<!-- quiz -->\n', index => `## ${index}\n\nb\n\n`),
	'the most single-choice questions': () => fill('<!-- quiz -->\n', index => `## ${index}\n- [x] b\n\n`),
	'one question with the most options': () => fill('<!-- quiz -->\n## a\n', () => '- [x] b\n'),
};

const start = Date.parse('2026-01-05T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Every question answered, every option chosen, the slowest times: the longest attempt the deck allows. */
const attemptOf = (deck: Deck): Attempt => {
	const questions = deck.quiz?.questions ?? [];
	return {
		schema: attemptSchema, version: 1, deckId: deck.meta.id, quizHash: deck.quiz?.hash ?? '', startedAt: iso(start), endedAt: iso(start + 86_400_000),
		score: questions.length, total: questions.length,
		answers: questions.map(question => ({questionId: question.id, chosen: question.options.map((_, index) => index), ...(question.kind === 'card' ? {knew: true} : {}), right: true, ms: 86_399_999})),
	};
};

/** Hands counted on every option of every question, three digits each. */
const roomOf = (deck: Deck): RoomRecord => ({
	schema: 'briefing-deck/room', version: 2, deckId: deck.meta.id, quizHash: deck.quiz?.hash ?? '', startedAt: iso(start), endedAt: iso(start + 3_600_000),
	questions: (deck.quiz?.questions ?? []).map(question => ({
		questionId: question.id,
		kind: question.kind,
		correct: question.options.flatMap((option, index) => (option.correct ? [index] : [])),
		counts: question.kind === 'card' ? [999, 999] : question.options.map(() => 999),
		...(question.kind === 'multiple' ? {people: 999} : {}),
	})),
});

/** Every slide timed, each with a budget from the deck's duration. */
const rehearsalOf = (deck: Deck) => {
	const budgets = planBudgets({slides: deck.slides, durationSeconds: 7 * 3600});
	return rehearsalRecord({startedAt: start, ms: deck.slides.map((_, index) => 1234 + index)}, {deckId: deck.meta.id, slides: deck.slides, budgets, endedAt: start + 7_200_000});
};

type Figure = {readonly deck: string; readonly kind: string; readonly bytes: number; readonly limit: number};
const figures: Figure[] = [];

describe.each(Object.entries(quizzes))('a quiz with %s', (name, make) => {
	it('keeps an attempt, a room record and schedules well under their limits, and reads them back', () => {
		const deck = make();
		const dir = freshDir();
		const store = createScoreStore(dir);
		const cases = [
			{kind: 'attempt', file: store.recordAttempt(attemptOf(deck)).file, limit: MAX_ATTEMPT_BYTES},
			{kind: 'room record', file: store.recordRoom(roomOf(deck)).file, limit: MAX_ROOM_RECORD_BYTES},
		];
		const {book} = store.recordReviews(deck.meta.id, (deck.quiz?.questions ?? []).map(question => ({questionId: question.id, grade: 'hard', at: new Date(start), prompt: question.prompt})));
		cases.push({kind: 'schedule file', file: path.join(dir, 'schedules', fs.readdirSync(path.join(dir, 'schedules'))[0]!), limit: MAX_SCHEDULE_BYTES});
		for (const {kind, file, limit} of cases) {
			const bytes = fs.statSync(file).size;
			figures.push({deck: name, kind, bytes, limit});
			expect(bytes, `${kind}: ${bytes} bytes`).toBeLessThan(limit / 2);
		}

		const again = createScoreStore(dir, {readOnly: true});
		expect(again.history(deck.meta.id)).toEqual({attempts: [attemptOf(deck)], warnings: []});
		expect(again.rooms(deck.meta.id)).toEqual({records: [roomOf(deck)], warnings: []});
		expect(again.schedules(deck.meta.id)).toEqual({book, warnings: []});
	});
});

it('keeps a rehearsal of the deck with the most slides well under its limit, and reads it back', () => {
	// One slide per 4-byte heading.
	const deck = fill('', () => '# a\n');
	const dir = freshDir();
	const store = createScoreStore(dir);
	const rehearsal = rehearsalOf(deck);
	const bytes = fs.statSync(store.recordRehearsal(rehearsal).file).size;
	figures.push({deck: `the most slides (${deck.slides.length.toLocaleString('en-US')})`, kind: 'rehearsal', bytes, limit: MAX_REHEARSAL_BYTES});
	expect(bytes, `${bytes} bytes`).toBeLessThan(MAX_REHEARSAL_BYTES / 2);
	expect(createScoreStore(dir, {readOnly: true}).rehearsals(deck.meta.id)).toEqual({rehearsals: [rehearsal], warnings: []});
});

afterAll(() => {
	// The figures RELIABILITY.md quotes, largest share of its limit first.
	for (const {deck, kind, bytes, limit} of figures.sort((a, b) => b.bytes / b.limit - a.bytes / a.limit)) {
		console.log(`${kind} of a deck with ${deck}: ${bytes.toLocaleString('en-US')} bytes, ${Math.round((bytes / limit) * 100)}% of the ${(limit / 1024 / 1024).toFixed(0)} MB limit`);
	}
});
