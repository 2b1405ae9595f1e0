import {describe, expect, it} from 'vitest';
import {barChart} from '../../source/core/text/bar-chart.js';
import {displayWidth} from '../../source/core/layout/index.js';

describe('barChart', () => {
	it('draws one bar per value, oldest on the left, over an axis', () => {
		const {lines, omitted} = barChart([0, 50, 100], {width: 80, height: 4});
		expect(lines).toEqual([
			'100% │    █',
			'     │    █',
			'     │  █ █',
			'     │▁ █ █',
			'  0% └─────',
		]);
		expect(omitted).toBe(0);
	});

	it('steps a bar in eighths of a row', () => {
		const {lines} = barChart([10, 25, 60], {width: 80, height: 2});
		// 10% of 16 eighths is 2 (▂); 25% is 4 (▄); 60% is 10: a full row and ▂ above.
		expect(lines).toEqual([
			'100% │    ▂',
			'     │▂ ▄ █',
			'  0% └─────',
		]);
	});

	it('keeps the newest values that fit the width, and says how many it left out', () => {
		const values = Array.from({length: 50}, (_, index) => index * 2);
		const {lines, omitted} = barChart(values, {width: 40});
		for (const line of lines) {
			expect(displayWidth(line)).toBeLessThanOrEqual(40);
		}

		expect(omitted).toBe(50 - 17);
		// The newest value, 98%, is the last bar: nearly full in the top row.
		expect(lines[0]!.at(-1)).toBe('▇');
	});

	it('clamps values outside 0–100', () => {
		expect(barChart([-20, 140], {width: 80, height: 1}).lines).toEqual(['100% │▁ █', '  0% └───']);
	});
});
