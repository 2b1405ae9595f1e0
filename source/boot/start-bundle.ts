/**
Runs the bundled CLI (`dist/app.cjs`, one CommonJS module inside the
function Node would wrap it in) the way Node would `require` it, but
compiled through `vm.Script` with V8's code cache (code-cache.ts): Node 20
keeps no compiled code between runs of ES modules, and compiling the bundle
is a good part of a launch.

The cache is written when a run had none it could use, as the process exits,
so it holds every function that run compiled: what the first slide needs,
not just the bundle's top level. Each command gets its own, as a `check`
compiles little of what the slideshow needs.
*/
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import vm from 'node:vm';
import {setBuildId} from '../io/cache/build-id.js';
import {codeCacheDirectory, readCodeCache, writeCodeCache} from '../io/cache/code-cache.js';
import {commandNames} from '../commands/shared/command.js';

/** Which cache a command line uses: its subcommand, else `play` (flags first, a deck, or nothing). */
export const cacheKind = (argv: readonly string[]): string => {
	const first = argv[0] ?? '';
	return (commandNames as readonly string[]).includes(first) ? first : 'play';
};

/**
Compiles and runs the bundle, which starts the CLI as it loads (cli.tsx).
`buildId` names this build
(a digest of the bundle, taken when it was built), so a cache is only ever
given to the code it was made from.
*/
export function startBundle(file: string, buildId: string): void {
	const source = fs.readFileSync(file, 'utf8');
	const directory = codeCacheDirectory(process.env);
	const prefix = 'app-';
	const keep = `${prefix}${buildId}-`;
	const name = `${keep}${process.version}-${process.arch}-${cacheKind(process.argv.slice(2))}.v8`;
	const cachedData = directory === undefined ? undefined : readCodeCache(directory, name);
	// The bundle is already wrapped as Node wraps a CommonJS module
	// (scripts/build.js): compiling the text as read leaves V8 one copy of it.
	const script = new vm.Script(source, {
		filename: file,
		...(cachedData === undefined ? {} : {cachedData}),
	});
	if (directory !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
		process.once('exit', () => {
			writeCodeCache(directory, name, script.createCachedData(), {prefix, keep});
		});
	}

	// The bundle keys what it caches (parsed decks) by the build too.
	setBuildId(buildId);
	const module = {exports: {}};
	const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
	wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
}
