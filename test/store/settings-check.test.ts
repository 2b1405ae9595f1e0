import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {parseSettings, settingsProblems} from '../../source/core/records/settings-check.js';
import {openSettings} from '../../source/io/store/settings.js';

const {freshDir} = temporaryDirectories('settings-check');

describe('settingsProblems', () => {
	it.each([
		[{}, []],
		[{resume: {intro: 1, 'a.b': 99}, preferences: {shuffle: false}}, []],
		// A newer version's keys are not problems.
		[{resume: {intro: 2}, theme: 'dark', preferences: {shuffle: true, font: 'x'}}, []],
	])('accepts %j', (value, problems) => {
		expect(settingsProblems(value)).toEqual(problems);
	});

	// The words conf's ajv schema check used, so a report reads as it did.
	it.each([
		[null, ['`` must be object']],
		[[], ['`` must be object']],
		[3, ['`` must be object']],
		[{resume: []}, ['`resume` must be object']],
		[{resume: null}, ['`resume` must be object']],
		[{resume: 'x', preferences: 3}, ['`resume` must be object', '`preferences` must be object']],
		[{resume: {a: 'x', b: 0, c: 1.5, d: -1, e: 2}}, ['`resume/a` must be integer', '`resume/b` must be >= 1', '`resume/c` must be integer', '`resume/d` must be >= 1']],
		[{resume: {a: -1.5, c: true, d: {}}}, ['`resume/a` must be integer', '`resume/a` must be >= 1', '`resume/c` must be integer', '`resume/d` must be integer']],
		[{resume: {'a/b': 'x', 'c~d': 0}}, ['`resume/a~1b` must be integer', '`resume/c~0d` must be >= 1']],
		[{preferences: []}, ['`preferences` must be object']],
		[{preferences: {shuffle: 1}}, ['`preferences/shuffle` must be boolean']],
		[{preferences: {shuffle: null}}, ['`preferences/shuffle` must be boolean']],
	])('reports %j', (value, problems) => {
		expect(settingsProblems(value)).toEqual(problems);
	});

	it('checks a deck id spelled __proto__ like any other', () => {
		expect(settingsProblems(JSON.parse('{"resume": {"__proto__": "x"}}'))).toEqual(['`resume/__proto__` must be integer']);
	});
});

describe('parseSettings', () => {
	it('returns a valid file as parsed', () => {
		expect(parseSettings('{"resume": {"intro": 3}}')).toEqual({resume: {intro: 3}});
	});

	it('throws a SyntaxError for bad JSON', () => {
		expect(() => parseSettings('{"resume": {"intro": 3')).toThrow(SyntaxError);
	});

	it('throws with every problem, joined as conf joined them', () => {
		expect(() => parseSettings('{"resume": {"a": "x", "b": 0}}')).toThrow(new Error('Config schema violation: `resume/a` must be integer; `resume/b` must be >= 1'));
	});
});

describe('openSettings', () => {
	it('reports a schema violation by what is wrong, never quoting the file', () => {
		const dir = freshDir();
		const file = path.join(dir, 'settings.json');
		fs.writeFileSync(file, JSON.stringify({resume: {intro: 'three'}}));
		const {warnings} = openSettings(dir, () => new Date('2026-11-24T01:15:00.000Z'));
		expect(warnings).toEqual([{
			kind: 'corrupt-settings',
			file,
			backup: `${file}.corrupt-20261124T011500Z`,
			message: `settings file ${file} was corrupt (not in the settings format); moved it to ${file}.corrupt-20261124T011500Z and started afresh`,
		}]);
	});

	it('reads a file that turned bad after opening as no saved value', () => {
		const dir = freshDir();
		const {settings} = openSettings(dir);
		settings.saveResumePosition('intro', 4);
		expect(settings.resumePosition('intro')).toBe(4);
		fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({resume: {intro: 0}}));
		expect(settings.resumePosition('intro')).toBeUndefined();
	});
});
