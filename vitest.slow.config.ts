import {defineConfig} from 'vitest/config';
import {sharedTest, slowTests} from './vitest.config.js';

/**
The slow tier (`npm run test:slow`): what is too slow for every run, for CI
and before a release. For now, the generated-deck properties at four times
their runs (10,000 structured decks in one run); any `*.slow.test.ts(x)` file
(a real browser, a real terminal under Xvfb, load tests) belongs here too.
*/
export default defineConfig({
	test: {
		...sharedTest,
		include: [slowTests, 'test/properties/**/*.test.ts'],
		env: {...sharedTest.env, PROPERTY_RUNS_SCALE: '4'},
	},
});
