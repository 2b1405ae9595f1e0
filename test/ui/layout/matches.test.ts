import {describe, expect, test} from 'vitest';
import {findMatches, markMatches} from '../../../source/core/layout/matches.js';
import type {Line} from '../../../source/core/layout/types.js';

describe('findMatches', () => {
	test('is case-insensitive and finds every match', () => {
		expect(findMatches('Foo foo FOO', 'foo')).toEqual([[0, 3], [4, 7], [8, 11]]);
	});

	test('treats the query as text, not a pattern', () => {
		expect(findMatches('a.b (c)', '(c)')).toEqual([[4, 7]]);
		expect(findMatches('axb', 'a.b')).toEqual([]);
	});

	test('finds nothing for a blank query', () => {
		expect(findMatches('abc', '  ')).toEqual([]);
	});
});

describe('markMatches', () => {
	test('splits a segment at the match boundaries', () => {
		const line: Line = [{text: 'the cat sat', style: {bold: true}}];
		expect(markMatches(line, 'CAT')).toEqual([
			{text: 'the ', style: {bold: true}},
			{text: 'cat', style: {bold: true, role: 'match', inverse: true}},
			{text: ' sat', style: {bold: true}},
		]);
	});

	test('marks a match that runs across segments, keeping each one\'s style', () => {
		const line: Line = [{text: 'use ', style: {}}, {text: 'npm', style: {role: 'code'}}, {text: ' install', style: {}}];
		expect(markMatches(line, 'npm inst')).toEqual([
			{text: 'use ', style: {}},
			{text: 'npm', style: {role: 'match', inverse: true}},
			{text: ' inst', style: {role: 'match', inverse: true}},
			{text: 'all', style: {}},
		]);
	});

	test('leaves the line alone without a query or a match', () => {
		const line: Line = [{text: 'x', style: {}}];
		expect(markMatches(line, undefined)).toBe(line);
		expect(markMatches(line, 'y')).toBe(line);
	});

	test('works with wide characters', () => {
		const line: Line = [{text: '日本語🚀テスト', style: {}}];
		expect(markMatches(line, '🚀テ').map(({text}) => text)).toEqual(['日本語', '🚀テ', 'スト']);
	});
});
