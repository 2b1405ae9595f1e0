import {describe, expect, it} from 'vitest';
import {MAX_COUNT} from '../../source/core/room/room-counts.js';
import {countdownAt, roomReducer, startRoom} from '../../source/core/room/room-state.js';
import {currentRoomQuestion, type RoomCommand, type RoomState} from '../../source/core/room/room-model.js';
import {makeQuestion} from '../quiz/make-question.js';

const single = makeQuestion('single', 'single', [2], 4, 3);
const multiple = makeQuestion('multiple', 'multiple', [0, 1], 3, 4);
const card = makeQuestion('card', 'card', [], 0, 5);

const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);

const started = (options: Partial<Parameters<typeof startRoom>[1]> = {}): RoomState =>
	run(startRoom([single, multiple, card], {seed: 1, ...options}), {type: 'start', now: 1000});

const current = (state: RoomState) => currentRoomQuestion(state)!;
const counts = (state: RoomState) => current(state).counts;

describe('starting and moving through a room quiz', () => {
	it('starts on the intro with every question unrevealed, in deck order', () => {
		const state = startRoom([single, multiple, card], {seed: 1});
		expect(state.phase).toBe('intro');
		expect(state.questions.map(question => question.presented.question.id)).toEqual(['single', 'multiple', 'card']);
		expect(state.questions.every(question => !question.revealed && question.shownAt === undefined)).toBe(true);
		expect(currentRoomQuestion(state)).toBeUndefined();
	});

	it('shuffles the questions only when asked, the same way for the same seed', () => {
		const many = Array.from({length: 12}, (_, index) => makeQuestion(`q${index}`, 'single', [0]));
		const ids = (state: RoomState) => state.questions.map(question => question.presented.question.id);
		expect(ids(startRoom(many, {seed: 3}))).toEqual(many.map(question => question.id));
		expect(ids(startRoom(many, {seed: 3, shuffle: true}))).not.toEqual(many.map(question => question.id));
		expect(ids(startRoom(many, {seed: 3, shuffle: true}))).toEqual(ids(startRoom(many, {seed: 3, shuffle: true})));
	});

	it('needs a reveal before it goes on; advance reveals, then goes on', () => {
		let state = started();
		expect(state).toMatchObject({phase: 'question', index: 0, startedAt: 1000});
		expect(run(state, {type: 'next', now: 2000})).toBe(state);
		state = run(state, {type: 'advance', now: 2000});
		expect(current(state).revealed).toBe(true);
		expect(state.index).toBe(0);
		state = run(state, {type: 'advance', now: 3000});
		expect(state.index).toBe(1);
		expect(current(state)).toMatchObject({revealed: false, shownAt: 3000});
	});

	it('goes back to a question revealed, and from the summary to where it ended', () => {
		let state = run(started(), {type: 'reveal', now: 2000}, {type: 'next', now: 3000});
		state = run(state, {type: 'previous', now: 4000});
		expect(state.index).toBe(0);
		expect(current(state)).toMatchObject({revealed: true, shownAt: 1000});
		expect(run(state, {type: 'previous', now: 5000})).toBe(state);
		state = run(state, {type: 'next', now: 5000}, {type: 'end', now: 6000});
		expect(state).toMatchObject({phase: 'summary', endedAt: 6000, index: 1});
		const back = run(state, {type: 'previous', now: 7000});
		expect(back).toMatchObject({phase: 'question', index: 1});
		// Not ended after all: the time it ends is taken again.
		expect(back.endedAt).toBeUndefined();
		expect(run(back, {type: 'quit', now: 8000}).endedAt).toBe(8000);
	});

	it('ends in the summary after the last question', () => {
		const state = run(started(), ...[2, 3, 4].flatMap((n): RoomCommand[] => [{type: 'reveal', now: n * 1000}, {type: 'next', now: (n * 1000) + 500}]));
		expect(state).toMatchObject({phase: 'summary', endedAt: 4500});
	});

	it('drops a command meant for a question no longer showing', () => {
		const state = started();
		expect(run(state, {type: 'reveal', now: 2000, question: 'multiple'})).toBe(state);
		expect(current(run(state, {type: 'reveal', now: 2000, question: 'single'})).revealed).toBe(true);
	});

	it('keeps the time it ended when quitting, and takes no command after', () => {
		const state = run(started(), {type: 'quit', now: 9000});
		expect(state).toMatchObject({exit: 'quit', endedAt: 9000});
		expect(run(state, {type: 'reveal', now: 9500})).toBe(state);
		expect(run(started(), {type: 'interrupt', now: 9000}).exit).toBe('interrupted');
	});
});

