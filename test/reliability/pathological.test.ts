/**
Each pathological case at double its base size, and at the base size where
the double takes long enough to read a slope from, each run in its own
process with a time budget. Fails on a timeout, a crash, or a doubling that
costs more than 2.5 times the time. Times are measured inside the process
(load and parse, transcript, the first slide's pages), so Node's start-up
does not hide a slope.

`PATHOLOGICAL_REPORT=file.json` runs every case at both sizes and writes
every figure to that file (RELIABILITY.md quotes them).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {repoRoot} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {cmarkCases, deckCases, limitCases, type PathologicalCase} from './pathological-cases.js';

const {sharedDir} = temporaryDirectories('pathological', 'all');

/** Per process: far above what any case needs, so only a hang or a blow-up reaches it. */
const budgetMs = 20_000;
/** The limit on what doubling the input may cost. */
const maxRatio = 2.5;
/** Below this (CPU ms, warm, at the double size) garbage collection and compiling, not the code's growth, decide the ratio. */
const noiseFloorMs = 40;
/** What any accepted deck may cost. */
const maxRssMb = 256;

/** `total` is the first pass, compiling included; `warm` the median pass after it. */
type Figures = {check: number; print: number; firstSlide: number; total: number; warm: number; pages: number; errors: number; maxRssMb: number};
/** Without its base figures where the double's are below the noise floor (and no report is asked for). */
type Row = {name: string; bytes: number; base?: Figures; double: Figures; ratio?: number};
const rows: Row[] = [];
const limitRows: Array<{name: string; bytes: number; figures: Figures}> = [];

let worker = '';
beforeAll(async () => {
	worker = path.join(sharedDir(), 'worker.mjs');
	await build({
		entryPoints: [path.join(repoRoot, 'test', 'reliability', 'pathological-worker.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile: worker,
		logLevel: 'warning',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	});
}, 60_000);

const report = process.env['PATHOLOGICAL_REPORT'];
afterAll(() => {
	if (report) {
		fs.writeFileSync(report, JSON.stringify({rows, limitRows}, undefined, 2));
	}
});

/** The warm passes a process times after its first; their median is the slope's figure. */
const warmPasses = 7;

function runOnce(file: string, passes = warmPasses): Figures {
	// --single-threaded: V8 then compiles and collects on this thread, so when
	// the optimizing compiler finishes no longer depends on how busy the other
	// cores are, which made the same deck's time vary by half from run to run.
	const result = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', worker, file, String(passes)], {encoding: 'utf8', timeout: budgetMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024});
	if (result.error || result.signal) {
		throw new Error(`${path.basename(file)}: timed out after ${budgetMs} ms or was killed (${result.signal ?? String(result.error)})`);
	}

	if (result.status !== 0) {
		throw new Error(`${path.basename(file)}: crashed with exit code ${result.status}\n${result.stderr.slice(0, 2000)}`);
	}

	return JSON.parse(result.stdout) as Figures;
}

type Pair = {base: Figures; double: Figures};

const ratioOf = ({base, double}: Pair): number => double.warm / Math.max(base.warm, 0.001);

/**
The fastest run of each size, over `rounds` more rounds that alternate
between them: when the machine gets busier or quieter part-way, both sizes see it.
*/
function measureAgain(base: string, double: string, rounds: number, best: Pair): Pair {
	let pair = best;
	for (let round = 0; round < rounds; round++) {
		const baseRun = runOnce(base);
		const doubleRun = runOnce(double);
		pair = {
			base: baseRun.warm < pair.base.warm ? baseRun : pair.base,
			double: doubleRun.warm < pair.double.warm ? doubleRun : pair.double,
		};
	}

	return pair;
}

let caseNumber = 0;

describe('pathological inputs: bounded time, no crash, doubling costs at most 2.5x', () => {
	it.each([...cmarkCases, ...deckCases].map(entry => [entry.name, entry] as const))('%s', (_name, entry: PathologicalCase) => {
		caseNumber++;
		const base = path.join(sharedDir(), `${caseNumber}-base.md`);
		const double = path.join(sharedDir(), `${caseNumber}-double.md`);
		fs.writeFileSync(base, entry.make(entry.base));
		fs.writeFileSync(double, entry.make(entry.base * 2));
		const bytes = fs.statSync(double).size;
		// Past the limit a deck is refused at once, which would measure nothing.
		expect(bytes, 'the double size must be a deck the size limit accepts').toBeLessThanOrEqual(MAX_DECK_BYTES);

		// The double size first: below the noise floor there is no slope to read,
		// and its one run is the case's test of time, crashes and memory.
		const first = runOnce(double);
		expect(first.maxRssMb).toBeLessThan(maxRssMb);
		if (first.warm < noiseFloorMs && !report) {
			rows.push({name: entry.name, bytes, double: first});
			return;
		}

		let pair = {base: runOnce(base), double: first};
		const bound = entry.maxRatio ?? maxRatio;
		if (ratioOf(pair) > bound) {
			// Measure again before calling it a slope: more rounds, best of all.
			pair = measureAgain(base, double, 4, pair);
		}

		// The slope is read from the warm passes; the cold ones are reported too.
		const ratio = ratioOf(pair);
		rows.push({name: entry.name, bytes, ...pair, ratio});
		if (pair.double.warm >= noiseFloorMs) {
			expect(ratio, `${pair.base.warm.toFixed(0)} ms, then ${pair.double.warm.toFixed(0)} ms (warm)`).toBeLessThanOrEqual(bound);
		}

		expect(pair.double.maxRssMb).toBeLessThan(maxRssMb);
	}, 12 * budgetMs);
});

describe(`the worst decks the size limit accepts stay under ${maxRssMb} MB`, () => {
	it.each(limitCases.map(entry => [entry.name, entry] as const))('%s', (name, entry) => {
		const file = path.join(sharedDir(), `limit-${limitRows.length}.md`);
		fs.writeFileSync(file, entry.make(MAX_DECK_BYTES));
		// Only the first pass: its time and its peak memory are what a person meets.
		const figures = runOnce(file, 0);
		limitRows.push({name, bytes: fs.statSync(file).size, figures});
		expect(figures.errors).toBe(0);
		expect(figures.maxRssMb).toBeLessThan(maxRssMb);
	}, budgetMs * 2);
});
