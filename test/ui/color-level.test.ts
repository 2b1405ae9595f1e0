import {describe, expect, it} from 'vitest';
import {colorForcedOff, colorLevel, settleColorLevel} from '../../source/io/terminal/color-level.js';

describe('colorLevel', () => {
	it.each([
		[{COLORTERM: 'truecolor', TERM: 'xterm-256color'}, 3],
		[{TERM: 'xterm-256color'}, 2],
		[{TERM: 'screen-256color'}, 2],
		[{TERM: 'xterm'}, 1],
		[{TERM: 'linux'}, 1],
		[{}, 1],
	])('%j: %i', (env, level) => {
		expect(colorLevel(env)).toBe(level);
	});

	it('never depends on CI, so CI=false or CI=0 in a shell changes nothing', () => {
		for (const CI of ['false', '0', 'true', undefined]) {
			expect(colorLevel({TERM: 'xterm-256color', CI})).toBe(2);
		}
	});
});

describe('settleColorLevel', () => {
	it('tells chalk a level even where FORCE_COLOR asked for none: emphasis stays', () => {
		const env: Record<string, string | undefined> = {TERM: 'xterm', FORCE_COLOR: '0'};
		expect(colorForcedOff(env)).toBe(true);
		settleColorLevel(env);
		expect(env['FORCE_COLOR']).toBe('1');
	});
});
