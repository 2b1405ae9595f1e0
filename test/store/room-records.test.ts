import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {StoreWriteError} from '../../source/core/text/errors.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {makeAttempt} from './make-attempt.js';
import {makeRoom} from './make-room.js';

const fixedNow = () => new Date('2026-11-24T01:15:00.000Z');
const {freshDir} = temporaryDirectories('rooms');

const roomFiles = (dir: string, deck = 'intro'): string[] => fs.readdirSync(path.join(dir, 'rooms', deck)).sort();

describe('room records', () => {
	it('round-trip: one file per run under rooms/, apart from attempts', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		const later = makeRoom({endedAt: '2026-11-24T03:00:00.000Z'});
		const earlier = makeRoom();
		const {file} = store.recordRoom(later);
		store.recordRoom(earlier);
		store.recordAttempt(makeAttempt());

		expect(path.dirname(file)).toBe(path.join(dir, 'rooms', 'intro'));
		expect(path.basename(file)).toMatch(/^20261124T030000000Z-\d+-[\da-f]{8}\.json$/);
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(later);
		expect(store.rooms('intro')).toEqual({records: [earlier, later], warnings: []});
		// Personal history knows nothing of rooms, and the other way round.
		expect(store.history('intro').attempts).toHaveLength(1);
		expect(store.rooms('other')).toEqual({records: [], warnings: []});
		expect(roomFiles(dir).every(name => name.endsWith('.json') && !name.startsWith('.'))).toBe(true);
	});

	it('keep odd deck ids inside the store', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordRoom(makeRoom({deckId: '../../escape'}));
		expect(fs.readdirSync(dir)).toEqual(['rooms']);
		expect(store.rooms('../../escape').records).toHaveLength(1);
	});

	it('refuse to write an invalid record', () => {
		const store = createScoreStore(freshDir());
		const bad = makeRoom({questions: [{questionId: 'q', kind: 'single', correct: [4], counts: [1, 2]}]});
		expect(() => store.recordRoom(bad)).toThrow(/invalid room record: questions\[0\]\.correct names an option that has no count/);
	});

	it('are not touched by a reset of attempts', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordRoom(makeRoom());
		store.recordAttempt(makeAttempt());
		store.reset('intro');
		expect(store.rooms('intro').records).toHaveLength(1);
	});

	it('throw a StoreWriteError when the store cannot be written', () => {
		const blocker = path.join(freshDir(), 'scores');
		fs.writeFileSync(blocker, 'in the way');
		const store = createScoreStore(blocker);
		expect(() => store.recordRoom(makeRoom())).toThrow(StoreWriteError);
		expect(() => store.recordRoom(makeRoom())).toThrow(new RegExp(`^cannot write room records to ${blocker}: `));
	});
});

describe('damaged room records', () => {
	const plant = (dir: string, name: string, bytes: string): string => {
		const file = path.join(dir, 'rooms', 'intro', name);
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, bytes);
		return file;
	};

	it('invalid JSON is moved aside with its bytes kept, reported once, and the rest load', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		const good = makeRoom();
		store.recordRoom(good);
		const bytes = '{"schema": "briefing-deck/room", "ver';
		const bad = plant(dir, '20261124T010000000Z-1-deadbeef.json', bytes);

		const {records, warnings} = store.rooms('intro');
		const backup = `${bad}.corrupt-20261124T011500Z`;
		expect(records).toEqual([good]);
		expect(warnings).toEqual([{kind: 'corrupt-room-record', file: bad, backup, message: expect.stringMatching(/^room record .* is corrupt \(not valid JSON\); moved it to /) as string}]);
		expect(fs.readFileSync(backup, 'utf8')).toBe(bytes);
		expect(fs.existsSync(bad)).toBe(false);
		expect(store.rooms('intro')).toEqual({records: [good], warnings: []});
	});

	it('a record that breaks the schema is moved aside and says what is wrong', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: fixedNow});
		const bad = plant(dir, 'x.json', JSON.stringify(makeRoom({questions: [{questionId: 'q', kind: 'card', correct: [0], counts: [1, 2, 3]}]})));
		const {warnings} = store.rooms('intro');
		expect(warnings).toEqual([expect.objectContaining({kind: 'corrupt-room-record', backup: `${bad}.corrupt-20261124T011500Z`})]);
		expect(warnings[0]!.message).toMatch(/counts of a card should be two/);
	});

	it('a record of version 1, from before the room answered from its phones, still reads: all its counts are hands', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		const old = {...makeRoom(), version: 1};
		plant(dir, 'old.json', JSON.stringify(old));
		expect(store.rooms('intro')).toEqual({records: [{...old, version: 2}], warnings: []});
	});

	it('a record from a newer version is skipped and left where it is', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		const bytes = JSON.stringify({...makeRoom(), version: 3, more: true});
		const future = plant(dir, 'future.json', bytes);
		expect(store.rooms('intro')).toEqual({records: [], warnings: [{kind: 'newer-version', file: future, version: 3, message: expect.stringMatching(/newer briefing-deck/) as string}]});
		expect(fs.readFileSync(future, 'utf8')).toBe(bytes);
	});

	it('leftover temp files and backups are not records', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		plant(dir, '.x.json.123.ab.tmp', '{half');
		plant(dir, 'x.json.corrupt-20261124T011500Z', '{');
		expect(store.rooms('intro')).toEqual({records: [], warnings: []});
	});
});
