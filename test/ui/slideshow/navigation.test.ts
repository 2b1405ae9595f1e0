import {describe, expect, it} from 'vitest';
import {type NavigationContext, navigate, normalize, type Position, startPosition} from '../../../source/core/show/navigation.js';

// Slide 0: one step, one page. Slide 1: three steps; the last step needs two pages. Slide 2: one step, three pages.
const context: NavigationContext = {
	slideCount: 3,
	stepCount: slide => [1, 3, 1][slide] ?? 1,
	pageCount: (slide, step) => (slide === 1 && step === 2 ? 2 : slide === 2 ? 3 : 1),
};

const at = (slide: number, step = 0, page = 0): Position => ({slide, step, page, atEnd: false});
const end: Position = {slide: 2, step: 0, page: 0, atEnd: true};

const walk = (from: Position, type: 'next' | 'previous', times: number): Position[] => {
	const positions: Position[] = [];
	let position = from;
	for (let index = 0; index < times; index++) {
		position = navigate(position, {type}, context);
		positions.push(position);
	}

	return positions;
};

describe('navigate', () => {
	it('goes through pages, then steps, then slides, then to the end screen', () => {
		expect(walk(startPosition(), 'next', 8)).toEqual([
			at(1, 0),
			at(1, 1),
			at(1, 2, 0),
			at(1, 2, 1),
			at(2, 0, 0),
			at(2, 0, 1),
			at(2, 0, 2),
			end,
		]);
	});

	it('stays on the end screen on next', () => {
		expect(navigate(end, {type: 'next'}, context)).toEqual(end);
	});

	it('walks back exactly the way it came, landing on the last step and page of a slide', () => {
		expect(walk(end, 'previous', 8)).toEqual([
			at(2, 0, 2),
			at(2, 0, 1),
			at(2, 0, 0),
			at(1, 2, 1),
			at(1, 2, 0),
			at(1, 1),
			at(1, 0),
			at(0, 0),
		]);
	});

	it('stays on the first slide on previous', () => {
		expect(navigate(at(0), {type: 'previous'}, context)).toEqual(at(0));
	});

	it('goes to the first and last slide at their first step', () => {
		expect(navigate(at(2, 0, 2), {type: 'first'}, context)).toEqual(at(0));
		expect(navigate(at(0), {type: 'last'}, context)).toEqual(at(2));
		expect(navigate(end, {type: 'first'}, context)).toEqual(at(0));
	});

	it('goes to a slide, clamping out-of-range numbers', () => {
		expect(navigate(at(0), {type: 'goto', slide: 1}, context)).toEqual(at(1));
		expect(navigate(at(0), {type: 'goto', slide: 99}, context)).toEqual(at(2));
		expect(navigate(at(2), {type: 'goto', slide: -5}, context)).toEqual(at(0));
		expect(navigate(end, {type: 'goto', slide: 0}, context)).toEqual(at(0));
	});

	it('goes to a given step and page', () => {
		expect(navigate(at(0), {type: 'goto', slide: 1, step: 2, page: 1}, context)).toEqual(at(1, 2, 1));
	});

	it('reveals all steps of the slide', () => {
		expect(navigate(at(1, 0), {type: 'reveal-all'}, context)).toEqual(at(1, 2, 0));
		expect(navigate(at(0), {type: 'reveal-all'}, context)).toEqual(at(0));
	});

	it('fixes up a page index a resize left out of range', () => {
		expect(normalize(at(2, 0, 9), context)).toEqual(at(2, 0, 2));
		expect(navigate(at(2, 0, 9), {type: 'previous'}, context)).toEqual(at(2, 0, 1));
	});

	it('has only the end screen in an empty deck', () => {
		const empty: NavigationContext = {slideCount: 0, stepCount: () => 1, pageCount: () => 1};
		expect(navigate(startPosition(), {type: 'next'}, empty).atEnd).toBe(true);
		expect(navigate(startPosition(), {type: 'previous'}, empty).atEnd).toBe(true);
	});
});
