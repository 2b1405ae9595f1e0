import {describe, expect, it} from 'vitest';
import {isRight, percentage, scoreAnswer} from '../../source/core/quiz/scoring.js';
import {makeQuestion} from './make-question.js';

describe('isRight', () => {
	const single = makeQuestion('s', 'single', [2]);
	const multiple = makeQuestion('m', 'multiple', [0, 3]);
	const card = makeQuestion('c', 'card');

	it('single: right only for the correct option', () => {
		expect(isRight(single, {kind: 'choice', chosen: [2]})).toBe(true);
		expect(isRight(single, {kind: 'choice', chosen: [1]})).toBe(false);
		expect(isRight(single, {kind: 'choice', chosen: []})).toBe(false);
		expect(isRight(single, {kind: 'choice', chosen: [2, 1]})).toBe(false);
	});

	it('multiple: right only with all and only the right options, in any order', () => {
		expect(isRight(multiple, {kind: 'choice', chosen: [0, 3]})).toBe(true);
		expect(isRight(multiple, {kind: 'choice', chosen: [3, 0]})).toBe(true);
		expect(isRight(multiple, {kind: 'choice', chosen: [3, 0, 3]})).toBe(true);
	});

	it('multiple: a partial or padded selection is wrong', () => {
		expect(isRight(multiple, {kind: 'choice', chosen: [0]})).toBe(false);
		expect(isRight(multiple, {kind: 'choice', chosen: [3]})).toBe(false);
		expect(isRight(multiple, {kind: 'choice', chosen: [0, 1, 3]})).toBe(false);
		expect(isRight(multiple, {kind: 'choice', chosen: [1, 2]})).toBe(false);
		expect(isRight(multiple, {kind: 'choice', chosen: []})).toBe(false);
	});

	it('card: the person grades themselves', () => {
		expect(isRight(card, {kind: 'card', knew: true})).toBe(true);
		expect(isRight(card, {kind: 'card', knew: false})).toBe(false);
	});

	it('throws on a response of the wrong kind rather than scoring it', () => {
		expect(() => isRight(card, {kind: 'choice', chosen: [0]})).toThrow(TypeError);
		expect(() => isRight(single, {kind: 'card', knew: true})).toThrow(TypeError);
	});
});

describe('scoreAnswer', () => {
	it('records sorted, de-duplicated original indexes and the time', () => {
		const answer = scoreAnswer(makeQuestion('m', 'multiple', [1, 2]), {kind: 'choice', chosen: [2, 1, 2]}, 1500);
		expect(answer).toEqual({questionId: 'm', chosen: [1, 2], right: true, ms: 1500});
	});

	it('records a card verdict with no choices', () => {
		expect(scoreAnswer(makeQuestion('c', 'card'), {kind: 'card', knew: false}, 20)).toEqual({questionId: 'c', chosen: [], knew: false, right: false, ms: 20});
	});
});

describe('percentage', () => {
	it('rounds, and an empty quiz is 0 %', () => {
		expect(percentage(2, 3)).toBe(67);
		expect(percentage(3, 3)).toBe(100);
		expect(percentage(0, 0)).toBe(0);
	});
});
