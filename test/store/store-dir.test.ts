import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveStoreDir} from '../../source/io/store/store-dir.js';

const platformEnv = {home: '/home/ada'};

describe('resolveStoreDir', () => {
	it('prefers the --store flag', () => {
		expect(resolveStoreDir({flag: '/flag', env: {BRIEFING_DECK_STORE: '/env', XDG_DATA_HOME: '/xdg'}, platformEnv})).toBe('/flag');
	});

	it('then BRIEFING_DECK_STORE', () => {
		expect(resolveStoreDir({env: {BRIEFING_DECK_STORE: '/env', XDG_DATA_HOME: '/xdg'}, platformEnv})).toBe('/env');
	});

	it('then $XDG_DATA_HOME/briefing-deck', () => {
		expect(resolveStoreDir({env: {XDG_DATA_HOME: '/xdg'}, platformEnv})).toBe(path.join('/xdg', 'briefing-deck'));
	});

	it('then ~/.local/share/briefing-deck', () => {
		expect(resolveStoreDir({env: {}, platformEnv})).toBe(path.join('/home/ada', '.local', 'share', 'briefing-deck'));
	});

	it('treats empty values as unset and ignores a relative XDG_DATA_HOME, as the XDG spec asks', () => {
		expect(resolveStoreDir({flag: '', env: {BRIEFING_DECK_STORE: ' ', XDG_DATA_HOME: 'relative'}, platformEnv})).toBe(path.join('/home/ada', '.local', 'share', 'briefing-deck'));
	});
});
