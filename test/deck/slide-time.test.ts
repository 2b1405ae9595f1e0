import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {formatSlideTime, parseSlideTime} from '../../source/core/deck/slide-time.js';
import {md, parseClean, slideAt, where} from './helpers.js';

describe('parseSlideTime', () => {
	it.each([
		['90s', 90],
		['2m', 120],
		['1m30s', 90],
		['1m 30s', 90],
		[' 45S ', 45],
		['10M', 600],
		['0m5s', 5],
	])('reads %j as %i seconds', (text, seconds) => {
		expect(parseSlideTime(text)).toBe(seconds);
	});

	it.each(['', '0s', '0m', '90', 'm', 's', '1.5m', '1m90s', '-30s', 'two minutes', '30s1m', '1h', '99999m'])('rejects %j', text => {
		expect(parseSlideTime(text)).toBeUndefined();
	});

	it('writes seconds back in the same form', () => {
		expect([45, 60, 90, 600, 0].map(seconds => formatSlideTime(seconds))).toEqual(['45s', '1m', '1m30s', '10m', '0s']);
		for (const seconds of [1, 59, 61, 3599]) {
			expect(parseSlideTime(formatSlideTime(seconds))).toBe(seconds);
		}
	});
});

describe('the `time` directive', () => {
	it('gives a slide its budget, and is not a note', () => {
		const deck = parseClean(md('## One', '', '<!-- time: 90s -->', '', 'Text', '', '---', '', '## Two', '', '<!-- time: 2m -->', '', '---', '', '## Three', '', 'No budget <!-- time: 1m30s --> here'));
		expect(deck.slides.map(slide => slide.time)).toEqual([90, 120, 90]);
		expect(deck.slides.flatMap(slide => slide.notes)).toEqual([]);
	});

	it('reports a malformed value at its line and column, and keeps the slide without a budget', () => {
		const {deck, diagnostics} = parseDeck(md('## One', '', 'Text', '', '<!-- time: about a minute -->'));
		expect(slideAt(deck, 1).time).toBeUndefined();
		expect(diagnostics.map(diagnostic => where(diagnostic))).toEqual([{severity: 'warning', line: 5, column: 12}]);
		expect(diagnostics[0]?.message).toBe('`time` must be a duration such as `90s`, `2m` or `1m30s`, not `about a minute`');
	});

	it('points at a value written on a later line of the comment', () => {
		const {diagnostics} = parseDeck(md('## One', '', '<!-- time:', '  soon -->'));
		expect(diagnostics.map(diagnostic => where(diagnostic))).toEqual([{severity: 'warning', line: 4, column: 3}]);
	});

	it('keeps the first of two budgets on a slide and warns about the second', () => {
		const {deck, diagnostics} = parseDeck(md('## One', '', '<!-- time: 30s -->', '<!-- time: 1m -->'));
		expect(slideAt(deck, 1).time).toBe(30);
		expect(diagnostics.map(diagnostic => [where(diagnostic), diagnostic.message])).toEqual([
			[{severity: 'warning', line: 4, column: 12}, 'the slide already has `time: 30s`; this one is ignored'],
		]);
	});

	it('warns where the budgets pass the deck\'s duration', () => {
		const {diagnostics} = parseDeck(md('---', 'duration: 2', '---', '', '## One', '<!-- time: 90s -->', '', '---', '', '## Two', '<!-- time: 1m -->'));
		expect(diagnostics.map(diagnostic => [diagnostic.line, diagnostic.message])).toEqual([
			[11, 'slide `time` budgets add up to 2m30s, more than the deck\'s `duration` of 2m'],
		]);
	});

	it('sanitizes a malformed value in the message', () => {
		const {diagnostics} = parseDeck(md('## One', '', '<!-- time: \u001B[31m -->'));
		expect(diagnostics[0]?.message).not.toContain('\u001B');
	});
});

describe('notes and steps', () => {
	it('gives each note the step its pause starts', () => {
		const deck = parseClean(md(
			'## Steps',
			'',
			'<!-- Before anything shows -->',
			'',
			'First',
			'',
			'<!-- pause -->',
			'',
			'Second <!-- inline, with the second step -->',
			'',
			'<!-- About the second step -->',
			'',
			'<!-- pause -->',
			'',
			'Third',
			'',
			'<!-- About the third -->',
		));
		const slide = slideAt(deck, 1);
		expect(slide.notes).toEqual(['Before anything shows', 'inline, with the second step', 'About the second step', 'About the third']);
		expect(slide.noteSteps).toEqual([0, 1, 1, 2]);
	});

	it('gives a note after a pause at the very end to the last step', () => {
		const slide = slideAt(parseClean(md('## Steps', '', 'One', '', '<!-- pause -->', '', 'Two', '', '<!-- pause -->', '', '<!-- At the end -->')), 1);
		expect(slide.steps).toHaveLength(2);
		expect(slide.noteSteps).toEqual([1]);
	});

	it('leaves noteSteps out when every note is for the first step', () => {
		const slide = slideAt(parseClean(md('## One', '', 'Text', '', '<!-- a note -->')), 1);
		expect(slide.noteSteps).toBeUndefined();
	});
});
