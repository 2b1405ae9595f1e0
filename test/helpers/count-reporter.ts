import type {Reporter, TestModule} from 'vitest/node';

/**
Ends the run with one plain `N passed, N failed, N skipped` line, so a log
reader that knows no vitest can still tell how many tests ran.
*/
export default class CountReporter implements Reporter {
	onTestRunEnd(testModules: readonly TestModule[]): void {
		const counts = {passed: 0, failed: 0, skipped: 0};
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed' || state === 'failed' || state === 'skipped') {
					counts[state]++;
				}
			}
		}

		process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
	}
}
