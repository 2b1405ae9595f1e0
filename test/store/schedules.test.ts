import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {StoreWriteError} from '../../source/core/text/errors.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {type Grade, scheduleOf} from '../../source/core/records/schedule-file.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('schedules');
const at = (day: number): Date => new Date(Date.UTC(2026, 0, day, 9));
const answer = (questionId: string, grade: Grade, day: number, prompt = `Prompt of ${questionId}?`) => ({questionId, grade, at: at(day), prompt});
const deck = {title: 'Facts', source: '/decks/facts.md'};

describe('schedules in the store', () => {
	it('keeps each question\'s schedule per deck, with a schema, a version and where the deck is', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		expect(store.schedules('facts')).toEqual({book: undefined, warnings: []});
		store.recordReviews('facts', [answer('capital', 'good', 5), answer('primes', 'again', 5)], deck);
		store.recordReviews('other', [answer('x', 'good', 5)]);

		const file = path.join(dir, 'schedules', 'facts.json');
		const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
		expect(saved).toMatchObject({schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', deck});
		const {book} = store.schedules('facts');
		expect(Object.keys(book!.questions).sort()).toEqual(['capital', 'primes']);
		expect(scheduleOf(book, 'primes')).toMatchObject({reps: 1, state: 'review', prompt: 'Prompt of primes?', due: at(6).toISOString()});
		expect(Date.parse(scheduleOf(book, 'capital')!.due)).toBeGreaterThan(Date.parse(scheduleOf(book, 'primes')!.due));
		expect(store.allSchedules().books.map(entry => entry.deckId)).toEqual(['facts', 'other']);
	});

	it('moves a schedule on with every answer, and keeps the deck where it was told last', () => {
		const store = createScoreStore(freshDir());
		store.recordReviews('facts', [answer('capital', 'again', 5)], deck);
		store.recordReviews('facts', [answer('capital', 'good', 6)]);
		const {book} = store.schedules('facts');
		expect(scheduleOf(book, 'capital')).toMatchObject({reps: 2, lastReview: at(6).toISOString()});
		expect(book?.deck).toEqual(deck);
	});

	it('keeps a question\'s schedule when it is reworded, and a deleted question\'s schedule too', () => {
		const store = createScoreStore(freshDir());
		store.recordReviews('facts', [answer('capital', 'good', 5, 'What is the capital?'), answer('gone', 'again', 5)]);
		// Reworded: same id, new prompt. The other question has left the deck and is not answered again.
		store.recordReviews('facts', [answer('capital', 'good', 8, 'Which city is the capital of France?')]);
		const {book} = store.schedules('facts');
		expect(scheduleOf(book, 'capital')).toMatchObject({reps: 2, prompt: 'Which city is the capital of France?'});
		expect(scheduleOf(book, 'gone')).toMatchObject({reps: 1, prompt: 'Prompt of gone?'});
	});

	it('treats any question id as data, `__proto__` included', () => {
		const store = createScoreStore(freshDir());
		store.recordReviews('facts', [answer('__proto__', 'good', 5), answer('constructor', 'again', 5)]);
		const {book} = store.schedules('facts');
		expect(scheduleOf(book, '__proto__')).toMatchObject({reps: 1});
		expect(scheduleOf(book, 'toString')).toBeUndefined();
		expect(Object.getPrototypeOf(book!.questions)).toBe(Object.prototype);
	});

	it('reports a corrupt file, leaves it to a read-only store, and moves it aside on the next answer', () => {
		const dir = freshDir();
		const now = () => new Date('2026-01-07T10:00:00.000Z');
		const store = createScoreStore(dir, {now});
		store.recordReviews('facts', [answer('capital', 'good', 5)]);
		const file = path.join(dir, 'schedules', 'facts.json');
		fs.writeFileSync(file, '{"schema": "briefing-deck/schedules", "questions": ');

		const read = createScoreStore(dir, {now, readOnly: true}).schedules('facts');
		expect(read.book).toBeUndefined();
		expect(read.warnings).toEqual([expect.objectContaining({kind: 'corrupt-schedule', message: `schedule file ${file} is corrupt (not valid JSON); left in place`})]);
		expect(fs.readFileSync(file, 'utf8')).toBe('{"schema": "briefing-deck/schedules", "questions": ');

		const {warnings} = store.recordReviews('facts', [answer('primes', 'again', 7)]);
		const backup = `${file}.corrupt-20260107T100000Z`;
		expect(warnings).toEqual([expect.objectContaining({kind: 'corrupt-schedule', backup, message: expect.stringContaining(`moved it to ${backup}; this deck's schedules start afresh`)})]);
		expect(fs.readFileSync(backup, 'utf8')).toBe('{"schema": "briefing-deck/schedules", "questions": ');
		expect(Object.keys(store.schedules('facts').book!.questions)).toEqual(['primes']);
	});

	it('moves a corrupt file aside when a store that writes reads it, so the deck starts afresh', () => {
		const dir = freshDir();
		const store = createScoreStore(dir, {now: () => new Date('2026-01-07T10:00:00.000Z')});
		store.recordReviews('facts', [answer('capital', 'good', 5)]);
		const file = path.join(dir, 'schedules', 'facts.json');
		fs.writeFileSync(file, '[]');

		const backup = `${file}.corrupt-20260107T100000Z`;
		expect(store.schedules('facts')).toEqual({book: undefined, warnings: [expect.objectContaining({kind: 'corrupt-schedule', backup})]});
		expect(fs.readFileSync(backup, 'utf8')).toBe('[]');
		expect(fs.existsSync(file)).toBe(false);
		expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(backup)]);
		expect(store.schedules('facts')).toEqual({book: undefined, warnings: []});
	});

	it('says what is wrong with a file that breaks the schema', () => {
		const dir = freshDir();
		fs.mkdirSync(path.join(dir, 'schedules'));
		fs.writeFileSync(path.join(dir, 'schedules', 'facts.json'), JSON.stringify({schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', questions: {q: {due: 'tomorrow', stability: -1}}}));
		const {warnings} = createScoreStore(dir).schedules('facts');
		expect(warnings[0]?.message).toContain('questions["q"].due should be an ISO 8601 time');
		expect(warnings[0]?.message).toContain('questions["q"].stability should be a number');
	});

	it('leaves a file from a newer briefing-deck alone, and will not overwrite it', () => {
		const dir = freshDir();
		fs.mkdirSync(path.join(dir, 'schedules'));
		const file = path.join(dir, 'schedules', 'facts.json');
		fs.writeFileSync(file, JSON.stringify({schema: 'briefing-deck/schedules', version: 9, deckId: 'facts', questions: {}}));
		const store = createScoreStore(dir);
		expect(store.schedules('facts').warnings).toEqual([expect.objectContaining({kind: 'newer-version', version: 9})]);
		expect(() => store.recordReviews('facts', [answer('capital', 'good', 5)])).toThrow(StoreWriteError);
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({version: 9});
	});

	it('never reads or writes through a schedule file that is a link', () => {
		const dir = freshDir();
		const target = path.join(freshDir(), 'elsewhere.json');
		const bytes = JSON.stringify({schema: 'briefing-deck/schedules', version: 1, deckId: 'facts', questions: {}});
		fs.writeFileSync(target, bytes);
		fs.mkdirSync(path.join(dir, 'schedules'));
		fs.symlinkSync(target, path.join(dir, 'schedules', 'facts.json'));
		const store = createScoreStore(dir);
		expect(store.schedules('facts')).toEqual({book: undefined, warnings: [expect.objectContaining({kind: 'unreadable', message: expect.stringContaining('symbolic link') as string})]});
		expect(() => store.recordReviews('facts', [answer('capital', 'good', 5)])).toThrow(/symbolic link/);
		expect(fs.readFileSync(target, 'utf8')).toBe(bytes);
		expect(fs.lstatSync(path.join(dir, 'schedules', 'facts.json')).isSymbolicLink()).toBe(true);
	});

	it('keeps deck ids apart that differ only in case, and ids that are paths', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordReviews('Facts', [answer('a', 'good', 5)]);
		store.recordReviews('facts', [answer('b', 'good', 5)]);
		store.recordReviews('../../escape', [answer('c', 'good', 5)]);
		expect(Object.keys(store.schedules('Facts').book!.questions)).toEqual(['a']);
		expect(Object.keys(store.schedules('facts').book!.questions)).toEqual(['b']);
		expect(fs.readdirSync(path.join(dir, 'schedules')).every(name => !name.includes('/'))).toBe(true);
		expect(fs.readdirSync(dir).sort()).toEqual(['schedules']);
	});

	it('waits for another process\'s lock, and takes over a lock its holder died with', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordReviews('facts', [answer('a', 'good', 5)]);
		const lock = path.join(dir, 'schedules', 'facts.json.lock');
		// A pid no process has: the holder is gone.
		fs.writeFileSync(lock, '2147483646\n');
		store.recordReviews('facts', [answer('a', 'good', 9)]);
		expect(fs.existsSync(lock)).toBe(false);
		expect(scheduleOf(store.schedules('facts').book, 'a')).toMatchObject({reps: 2});
	});
});

