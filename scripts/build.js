/*
Bundles the CLI into dist/ with esbuild, every runtime dependency inside, so
the published package depends on nothing and `npx briefing-deck` downloads
one package. `npm run build` typechecks first, then runs this.

Two files come out. dist/app.cjs is the whole CLI (cli.tsx) as one
CommonJS file: Node 20 can give compiled code back to a script from V8's code
cache, but not to an ES module. dist/cli.js (source/boot/bin.ts) is the small
command that compiles app.cjs with that cache and runs it.

The plugins below edit some dependencies' code as it is bundled. Each edit was
written for one version: package.json pins every edited copy exactly, and the
build refuses another version (scripts/pinned-edits.js lists the copies).

Moving to a new version:
1. Bump its pin in package.json, `npm install`, and check with `npm ls <name>`
   that each copy is installed where scripts/pinned-edits.js says.
2. Run `node scripts/build.js`: an edit whose text is gone fails by name.
3. Re-read each edit of that package below against its new code (the text can
   stay while the code around it changes): does it still do what its comment says?
4. Re-run the bench (`npm run bench`) and compare with BENCHMARKS.md.
*/
import {createHash} from 'node:crypto';
import {chmodSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {edit, pinnedCopies} from './pinned-edits.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
// Each file the plugins edit is read through `pinned`, which first checks its package's version.
const pinned = pinnedCopies(root);

/*
conf imports ajv for its `schema` option and builds a validator only when
given one. The store gives none (source/core/records/settings-check.ts checks the
file instead), so ajv would be two thirds of the store's code, evaluated on every
launch and never used. It is left out; should a schema ever be passed, the
stand-in throws at once rather than validating nothing.
*/
const leaveOutAjv = {
	name: 'leave-out-ajv',
	setup(builder) {
		builder.onResolve({filter: /^ajv(?:-formats)?(?:\/|$)/}, ({path: name, importer}) => {
			pinned.check(importer);
			return {path: name, namespace: 'left-out'};
		});
		builder.onLoad({filter: /.*/, namespace: 'left-out'}, ({path: name}) => ({
			contents: `const leftOut = () => { throw new Error(${JSON.stringify(`${name} is not in this build: conf must not be given a schema`)}); };
export class Ajv2020 { constructor() { leftOut(); } }
export default leftOut;`,
			loader: 'js',
		}));
	},
};

/*
string-width (Ink's, and the layout's for text that is not narrow) builds its
RGI emoji pattern as it loads and compiles it on first use: about 20 ms
before the first slide, for text that is nearly always letters and
punctuation. Here the pattern is made on first use, and text of one-column
characters (source/core/text/narrow-width.ts) is measured without segmenting it,
by every copy of string-width in the bundle.
*/
const narrowWidthModule = path.join(root, 'source', 'core', 'text', 'narrow-width.ts');
const quickStringWidth = {
	name: 'quick-string-width',
	setup(builder) {
		builder.onLoad({filter: /[/\\]node_modules[/\\]string-width[/\\]index\.js$/}, ({path: file}) => {
			let contents = pinned.read(file);
			// Version 8 has the pattern; wrap-ansi's version 7 finds emoji another way, and segments every string it measures.
			if (contents.includes('const rgiEmojiRegex')) {
				contents = edit(contents, 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiPattern;\nconst rgiEmojiRegex = {test: text => (rgiEmojiPattern ??= /^\\p{RGI_Emoji}$/v).test(text)};', file);
			}

			contents = edit(contents, 'const segmenter = new Intl.Segmenter();', 'const segmenter = __lazyGraphemeSegmenter();', file);
			contents = edit(contents, 'export default function stringWidth(', 'function fullStringWidth(', file);
			contents += `
import {narrowWidth as __narrowWidth} from ${JSON.stringify(narrowWidthModule)};
import {lazyGraphemeSegmenter as __lazyGraphemeSegmenter} from ${JSON.stringify(lazySegmenterModule)};
export default function stringWidth(input, options = {}) {
	if (typeof input === 'string' && options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes) {
		const width = __narrowWidth(input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input);
		if (width !== undefined) {
			return width;
		}
	}

	return fullStringWidth(input, options);
}
`;
			return {contents, loader: 'js', resolveDir: path.dirname(file)};
		});
	},
};

/*
The first Intl.Segmenter a process makes costs about 7 ms, and slice-ansi
and Ink's ANSI tokenizer (which splits every line of every frame) each make
one as they load, as does string-width (above). In all three it is replaced
by one that is made on the first text that needs it: text of narrow
characters and escape sequences is split one unit at a time
(source/core/text/lazy-segmenter.ts).
*/
const lazySegmenterModule = path.join(root, 'source', 'core', 'text', 'lazy-segmenter.ts');
const lazySegmenters = {
	name: 'lazy-segmenters',
	setup(builder) {
		const files = /[/\\]node_modules[/\\](?:slice-ansi[/\\]tokenize-ansi|@alcalzone[/\\]ansi-tokenize[/\\]build[/\\]tokenize)\.js$/;
		builder.onLoad({filter: files}, ({path: file}) => {
			const contents = edit(pinned.read(file), 'new Intl.Segmenter(undefined, {', '__lazyGraphemeSegmenter(undefined, {', file);
			return {
				contents: `import {lazyGraphemeSegmenter as __lazyGraphemeSegmenter} from ${JSON.stringify(lazySegmenterModule)};\n${contents}`,
				loader: 'js',
				resolveDir: path.dirname(file),
			};
		});
	},
};

/*
Yoga's wasm loader instantiates its inlined binary asynchronously, so its
module awaits at top level, which a CommonJS file cannot. Given an
\`instantiateWasm\` hook that instantiates synchronously, the emscripten
loader finishes within the call; the hook is also handed the decoded bytes.
This also skips the loader's \`typeof fetch\`, which made Node load undici
(about 15 ms) only for the loader to fetch a data: URL.
*/
const yogaAtOnce = {
	name: 'yoga-at-once',
	setup(builder) {
		builder.onLoad({filter: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/}, ({path: file}) => ({
			contents: edit(pinned.read(file), 'if(h.instantiateWasm)try{return h.instantiateWasm(d,', 'if(h.instantiateWasm)try{return h.instantiateWasm(d,wa(),', file),
			loader: 'js',
		}));
		builder.onLoad({filter: /[/\\]yoga-layout[/\\]dist[/\\]src[/\\]index\.js$/}, ({path: file}) => ({
			contents: edit(pinned.read(file), 'const Yoga = wrapAssembly(await loadYoga());', `const yogaModule = {
	instantiateWasm(imports, bytes, receive) {
		receive(new WebAssembly.Instance(new WebAssembly.Module(bytes), imports));
		return {};
	},
};
loadYoga(yogaModule);
if (!yogaModule.calledRun) {
	throw new Error('Yoga did not start synchronously');
}

const Yoga = wrapAssembly(yogaModule);`, file),
			loader: 'js',
			resolveDir: path.dirname(file),
		}));
	},
};

/*
Ink loads React's devtools, and its own package.json for them, only when
DEV=true, awaiting both at top level. Neither is in this build.
*/
const inkWithoutDevtools = {
	name: 'ink-without-devtools',
	setup(builder) {
		builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]reconciler\.js$/}, ({path: file}) => {
			let contents = pinned.read(file);
			contents = edit(contents, "if (isDev()) {\n    try {\n        await import('./devtools.js');", 'if (false) {\n    try {', file);
			contents = edit(contents, '? await loadPackageJson()', '? undefined', file);
			return {contents, loader: 'js', resolveDir: path.dirname(file)};
		});
	},
};

