/*
Benchmarks of the built CLI, measured the way a person meets it: through a
real pseudo-terminal, reading what a terminal would show, beside `node -e 0`
started the same way in the same run. The command is the one the README's
set-up gives: `npm link --ignore-scripts` from the package, here into a
global folder of the run's own, then `briefing-deck` through that link;
`node dist/cli.js` is launched beside it for reference.

	npm run bench                         (builds first)
	node bench/run.js [--runs N] [--only GROUPS] [--json]

--runs      samples per figure (default 20)
--only      comma-separated groups: launch, keys, layout, presenter, images, scale, install, setup, phones (default all)
--json      every sample as JSON instead of the Markdown table

Prints one Markdown table: median, × `node -e 0`, the middle half (p25–p75),
min–max, the sample count, and the 1-minute load average while the group ran.
*/
import {Buffer} from 'node:buffer';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createRequire} from 'node:module';
import {parseArgs} from 'node:util';
import {childEnv, startPty} from '../test/helpers/pty-driver.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli.js');
const allGroups = ['launch', 'keys', 'layout', 'presenter', 'images', 'scale', 'install', 'setup', 'phones'];

const {values: flags} = parseArgs({
	options: {
		runs: {type: 'string', default: '20'},
		only: {type: 'string', default: allGroups.join(',')},
		json: {type: 'boolean', default: false},
	},
});
const runs = Math.max(1, Number.parseInt(flags.runs, 10) || 20);
const groups = new Set(flags.only.split(',').map(name => name.trim()));
for (const name of groups) {
	if (!allGroups.includes(name)) {
		console.error(`Unknown group ${name}: choose from ${allGroups.join(', ')}`);
		process.exit(2);
	}
}

if (!existsSync(cli)) {
	console.error(`No ${path.relative(root, cli)}: run \`npm run build\` first (or \`npm run bench\`, which builds).`);
	process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-'));
// Scores and remembered positions go here, so every launch starts fresh on slide 1.
// The code cache too: the first launch of a run compiles the CLI and writes it, the rest use it.
const storeEnv = {BRIEFING_DECK_STORE: path.join(work, 'store'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CONFIG_HOME: path.join(work, 'config'), XDG_CACHE_HOME: path.join(work, 'cache')};
const usageReporter = path.join(root, 'bench', 'report-usage.js');

// The package the command comes from: the folder above dist/ (another build's with BENCH_CLI).
const packageRoot = path.resolve(path.dirname(cli), '..');
// npm as the README's set-up runs it, but into a global folder of the run's
// own (npm_config_prefix), so the machine's own is never touched; offline,
// since linking a folder needs nothing from the registry.
const npmEnv = prefix => childEnv({npm_config_prefix: prefix, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'});

/** `npm link --ignore-scripts` into `prefix`: the command it made, and how long it took. */
const link = prefix => {
	const started = performance.now();
	const result = spawnSync('npm', ['link', '--ignore-scripts'], {cwd: packageRoot, encoding: 'utf8', env: npmEnv(prefix)});
	const elapsed = performance.now() - started;
	if (result.status !== 0) {
		throw new Error(`npm link failed:\n${result.stderr}`);
	}

	const command = path.join(prefix, 'bin', 'briefing-deck');
	if (realpathSync(command) !== realpathSync(cli)) {
		throw new Error(`${command} leads to ${realpathSync(command)}, not to ${cli}`);
	}

	return {command, elapsed};
};

let installed;
/** `briefing-deck` as the README's set-up leaves it: a link in the global folder's bin to dist/cli.js. */
const installedCommand = () => {
	installed ??= link(path.join(work, 'prefix')).command;
	return installed;
};

// The link runs `#!/usr/bin/env node`: that `node` is the one this script runs on, as `node -e 0` is.
const launchEnv = {...storeEnv, PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter)};

// Every generated deck must load: decks over 128 KB are refused (MAX_DECK_BYTES in source/io/deck/load.ts).
const maxDeckBytes = 128 * 1024;

// Up to 1,000 slides: a heading, a paragraph with inline styles that wraps on
// a narrow screen, a nested list, a code block every 5th slide and a table
// every 7th; about 125 bytes a slide, so 1,000 of them fit the limit.
const richDeck = (slides, firstTitle) => {
	const parts = ['---\ntitle: Benchmark Deck\n---\n'];
	for (let number = 1; number <= slides; number++) {
		const title = number === 1 ? firstTitle : `Slide ${number}`;
		let body = `## ${title}\n\nText ${number}: **bold**, _italic_, \`code\`, long enough to wrap on narrow screens.\n\n- point ${number}\n  - nested\n`;
		if (number % 5 === 0) {
			body += '\n```js\nconst a = 42;\n```\n';
		}

		if (number % 7 === 0) {
			body += '\n| A | B |\n| - | - |\n| a | 1 |\n';
		}

		parts.push(body);
	}

	return parts.join('\n---\n\n');
};

// 10,000 slides fit only as one short heading each (about 13 bytes a slide).
const shortDeck = (slides, firstTitle) => {
	const parts = ['---\ntitle: Benchmark Deck\n---\n'];
	for (let number = 1; number <= slides; number++) {
		parts.push(`# ${number === 1 ? firstTitle : `S${number}`}\n`);
	}

	return parts.join('\n---\n');
};

const generateDeck = (slides, firstTitle = 'Benchmark Opening Slide') => {
	const text = slides <= 1000 ? richDeck(slides, firstTitle) : shortDeck(slides, firstTitle);
	const bytes = Buffer.byteLength(text);
	if (bytes > maxDeckBytes) {
		throw new Error(`The generated ${slides}-slide deck is ${bytes} bytes, over the ${maxDeckBytes}-byte limit on decks`);
	}

	return text;
};

const deckFile = slides => {
	const file = path.join(work, `deck-${slides}.md`);
	if (!existsSync(file)) {
		writeFileSync(file, generateDeck(slides));
	}

	return file;
};

const keysDeckSlides = 20;
const idleKeys = 10;
const burstKeys = 9;
// After the app has gone idle: longer than Ink's render throttle, so a key meets an idle app.
const idleGapMs = 100;
const right = '\u001B[C';
const left = '\u001B[D';
const leaveAlternateScreen = '\u001B[?1049l';

const position = (slide, total) => new RegExp(String.raw`(?:^|\D)${slide} / ${total}(?:\D|$)`, 'm');
// The slide numbers the footers drawn in `output` showed, each once: a
// frame that only redrew the clock shows no new one.
const positionsDrawn = (output, total) => new Set([...output.matchAll(new RegExp(String.raw`(\d+) / ${total}(?:\D|$)`, 'g'))].map(match => match[1])).size;

const rssMegabytes = pid => {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]) / 1024;
	} catch {
		return Number.NaN;
	}
};

