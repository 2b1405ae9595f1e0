import {defineConfig} from 'vitest/config';
import {sharedTest, slowTests} from './vitest.config.js';

/**
The slow tier (`npm run test:slow`): what is too slow for every run, for CI
and before a release. For now, files of the default tier again with more to
do (test/helpers/tier.ts): the generated-deck properties at four times their
runs (10,000 structured decks in one run), and the store's concurrency tests
with 12 and 20 processes writing at once instead of 6. Any
`*.slow.test.ts(x)` file (a real browser, a real terminal under Xvfb, load
tests) belongs here too.
*/
export default defineConfig({
	test: {
		...sharedTest,
		include: [slowTests, 'test/properties/**/*.test.ts', 'test/store/*concurrency.test.ts'],
		env: {...sharedTest.env, BRIEFING_DECK_TEST_TIER: 'slow'},
	},
});