describe('undoing a rating', () => {
	it('puts the rated entry back exactly as it was, keeping what another writer changed meanwhile', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordReviews('facts', [answer('capital', 'good', 5), answer('primes', 'again', 5)], deck);
		const file = path.join(dir, 'schedules', 'facts.json');
		const bytesBefore = fs.readFileSync(file, 'utf8');
		const entryBefore = structuredClone(scheduleOf(store.schedules('facts').book, 'capital'));

		const rated = store.recordReviews('facts', [answer('capital', 'again', 9)], deck);
		expect(rated.before).toEqual([entryBefore]);
		expect(scheduleOf(store.schedules('facts').book, 'capital')).not.toEqual(entryBefore);
		// Another process answers another question in between.
		createScoreStore(dir).recordReviews('facts', [answer('primes', 'good', 9)]);
		const theirs = structuredClone(scheduleOf(store.schedules('facts').book, 'primes'));

		store.restoreSchedule('facts', 'capital', rated.before[0]);
		const {book} = store.schedules('facts');
		expect(scheduleOf(book, 'capital')).toEqual(entryBefore);
		expect(scheduleOf(book, 'primes')).toEqual(theirs);
		expect(scheduleOf(book, 'primes')?.reps).toBe(2);
		// The rated entry's text is the same to the byte, in the same place in the file.
		const entryText = (text: string): string => /\t\t"capital": \{[^}]*\}/.exec(text)?.[0] ?? '';
		expect(entryText(fs.readFileSync(file, 'utf8'))).toBe(entryText(bytesBefore));
		expect(Object.keys(book!.questions)).toEqual(['capital', 'primes']);
	});

	it('removes the entry of a question that had none before its rating, and with nothing else changed the file is as it was', () => {
		const dir = freshDir();
		const store = createScoreStore(dir);
		store.recordReviews('facts', [answer('capital', 'good', 5)], deck);
		const file = path.join(dir, 'schedules', 'facts.json');
		const bytesBefore = fs.readFileSync(file, 'utf8');
		const rated = store.recordReviews('facts', [answer('primes', 'hard', 6)], deck);
		expect(rated.before).toEqual([undefined]);
		store.restoreSchedule('facts', 'primes', undefined);
		expect(scheduleOf(store.schedules('facts').book, 'primes')).toBeUndefined();
		expect(fs.readFileSync(file, 'utf8')).toBe(bytesBefore);
	});
});
