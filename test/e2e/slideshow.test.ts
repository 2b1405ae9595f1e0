/**
The built CLI in a real pseudo-terminal: what a presenter sees and what the
keys do. Skipped only until `dist/cli.js` exists; CI builds first.
*/
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type Exit, type PtyApp} from '../helpers/pty.js';
import {at, fixtureDeck, flat} from './screen.js';

const navigation = fixtureDeck('navigation.md');
const pauses = fixtureDeck('pauses.md');
const total = 8;

const titles = ['Alpha Slide', 'Bravo Slide', 'Charlie Slide', 'Delta Slide', 'Echo Slide', 'Foxtrot Slide', 'Golf Slide', 'Hotel Slide'];

/** Slide titles may be styled in any case, so match them case-insensitively. */
const title = (text: string): RegExp => new RegExp(text, 'i');

/** Start the CLI on a deck of `slides` slides and wait for its first slide. */
const open = async (deck = navigation, slides = total, options: {cols?: number; rows?: number} = {}): Promise<PtyApp> => {
	const app = startApp([deck], options);
	await app.waitFor(at(1, slides), {timeout: 10_000});
	return app;
};

const expectRestored = (app: PtyApp) => {
	expect(app.isAlternateScreen()).toBe(false);
	expect(app.cursorHidden()).toBe(false);
	const raw = app.rawOutput();
	expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
};

/** A clean exit, or the conventional 128 + n, or death by the signal itself after cleanup. */
const endedBy = (exit: Exit, signal: number): boolean =>
	exit.exitCode === 0 || exit.exitCode === 128 + signal || exit.signal === signal;

afterEach(async () => {
	await disposeAll();
});

