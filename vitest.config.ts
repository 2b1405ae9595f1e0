import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Ink draws nothing until exit under CI=true, and colour codes make
		// string assertions brittle, so every test sees a plain terminal.
		// The built CLI keeps its code cache in a directory of the run's own,
		// never in the user's.
		env: {CI: 'false', FORCE_COLOR: '0', XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-test-cache-'))},
		testTimeout: 20_000,
		reporters: ['default', './test/helpers/count-reporter.ts'],
	},
});
