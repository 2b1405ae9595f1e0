/*
Why schedules are updated under a lock rather than written one file per
update: both ways, measured. A review rewrites a question's schedule, so two
processes answering at once must not lose each other's update; either every
update is its own file (no lock; a reader replays them all), or a deck's one
file is read, changed and rewritten under a lock.

	node bench/schedule-writes.js [--processes 20] [--updates 25] [--json]

Prints, for each way: the wall time for every process to finish its updates
together, each update's latency (median, p95, max), whether any update was
lost, and the time to read a deck's schedules after that, and after 5,000
updates (a year of daily reviews of a 14-question deck is about 5,000).
*/
import {spawn, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(root, '.tmp', 'bench-schedules');
const storeModule = path.join(build, 'store.mjs');

/** The real store and scheduler, bundled for plain node; packages stay in node_modules. */
function bundleStore() {
	fs.mkdirSync(build, {recursive: true});
	const entry = path.join(build, 'entry.ts');
	fs.writeFileSync(entry, [
		`export {createScoreStore} from '${path.join(root, 'source', 'io', 'store', 'score-store.ts')}';`,
		`export {writeFileAtomic} from '${path.join(root, 'source', 'io', 'store', 'files.ts')}';`,
		`export {review} from '${path.join(root, 'source', 'core', 'study', 'scheduler.ts')}';`,
	].join('\n'));
	const result = spawnSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--format=esm', '--platform=node', '--packages=external', `--outfile=${storeModule}`, '--log-level=warning'], {encoding: 'utf8'});
	if (result.status !== 0) {
		throw new Error(`bundling the store failed:\n${result.stderr}`);
	}
}

/** Way 1: one file per update, never rewritten; no lock. */
function writeUpdate(store, dir, update) {
	const directory = path.join(dir, 'reviews', 'shared');
	fs.mkdirSync(directory, {recursive: true});
	const name = `${update.at.replaceAll(/[-:.]/g, '')}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`;
	store.writeFileAtomic(path.join(directory, name), `${JSON.stringify(update)}\n`);
}

/** Way 1's read: every update file, replayed through the scheduler in time order. */
function readUpdates(store, dir) {
	const directory = path.join(dir, 'reviews', 'shared');
	const updates = fs.readdirSync(directory).filter(name => name.endsWith('.json')).map(name => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')));
	updates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
	const schedules = new Map();
	for (const update of updates) {
		schedules.set(update.questionId, store.review(schedules.get(update.questionId), update.grade, new Date(update.at)));
	}

	return schedules;
}

/** Each way as a process uses it: opened once, then written and read. */
const ways = {
	'one file per update': (store, dir) => ({
		write: update => writeUpdate(store, dir, update),
		read: () => readUpdates(store, dir),
	}),
	'one file per deck, locked'(store, dir) {
		const opened = store.createScoreStore(dir);
		return {
			write: update => opened.recordReviews('shared', [{...update, at: new Date(update.at)}]),
			read: () => opened.schedules('shared').book,
		};
	},
};

const updateAt = (index, label) => ({questionId: index % 2 === 0 ? 'everyone' : `${label}-${index}`, grade: 'good', at: new Date(Date.UTC(2026, 0, 5) + (index * 1000)).toISOString()});

/** Child: load, say ready, and on "go" time each update. */
async function child([way, dir, label, countText]) {
	const opened = ways[way](await import(pathToFileURL(storeModule).href), dir);
	process.stdin.once('data', () => {
		const latencies = [];
		for (let index = 0; index < Number(countText); index++) {
			const start = performance.now();
			opened.write(updateAt(index, label));
			latencies.push(performance.now() - start);
		}

		process.stdout.write(`${JSON.stringify(latencies)}\n`);
		process.stdin.destroy();
	});
	process.stdout.write('ready\n');
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = value => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

async function together(way, processes, updates) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-schedules-'));
	const children = Array.from({length: processes}, (_, index) => {
		const process_ = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', way, dir, `p${index}`, String(updates)], {stdio: ['pipe', 'pipe', 'inherit']});
		let output = '';
		const ready = new Promise(resolve => {
			process_.stdout.setEncoding('utf8').on('data', chunk => {
				output += chunk;
				if (output.startsWith('ready\n')) {
					resolve();
				}
			});
		});
		const done = new Promise(resolve => {
			process_.once('exit', () => resolve(JSON.parse(output.slice('ready\n'.length))));
		});
		return {process_, ready, done};
	});
	await Promise.all(children.map(({ready}) => ready));
	const start = performance.now();
	for (const {process_} of children) {
		process_.stdin.write('go\n');
	}

	const latencies = (await Promise.all(children.map(({done}) => done))).flat();
	const wall = performance.now() - start;
	const opened = ways[way](await import(pathToFileURL(storeModule).href), dir);
	const read = opened.read();
	const everyone = read instanceof Map ? read.get('everyone') : read?.questions.everyone;
	const expected = processes * Math.ceil(updates / 2);
	const readTimes = Array.from({length: 20}, () => {
		const begin = performance.now();
		opened.read();
		return performance.now() - begin;
	});
	fs.rmSync(dir, {recursive: true, force: true});
	return {wall, latencies, lost: expected - (everyone?.reps ?? 0), read: median(readTimes)};
}

async function readAfter(way, count) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-schedules-'));
	const opened = ways[way](await import(pathToFileURL(storeModule).href), dir);
	for (let index = 0; index < count; index++) {
		opened.write({...updateAt(index, 'solo'), questionId: `q${index % 14}`});
	}

	const times = Array.from({length: 10}, () => {
		const begin = performance.now();
		opened.read();
		return performance.now() - begin;
	});
	const files = fs.readdirSync(dir, {recursive: true}).length;
	fs.rmSync(dir, {recursive: true, force: true});
	return {read: median(times), files};
}

if (process.argv[2] === '--child') {
	await child(process.argv.slice(3));
} else {
	const {values} = parseArgs({options: {processes: {type: 'string', default: '20'}, updates: {type: 'string', default: '25'}, json: {type: 'boolean', default: false}}});
	const processes = Number(values.processes);
	const updates = Number(values.updates);
	bundleStore();
	const results = {};
	for (const way of Object.keys(ways)) {
		results[way] = {...await together(way, processes, updates), after5000: await readAfter(way, 5000)};
	}

	if (values.json) {
		console.log(JSON.stringify(results, undefined, 2));
	} else {
		console.log(`${processes} processes × ${updates} updates each, all at once (${os.cpus().length} cores)\n`);
		console.log('| | all done | per update: median | p95 | max | updates lost | read one deck | read after 5,000 updates |');
		console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
		for (const [way, result] of Object.entries(results)) {
			const {wall, latencies, lost, read, after5000} = result;
			console.log(`| ${way} | ${ms(wall)} | ${ms(median(latencies))} | ${ms(percentile(latencies, 0.95))} | ${ms(Math.max(...latencies))} | ${lost} | ${ms(read)} | ${ms(after5000.read)} (${after5000.files} files) |`);
		}
	}
}