describe.skipIf(!cliIsBuilt())('slideshow in a real terminal', () => {
	it('opens a deck full screen on slide 1 with the footer', async () => {
		const app = await open();

		const screen = app.screen();
		expect(screen).toMatch(title('Alpha Slide'));
		expect(screen).toContain('Opening words for the drill.');
		expect(screen).toContain('Navigation Drill');
		expect(screen).toMatch(/\d+:\d\d/);
		// The quiz after `<!-- quiz -->` is not a slide.
		expect(screen).toMatch(at(1, 8));
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.cursorHidden()).toBe(true);
	});

	it('draws and answers keys in a terminal even when CI is set in the environment', async () => {
		// Ink alone would draw nothing until exit under CI=true.
		const app = startApp([navigation], {env: {CI: 'true', CONTINUOUS_INTEGRATION: 'true'}});
		await app.waitFor(at(1, total), {timeout: 10_000});
		expect(app.screen()).toMatch(title('Alpha Slide'));
		await app.press(keys.right);
		await app.waitFor(at(2, total));
	});

	it('opens the bundled deck when no deck is given', async () => {
		const app = startApp([]);
		await app.waitFor(/(?:^|\D)1 \/ \d+(?:\D|$)/m, {timeout: 10_000});
		expect(app.screen()).toMatch(/Karpathy Joins Anthropic/i);
	});

	it('moves forward with every next key and back with every previous key', async () => {
		const app = await open();

		const nextKeys = [keys.right, keys.down, keys.space, keys.enter, keys.pageDown, 'l', 'j'];
		for (const [index, key] of nextKeys.entries()) {
			await app.press(key);
			await app.waitFor(at(index + 2, total));
		}

		expect(app.screen()).toMatch(title('Hotel Slide'));

		const previousKeys = [keys.left, keys.up, keys.backspace, keys.pageUp, 'h', 'k'];
		for (const [index, key] of previousKeys.entries()) {
			await app.press(key);
			await app.waitFor(at(total - index - 1, total));
		}

		expect(app.screen()).toMatch(title('Bravo Slide'));
	});

	it('goes to the first and last slide', async () => {
		const app = await open();

		await app.press(keys.end);
		await app.waitFor(at(8, total));
		expect(app.screen()).toMatch(title('Hotel Slide'));

		await app.press(keys.home);
		await app.waitFor(at(1, total));

		await app.press('G');
		await app.waitFor(at(8, total));

		await app.press('g', 'g');
		await app.waitFor(at(1, total));
		expect(app.screen()).toMatch(title('Alpha Slide'));
	});

	it('jumps to a slide by number', async () => {
		const app = await open();

		await app.press('5', keys.enter);
		await app.waitFor(at(5, total));
		expect(app.screen()).toMatch(title('Echo Slide'));

		await app.press('3', 'G');
		await app.waitFor(at(3, total));
		expect(app.screen()).toMatch(title('Charlie Slide'));
	});

	it('shows an end screen after the last slide, and comes back from it', async () => {
		const app = await open();

		await app.press(keys.end);
		await app.waitFor('Closing words of the drill.');

		await app.press(keys.right);
		await app.waitFor(screen => !screen.includes('Closing words of the drill.'));

		await app.press(keys.left);
		await app.waitFor('Closing words of the drill.');
		expect(app.screen()).toMatch(at(8, total));
	});

	it('searches the slides and steps through the hits', async () => {
		const app = await open();

		await app.pressAndWait(['/']);
		await app.type('zeppelin');
		await app.waitFor('zeppelin');
		await app.press(keys.enter);
		await app.waitFor(at(2, total));
		expect(app.screen()).toContain('The zeppelin drifts over the field.');

		await app.press('n');
		await app.waitFor(at(5, total));
		expect(app.screen()).toContain('A second zeppelin sighting');

		await app.press('N');
		await app.waitFor(at(2, total));
	});

	it('lists every slide title in the overview and opens the one picked', async () => {
		const app = await open();

		await app.press('o');
		await app.waitFor(screen => titles.every(text => title(text).test(screen)));

		await app.press(keys.down, keys.down, keys.down, keys.enter);
		await app.waitFor(at(4, total));
		const screen = app.screen();
		expect(screen).toContain('Marzipan is only here.');
		expect(screen).not.toMatch(title('Hotel Slide'));
	});

	it('reveals a paused slide step by step, then moves on', async () => {
		const app = await open(pauses, 2);
		await app.waitFor('Step one is visible.');
		expect(app.screen()).not.toContain('Step two appears.');

		await app.press(keys.right);
		await app.waitFor('Step two appears.');
		expect(app.screen()).not.toContain('Step three appears.');
		expect(app.screen()).toMatch(at(1, 2));

		await app.press(keys.right);
		await app.waitFor('Step three appears.');
		expect(app.screen()).toMatch(at(1, 2));

		await app.press(keys.right);
		await app.waitFor(at(2, 2));
		expect(app.screen()).toContain('Nothing more to reveal.');
	});

	it('reveals every step at once with s', async () => {
		const app = await open(pauses, 2);
		await app.waitFor('Step one is visible.');

		await app.press('s');
		await app.waitFor(screen => screen.includes('Step two appears.') && screen.includes('Step three appears.'));
		expect(app.screen()).toMatch(at(1, 2));
	});

	it('blacks out the screen until any key', async () => {
		const app = await open();

		for (const key of ['b', '.']) {
			await app.press(key);
			await app.waitFor(screen => !title('Alpha Slide').test(screen));

			await app.press('x');
			await app.waitFor(title('Alpha Slide'));
			expect(app.screen()).toMatch(at(1, total));
		}
	});

	it('opens and closes the help overlay', async () => {
		const app = await open();

		await app.press('?');
		await app.waitFor(/quit/i);

		await app.press(keys.escape);
		await app.waitFor(screen => !/quit/i.test(screen));
		expect(app.screen()).toMatch(title('Alpha Slide'));
	});

	it('hides and shows the footer', async () => {
		const app = await open();

		await app.press('f');
		await app.waitFor(screen => !at(1, total).test(screen));
		expect(app.screen()).toMatch(title('Alpha Slide'));

		await app.press('f');
		await app.waitFor(at(1, total));
	});

	it('lays the slide out again when the terminal is resized', async () => {
		const app = await open(navigation, total, {cols: 100, rows: 30});
		const oneLine = (screen: string) => screen.split('\n').some(line => line.includes('Wrapstart') && line.includes('wrapend'));
		expect(oneLine(app.screen())).toBe(true);

		app.resize(50, 16);
		await app.waitFor(screen => screen.includes('Wrapstart') && screen.includes('wrapend') && !oneLine(screen) && at(1, total).test(screen));
		const lines = app.screen().split('\n');
		expect(lines).toHaveLength(16);
		// The footer stays at the bottom of the smaller screen.
		expect(lines.slice(-3).join('\n')).toMatch(at(1, total));

		await app.press(keys.right);
		await app.waitFor(at(2, total));
	});

	it('works in a 40x12 terminal', async () => {
		const app = await open(navigation, total, {cols: 40, rows: 12});
		expect(app.screen()).toMatch(title('Alpha Slide'));

		await app.press(keys.right);
		await app.waitFor(at(2, total));
		expect(app.screen()).toMatch(title('Bravo Slide'));
	});

	it('says what size it needs in a 30x10 terminal, and recovers when it grows', async () => {
		const app = startApp([navigation], {cols: 30, rows: 10});
		await app.waitFor(screen => /\b40\b\D{1,40}\b12\b/.test(flat(screen)), {timeout: 10_000});
		expect(app.screen()).not.toMatch(title('Alpha Slide'));

		app.resize(60, 16);
		await app.waitFor(screen => title('Alpha Slide').test(screen) && at(1, total).test(screen));
		expect(flat(app.screen())).not.toMatch(/\b40\b\D{1,40}\b12\b/);
	});

	it('restores the terminal when q quits', async () => {
		const app = await open();

		await app.press('q');
		const exit = await app.waitForExit();
		expect(exit.exitCode).toBe(0);
		expectRestored(app);
	});

	it('restores the terminal on Ctrl+C', async () => {
		const app = await open();

		await app.press(keys.ctrlC);
		expect(endedBy(await app.waitForExit(), 2)).toBe(true);
		expectRestored(app);
	});

	it.each([
		['SIGTERM', 15],
		['SIGHUP', 1],
	] as const)('restores the terminal on %s', async (signal, number) => {
		const app = await open();

		app.kill(signal);
		expect(endedBy(await app.waitForExit(), number)).toBe(true);
		expectRestored(app);
	});
});
