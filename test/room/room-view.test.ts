/** The room sees nothing of the answer before the reveal; the presenter sees it throughout. */
import {describe, expect, it} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import {type RoomCommand, type RoomState} from '../../source/core/room/room-model.js';
import {questionView} from '../../source/core/room/room-view.js';
import {card, multiple, single} from '../ui/quiz/fixture.js';

const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);
const started = run(startRoom([single, multiple, card], {seed: 7}), {type: 'start', now: 0});

/** Every word of the answer to a question: right options' place, explanation, feedback. */
const answerWords = ['right', 'answer', 'explanation', 'chart', 'Paris has been', 'Yes, Paris', 'Lyon is the third'];

describe('before the reveal', () => {
	it('the room view holds no answer, no mark on any option, no chart, even with counts', () => {
		const state = run(started, {type: 'set-count', question: 'capital', field: 0, count: 5}, {type: 'set-count', question: 'capital', field: 1, count: 9});
		const view = questionView(state, 'room')!;
		expect(view.answer).toBeUndefined();
		expect(view.chart).toBeUndefined();
		expect(view.options.every(option => option.right === undefined)).toBe(true);
		expect(view.fields.every(field => field.right === undefined)).toBe(true);
		const text = JSON.stringify(view);
		for (const word of answerWords) {
			expect(text).not.toContain(word);
		}
	});

	it('the room view holds no count either, only that one was given, and masks one being typed', () => {
		const state = run(started, {type: 'set-count', question: 'capital', field: 0, count: 5}, {type: 'edit-count', field: 1}, {type: 'digit', digit: 1}, {type: 'digit', digit: 2});
		const view = questionView(state, 'room')!;
		expect(view.fields.slice(0, 3).map(field => [field.count, field.hidden, field.typing])).toEqual([[undefined, true, undefined], [undefined, undefined, '••'], [undefined, undefined, undefined]]);
		expect(JSON.stringify(view)).not.toMatch(/\b(5|12)\b/);
		// The presenter sees them all along.
		const presenter = questionView(state, 'presenter')!;
		expect(presenter.fields.slice(0, 2).map(field => [field.count, field.hidden, field.typing])).toEqual([[5, undefined, undefined], [undefined, undefined, '12']]);
	});

	it('the room sees the counts once the presenter shows them, for the rest of the quiz, until hidden again', () => {
		const counted = run(started, {type: 'set-count', question: 'capital', field: 0, count: 5}, {type: 'set-count', question: 'capital', field: 1, count: 9});
		const shown = run(counted, {type: 'show-counts', shown: true});
		expect(shown.countsShown).toBe(true);
		expect(questionView(shown, 'room')!.fields.slice(0, 2).map(field => field.count)).toEqual([5, 9]);
		// Still no answer with them.
		expect(questionView(shown, 'room')!.chart).toBeUndefined();
		expect(run(shown, {type: 'show-counts', shown: true})).toBe(shown);
		const next = run(shown, {type: 'reveal', now: 1}, {type: 'next', now: 2}, {type: 'set-count', question: 'primes', field: 0, count: 3});
		expect(questionView(next, 'room')!.fields[0]?.count).toBe(3);
		const hidden = run(next, {type: 'show-counts', shown: false});
		expect(hidden.countsShown).toBeUndefined();
		expect(questionView(hidden, 'room')!.fields[0]?.count).toBeUndefined();
	});

	it('the room sees every count with the answer', () => {
		const revealed = run(started, {type: 'set-count', question: 'capital', field: 0, count: 5}, {type: 'reveal', now: 1});
		expect(questionView(revealed, 'room')!.fields[0]).toMatchObject({count: 5});
		expect(questionView(revealed, 'room')!.fields[0]?.hidden).toBeUndefined();
	});

	it('the presenter view marks the right option and holds the explanation', () => {
		const view = questionView(started, 'presenter')!;
		const paris = view.options.find(option => option.text === 'Paris')!;
		expect(paris.right).toBe(true);
		expect(view.options.filter(option => option.right)).toEqual([paris]);
		expect(view.answer).toMatchObject({right: [paris.label], slide: 2});
		expect(JSON.stringify(view.answer?.explanation)).toContain('Paris has been the capital');
	});
});

describe('after the reveal', () => {
	it('the room sees the answer, the explanation, the slide and the chart', () => {
		const state = run(started, {type: 'set-count', question: 'capital', field: 0, count: 3}, {type: 'reveal', now: 1});
		const view = questionView(state, 'room')!;
		expect(view.revealed).toBe(true);
		expect(view.answer?.slide).toBe(2);
		expect(view.chart?.tally).toMatchObject({hands: 3, base: 3});
		expect(view.chart?.rows.map(row => row.label)).toEqual(['A', 'B', 'C', 'D']);
	});

	it('a choose-all chart leaves the head count out of its rows', () => {
		const state = run(started, {type: 'reveal', now: 1}, {type: 'next', now: 2}, {type: 'set-count', question: 'primes', field: 4, count: 10}, {type: 'set-count', question: 'primes', field: 0, count: 4}, {type: 'reveal', now: 3});
		const view = questionView(state, 'room')!;
		expect(view.fields.map(field => field.label)).toEqual(['A', 'B', 'C', 'D', '#']);
		expect(view.chart?.rows.map(row => row.label)).toEqual(['A', 'B', 'C', 'D']);
		expect(view.chart?.tally.base).toBe(10);
	});

	it('a card counts only once revealed, and its chart is knew it / not yet', () => {
		let state = run(started, ...[1, 2].flatMap((n): RoomCommand[] => [{type: 'reveal', now: n}, {type: 'next', now: n}]));
		expect(questionView(state, 'room')).toMatchObject({kind: 'card', counting: false});
		state = run(state, {type: 'reveal', now: 3}, {type: 'set-count', question: 'boiling', field: 0, count: 6});
		const view = questionView(state, 'room')!;
		expect(view.counting).toBe(true);
		expect(view.chart?.rows.map(row => [row.label, row.name, row.right])).toEqual([['A', 'Knew it', true], ['B', 'Not yet', false]]);
	});
});
