import {describe, expect, it} from 'vitest';
import {followHighlight, openWindow, shownOptions, windowMarkers} from '../../../source/ui/kit/screen/choice-window.js';
import {choiceLimit, tallestRun} from '../../../source/ui/kit/screen/fit-screen.js';

describe('choiceLimit', () => {
	it('shows every option when they all fit, without markers', () => {
		expect(choiceLimit([1, 2, 1], 4)).toBe(3);
	});

	it('picks the largest limit at which any run of options fits, runs wrapping round, with two marker rows', () => {
		// Runs of three: 1+3+1, 3+1+1, 1+1+2, 1+2+1, and 2+1+3 wrapping to the first: the tallest is 6.
		expect(tallestRun([1, 3, 1, 1, 2], 3)).toBe(6);
		expect(tallestRun([3, 1, 1, 3], 2)).toBe(6);
		expect(choiceLimit([1, 3, 1, 1, 2], 8)).toBe(5);
		// Three would fit if runs stopped at the last option; the wrapping one does not.
		expect(choiceLimit([1, 3, 1, 1, 2], 7)).toBe(2);
		expect(choiceLimit([1, 3, 1, 1, 2], 6)).toBe(2);
		expect(choiceLimit([1, 3, 1, 1, 2], 5)).toBe(1);
		expect(choiceLimit([1, 3, 1, 1, 2], 4)).toBe(0);
	});
});

describe('the window of a single-choice question\'s options', () => {
	it('follows a highlight moved by several keys at once, the way it went', () => {
		const atTwo = followHighlight(openWindow(0, 3, 5), 2, 3, 5);
		expect(shownOptions(followHighlight(atTwo, 4, 3, 5), 3, 5)).toEqual([2, 3, 4]);
		expect(shownOptions(followHighlight(openWindow(0, 3, 6), 4, 3, 6), 3, 6)).toEqual([4, 5, 0]);
		expect(shownOptions(followHighlight(openWindow(0, 3, 7), 5, 3, 7), 3, 7)).toEqual([5, 6, 0]);
	});

	it('scrolls one option when the highlight leaves it, and wraps round with ↑↓', () => {
		let window = openWindow(0, 3, 5);
		const moves: number[][] = [];
		for (const next of [1, 2, 3, 4, 0, 1, 0, 4]) {
			window = followHighlight(window, next, 3, 5);
			moves.push(shownOptions(window, 3, 5));
		}

		expect(moves).toEqual([[0, 1, 2], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 0], [4, 0, 1], [4, 0, 1], [4, 0, 1]]);
		expect(windowMarkers(openWindow(0, 3, 5), 3, 5)).toEqual({above: false, below: true});
		expect(windowMarkers(followHighlight(openWindow(3, 3, 5), 4, 3, 5), 3, 5)).toEqual({above: true, below: false});
		expect(windowMarkers(openWindow(4, 5, 5), 5, 5)).toEqual({above: false, below: false});
	});

	it('opens on a highlight past the first window with it at the bottom', () => {
		expect(shownOptions(openWindow(6, 3, 9), 3, 9)).toEqual([4, 5, 6]);
	});
});
