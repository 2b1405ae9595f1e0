import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {FileSystem} from '../../source/io/fs/file-system.js';
import {talkFile} from '../../source/io/store/talk-files.js';
import {type TalkCopy, talkRecord} from '../../source/core/records/talk-record.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('talk-files');
const now = () => new Date(Date.UTC(2026, 10, 24, 1, 15));

const copy = (slideNumber: number): TalkCopy => ({
	slide: `slide-${slideNumber}`,
	slideNumber,
	step: 0,
	page: 0,
	atEnd: false,
	timer: {state: 'running', since: 1_700_000_000_000, banked: 0},
	slideStartedMs: 0,
	pacedFrom: 'slide-2',
	pacedFromNumber: 2,
	savedAt: 1_700_000_600_000,
});

/** The real file system, but renames fail: a crash between writing the temp file and putting it in place. */
const failingRename: FileSystem = {
	...fs,
	renameSync() {
		throw Object.assign(new Error('ENOSPC: no space left on device'), {code: 'ENOSPC'});
	},
};

describe('the talk kept in the store', () => {
	it('is one file per deck under talks/, with a schema and version, read back as written', () => {
		const dir = freshDir();
		const file = talkFile(dir, 'quarterly', {now});
		expect(file.read()).toEqual({warnings: []});
		file.write(talkRecord('quarterly', copy(3), false));
		file.write(talkRecord('quarterly', copy(4), false));
		expect(file.file).toBe(path.join(dir, 'talks', 'quarterly.json'));
		expect(JSON.parse(fs.readFileSync(file.file, 'utf8'))).toMatchObject({schema: 'briefing-deck/talk', version: 1, deckId: 'quarterly', slideNumber: 4, ended: false});
		expect(file.read()).toEqual({talk: talkRecord('quarterly', copy(4), false), warnings: []});
		// Another deck's talk is its own.
		expect(talkFile(dir, 'Weekly').read()).toEqual({warnings: []});
		expect(fs.readdirSync(path.join(dir, 'talks'))).toEqual(['quarterly.json']);
	});

	it('is written whole or not at all: a write that fails leaves the last copy, and no temp file', () => {
		const dir = freshDir();
		talkFile(dir, 'quarterly').write(talkRecord('quarterly', copy(3), false));
		const failing = talkFile(dir, 'quarterly', {fs: failingRename});
		expect(() => {
			failing.write(talkRecord('quarterly', copy(4), false));
		}).toThrow('ENOSPC');
		expect(talkFile(dir, 'quarterly').read().talk?.slideNumber).toBe(3);
		expect(fs.readdirSync(path.join(dir, 'talks'))).toEqual(['quarterly.json']);
	});

	it('removes the temp file a killed write left behind', () => {
		const dir = freshDir();
		fs.mkdirSync(path.join(dir, 'talks'), {recursive: true});
		// No process has this id: the write it was in the middle of is gone with it.
		const leftover = path.join(dir, 'talks', '.quarterly.json.4194303.0a1b2c3d.tmp');
		fs.writeFileSync(leftover, '{"half');
		talkFile(dir, 'quarterly').write(talkRecord('quarterly', copy(3), false));
		expect(fs.readdirSync(path.join(dir, 'talks'))).toEqual(['quarterly.json']);
	});

	it('moves a damaged file aside to a timestamped backup and says so, without quoting it', () => {
		const dir = freshDir();
		const file = talkFile(dir, 'quarterly', {now});
		fs.mkdirSync(path.dirname(file.file), {recursive: true});
		fs.writeFileSync(file.file, '{"schema": "briefing-deck/talk", "\u001B[2J');
		const backup = `${file.file}.corrupt-20261124T011500Z`;
		expect(file.read()).toEqual({warnings: [{
			kind: 'corrupt-talk',
			file: file.file,
			backup,
			message: `talk file ${file.file} is corrupt (not valid JSON); moved it to ${backup}; the talk starts afresh`,
		}]});
		expect(fs.readFileSync(backup, 'utf8')).toContain('briefing-deck/talk');
		expect(fs.existsSync(file.file)).toBe(false);

		// Valid JSON of the wrong shape is damaged too, and named by its fields.
		fs.writeFileSync(file.file, JSON.stringify({...talkRecord('quarterly', copy(3), false), step: -1}));
		expect(file.read().warnings[0]?.message).toMatch(/is corrupt \(step should be a whole number\); moved it to .*corrupt-20261124T011500Z-1/);
		expect(file.read()).toEqual({warnings: []});
	});

	it('leaves a file from a newer version where it is', () => {
		const dir = freshDir();
		const file = talkFile(dir, 'quarterly');
		file.write(talkRecord('quarterly', copy(3), false));
		fs.writeFileSync(file.file, JSON.stringify({...talkRecord('quarterly', copy(3), false), version: 2}));
		expect(file.read().warnings).toEqual([expect.objectContaining({kind: 'newer-version', version: 2})]);
		expect(fs.existsSync(file.file)).toBe(true);
	});

	it('never reaches outside the store: a talks folder that is a link is neither read nor written through', () => {
		const dir = freshDir();
		const elsewhere = freshDir();
		fs.mkdirSync(dir, {recursive: true});
		fs.writeFileSync(path.join(elsewhere, 'quarterly.json'), JSON.stringify(talkRecord('quarterly', copy(3), false)));
		fs.symlinkSync(elsewhere, path.join(dir, 'talks'));
		const file = talkFile(dir, 'quarterly');
		expect(file.read()).toEqual({warnings: [expect.objectContaining({kind: 'unreadable', message: expect.stringContaining('symbolic link')})]});
		expect(() => {
			file.write(talkRecord('quarterly', copy(4), false));
		}).toThrow('symbolic link');
		expect(JSON.parse(fs.readFileSync(path.join(elsewhere, 'quarterly.json'), 'utf8'))).toMatchObject({slideNumber: 3});
	});

	it('refuses to keep one deck\'s talk in another\'s file', () => {
		expect(() => {
			talkFile(freshDir(), 'quarterly').write(talkRecord('weekly', copy(3), false));
		}).toThrow(TypeError);
	});
});
