/*
Benchmarks of the built CLI, measured the way a person meets it: through a
real pseudo-terminal, reading what a terminal would show.

	npm run bench                 (builds first)
	node bench/run.js [--runs N] [--json]

Prints a Markdown table (median, min, max per figure), or JSON with --json.
*/
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {startPty} from './pty.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli.js');

const {values: flags} = parseArgs({
	options: {
		runs: {type: 'string', default: '10'},
		json: {type: 'boolean', default: false},
	},
});
const runs = Math.max(1, Number.parseInt(flags.runs, 10) || 10);
const keySteps = 5;

if (!existsSync(cli)) {
	console.error(`No ${path.relative(root, cli)}: run \`npm run build\` first (or \`npm run bench\`, which builds).`);
	process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-'));
// Scores and remembered positions go here, so every launch starts fresh on slide 1.
const env = {BRIEFING_DECK_STORE: path.join(work, 'store'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CONFIG_HOME: path.join(work, 'config')};

const generateDeck = (slides, firstTitle) => {
	const parts = ['---\ntitle: Benchmark Deck\n---\n'];
	for (let number = 1; number <= slides; number++) {
		const title = number === 1 ? firstTitle : `Benchmark slide ${number}`;
		let body = `## ${title}\n\nParagraph ${number} with **bold**, _italic_ and \`code\` text, long enough to wrap on a narrow terminal screen.\n\n- first point of slide ${number}\n- second point\n  - a nested point\n`;
		if (number % 5 === 0) {
			body += '\n```js\nconst answer = 42;\nconsole.log(answer);\n```\n';
		}

		if (number % 7 === 0) {
			body += '\n| Column | Value |\n| --- | --- |\n| a | 1 |\n| b | 2 |\n';
		}

		parts.push(body);
	}

	return parts.join('\n---\n\n');
};

const firstTitle = 'Benchmark Opening Slide';
const showDeck = path.join(work, 'show.md');
const showSlides = 20;
writeFileSync(showDeck, generateDeck(showSlides, firstTitle));
// 500 slides, about 104 KB: the most of these that fit the 128 KB deck size limit.
const bigDeck = path.join(work, 'five-hundred.md');
writeFileSync(bigDeck, generateDeck(500, firstTitle));

const summary = (name, unit, samples) => {
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];
	return {name, unit, median, min: sorted[0], max: sorted.at(-1), runs: sorted.length, samples};
};

const position = (slide, total) => new RegExp(String.raw`(?:^|\D)${slide} / ${total}(?:\D|$)`, 'm');

const rssMegabytes = pid => {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
	return kilobytes / 1024;
};

// `node -e 0` through the same pty: the floor any Node CLI starts from.
const baseline = async () => {
	const started = performance.now();
	const app = startPty(process.execPath, ['-e', '0'], {env});
	await app.exited;
	const elapsed = performance.now() - started;
	await app.dispose();
	return elapsed;
};

const launchAndNavigate = async () => {
	const started = performance.now();
	const app = startPty(process.execPath, [cli, showDeck], {env});
	try {
		await app.waitFor(screen => screen.includes(firstTitle) && position(1, showSlides).test(screen));
		const launch = performance.now() - started;
		const rss = process.platform === 'linux' ? rssMegabytes(app.pid) : Number.NaN;

		await app.waitForRawMode();
		const keys = [];
		for (let slide = 2; slide <= keySteps + 1; slide++) {
			const pressed = performance.now();
			app.write('\u001B[C');
			await app.waitFor(screen => position(slide, showSlides).test(screen));
			keys.push(performance.now() - pressed);
		}

		return {launch, rss, keys};
	} finally {
		await app.dispose();
	}
};

// A presenter console in a second pty drives the slideshow: from its key to the new slide on the shared screen.
const consoleDrivesShow = async () => {
	// Each run gets its own private runtime directory (mkdtemp makes it 0700), so the channel is fresh.
	const runtime = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-run-'));
	const session = {...env, XDG_RUNTIME_DIR: runtime};
	const show = startPty(process.execPath, [cli, showDeck], {env: session});
	const presenter = startPty(process.execPath, [cli, 'presenter', showDeck], {env: session});
	try {
		await show.waitFor(screen => position(1, showSlides).test(screen));
		await presenter.waitFor(screen => screen.includes('Following the slideshow'));
		await presenter.waitForRawMode();
		const times = [];
		for (let slide = 2; slide <= keySteps + 1; slide++) {
			const pressed = performance.now();
			presenter.write('\u001B[C');
			await show.waitFor(screen => position(slide, showSlides).test(screen));
			times.push(performance.now() - pressed);
			// The console draws the new state too before the next key.
			await presenter.waitFor(screen => screen.includes(`Now: slide ${slide}/${showSlides}`));
		}

		return times;
	} finally {
		await Promise.all([show.dispose(), presenter.dispose()]);
		rmSync(runtime, {recursive: true, force: true});
	}
};

const check = () => {
	const started = performance.now();
	const result = spawnSync(process.execPath, [cli, 'check', bigDeck], {env: {...process.env, ...env}, encoding: 'utf8'});
	const elapsed = performance.now() - started;
	// The generated deck is valid: anything but a clean exit means the figure is meaningless.
	if (result.status !== 0) {
		throw new Error(`check exited with ${result.status}:\n${result.stdout}${result.stderr}`.slice(0, 2000));
	}

	return elapsed;
};

const parseTimes = async () => {
	const parser = path.join(root, 'dist', 'source', 'deck', 'parse.js');
	if (!existsSync(parser)) {
		return undefined;
	}

	const {parseDeck} = await import(pathToFileURL(parser).href);
	if (typeof parseDeck !== 'function') {
		return undefined;
	}

	const text = readFileSync(bigDeck, 'utf8');
	const times = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		parseDeck(text);
		times.push(performance.now() - started);
	}

	return times;
};

