/*
Bundles the CLI into dist/ with esbuild, every runtime dependency inside, so
the published package depends on nothing and `npx briefing-deck` downloads
one package. `npm run build` typechecks first, then runs this.
*/
import {chmodSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/*
conf imports ajv for its `schema` option and builds a validator only when
given one. The store gives none (source/store/settings-check.ts checks the
file instead), so ajv would be two thirds of the store's code, evaluated on every
launch and never used. It is left out; should a schema ever be passed, the
stand-in throws at once rather than validating nothing.
*/
const leaveOutAjv = {
	name: 'leave-out-ajv',
	setup(builder) {
		builder.onResolve({filter: /^ajv(?:-formats)?(?:\/|$)/}, ({path: name}) => ({path: name, namespace: 'left-out'}));
		builder.onLoad({filter: /.*/, namespace: 'left-out'}, ({path: name}) => ({
			contents: `const leftOut = () => { throw new Error(${JSON.stringify(`${name} is not in this build: conf must not be given a schema`)}); };
export class Ajv2020 { constructor() { leftOut(); } }
export default leftOut;`,
			loader: 'js',
		}));
	},
};

rmSync(dist, {recursive: true, force: true});
await build({
	absWorkingDir: root,
	// parse.js on its own is for the benchmarks, which time the parser in process.
	entryPoints: ['cli.tsx', 'source/deck/parse.ts'],
	outbase: '.',
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Ink loads it only when DEV=true, and says how to install it if missing.
	external: ['react-devtools-core'],
	// React's production build; without this the development one is bundled.
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies call require() for Node's built-in modules.
	banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	plugins: [leaveOutAjv],
	logLevel: 'warning',
});
chmodSync(path.join(dist, 'cli.js'), 0o755);