const bundledSlideCount = () => {
	const result = spawnSync(process.execPath, [cli, 'check', 'karpathy-joins-anthropic'], {encoding: 'utf8', env: childEnv(storeEnv)});
	const count = Number(/: (\d+) slides,/.exec(result.stdout)?.[1]);
	if (!Number.isInteger(count)) {
		throw new TypeError(`Cannot tell how many slides the bundled deck has:\n${result.stdout}${result.stderr}`);
	}

	return count;
};

// --- Figures -------------------------------------------------------------

const samples = new Map();
const record = (group, name, unit, value) => {
	const key = `${group}\u0000${name}`;
	if (!samples.has(key)) {
		samples.set(key, {group, name, unit, values: []});
	}

	samples.get(key).values.push(value);
};

const loads = new Map();
const inGroup = async (group, body) => {
	if (!groups.has(group)) {
		return;
	}

	const start = os.loadavg()[0];
	await body();
	loads.set(group, {start, end: os.loadavg()[0]});
};

// `node -e 0` through the same pty: the floor any Node CLI starts from.
const baseline = async () => {
	const started = performance.now();
	const app = startPty(process.execPath, ['-e', '0'], {env: storeEnv});
	await app.exited;
	await app.dispose();
	record('launch', '`node -e 0` in a pty (baseline)', 'ms', app.exitTime() - started);
};

/** `briefing-deck`: launch to the first slide, RSS there, then `q` to the terminal restored and to the process gone. */
const launchBundled = async slides => {
	const started = performance.now();
	const app = startPty(installedCommand(), [], {env: launchEnv});
	try {
		const shown = await app.timeOfMatch(screen => position(1, slides).test(screen));
		record('launch', 'Launch to first slide, bundled deck (`briefing-deck`)', 'ms', shown - started);
		record('launch', 'RSS after first slide, bundled deck', 'MB', rssMegabytes(app.pid));

		await app.waitForRawMode();
		await app.waitForIdle();
		await delay(idleGapMs);
		let restored;
		const stop = app.onOutput((data, at) => {
			if (restored === undefined && data.includes(leaveAlternateScreen)) {
				restored = at;
			}
		});
		const pressed = performance.now();
		app.write('q');
		const exit = await Promise.race([app.exited, delay(5000).then(() => undefined)]);
		stop();
		if (exit === undefined || restored === undefined) {
			throw new Error('q did not restore the terminal and exit within 5 s');
		}

		record('launch', 'Quit key to terminal restored', 'ms', restored - pressed);
		record('launch', 'Quit key to process exit', 'ms', app.exitTime() - pressed);
	} finally {
		await app.dispose();
	}
};