/*
meow sets up normalize-package-data as it loads, and with it a licence-name
corrector that sorts its tables with localeCompare: loading ICU's collator,
about 5 ms on every run, for \`--help\` alone. Here it is set up when first
called.
*/
const meowNormalizeLater = {
	name: 'meow-normalize-later',
	setup(builder) {
		builder.onLoad({filter: /[/\\]meow[/\\]build[/\\]dependencies\.js$/}, ({path: file}) => ({
			contents: edit(
				pinned.read(file),
				'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
				'const normalizePackageData = (...parameters) => getDefaultExportFromCjs(requireNormalize())(...parameters);',
				file,
			),
			loader: 'js',
			resolveDir: path.dirname(file),
		}));
	},
};

/*
lowlight's entry also exports \`all\`: every highlight.js grammar, 1.5 MB,
kept in the bundle because the grammars are CommonJS. The highlighter takes
only \`common\` and \`createLowlight\`, so the entry is replaced by one with
only those.
*/
const lowlightEntry = fileURLToPath(import.meta.resolve('lowlight'));
const lowlightCommonOnly = {
	name: 'lowlight-common-only',
	setup(builder) {
		builder.onResolve({filter: /^lowlight$/}, () => ({path: 'lowlight', namespace: 'lowlight-common'}));
		builder.onLoad({filter: /.*/, namespace: 'lowlight-common'}, () => {
			pinned.check(lowlightEntry);
			return {
				contents: 'export {grammars as common} from \'./lib/common.js\';\nexport {createLowlight} from \'./lib/index.js\';\n',
				loader: 'js',
				resolveDir: path.dirname(lowlightEntry),
			};
		});
	},
};

