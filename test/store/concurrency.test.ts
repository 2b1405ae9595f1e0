import {execFileSync, spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createScoreStore} from '../../source/store/score-store.js';
import {temporaryDir} from './make-attempt.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const child = path.join(here, 'fixtures', 'record-attempt.mjs');
const processes = 12;
const attemptsEach = 5;

/**
Children are plain node, so they load a compiled store. Build just the store
(and what it imports) into `.tmp/` inside the repo (so `conf` still resolves
from `node_modules`): the app's own build is one bundle, and a half-finished
file elsewhere in the repo must not block this test.
*/
const storeBuild = path.join(root, '.tmp', 'store-build');
const storeModule = path.join(storeBuild, 'source', 'store', 'score-store.js');

function buildStore(): void {
	const config = path.join(temporaryDir(), 'tsconfig.json');
	fs.writeFileSync(config, JSON.stringify({
		extends: path.join(root, 'tsconfig.json'),
		// Type roots resolve from the config's own folder, so point them back at the repo.
		compilerOptions: {rootDir: root, outDir: storeBuild, typeRoots: [path.join(root, 'node_modules', '@types')]},
		include: [],
		files: [path.join(root, 'source', 'store', 'score-store.ts')],
	}));
	try {
		execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], {encoding: 'utf8'});
	} catch (error) {
		throw new Error(`building the store failed:\n${String((error as {stdout?: unknown}).stdout)}`);
	} finally {
		fs.rmSync(path.dirname(config), {recursive: true, force: true});
	}
}

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
		buildStore();
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