/** The same launch as `node dist/cli.js`, for reference: what the link and `env` add. */
const launchReference = async slides => {
	const started = performance.now();
	const app = startPty(process.execPath, [cli], {env: launchEnv});
	try {
		const shown = await app.timeOfMatch(screen => position(1, slides).test(screen));
		record('launch', 'Launch to first slide, bundled deck (`node dist/cli.js`, reference)', 'ms', shown - started);
		await app.waitForRawMode();
		app.write('q');
		await Promise.race([app.exited, delay(5000)]);
	} finally {
		await app.dispose();
	}
};

/** `briefing-deck` to the first slide with an empty code cache, as the first run after installing is. */
const launchWithoutCodeCache = async (run, slides) => {
	const started = performance.now();
	const app = startPty(installedCommand(), [], {env: {...launchEnv, XDG_CACHE_HOME: path.join(work, `cold-cache-${run}`)}});
	try {
		const shown = await app.timeOfMatch(screen => position(1, slides).test(screen));
		record('launch', 'Launch to first slide, bundled deck, no code cache yet', 'ms', shown - started);
	} finally {
		await app.dispose();
	}
};

const launchThousand = async () => {
	const file = deckFile(1000);
	const started = performance.now();
	const app = startPty(installedCommand(), [file], {env: launchEnv});
	try {
		const shown = await app.timeOfMatch(screen => position(1, 1000).test(screen));
		record('launch', 'Launch to first slide, 1,000-slide deck', 'ms', shown - started);
		record('launch', 'RSS after first slide, 1,000-slide deck', 'MB', rssMegabytes(app.pid));
		// Left running until idle, as a person would: the slideshow keeps the
		// parsed deck after the first frame (serializing 1,000 slides takes
		// ~10 ms), so later launches of the same deck read it back, as the
		// bundled deck's do (those end with q).
		await app.waitForIdle();
	} finally {
		await app.dispose();
	}
};

/**
Quits with \`q\`, as a person ends a talk: a slideshow killed mid-talk is
picked up where it was by the next start of its deck, so the next run would
not open on slide 1.
*/
const quit = async app => {
	app.write('q');
	await Promise.race([app.exited, delay(5000)]);
};

/** Idle keys one at a time, then a burst written at once; how long until drawn and in how many frames. */
const keys = async () => {
	const total = keysDeckSlides;
	const app = startPty(process.execPath, [cli, deckFile(total)], {env: storeEnv});
	try {
		await app.timeOfMatch(screen => position(1, total).test(screen));
		await app.waitForRawMode();
		let slide = 1;
		for (let press = 0; press < idleKeys; press++) {
			await app.waitForIdle();
			await delay(idleGapMs);
			const mark = app.rawOutput().length;
			const pressed = performance.now();
			app.write(right);
			slide++;
			const drawn = await app.timeOfMatch(screen => position(slide, total).test(screen));
			record('keys', 'One key to next slide drawn (idle)', 'ms', drawn - pressed);
			record('keys', 'Slide positions drawn for one key', 'positions', positionsDrawn(app.rawOutput().slice(mark), total));
		}

		await app.waitForIdle();
		await delay(idleGapMs);
		const mark = app.rawOutput().length;
		const pressed = performance.now();
		app.write(right.repeat(burstKeys));
		slide += burstKeys;
		const drawn = await app.timeOfMatch(screen => position(slide, total).test(screen));
		record('keys', `Burst of ${burstKeys} keys to last slide drawn`, 'ms', drawn - pressed);
		// Give a late frame the chance to show before counting.
		await app.waitForIdle();
		record('keys', `Slide positions drawn for a burst of ${burstKeys} keys`, 'positions', positionsDrawn(app.rawOutput().slice(mark), total));
		await quit(app);
	} finally {
		await app.dispose();
	}
};

// A deck of pictures: a 640×400 PNG of four flat colours on slides 2 and 3,
// drawn as sixel, then as half blocks. The key onto a picture already seen costs only its drawing:
// decoded, scaled and encoded before, the frame writer sends the cached sixel.
const imageDeck = () => {
	const file = path.join(work, 'deck-images.md');
	if (!existsSync(file)) {
		const {PNG} = createRequire(import.meta.url)('pngjs');
		const width = 640;
		const height = 400;
		const png = new PNG({width, height});
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const colour = [[255, 0, 0], [0, 160, 0], [0, 0, 255], [240, 200, 0]][(x < width / 2 ? 0 : 1) + (y < height / 2 ? 0 : 2)];
				png.data.set([...colour, 255], ((y * width) + x) * 4);
			}
		}

		writeFileSync(path.join(work, 'picture.png'), PNG.sync.write(png));
		writeFileSync(file, '# Pictures\n\n---\n\n## One\n\n![Four colours](picture.png)\n\n---\n\n## Two\n\n![Four colours again](picture.png)\n\n---\n\n## Words\n\nNo picture here.\n');
	}

	return file;
};