/*
ws tries two optional native add-ons, bufferutil and utf-8-validate, inside a
try block, and does without them (Node's own \`buffer.isUtf8\`, its own
masking). The bundle must not pick up whatever copy happens to sit in a
user's node_modules, so each is replaced by a module that fails as a missing
one would, and ws takes its JavaScript path.
*/
const wsWithoutAddons = {
	name: 'ws-without-addons',
	setup(builder) {
		builder.onResolve({filter: /^(?:bufferutil|utf-8-validate)$/}, ({path: name, importer}) => {
			pinned.check(importer);
			return {path: name, namespace: 'ws-addon'};
		});
		builder.onLoad({filter: /.*/, namespace: 'ws-addon'}, ({path: name}) => ({
			contents: `throw Object.assign(new Error(${JSON.stringify(`${name} is not in this build`)}), {code: 'MODULE_NOT_FOUND'});`,
			loader: 'js',
		}));
	},
};

/*
esbuild writes every non-ASCII character as an escape (its default
\`charset: 'ascii'\`) except in regular expression literals, which it
leaves as written, and markdown-it has two. One such character is enough for
V8 to hold the whole bundle's source, kept for as long as the process runs,
at two bytes a character: 2.7 MB instead of 1.3 MB. Each is written here as
the escape that means the same in a pattern; the build then checks that the
bundle is ASCII (\`notAscii\` below).
*/
const markdownItAscii = {
	name: 'markdown-it-ascii',
	setup(builder) {
		const patterns = new Map([
			['utils.mjs', ['str.replace(/\u1E9E/g,', 'str.replace(/\\u1E9E/g,']],
			['replacements.mjs', ['.replace(/([?!])\u2026/g,', '.replace(/([?!])\\u2026/g,']],
		]);
		builder.onLoad({filter: /[/\\]markdown-it[/\\]lib[/\\](?:common[/\\]utils|rules_core[/\\]replacements)\.mjs$/}, ({path: file}) => {
			const [from, to] = patterns.get(path.basename(file));
			return {contents: edit(pinned.read(file), from, to, file), loader: 'js', resolveDir: path.dirname(file)};
		});
	},
};

/** Where the first character outside ASCII is in `text`, as `line:column`, or undefined if there is none. */
const notAscii = text => {
	const index = text.search(/[^\u0000-\u007F]/);
	if (index === -1) {
		return undefined;
	}

	const before = text.slice(0, index).split('\n');
	return `${before.length}:${before.at(-1).length + 1}`;
};

rmSync(dist, {recursive: true, force: true});
const shared = {
	absWorkingDir: root,
	bundle: true,
	platform: 'node',
	target: 'node20',
	// Smaller to read and to keep in memory: 1.3 MB instead of 2.8 MB.
	minify: process.env.MINIFY !== '0',
	logLevel: 'warning',
};

const app = path.join(dist, 'app.cjs');
await build({
	...shared,
	entryPoints: ['cli.tsx'],
	outfile: app,
	format: 'cjs',
	// React's production build; without this the development one is bundled.
	// import.meta is the bundle's own, as an ES module would see it (meow and
	// the bundled decks find the package from it).
	define: {'process.env.NODE_ENV': '"production"', 'import.meta': '__importMeta'},
	// Node's own CommonJS wrapper is part of the file, so source/boot/start-bundle.ts
	// compiles the file's text as it is read, and V8 keeps that one string
	// rather than a second, wrapped copy.
	banner: {js: '(function (exports, require, module, __filename, __dirname) {const __importMeta = {url: require(\'node:url\').pathToFileURL(__filename).href};'},
	footer: {js: '\n})'},
	plugins: [markdownItAscii, leaveOutAjv, quickStringWidth, lazySegmenters, yogaAtOnce, inkWithoutDevtools, meowNormalizeLater, lowlightCommonOnly, wsWithoutAddons],
});

const where = notAscii(readFileSync(app, 'utf8'));
if (where !== undefined) {
	throw new Error(`dist/app.cjs:${where}: a character outside ASCII, which makes V8 keep the bundle's source at two bytes a character; escape it as it is bundled (see markdownItAscii)`);
}

pinned.checkEveryCopyWasEdited();

const bundleId = createHash('sha1').update(readFileSync(app)).digest('hex').slice(0, 16);
await build({
	...shared,
	entryPoints: ['source/boot/bin.ts'],
	outfile: path.join(dist, 'cli.js'),
	format: 'esm',
	define: {BUNDLE_ID: JSON.stringify(bundleId)},
	banner: {js: '#!/usr/bin/env node'},
});
chmodSync(path.join(dist, 'cli.js'), 0o755);
