import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {openSettings} from '../../source/io/store/settings.js';

const fixedNow = () => new Date('2026-11-24T01:15:00.000Z');
const {freshDir} = temporaryDirectories('store');

describe('corrupt settings', () => {
	it.each([
		['invalid JSON', '{"resume": {"intro": 3'],
		['a schema violation', JSON.stringify({resume: {intro: 'three'}})],
	])('moves a settings file with %s aside, reports it, and starts afresh', (_label, bytes) => {
		const dir = freshDir();
		const file = path.join(dir, 'settings.json');
		fs.writeFileSync(file, bytes);

		const store = createScoreStore(dir, {now: fixedNow});
		const backup = `${file}.corrupt-20261124T011500Z`;
		expect(store.warnings).toEqual([{kind: 'corrupt-settings', file, backup, message: expect.stringContaining(backup) as string}]);
		expect(fs.readFileSync(backup, 'utf8')).toBe(bytes);
		expect(store.resumePosition('intro')).toBeUndefined();

		store.saveResumePosition('intro', 2);
		expect(createScoreStore(dir).resumePosition('intro')).toBe(2);
		expect(fs.readFileSync(backup, 'utf8')).toBe(bytes);
	});

	it('accepts settings with keys from a newer version', () => {
		const dir = freshDir();
		fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({resume: {intro: 5}, theme: 'dark', preferences: {shuffle: false, font: 'x'}}));
		const {settings, warnings} = openSettings(dir);
		expect(warnings).toEqual([]);
		expect(settings.resumePosition('intro')).toBe(5);
	});
});
