/**
A meeting with phones, end to end: the room quiz of the built CLI runs in a
real pseudo-terminal with `--serve`, and three phones (headless Chromium at
390×844) open the address it shows, join, answer, change an answer, see the
reveal and their own score at the end, while the room screen shows the QR
code (read back by a decoder), how many joined and answered and, after the
reveal, the chart with hands and phones apart and added. axe-core checks the
page at each phase. Traffic stays on loopback.
*/
import type {Browser, Page} from 'playwright-core';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {accessibilityViolations, browserMissing, launchChromium, phonePage} from '../helpers/chromium.js';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp} from '../helpers/pty.js';
import {readQr} from '../helpers/read-qr.js';
import {fixtureDeck} from './screen.js';

const missing = [...browserMissing, ...(cliIsBuilt() ? [] : ['dist/cli.js (node scripts/build.js)'])];
if (missing.length > 0) {
	console.warn(`skipped: the phones' browser test needs ${missing.join(', ')}`);
}

let browser: Browser | undefined;
afterEach(async () => {
	await disposeAll();
});
afterAll(async () => {
	await browser?.close();
});

describe.skipIf(missing.length > 0)('a room quiz answered from phones', () => {
	it('three phones join, answer, change an answer, see the reveal and their score, while the room sees the counts and the chart', async () => {
		browser = await launchChromium();
		const app = startApp(['quiz', '--room', fixtureDeck('quiz-small.md'), '--seed', '3', '--serve', '--host', '127.0.0.1', '--port', '0'], {cols: 100, rows: 40});
		// The join screen: the URL as text, the join code, and a QR code of the same URL that a decoder reads.
		const intro = await app.waitFor(/Join code +[A-Z\d]{6}/, {timeout: 15_000});
		const url = /http:\/\/127\.0\.0\.1:\d+\/j\/[A-Z\d]+/.exec(intro)?.[0];
		expect(url, intro).toBeDefined();
		expect(readQr(intro), intro).toBe(url);
		expect(intro).toContain('0 phones joined');

		const phones = await Promise.all([0, 1, 2].map(async () => {
			const page = await phonePage(browser!);
			const errors: string[] = [];
			page.on('console', message => {
				if (message.type() === 'error') {
					errors.push(message.text());
				}
			});
			await page.goto(url!);
			await page.getByText('You are in.').waitFor();
			return {page, errors};
		}));
		await app.waitFor('3 phones joined');
		expect(await accessibilityViolations(phones[0]!.page)).toEqual([]);

		// The presenter starts: each phone shows the question at once.
		await app.press(keys.space);
		for (const {page} of phones) {
			await page.getByText('How many gulls does the keeper count?').waitFor();
		}

		// The corner says where to join, and counts.
		await app.waitFor(/code [A-Z\d]{6} · 3 joined · 0 answered/);
		const [first, second, third] = phones.map(phone => phone.page) as [Page, Page, Page];
		// One person without a phone: the presenter counts their hand for Seven gulls, under the letter the room sees.
		const seven = /^([A-C])\. /.exec(await first.getByRole('button', {name: /Seven gulls/}).textContent() ?? '')?.[1];
		expect(seven).toBeDefined();
		await app.press(seven!.toLowerCase(), '1', keys.enter);
		await first.getByRole('button', {name: /Seven gulls/}).click();
		await second.getByRole('button', {name: /Three gulls/}).click();
		await third.getByRole('button', {name: /Eleven gulls/}).click();
		// The second changes their mind before the reveal.
		await second.getByText('Your answer is in').waitFor();
		await second.getByRole('button', {name: /Seven gulls/}).click();
		const chosen = second.getByRole('button', {name: /Seven gulls/});
		await expect.poll(async () => chosen.getAttribute('aria-pressed')).toBe('true');
		expect(await chosen.textContent()).toContain('your answer');
		expect(await second.getByRole('button', {name: /Three gulls/}).getAttribute('aria-pressed')).toBe('false');
		await second.getByText(/Your answer is in: [A-C]\./).waitFor();
		expect(await accessibilityViolations(second)).toEqual([]);
		let screen = await app.waitFor('3 joined · 3 answered');
		// Before the reveal the room sees how many answered, not what.
		expect(screen).not.toMatch(/\d+ · \d+%|\d+ phones?\b(?! joined)/);

		// The reveal: the chart of hands and phones on the room screen, added and shown apart; each phone its own verdict.
		await app.press(keys.space);
		screen = await app.waitFor(/3 · 75% +\(1 hand \+ 2 phones\)/);
		expect(screen).toMatch(/1 · 25% +\(0 hands \+ 1 phone\)/);
		expect(screen).toMatch(/0 · 0% +\(0 hands \+ 0 phones\)/);
		await first.getByText('You had it right.').waitFor();
		await second.getByText('You had it right.').waitFor();
		await third.getByText('Not this time.').waitFor();
		await third.getByText('Too many: the keeper is not that lucky.').waitFor();
		expect(await first.getByText('The keeper counts seven every morning.').count()).toBe(1);
		expect(await accessibilityViolations(third)).toEqual([]);
		// Too late to change it now.
		expect(await third.getByRole('button', {name: /Seven gulls/}).count()).toBe(0);

		// Straight to the end: each phone shows its own score, which the room never sees.
		await app.press('q');
		await app.waitFor('How the room did');
		await first.getByText('You had 1 of 1 right.', {exact: true}).waitFor();
		await third.getByText('You had 0 of 1 right.', {exact: true}).waitFor();
		expect(await accessibilityViolations(first)).toEqual([]);
		expect(app.screen()).not.toContain('of 1 right');

		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		// The server stopped with the quiz.
		await expect(fetch(url!)).rejects.toThrow();
		// Told the quiz ended, no phone tries to reconnect: its console holds no error at all.
		for (const {page, errors} of phones) {
			expect(await page.getByText('The quiz has ended.').count()).toBe(1);
			expect(errors).toEqual([]);
		}
	}, 90_000);
});

describe.skipIf(!cliIsBuilt())('serving a room quiz where it cannot', () => {
	it('says so, with the way out, when the port is in use, and exits 1 before taking the screen', async () => {
		const {createServer} = await import('node:http');
		const blocker = createServer();
		await new Promise<void>(resolve => {
			blocker.listen(0, '127.0.0.1', resolve);
		});
		try {
			const {port} = blocker.address() as {port: number};
			const app = startApp(['quiz', '--room', fixtureDeck('quiz-small.md'), '--serve', '--host', '127.0.0.1', '--port', String(port)]);
			expect((await app.waitForExit({timeout: 15_000})).exitCode).toBe(1);
			expect(app.rawOutput()).toContain(`briefing-deck: cannot serve the room quiz to phones: port ${port} is already in use on 127.0.0.1; choose another with --port`);
			expect(app.isAlternateScreen()).toBe(false);
		} finally {
			blocker.close();
		}
	});
});
