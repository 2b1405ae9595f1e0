import {describe, expect, it} from 'vitest';
import {summarizeRoom} from '../../source/core/room/summary.js';
import type {RoomRecordQuestion} from '../../source/core/records/room-record.js';

const q = (questionId: string, counts: number[] | null, correct = [0]): RoomRecordQuestion => ({questionId, kind: 'single', correct, counts});
const slides: Record<string, number> = {a: 2, b: 3, c: 3, d: 5, e: 6};
const slideOf = (id: string): number | undefined => slides[id];

describe('the room summary', () => {
	it('puts the questions the room did worst on first, uncounted ones last in the order asked', () => {
		const summary = summarizeRoom([
			q('a', [8, 2]), // 80 %
			q('b', null),
			q('c', [1, 3]), // 25 %
			q('d', [0, 0]), // no hands
			q('e', [5, 5]), // 50 %
		], slideOf);
		expect(summary.questions.map(question => question.questionId)).toEqual(['c', 'e', 'a', 'b', 'd']);
		expect(summary.questions.map(question => question.number)).toEqual([3, 5, 1, 2, 4]);
		expect(summary.counted).toBe(4);
		expect(summary.average).toBeCloseTo((0.8 + 0.25 + 0.5) / 3);
	});

	it('keeps the order asked between questions the room did equally well on', () => {
		const summary = summarizeRoom([q('a', [1, 1]), q('b', [2, 2]), q('c', [1, 3])], slideOf);
		expect(summary.questions.map(question => question.questionId)).toEqual(['c', 'a', 'b']);
	});

	it('lists the slides behind the hard questions, worst first, each slide once', () => {
		const summary = summarizeRoom([
			q('a', [3, 1]), // 75 %: not hard
			q('b', [1, 3]), // 25 %, slide 3
			q('c', [2, 2]), // 50 %, slide 3 again
			q('d', [1, 9]), // 10 %, slide 5
			q('x', [0, 9]), // 0 %, no slide
		], slideOf);
		expect(summary.revisit).toEqual([{slide: 5, questions: [4]}, {slide: 3, questions: [2, 3]}]);
	});

	it('averages exact shares as a value', () => {
		const summary = summarizeRoom([q('a', [6, 4]), q('b', [1, 3])], slideOf);
		expect(summary).toMatchObject({average: 0.425, averageBound: 'exact'});
	});

	it('averages a choose-all question\'s upper bound honestly: the mean is then only a bound itself', () => {
		const summary = summarizeRoom([
			q('a', [6, 4]), // 60 %
			{questionId: 'b', kind: 'multiple', correct: [0, 1], counts: [10, 5, 0], people: 10}, // at most 50 %
		], slideOf);
		expect(summary.average).toBeCloseTo(0.55);
		expect(summary.averageBound).toBe('at-most');
	});

	it('has nothing to revisit and no average without counts', () => {
		expect(summarizeRoom([q('a', null), q('b', null)], slideOf)).toEqual({
			questions: [{questionId: 'a', number: 1, slide: 2}, {questionId: 'b', number: 2, slide: 3}],
			revisit: [],
			counted: 0,
		});
	});
});
