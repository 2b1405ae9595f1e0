import {describe, expect, test} from 'vitest';
import {displayWidth, expandTabs, graphemes, splitAtWidth, truncateToWidth} from '../../../source/core/layout/display-width.js';

describe('displayWidth', () => {
	test('counts columns, not code units', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('日本語')).toBe(6);
		expect(displayWidth('🚀')).toBe(2);
		expect(displayWidth('👩‍👩‍👧')).toBe(2);
		expect(displayWidth('é')).toBe(1);
	});
});

describe('graphemes', () => {
	test('keeps emoji sequences and combining marks whole', () => {
		expect(graphemes('a👩‍👩‍👧e\u0301')).toEqual(['a', '👩‍👩‍👧', 'e\u0301']);
	});
});

describe('expandTabs', () => {
	test('moves to the next tab stop by display column', () => {
		expect(expandTabs('\tx')).toBe('    x');
		expect(expandTabs('ab\tx')).toBe('ab  x');
		expect(expandTabs('日\tx')).toBe('日  x');
		expect(expandTabs('a\tb', 8)).toBe('a       b');
		expect(expandTabs('abc\n\tx')).toBe('abc\n    x');
	});
});

describe('splitAtWidth', () => {
	test('never splits a surrogate pair or a wide character', () => {
		expect(splitAtWidth('ab🚀c', 3)).toEqual(['ab', '🚀c']);
		expect(splitAtWidth('日本', 3)).toEqual(['日', '本']);
	});

	test('takes one grapheme even when it does not fit, so callers make progress', () => {
		expect(splitAtWidth('日本', 1)).toEqual(['日', '本']);
	});
});

describe('truncateToWidth', () => {
	test('ends a cut text with an ellipsis and fits the width', () => {
		expect(truncateToWidth('hello world', 6)).toBe('hello…');
		expect(truncateToWidth('日本語', 4)).toBe('日…');
		expect(truncateToWidth('short', 10)).toBe('short');
	});
});