const sixelStart = '\u001BP0;1;0q';

/*
The pty's screen (xterm.js, headless) does not answer a program's queries,
and a deck with pictures asks its terminal before the first slide, waiting
at most 100 ms. Answered here as `xterm -ti vt340` answers: a 10×20 cell,
then device attributes with sixel. A real terminal answers within a few
milliseconds; leaving them unanswered would add the full wait to every figure.
*/
const answerAsSixelXterm = app => app.onOutput(data => {
	if (data.includes('\u001B[c')) {
		app.write('\u001B[6;20;10t\u001B[?63;1;2;4;6;9;15;22c');
	}
});

// A photo of about 1 MB: a 1440×960 JPEG (quality 85) of smooth colour
// gradients under noise, which compresses as a camera's picture does. The
// same deck without it is launched beside it.
const photoDecks = () => {
	const withPhoto = path.join(work, 'deck-photo.md');
	const without = path.join(work, 'deck-no-photo.md');
	if (!existsSync(withPhoto)) {
		const jpeg = createRequire(import.meta.url)('jpeg-js');
		const width = 1440;
		const height = 960;
		const data = Buffer.alloc(width * height * 4);
		let seed = 1;
		const noise = () => {
			seed = ((seed * 1_103_515_245) + 12_345) & 0x7F_FF_FF_FF;
			return ((seed / 0x7F_FF_FF_FF) - 0.5) * 60;
		};

		const channel = value => Math.max(0, Math.min(255, Math.round(value + noise())));
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				data.set([channel(120 + (100 * Math.sin(x / 180))), channel(110 + (90 * Math.cos(y / 140))), channel(100 + (80 * Math.sin((x + y) / 220))), 255], ((y * width) + x) * 4);
			}
		}

		const photo = jpeg.encode({data, width, height}, 85).data;
		writeFileSync(path.join(work, 'photo.jpg'), photo);
		photoBytes = photo.length;
		const text = photo => `---\ntitle: Photo\n---\n\n# The view from the office\n\n${photo ? '![The bay at dusk](photo.jpg)\n\n' : ''}Taken on the first day.\n\n---\n\n## After\n\nWords.\n`;
		writeFileSync(withPhoto, text(true));
		writeFileSync(without, text(false));
	}

	return {withPhoto, without};
};

let photoBytes = 0;
let lastWithoutPhoto;

/**
Launch to the first slide: its text, and with the photo, the photo drawn too
(its sixel written), in a terminal that answers as xterm -ti vt340 does. The text does not wait for the photo: it is decoded,
scaled and encoded after the first frame, and drawn when ready.
*/
const launchPhoto = async (file, photo) => {
	const started = performance.now();
	let pictureAt;
	const app = startPty(process.execPath, [cli, file], {env: storeEnv});
	const stopAnswering = answerAsSixelXterm(app);
	const stop = app.onOutput((data, at) => {
		if (pictureAt === undefined && data.includes(sixelStart)) {
			pictureAt = at;
		}
	});
	try {
		const shown = await app.timeOfMatch(screen => position(1, 2).test(screen) && screen.includes('Taken on the first day.'));
		if (!photo) {
			lastWithoutPhoto = shown - started;
			record('images', 'Launch to the first slide of the deck without the photo', 'ms', shown - started);
		} else {
			const deadline = performance.now() + 20_000;
			while (pictureAt === undefined && performance.now() < deadline) {
				await delay(5);
			}

			if (pictureAt === undefined) {
				throw new Error('The photo was not drawn on the first slide within 20 s');
			}

			record('images', 'Launch to the first slide\'s text, deck with the photo', 'ms', shown - started);
			record('images', `Launch to the first slide's ${(photoBytes / 1024 / 1024).toFixed(1)} MB photo drawn (sixel, asked)`, 'ms', pictureAt - started);
			if (lastWithoutPhoto !== undefined) {
				record('images', 'First slide\'s text with the photo ÷ without it (target ≤ 1.5)', '×', (shown - started) / lastWithoutPhoto);
				record('images', 'Photo drawn ÷ first slide without it', '×', (pictureAt - started) / lastWithoutPhoto);
			}
		}

		await app.waitForRawMode();
		app.write('q');
		await Promise.race([app.exited, delay(5000)]);
	} finally {
		stop();
		stopAnswering();
		await app.dispose();
	}
};

