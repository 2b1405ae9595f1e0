import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {StoreWriteError} from '../../source/core/text/errors.js';
import {totalSeconds, validateRehearsal} from '../../source/core/records/rehearsal.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeRehearsal} from './make-rehearsal.js';

const fixedNow = () => new Date('2026-11-24T01:15:00.000Z');
const {freshDir} = temporaryDirectories('rehearsals');

const rehearsalFiles = (dir: string, deck = 'intro'): string[] => fs.readdirSync(path.join(dir, 'rehearsals', deck)).sort();

describe('validateRehearsal', () => {
	it('accepts a well-formed rehearsal', () => {
		expect(validateRehearsal(makeRehearsal())).toEqual({ok: true, rehearsal: makeRehearsal()});
	});

	it('names each problem', () => {
		const result = validateRehearsal({...makeRehearsal(), schema: 'briefing-deck/attempt', endedAt: 'Tuesday', slides: [{number: 0, title: 1, slug: 's', shown: true, seconds: -1, budget: 'long'}, 'x', {number: 2, title: '', slug: '', seconds: 3}, {number: 3, title: '', slug: '', shown: false, seconds: 0}]});
		expect(result).toEqual({ok: false, problems: [
			'schema should be "briefing-deck/rehearsal"',
			'endedAt should be an ISO 8601 time',
			'slides[0].number should be a slide number from 1',
			'slides[0].title should be a string',
			'slides[0].seconds should be a number of seconds',
			'slides[0].budget should be a number of seconds',
			'slides[1] should be an object',
			'slides[2].shown should be true or false',
			'slides[3].seconds should be left out of a slide not shown',
		]});
		expect(validateRehearsal([])).toEqual({ok: false, problems: ['a rehearsal should be a JSON object']});
	});

	it('makes titles from a hand-edited file inert', () => {
		const result = validateRehearsal(makeRehearsal({slides: [{number: 1, title: 'Hi \u001B[2J\u009B\u202E', slug: '\u0007', shown: true, seconds: 1}]}));
		expect(result.ok && result.rehearsal.slides[0]).toEqual({number: 1, title: 'Hi ␛[2J\uFFFD', slug: '␇', shown: true, seconds: 1});
	});

	it('adds the seconds up, of the slides shown', () => {
		expect(totalSeconds(makeRehearsal())).toBe(142.5);
		expect(totalSeconds(makeRehearsal({slides: [...makeRehearsal().slides, {number: 3, title: 'Next', slug: 'next', shown: false, budget: 30}]}))).toBe(142.5);
	});
});

