import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {compileStore} from '../helpers/compiled-store.js';
import {perTier} from '../helpers/tier.js';
import {temporaryDir} from './make-attempt.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'fixtures', 'record-attempt.mjs');
// Enough writers at once to lose an attempt without the store's care; the
// slow tier's load is twice that.
const processes = perTier(6, 12);
const attemptsEach = 5;

// Children are plain node, so they load a compiled store.
let storeModule = '';

type Output = {files?: string[]; warnings?: unknown[]};

const lines = (stream: NodeJS.ReadableStream, onLine: (line: string) => void): void => {
	let buffer = '';
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		buffer += chunk;
		let end;
		while ((end = buffer.indexOf('\n')) >= 0) {
			onLine(buffer.slice(0, end));
			buffer = buffer.slice(end + 1);
		}
	});
};

const spawnRecorder = (dir: string, label: string) => {
	const recorder: ChildProcessWithoutNullStreams = spawn(process.execPath, [child, dir, label, String(attemptsEach)], {env: {...process.env, STORE_MODULE: storeModule}});
	const outputs: Output[] = [];
	let stderr = '';
	recorder.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const ready = new Promise<void>((resolve, reject) => {
		lines(recorder.stdout, line => {
			if (line === 'ready') {
				resolve();
			} else {
				outputs.push(JSON.parse(line) as Output);
			}
		});
		recorder.once('exit', code => {
			reject(new Error(`child ${label} exited early (${code}): ${stderr}`));
		});
	});
	const exited = new Promise<number | null>(resolve => {
		recorder.once('exit', code => {
			resolve(code);
		});
	});
	return {recorder, ready, exited, outputs, stderr: () => stderr};
};

describe('many processes finishing at once', () => {
	const dir = temporaryDir();

	beforeAll(() => {
		storeModule = compileStore('store-build');
	}, 60_000);

	afterAll(() => {
		fs.rmSync(dir, {recursive: true, force: true});
	});

	it(`keeps every attempt from ${processes} processes writing together`, async () => {
		const children = Array.from({length: processes}, (_, index) => spawnRecorder(dir, `p${index}`));
		await Promise.all(children.map(async ({ready}) => ready));
		// Everyone is loaded and waiting: release them together.
		for (const {recorder} of children) {
			recorder.stdin.write('go\n');
		}

		const codes = await Promise.all(children.map(async ({exited}) => exited));
		expect(codes, children.map(({stderr}) => stderr()).join('\n')).toEqual(Array.from({length: processes}, () => 0));

		const outputs = children.flatMap(({outputs}) => outputs);
		expect(outputs.filter(output => output.warnings)).toEqual([]);
		const written = outputs.flatMap(output => output.files ?? []);
		expect(new Set(written).size).toBe(processes * attemptsEach);

		const {attempts, warnings} = createScoreStore(dir).history('shared');
		expect(warnings).toEqual([]);
		const ids = attempts.map(attempt => attempt.answers[0]!.questionId).sort();
		const expected = Array.from({length: processes}, (_, p) => Array.from({length: attemptsEach}, (_, index) => `p${p}-${index}`)).flat().sort();
		expect(ids).toEqual(expected);
		expect(fs.readdirSync(path.join(dir, 'attempts', 'shared')).filter(name => !name.endsWith('.json'))).toEqual([]);
	}, 60_000);
});
