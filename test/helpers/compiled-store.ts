import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
Bundles the store (and the source it imports) for child processes, which are
plain node. The output goes to `.tmp/<name>/` inside the repo, so `conf` and
`ts-fsrs`, left out of the bundle, still resolve from `node_modules`: the
app's own build is one bundle of everything, and a half-finished file
elsewhere in the repo must not block a test. Only transpiled: the typecheck
of `npm test` checks the types. Returns the bundled `score-store.js`.
*/
export function compileStore(name: string): string {
	const outfile = path.join(root, '.tmp', name, 'score-store.js');
	buildSync({
		entryPoints: [path.join(root, 'source', 'io', 'store', 'score-store.ts')],
		outfile,
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
	});
	return outfile;
}
