import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {configDefaults, defineConfig, type ViteUserConfig} from 'vitest/config';

/** Files of the slow tier (vitest.slow.config.ts), left out of every `npm test`. */
export const slowTests = 'test/**/*.slow.test.{ts,tsx}';

/**
The built CLI keeps its code cache in a directory of the run's own, never in
the user's; the run removes it as it ends, so runs leave nothing behind.
*/
const codeCache = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-test-cache-'));
process.once('exit', () => {
	rmSync(codeCache, {recursive: true, force: true});
});

/** What both tiers share. */
export const sharedTest = {
	// Ink draws nothing until exit under CI=true, and colour codes make
	// string assertions brittle, so every test sees a plain terminal.
	env: {CI: 'false', FORCE_COLOR: '0', XDG_CACHE_HOME: codeCache},
	testTimeout: 20_000,
	reporters: ['default', './test/helpers/count-reporter.ts'],
} satisfies ViteUserConfig['test'];

/** The tier every `npm test` runs: units, screens and end-to-end tests. */
export default defineConfig({
	test: {
		...sharedTest,
		// Vitest runs one file fewer at a time than there are cores: on two,
		// one file at a time, the other core idle while a screen test waits
		// for a frame or an end-to-end test for its program. Two at least.
		maxWorkers: Math.max(2, os.availableParallelism() - 1),
		include: ['test/**/*.test.{ts,tsx}'],
		exclude: [...configDefaults.exclude, slowTests],
	},
});