/*
What images add to the bundle: the CLI bundled as the build bundles it
(esbuild, minified), its metafile read for the bytes each input left in
the output. Image modules are the packages that read, decode and encode
pictures and this program's own image code.
*/
const imageModule = /(?:node_modules\/(?:image-size|pngjs|jpeg-js|omggif|sixel)\/|source\/core\/images\/|source\/io\/images\/|source\/io\/terminal\/(?:detect-graphics|swallow-replies|image-frames)\.ts|source\/ui\/kit\/images\.tsx)/;
const imageBundleBytes = async () => {
	const {build} = await import('esbuild');
	const outfile = path.join(work, 'bundle-for-size.mjs');
	// The build's own plugins edit other packages (scripts/build.js), none of the image ones; its bundle's size is read from dist/.
	const result = await build({absWorkingDir: root, entryPoints: ['cli.tsx'], outfile, bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', jsx: 'automatic', define: {'process.env.NODE_ENV': '"production"'}, metafile: true, logLevel: 'silent', external: ['ajv', 'ajv-formats', 'react-devtools-core']});
	const inputs = Object.values(result.metafile.outputs).flatMap(output => Object.entries(output.inputs));
	const sum = select => inputs.filter(([name]) => select(name)).reduce((total, [, input]) => total + input.bytesInOutput, 0);
	const images = sum(name => imageModule.test(name));
	record('images', 'What images add to the bundle (minified; target ≤ 150 kB)', 'kB', images / 1000);
	for (const [label, pattern] of [['sixel', /node_modules\/sixel\//], ['pngjs', /node_modules\/pngjs\//], ['jpeg-js', /node_modules\/jpeg-js\//], ['omggif', /node_modules\/omggif\//], ['image-size', /node_modules\/image-size\//]]) {
		record('images', `… of which ${label}`, 'kB', sum(name => pattern.test(name)) / 1000);
	}

	record('images', '… of which this program\'s image code', 'kB', sum(name => /^source\//.test(name) && imageModule.test(name)) / 1000);
	record('images', 'dist/app.cjs, the whole CLI, for scale', 'kB', statSync(path.join(path.dirname(cli), 'app.cjs')).size / 1000);
};

const imageKeys = async protocol => {
	const total = 4;
	const app = startPty(process.execPath, [cli, imageDeck(), '--images', protocol], {env: storeEnv});
	const stopAnswering = answerAsSixelXterm(app);
	try {
		await app.timeOfMatch(screen => position(1, total).test(screen));
		await app.waitForRawMode();
		// First visit: slide 2 decodes, scales and encodes its picture.
		app.write(right);
		await app.timeOfMatch(screen => position(2, total).test(screen));
		await app.waitForIdle();
		app.write(left);
		await app.timeOfMatch(screen => position(1, total).test(screen));
		await app.waitForIdle();
		await delay(idleGapMs);
		const mark = app.rawOutput().length;
		const pressed = performance.now();
		app.write(right);
		const drawn = await app.timeOfMatch(screen => position(2, total).test(screen));
		await app.waitForIdle();
		const output = app.rawOutput().slice(mark);
		if (!output.includes(protocol === 'sixel' ? sixelStart : '\u2580')) {
			throw new Error('The picture was not drawn on the slide already seen');
		}

		record('images', `One key to a slide with a picture already seen (${protocol})`, 'ms', drawn - pressed);
		record('images', `Bytes written for that key, picture included (${protocol})`, 'bytes', Buffer.byteLength(output));
		await quit(app);
	} finally {
		stopAnswering();
		await app.dispose();
	}
};

// The widest table a deck can hold: 5,000 one-letter columns (10,000 bytes a
// row with its borders), as many rows as fit the 128 KB limit. With six-letter
// cells it has fewer rows, but every column must be narrowed to fit the screen.
const wideTableColumns = 5000;
const wideTableDeck = (cell = 'x') => {
	const file = path.join(work, `deck-wide-table-${cell.length}.md`);
	if (!existsSync(file)) {
		const row = text => `|${Array.from({length: wideTableColumns}, () => text).join('|')}|\n`;
		let table = row('h'.repeat(cell.length)) + row('-');
		while (Buffer.byteLength(table + row(cell)) + 200 < maxDeckBytes) {
			table += row(cell);
		}

		writeFileSync(file, `---\ntitle: Wide\n---\n\n# A wide table\n\n${table}\n---\n\n# After it\n\nText.\n`);
	}

	return file;
};

// Text that needs the grapheme segmenter and the emoji pattern, on slide 2 only.
const wideTextDeck = () => {
	const file = path.join(work, 'deck-wide-text.md');
	if (!existsSync(file)) {
		const cjk = '会議の資料は前日までに共有してください。👩‍💻 チームで確認します 🎉';
		writeFileSync(file, `---\ntitle: Text\n---\n\n# Plain\n\nOnly ASCII here.\n\n---\n\n# 日本語 ✨\n\n${Array.from({length: 6}, () => cjk).join('\n\n')}\n\n---\n\n# End\n\nDone.\n`);
	}

	return file;
};

/** The widest table: launch to its first frame in a 200-column terminal, then keys off it and back onto it. */
const wideTable = async () => {
	const started = performance.now();
	const app = startPty(process.execPath, [cli, wideTableDeck()], {cols: 200, rows: 50, env: storeEnv});
	try {
		const shown = await app.timeOfMatch(screen => position(1, 2).test(screen));
		record('layout', 'Launch to first frame, 5,000-column table (128 KB deck)', 'ms', shown - started);
		await app.waitForRawMode();
		for (const [key, slide] of [[right, 2], [left, 1], [right, 2], [left, 1]]) {
			await app.waitForIdle();
			await delay(idleGapMs);
			const pressed = performance.now();
			app.write(key);
			const drawn = await app.timeOfMatch(screen => position(slide, 2).test(screen));
			record('layout', 'One key off or onto the 5,000-column table, drawn', 'ms', drawn - pressed);
		}

		await quit(app);
	} finally {
		await app.dispose();
	}
};

/** The widest table of words: launch to its first frame, every column narrowed to fit a 200-column terminal. */
const narrowedTable = async () => {
	const started = performance.now();
	const app = startPty(process.execPath, [cli, wideTableDeck('abcdef')], {cols: 200, rows: 50, env: storeEnv});
	try {
		const shown = await app.timeOfMatch(screen => position(1, 2).test(screen));
		record('layout', 'Launch to first frame, 5,000 columns of six-letter words, narrowed', 'ms', shown - started);
		await quit(app);
	} finally {
		await app.dispose();
	}
};

/** The first key onto a slide of CJK and emoji text, after a first slide of ASCII only. */
const firstWideText = async () => {
	const app = startPty(process.execPath, [cli, wideTextDeck()], {env: storeEnv});
	try {
		await app.timeOfMatch(screen => position(1, 3).test(screen));
		await app.waitForRawMode();
		await app.waitForIdle();
		await delay(idleGapMs);
		const pressed = performance.now();
		app.write(right);
		const drawn = await app.timeOfMatch(screen => position(2, 3).test(screen));
		record('layout', 'First key onto a slide of CJK and emoji text, drawn', 'ms', drawn - pressed);
		await quit(app);
	} finally {
		await app.dispose();
	}
};

const consoleKeys = 5;

/** A presenter console in a second pty drives the slideshow: from its key to the new slide on the slideshow's screen. */
const consoleDrivesShow = async () => {
	const total = keysDeckSlides;
	const deck = deckFile(total);
	// Each run gets its own private runtime directory (mkdtemp makes it 0700), so the channel is fresh.
	const runtime = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-bench-run-'));
	const session = {...storeEnv, XDG_RUNTIME_DIR: runtime};
	const show = startPty(process.execPath, [cli, deck], {env: session});
	const presenter = startPty(process.execPath, [cli, 'presenter', deck], {env: session});
	try {
		await show.timeOfMatch(screen => position(1, total).test(screen));
		await presenter.timeOfMatch(screen => screen.includes('Following the slideshow'));
		await presenter.waitForRawMode();
		for (let slide = 2; slide <= consoleKeys + 1; slide++) {
			await Promise.all([show.waitForIdle(), presenter.waitForIdle()]);
			await delay(idleGapMs);
			const pressed = performance.now();
			presenter.write(right);
			const drawn = await show.timeOfMatch(screen => position(slide, total).test(screen));
			record('presenter', 'Key in the presenter console to next slide drawn in the slideshow', 'ms', drawn - pressed);
			// The console draws the new state too before the next key.
			await presenter.timeOfMatch(screen => screen.includes(`Now: slide ${slide}/${total}`));
		}

		await quit(show);
	} finally {
		await Promise.all([show.dispose(), presenter.dispose()]);
		rmSync(runtime, {recursive: true, force: true});
	}
};

/** A command run to completion: wall time, and its peak RSS as it reports it on exit. */
const command = (args, label, slides) => {
	const usageFile = path.join(work, 'usage');
	rmSync(usageFile, {force: true});
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--import', pathToFileURL(usageReporter).href, cli, ...args], {
		env: childEnv({...storeEnv, BENCH_USAGE_FILE: usageFile}),
		// Plain output, as into a file; print's text for 10,000 slides is megabytes.
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
	});
	const elapsed = performance.now() - started;
	// The generated decks are valid: anything but a clean exit makes the figure meaningless.
	if (result.status !== 0) {
		throw new Error(`${label} exited with ${result.status}:\n${result.stderr}`.slice(0, 2000));
	}

	const size = slides.toLocaleString('en-US');
	record('scale', `\`${label}\` of a ${size}-slide deck`, 'ms', elapsed);
	record('scale', `\`${label}\` of a ${size}-slide deck, peak RSS`, 'MB', Number(readFileSync(usageFile, 'utf8')) / 1024);
};

// The parser on its own, bundled from source the way the CLI bundles it.
let parser;
const parseInProcess = async slides => {
	if (parser === undefined) {
		const outfile = path.join(work, 'parse.js');
		const {build} = await import('esbuild');
		await build({absWorkingDir: root, entryPoints: ['source/core/deck/parse.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: {js: 'import {createRequire} from \'node:module\'; const require = createRequire(import.meta.url);'}});
		parser = await import(pathToFileURL(outfile).href);
	}

	const text = readFileSync(deckFile(slides), 'utf8');
	const started = performance.now();
	parser.parseDeck(text);
	record('scale', `\`parseDeck\` of a ${slides.toLocaleString('en-US')}-slide deck (in process)`, 'ms', performance.now() - started);
};

/**
The room quiz's web server under 500 phones on loopback (bench/phones.ts,
bundled from source): join and answer, answer to tally, a question reaching
every phone, memory; each phone holds one WebSocket, as the page does.
*/
const phones = async () => {
	const outfile = path.join(work, 'phones-bench.js');
	const {build} = await import('esbuild');
	await build({absWorkingDir: root, entryPoints: ['bench/phones.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: {js: 'import {createRequire} from \'node:module\'; const require = createRequire(import.meta.url);'}});
	// Each run starts 1,000 connections; a few runs say enough.
	const output = spawnSync(process.execPath, [outfile, '--json', '--runs', String(Math.min(runs, 5))], {cwd: root, encoding: 'utf8', timeout: 300_000});
	if (output.status !== 0) {
		throw new Error(`bench/phones.ts failed:\n${output.stderr}`.slice(0, 2000));
	}

	const names = {
		joinAndAnswerMs: ['500 phones join and answer (target ≤ 2 s)', 'ms'],
		answerMedianMs: ['answer → tally handed to the room (per answer; p99 target ≤ 100 ms)', 'ms'],
		broadcastMs: ['a new question reaches all 500 phones', 'ms'],
		rssMb: ['room server RSS with 500 phones joined', 'MB'],
	};
	for (const each of JSON.parse(output.stdout)) {
		for (const [key, [name, unit]] of Object.entries(names)) {
			record('phones', name, unit, each[key]);
		}

		record('phones', 'answer → tally, p99 of one run\'s 500', 'ms', each.answerP99Ms);
	}
};

let tarball;
const pack = () => {
	if (tarball === undefined) {
		// dist/ is already built: no prepare script.
		const output = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {cwd: root, encoding: 'utf8', env: childEnv()});
		if (output.status !== 0) {
			throw new Error(`npm pack failed:\n${output.stderr}`);
		}

		const [packed] = JSON.parse(output.stdout);
		tarball = {...packed, file: path.join(work, packed.filename)};
	}

	return tarball;
};

const install = () => {
	const packed = pack();
	record('install', 'Tarball size', 'kB', packed.size / 1000);
	record('install', 'Unpacked size', 'kB', packed.unpackedSize / 1000);
	record('install', 'Files in the tarball', 'files', packed.entryCount);
	const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
	record('install', 'Runtime dependencies', 'packages', Object.keys(manifest.dependencies ?? {}).length);

	const directory = path.join(work, 'install');
	mkdirSync(directory);
	writeFileSync(path.join(directory, 'package.json'), '{"private": true}\n');
	const started = performance.now();
	const result = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', packed.file], {
		cwd: directory,
		encoding: 'utf8',
		env: childEnv({npm_config_cache: path.join(work, 'install-cache')}),
	});
	if (result.status !== 0) {
		throw new Error(`npm install of the tarball failed:\n${result.stderr}`);
	}

	record('install', '`npm install` of the tarball, offline (one run)', 'ms', performance.now() - started);
	const installed = readdirSync(path.join(directory, 'node_modules')).filter(name => !name.startsWith('.'));
	record('install', 'Packages installed', 'packages', installed.length);
};

/** The README's set-up step after `npm install`: `npm link --ignore-scripts` into an empty global folder. */
const setUp = run => {
	const {elapsed} = link(path.join(work, `setup-prefix-${run}`));
	record('setup', '`npm link --ignore-scripts` into an empty global folder', 'ms', elapsed);
};

// --- Run -----------------------------------------------------------------

const started = Date.now();
const loadAtStart = os.loadavg();
try {
	const slides = bundledSlideCount();
	await inGroup('launch', async () => {
		for (let run = 0; run < runs; run++) {
			await baseline();
			await launchBundled(slides);
			await launchReference(slides);
			await launchWithoutCodeCache(run, slides);
			await launchThousand();
		}
	});

	await inGroup('keys', async () => {
		for (let run = 0; run < runs; run++) {
			await keys();
		}
	});

	await inGroup('layout', async () => {
		for (let run = 0; run < runs; run++) {
			// The launch's ratio is to `node -e 0` in the same run.
			await baseline();
			await wideTable();
			await narrowedTable();
			await firstWideText();
		}
	});

	await inGroup('presenter', async () => {
		for (let run = 0; run < runs; run++) {
			await consoleDrivesShow();
		}
	});

	await inGroup('images', async () => {
		const {withPhoto, without} = photoDecks();
		for (let run = 0; run < runs; run++) {
			// The launches' ratio is to `node -e 0` in the same run.
			await baseline();
			await imageKeys('sixel');
			await imageKeys('blocks');
			await launchPhoto(without, false);
			await launchPhoto(withPhoto, true);
		}

		await imageBundleBytes();
	});

	await inGroup('scale', async () => {
		for (const size of [100, 1000, 10_000]) {
			for (let run = 0; run < runs; run++) {
				command(['check', deckFile(size)], 'check', size);
				command(['print', deckFile(size)], 'print', size);
				await parseInProcess(size);
			}
		}
	});

	await inGroup('install', async () => {
		install();
	});

	await inGroup('setup', async () => {
		for (let run = 0; run < runs; run++) {
			setUp(run);
		}
	});

	await inGroup('phones', async () => {
		await phones();
	});
} finally {
	rmSync(work, {recursive: true, force: true});
}

// --- Report --------------------------------------------------------------

const quantile = (sorted, q) => {
	const index = (sorted.length - 1) * q;
	const low = Math.floor(index);
	const high = Math.ceil(index);
	return sorted[low] + ((sorted[high] - sorted[low]) * (index - low));
};

const summarise = ({group, name, unit, values}) => {
	const sorted = [...values].sort((a, b) => a - b);
	return {group, name, unit, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), min: sorted[0], max: sorted.at(-1), runs: sorted.length, samples: values};
};

