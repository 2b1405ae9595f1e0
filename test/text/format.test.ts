import {describe, expect, it} from 'vitest';
import {formatDuration, formatScore} from '../../source/core/text/format.js';

describe('formatDuration', () => {
	it.each([
		[0, '00:00'],
		[55_400, '00:55'],
		[61_000, '01:01'],
		[3_599_999, '59:59'],
		[6_000_000, '100:00'],
		[-5, '00:00'],
	])('formats %d ms as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('formatScore', () => {
	it('writes the percentage without a space before the sign', () => {
		expect(formatScore(8, 14, 57)).toBe('8/14 (57%)');
	});
});