describe('counting hands', () => {
	it('A 7 Enter sets the first option, B 1 2 Enter the second', () => {
		const state = run(
			started(),
			{type: 'edit-count', field: 0}, {type: 'digit', digit: 7}, {type: 'commit'},
			{type: 'edit-count', field: 1}, {type: 'digit', digit: 1}, {type: 'digit', digit: 2}, {type: 'commit'},
		);
		expect(counts(state)).toEqual([7, 12, undefined, undefined]);
		expect(state.entry).toBeUndefined();
	});

	it('shows the digits while they are typed, and Backspace takes one back', () => {
		const state = run(started(), {type: 'edit-count', field: 2}, {type: 'digit', digit: 4}, {type: 'digit', digit: 2}, {type: 'erase'});
		expect(state.entry).toEqual({field: 2, digits: '4'});
		expect(counts(state)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('Tab commits and moves to the next field, wrapping round', () => {
		const state = run(
			started(),
			{type: 'next-field'}, {type: 'digit', digit: 3},
			{type: 'next-field'}, {type: 'digit', digit: 0},
			{type: 'next-field'}, {type: 'next-field'}, {type: 'digit', digit: 5},
			{type: 'next-field'},
		);
		expect(counts(state)).toEqual([3, 0, undefined, 5]);
		expect(state.entry).toEqual({field: 0, digits: ''});
	});

	it('an empty Enter keeps the count, Esc drops what was typed, a letter commits and switches', () => {
		let state = run(started(), {type: 'edit-count', field: 0}, {type: 'digit', digit: 9}, {type: 'commit'});
		state = run(state, {type: 'edit-count', field: 0}, {type: 'commit'});
		expect(counts(state)[0]).toBe(9);
		state = run(state, {type: 'edit-count', field: 0}, {type: 'digit', digit: 1}, {type: 'cancel'});
		expect(counts(state)[0]).toBe(9);
		state = run(state, {type: 'edit-count', field: 1}, {type: 'digit', digit: 2}, {type: 'edit-count', field: 3});
		expect(counts(state)).toEqual([9, 2, undefined, undefined]);
	});

	it('revealing or moving on keeps a count still being typed', () => {
		const state = run(started(), {type: 'edit-count', field: 1}, {type: 'digit', digit: 6}, {type: 'advance', now: 2000});
		expect(counts(state)[1]).toBe(6);
		expect(current(state).revealed).toBe(true);
	});

	it('caps a count at five digits and ignores digits with no field open', () => {
		let state = run(started(), {type: 'digit', digit: 4});
		expect(state).toEqual(started());
		state = run(state, {type: 'edit-count', field: 0}, ...Array.from({length: 7}, (): RoomCommand => ({type: 'digit', digit: 9})), {type: 'commit'});
		expect(counts(state)[0]).toBe(MAX_COUNT);
		state = run(state, {type: 'edit-count', field: 1}, {type: 'digit', digit: 0}, {type: 'digit', digit: 0}, {type: 'digit', digit: 7}, {type: 'commit'});
		expect(counts(state)[1]).toBe(7);
	});

	it('ignores fields the question does not have', () => {
		const state = started();
		expect(run(state, {type: 'edit-count', field: 4})).toBe(state);
		expect(run(state, {type: 'edit-count', field: -1})).toBe(state);
	});

	it('a choose-all question has a head-count field after its options', () => {
		const state = run(started(), {type: 'reveal', now: 2000}, {type: 'next', now: 3000}, {type: 'edit-count', field: 3}, {type: 'digit', digit: 2}, {type: 'digit', digit: 0}, {type: 'commit'});
		expect(current(state).fields.map(field => field.label)).toEqual(['A', 'B', 'C', '#']);
		expect(counts(state)).toEqual([undefined, undefined, undefined, 20]);
	});

	it('a card takes its counts (knew it, not yet) only once revealed', () => {
		let state = run(started(), ...[2, 3].flatMap((n): RoomCommand[] => [{type: 'reveal', now: n * 1000}, {type: 'next', now: (n * 1000) + 500}]));
		expect(current(state).presented.question.kind).toBe('card');
		expect(run(state, {type: 'edit-count', field: 0})).toBe(state);
		expect(run(state, {type: 'set-count', question: 'card', field: 0, count: 3})).toBe(state);
		state = run(state, {type: 'reveal', now: 4000}, {type: 'edit-count', field: 0}, {type: 'digit', digit: 8}, {type: 'next-field'}, {type: 'digit', digit: 2}, {type: 'commit'});
		expect(current(state).fields.map(field => field.name)).toEqual(['Knew it', 'Not yet']);
		expect(counts(state)).toEqual([8, 2]);
	});

	it('set-count sets a whole count at once, on the question it names, and can take it back', () => {
		let state = run(started(), {type: 'set-count', question: 'single', field: 2, count: 14});
		expect(counts(state)).toEqual([undefined, undefined, 14, undefined]);
		state = run(state, {type: 'set-count', question: 'multiple', field: 0, count: 3});
		expect(state.questions[1]!.counts).toEqual([3, undefined, undefined, undefined]);
		state = run(state, {type: 'set-count', question: 'single', field: 2, count: undefined});
		expect(counts(state)).toEqual([undefined, undefined, undefined, undefined]);
		for (const bad of [-1, 1.5, MAX_COUNT + 1, Number.NaN]) {
			expect(run(state, {type: 'set-count', question: 'single', field: 0, count: bad})).toBe(state);
		}

		expect(run(state, {type: 'set-count', question: 'nope', field: 0, count: 1})).toBe(state);
	});

	it('a count set from elsewhere replaces the same field half typed here', () => {
		const state = run(started(), {type: 'edit-count', field: 1}, {type: 'digit', digit: 5}, {type: 'set-count', question: 'single', field: 1, count: 9}, {type: 'commit'});
		expect(counts(state)[1]).toBe(9);
	});
});

describe('the slide behind a question', () => {
	it('opens only after the reveal, and closes', () => {
		const state = started();
		expect(run(state, {type: 'view-slide'})).toBe(state);
		const viewing = run(state, {type: 'reveal', now: 2000}, {type: 'view-slide'});
		expect(viewing.viewing).toBe(3);
		expect(run(viewing, {type: 'close-slide'}).viewing).toBeUndefined();
		expect(run(viewing, {type: 'next', now: 3000}).viewing).toBeUndefined();
	});
});

describe('the countdown', () => {
	it('is off by default', () => {
		expect(countdownAt(started(), 5000)).toBeUndefined();
	});

	it('runs from when the question is first shown, stops at zero and never reveals', () => {
		const state = started({countdownMs: 30_000});
		expect(countdownAt(state, 1000)).toEqual({totalMs: 30_000, leftMs: 30_000, done: false});
		expect(countdownAt(state, 21_000)).toEqual({totalMs: 30_000, leftMs: 10_000, done: false});
		expect(countdownAt(state, 31_000)).toEqual({totalMs: 30_000, leftMs: 0, done: true});
		expect(countdownAt(state, 90_000)?.leftMs).toBe(0);
		expect(current(state).revealed).toBe(false);
	});

	it('is gone once revealed, and starts afresh on the next question', () => {
		let state = run(started({countdownMs: 10_000}), {type: 'reveal', now: 4000});
		expect(countdownAt(state, 4000)).toBeUndefined();
		state = run(state, {type: 'next', now: 50_000});
		expect(countdownAt(state, 55_000)).toMatchObject({leftMs: 5000});
		// Back to a question already shown: no second countdown.
		state = run(state, {type: 'reveal', now: 56_000}, {type: 'previous', now: 57_000});
		expect(countdownAt(state, 57_000)).toBeUndefined();
	});

	it('does not run on the intro or the summary', () => {
		const intro = startRoom([single], {seed: 1, countdownMs: 10_000});
		expect(countdownAt(intro, 0)).toBeUndefined();
		expect(countdownAt(run(intro, {type: 'start', now: 0}, {type: 'end', now: 1}), 2)).toBeUndefined();
	});
});

describe('the devices\' tally from the room\'s phones', () => {
	const audience = (question: string, joined: number, answered: number, votes: number[]): RoomCommand => ({type: 'audience', question, joined, answered, votes});

	it('takes the joined count on the intro, before any question is shown', () => {
		const state = run(startRoom([single, multiple, card], {seed: 1}), audience('single', 7, 3, [1, 1, 1, 0]));
		expect(state.audience).toEqual({joined: 7, answered: 0});
		expect(state.questions[0]!.votes).toBeUndefined();
	});

	it('sets the votes of the question on screen, apart from the hands typed', () => {
		const state = run(started(), {type: 'set-count', question: 'single', field: 0, count: 4}, audience('single', 12, 9, [2, 0, 7, 0]));
		expect(current(state).votes).toEqual([2, 0, 7, 0]);
		expect(counts(state)).toEqual([4, undefined, undefined, undefined]);
		expect(state.audience).toEqual({joined: 12, answered: 9});
	});

	it('a later tally replaces the earlier one: a device that changes its answer moves its vote', () => {
		const state = run(started(), audience('single', 3, 1, [1, 0, 0, 0]), audience('single', 3, 1, [0, 1, 0, 0]));
		expect(current(state).votes).toEqual([0, 1, 0, 0]);
	});

	it('a tally for a question not on screen moves only the joined count', () => {
		const before = run(started(), audience('single', 3, 2, [1, 1, 0, 0]));
		const after = run(before, audience('multiple', 5, 4, [1, 1, 1, 4]));
		expect(after.questions.map(question => question.votes)).toEqual([[1, 1, 0, 0], undefined, undefined]);
		expect(after.audience).toEqual({joined: 5, answered: 2});
	});

	it('a tally that does not fit the question\'s fields, or has no whole counts, changes no votes', () => {
		const state = started();
		expect(run(state, audience('single', 1, 1, [1, 0, 0])).questions[0]!.votes).toBeUndefined();
		expect(run(state, audience('single', 1, 1, [1, -1, 0, 0])).questions[0]!.votes).toBeUndefined();
		expect(run(state, audience('single', 1, 1, [0.5, 0, 0, 0])).questions[0]!.votes).toBeUndefined();
		expect(run(state, audience('single', -1, 0, [0, 0, 0, 0]))).toBe(state);
		expect(run(state, audience('single', Number.NaN, 0, [0, 0, 0, 0]))).toBe(state);
	});

	it('the same tally again leaves the state as it is', () => {
		const state = run(started(), audience('single', 3, 1, [1, 0, 0, 0]));
		expect(run(state, audience('single', 3, 1, [1, 0, 0, 0]))).toBe(state);
	});

	it('moving to another question shows that question\'s own answered count until the next tally', () => {
		let state = run(started(), audience('single', 6, 6, [1, 1, 4, 0]), {type: 'reveal', now: 2000}, {type: 'next', now: 3000});
		expect(state.audience).toEqual({joined: 6, answered: 0});
		// The choose-all question's head count field is the devices that answered.
		state = run(state, audience('multiple', 6, 5, [3, 4, 1, 5]));
		expect(state.audience).toEqual({joined: 6, answered: 5});
		state = run(state, {type: 'previous', now: 4000});
		expect(state.audience).toEqual({joined: 6, answered: 6});
	});

	it('a card\'s verdicts come from devices after its answer is shown', () => {
		let state = run(started(), {type: 'reveal', now: 2000}, {type: 'next', now: 3000}, {type: 'reveal', now: 4000}, {type: 'next', now: 5000});
		expect(current(state).presented.question.kind).toBe('card');
		state = run(state, {type: 'reveal', now: 6000}, audience('card', 4, 4, [3, 1]));
		expect(current(state).votes).toEqual([3, 1]);
		expect(state.audience).toEqual({joined: 4, answered: 4});
	});

	it('nothing is taken once the room quiz has ended', () => {
		const state = run(started(), {type: 'quit', now: 2000});
		expect(run(state, audience('single', 3, 1, [1, 0, 0, 0]))).toBe(state);
	});
});