const results = [...samples.values()].map(summary => summarise(summary));
const baselineMedian = results.find(result => result.name.startsWith('`node -e 0`'))?.median;
const machine = {
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
	cpus: os.cpus().length,
	cpuModel: os.cpus()[0]?.model ?? 'unknown',
	memoryGigabytes: Math.round(os.totalmem() / 1024 / 1024 / 1024),
	loadAtStart,
	loadAtEnd: os.loadavg(),
	minutes: (Date.now() - started) / 60_000,
};

const decimals = unit => (unit === 'MB' || unit === 'kB' ? 1 : (unit === '×' ? 2 : 0));
const format = (value, unit) => (Number.isFinite(value) ? `${value.toFixed(decimals(unit))} ${unit}` : 'n/a');
const ratio = result => (result.unit === 'ms' && baselineMedian ? `${(result.median / baselineMedian).toFixed(1)}×` : '');
const range = (low, high, unit) => (low === high ? format(low, unit) : `${format(low, unit)} – ${format(high, unit)}`);
const loadOf = group => {
	const load = loads.get(group);
	return load ? `${load.start.toFixed(1)} → ${load.end.toFixed(1)}` : '';
};

if (flags.json) {
	console.log(JSON.stringify({machine, runs, baselineMedian, loads: Object.fromEntries(loads), results}, undefined, '\t'));
} else {
	const load = machine.loadAtStart.map(value => value.toFixed(1)).join(' ');
	console.log(`Node ${machine.node}, ${machine.platform}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGigabytes} GB; ${runs} runs; load average ${load} at the start; ${machine.minutes.toFixed(1)} min\n`);
	console.log('| Figure | Median | × `node -e 0` | p25 – p75 | Min – max | Samples | Load |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const result of results) {
		console.log(`| ${result.name} | ${format(result.median, result.unit)} | ${ratio(result)} | ${range(result.p25, result.p75, result.unit)} | ${range(result.min, result.max, result.unit)} | ${result.runs} | ${loadOf(result.group)} |`);
	}
}
