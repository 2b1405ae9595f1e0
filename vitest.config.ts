import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Ink draws nothing until exit under CI=true, and colour codes make
		// string assertions brittle, so every test sees a plain terminal.
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
		reporters: ['default', './test/helpers/count-reporter.ts'],
	},
});