describe('rehearsals in the store', () => {
	it('reads back what was recorded, oldest first, one file per run, apart from attempts', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		const later = makeRehearsal({endedAt: '2026-11-25T09:00:00.000Z'});
		const earlier = makeRehearsal();
		const {file} = store.recordRehearsal(later);
		store.recordRehearsal(earlier);
		store.recordRehearsal(makeRehearsal({deckId: 'other'}));
		expect(path.dirname(file)).toBe(path.join(dir, 'rehearsals', 'intro'));
		expect(path.basename(file)).toMatch(/^20261125T090000000Z-\d+-[\da-f]{8}\.json$/);
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(later);
		expect(store.rehearsals('intro')).toEqual({rehearsals: [earlier, later], warnings: []});
		expect(store.rehearsals('other').rehearsals).toHaveLength(1);
		expect(store.history('intro').attempts).toEqual([]);
		expect(rehearsalFiles(dir).every(name => name.endsWith('.json') && !name.startsWith('.'))).toBe(true);
	});

	it('has no rehearsals for a deck never rehearsed, or a store not yet created', () => {
		expect(createScoreStore(path.join(freshDir(), 'nope')).rehearsals('intro')).toEqual({rehearsals: [], warnings: []});
	});

	it('keeps odd deck ids inside the store', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordRehearsal(makeRehearsal({deckId: '../../escape'}));
		expect(fs.readdirSync(dir)).toEqual(['rehearsals']);
		expect(store.rehearsals('../../escape').rehearsals).toHaveLength(1);
	});

	it('refuses to write an invalid rehearsal', () => {
		expect(() => createScoreStore(freshDir()).recordRehearsal({...makeRehearsal(), slides: [{number: 0, title: '', slug: '', shown: true, seconds: 1}]}))
			.toThrow(/invalid rehearsal: slides\[0\]\.number/);
	});

	it.each([
		['invalid JSON', '{"schema": "briefing-deck/rehearsal",', /not valid JSON/],
		['not an object', '[]', /a rehearsal should be a JSON object/],
		['no version', '{"schema":"briefing-deck/rehearsal"}', /version should be a whole number/],
		['a broken schema', JSON.stringify({...makeRehearsal(), slides: 'all of them'}), /slides should be a list/],
	])('moves a file with %s aside, keeps its bytes, reports it and reads the rest', (_what, bytes, reason) => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		store.recordRehearsal(makeRehearsal());
		const bad = path.join(dir, 'rehearsals', 'intro', '20261124T000000000Z-1-bad.json');
		fs.writeFileSync(bad, bytes);
		const {rehearsals, warnings} = store.rehearsals('intro');
		expect(rehearsals).toEqual([makeRehearsal()]);
		const backup = `${bad}.corrupt-20261124T011500Z`;
		expect(warnings).toEqual([{kind: 'corrupt-rehearsal', file: bad, backup, message: expect.stringMatching(reason) as string}]);
		expect(warnings[0]?.message).toContain(backup);
		expect(fs.readFileSync(backup, 'utf8')).toBe(bytes);
		// Reported once: the backup is not read as a rehearsal next time.
		expect(store.rehearsals('intro').warnings).toEqual([]);
	});

	it('leaves a rehearsal from a newer version in place and skips it', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		fs.mkdirSync(path.join(dir, 'rehearsals', 'intro'), {recursive: true});
		const newer = path.join(dir, 'rehearsals', 'intro', 'newer.json');
		fs.writeFileSync(newer, JSON.stringify({...makeRehearsal(), version: 7}));
		expect(store.rehearsals('intro')).toEqual({rehearsals: [], warnings: [expect.objectContaining({kind: 'newer-version', version: 7}) as unknown]});
		expect(fs.existsSync(newer)).toBe(true);
	});

	it('reads a rehearsal of version 1, whose 0-second slides were never shown, as not shown', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		fs.mkdirSync(path.join(dir, 'rehearsals', 'intro'), {recursive: true});
		const old = path.join(dir, 'rehearsals', 'intro', '20261124T011000000Z-1-0000aaaa.json');
		// Quit on the opening slide: version 1 kept the slides after it with 0 seconds.
		const bytes = JSON.stringify({...makeRehearsal(), version: 1, slides: [
			{number: 1, title: 'Welcome', slug: 'welcome', seconds: 11.2, budget: 60},
			{number: 2, title: 'Why now', slug: 'why-now', seconds: 0, budget: 90},
			{number: 3, title: 'Next', slug: 'next', seconds: 0},
		]});
		fs.writeFileSync(old, bytes);
		expect(store.rehearsals('intro')).toEqual({rehearsals: [makeRehearsal({slides: [
			{number: 1, title: 'Welcome', slug: 'welcome', shown: true, seconds: 11.2, budget: 60},
			{number: 2, title: 'Why now', slug: 'why-now', shown: false, budget: 90},
			{number: 3, title: 'Next', slug: 'next', shown: false},
		]})], warnings: []});
		// Read, not rewritten: the file stays as the older version left it.
		expect(fs.readFileSync(old, 'utf8')).toBe(bytes);
	});

	it('says why it cannot write', () => {
		const dir = freshDir();
		fs.writeFileSync(path.join(dir, 'rehearsals'), 'a file in the way');
		expect(() => createScoreStore(dir).recordRehearsal(makeRehearsal())).toThrow(StoreWriteError);
	});
});
