/**
Headless Chromium for the tests that play the room's phones: Debian's
`chromium` package driven by playwright-core (`.ci/run` installs it), with
`--no-sandbox` only when run as root. A test that needs it skips, saying
what is missing, where it is not there.
*/
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Browser, Page} from 'playwright-core';

export const chromiumPath = process.env['BRIEFING_DECK_CHROMIUM'] ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const resolvable = (name: string): boolean => {
	try {
		require.resolve(name);
		return true;
	} catch {
		return false;
	}
};

/** What the browser tests need and this machine lacks, in words; empty when all is there. */
export const browserMissing: string[] = [
	...(existsSync(chromiumPath) ? [] : [`Chromium at ${chromiumPath} (Debian's chromium package; .ci/run installs it)`]),
	...(resolvable('playwright-core') ? [] : ['playwright-core (npm install)']),
	...(resolvable('axe-core') ? [] : ['axe-core (npm install)']),
];

export async function launchChromium(): Promise<Browser> {
	const {chromium} = await import('playwright-core');
	return chromium.launch({executablePath: chromiumPath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : []});
}

/** A page in a phone's shape: 390×844, touch. */
export async function phonePage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
	return context.newPage();
}

/** axe-core's source, run in the page: the page's own CSP does not apply to what the test evaluates. */
export async function accessibilityViolations(page: Page): Promise<unknown[]> {
	const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
	await page.evaluate(source);
	const result = await page.evaluate(async () => (globalThis as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; help: string; nodes: unknown[]}>}>}}).axe.run());
	return result.violations.map(violation => ({id: violation.id, help: violation.help, nodes: violation.nodes.length}));
}
