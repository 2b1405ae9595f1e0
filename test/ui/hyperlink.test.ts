import {describe, expect, it} from 'vitest';
import {isNoColor, osc8, safeHref, supportsHyperlinks} from '../../source/core/text/hyperlink.js';

describe('safeHref', () => {
	it('keeps printable ASCII URLs', () => {
		expect(safeHref('https://example.com/a_b-c~d?e=f&g=h#i')).toBe('https://example.com/a_b-c~d?e=f&g=h#i');
		expect(safeHref(undefined)).toBeUndefined();
	});

	it.each(['https://x.example/\u0007', 'https://x.example/\u001B\\', 'a b', 'https://ü.example', 'x\u202E', ''])('drops %j', href => {
		expect(safeHref(href)).toBeUndefined();
	});

	it('drops absurdly long targets', () => {
		expect(safeHref('https://x.example/' + 'a'.repeat(3000))).toBeUndefined();
	});
});

describe('osc8', () => {
	it('wraps text in an OSC 8 link', () => {
		expect(osc8('https://x.example', 'x')).toBe('\u001B]8;;https://x.example\u0007x\u001B]8;;\u0007');
	});
});

describe('supportsHyperlinks', () => {
	it('is on for a colour terminal', () => {
		expect(supportsHyperlinks({isTTY: true, env: {TERM: 'xterm-256color'}, color: true})).toBe(true);
	});

	it.each([
		[{isTTY: false, env: {}, color: true}],
		[{isTTY: true, env: {TERM: 'dumb'}, color: true}],
		[{isTTY: true, env: {TERM: 'linux'}, color: true}],
		[{isTTY: true, env: {TERM: 'vt100'}, color: true}],
		[{isTTY: true, env: {TERM: 'vt220'}, color: true}],
		[{isTTY: true, env: {NO_COLOR: '1'}, color: true}],
		[{isTTY: true, env: {}, color: false}],
	])('is off for %j', options => {
		expect(supportsHyperlinks(options)).toBe(false);
	});
});

describe('isNoColor', () => {
	it('is on when NO_COLOR is set to anything but the empty string', () => {
		expect(isNoColor({NO_COLOR: '1'})).toBe(true);
		expect(isNoColor({NO_COLOR: ''})).toBe(false);
		expect(isNoColor({})).toBe(false);
	});
});