// Bytes of every file under `directory`, skipping nested node_modules (npm lists those on their own).
const directorySize = directory => {
	let apparent = 0;
	let disk = 0;
	const walk = current => {
		for (const entry of readdirSync(current, {withFileTypes: true})) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules') {
					walk(full);
				}
			} else {
				const stat = lstatSync(full);
				apparent += stat.size;
				disk += stat.blocks * 512;
			}
		}
	};

	walk(directory);
	return {apparent, disk};
};

const installSize = () => {
	const listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
	const paths = [...new Set(listing.split('\n').map(line => line.trim()).filter(line => line && line !== root))];
	let apparent = 0;
	let disk = 0;
	for (const folder of [...paths, path.join(root, 'dist')]) {
		if (existsSync(folder)) {
			const size = directorySize(folder);
			apparent += size.apparent;
			disk += size.disk;
		}
	}

	return {packages: paths.length, apparentMegabytes: apparent / 1024 / 1024, diskMegabytes: disk / 1024 / 1024};
};

const results = [];
try {
	const baselines = [];
	const launches = [];
	const rss = [];
	const keys = [];
	const remoteKeys = [];
	for (let run = 0; run < runs; run++) {
		baselines.push(await baseline());
		const measured = await launchAndNavigate();
		launches.push(measured.launch);
		rss.push(measured.rss);
		keys.push(...measured.keys);
		remoteKeys.push(...await consoleDrivesShow());
	}

	results.push(
		summary('`node -e 0` in a pty (baseline)', 'ms', baselines),
		summary('Launch to first slide on screen', 'ms', launches),
		summary(`Key press to next slide drawn (${keySteps} per run)`, 'ms', keys),
		summary(`Key in the presenter console to next slide drawn in the slideshow (${keySteps} per run)`, 'ms', remoteKeys),
		summary('RSS after first slide', 'MB', rss),
	);

	const checks = [];
	for (let run = 0; run < runs; run++) {
		checks.push(check());
	}

	results.push(summary('`check` of a 500-slide deck (wall)', 'ms', checks));
	const parses = await parseTimes();
	if (parses) {
		results.push(summary('`parseDeck` of a 500-slide deck (in process)', 'ms', parses));
	}

	const install = installSize();
	results.push(
		summary(`Install size: ${install.packages} production packages + dist (file bytes)`, 'MB', [install.apparentMegabytes]),
		summary('Install size on disk (blocks)', 'MB', [install.diskMegabytes]),
	);
} finally {
	rmSync(work, {recursive: true, force: true});
}

const machine = {
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
	cpus: os.cpus().length,
	cpuModel: os.cpus()[0]?.model ?? 'unknown',
	memoryGigabytes: Math.round(os.totalmem() / 1024 / 1024 / 1024),
};

const format = (value, unit) => (Number.isFinite(value) ? `${value.toFixed(unit === 'MB' ? 1 : 0)} ${unit}` : 'n/a');

if (flags.json) {
	console.log(JSON.stringify({machine, runs, results}, undefined, '\t'));
} else {
	console.log(`Node ${machine.node}, ${machine.platform}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGigabytes} GB; ${runs} runs\n`);
	console.log('| Figure | Median | Min | Max | Samples |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const result of results) {
		console.log(`| ${result.name} | ${format(result.median, result.unit)} | ${format(result.min, result.unit)} | ${format(result.max, result.unit)} | ${result.runs} |`);
	}
}
