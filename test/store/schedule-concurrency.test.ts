/**
Processes answering reviews of one deck at the same moment (six on every
run, twenty in the slow tier): every update must survive. Schedules are read, changed and rewritten, so this is
what the lock in source/io/store/lock.ts is for (BENCHMARKS.md has the figures
against one file per update).
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {scheduleOf} from '../../source/core/records/schedule-file.js';
import {compileStore} from '../helpers/compiled-store.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {perTier} from '../helpers/tier.js';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'record-reviews.mjs');
const processes = perTier(6, 20);
const updatesEach = 10;
const {freshDir} = temporaryDirectories('schedule-concurrency');
let storeModule = '';

type Child = {readonly ready: Promise<void>; readonly done: Promise<{code: number | null; output: string; stderr: string}>; go(): void};

function spawnAnswerer(dir: string, label: string): Child {
	const answerer = spawn(process.execPath, [child, dir, label, String(updatesEach)], {env: {...process.env, STORE_MODULE: storeModule}});
	let output = '';
	let stderr = '';
	answerer.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ready = new Promise<void>((resolve, reject) => {
		answerer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
			if (output.startsWith('ready\n')) {
				resolve();
			}
		});
		answerer.once('exit', code => {
			reject(new Error(`child ${label} exited early (${code}): ${stderr}`));
		});
	});
	const done = new Promise<{code: number | null; output: string; stderr: string}>(resolve => {
		answerer.once('exit', code => {
			resolve({code, output: output.slice('ready\n'.length), stderr});
		});
	});
	return {ready, done, go: () => answerer.stdin.write('go\n')};
}

describe('many processes answering reviews at once', () => {
	beforeAll(() => {
		storeModule = compileStore('schedule-store-build');
	}, 60_000);

	it(`loses no update from ${processes} processes`, async () => {
		const dir = freshDir();
		const children = Array.from({length: processes}, (_, index) => spawnAnswerer(dir, `p${index}`));
		await Promise.all(children.map(async ({ready}) => ready));
		for (const answerer of children) {
			answerer.go();
		}

		const results = await Promise.all(children.map(async ({done}) => done));
		expect(results.map(({code}) => code), results.map(({stderr}) => stderr).join('\n')).toEqual(Array.from({length: processes}, () => 0));
		for (const {output} of results) {
			expect(JSON.parse(output)).toEqual({warnings: []});
		}

		const {book, warnings} = createScoreStore(dir).schedules('shared');
		expect(warnings).toEqual([]);
		// Every update to the shared question counted, and every process's own questions are there.
		expect(scheduleOf(book, 'everyone')?.reps).toBe(processes * updatesEach);
		const own = Object.keys(book!.questions).filter(id => id !== 'everyone');
		expect(own).toHaveLength(processes * updatesEach);
		expect(own.every(id => scheduleOf(book, id)?.reps === 1)).toBe(true);
		// No lock or temp file left behind.
		expect(fs.readdirSync(path.join(dir, 'schedules'))).toEqual(['shared.json']);
	}, 60_000);
});
