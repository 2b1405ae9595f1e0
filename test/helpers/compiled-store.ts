import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
Compiles the store (and what it imports) for child processes, which are plain
node. The output goes to `.tmp/<name>/` inside the repo, so `conf` and
`ts-fsrs` still resolve from `node_modules`: the app's own build is one
bundle, and a half-finished file elsewhere in the repo must not block a test.
Returns the compiled `score-store.js`.
*/
export function compileStore(name: string): string {
	const outDir = path.join(root, '.tmp', name);
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-store-build-'));
	const config = path.join(scratch, 'tsconfig.json');
	fs.writeFileSync(config, JSON.stringify({
		extends: path.join(root, 'tsconfig.json'),
		// Type roots resolve from the config's own folder, so point them back at the repo.
		compilerOptions: {rootDir: root, outDir, typeRoots: [path.join(root, 'node_modules', '@types')]},
		include: [],
		files: [path.join(root, 'source', 'io', 'store', 'score-store.ts')],
	}));
	try {
		execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], {encoding: 'utf8'});
	} catch (error) {
		throw new Error(`building the store failed:\n${String((error as {stdout?: unknown}).stdout)}`);
	} finally {
		fs.rmSync(scratch, {recursive: true, force: true});
	}

	return path.join(outDir, 'source', 'io', 'store', 'score-store.js');
}
