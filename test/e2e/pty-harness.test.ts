import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {disposeAll, startProgram} from '../helpers/pty.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'echo-keys.mjs');

afterEach(async () => {
	await disposeAll();
});

describe('pty harness', () => {
	it('shows what the program draws, in the alternate screen with the cursor hidden', async () => {
		const app = startProgram(fixture, [], {cols: 60, rows: 15});
		await app.waitFor('fixture ready');

		expect(app.screen()).toContain('size 60x15');
		expect(app.screen().split('\n')).toHaveLength(15);
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.cursorHidden()).toBe(true);
		expect(app.rawOutput()).toContain('\u001B[?1049h');
	});

	it('gives the program a plain, non-CI terminal', async () => {
		const app = startProgram(fixture, [], {env: {CI: 'true'}});
		await app.waitFor('fixture ready');

		// An explicit override wins over the harness defaults.
		expect(app.screen()).toContain('env CI=true TERM=xterm-256color FORCE_COLOR=0');
		await app.dispose();

		const plain = startProgram(fixture);
		await plain.waitFor('env CI=false TERM=xterm-256color FORCE_COLOR=0');
	});

	it('writes raw key bytes, one key at a time', async () => {
		const app = startProgram(fixture);
		await app.waitFor('last key (none)');

		await app.press(keys.down);
		await app.waitFor(String.raw`last key "\u001b[B"`);
		await app.press(keys.pageDown);
		await app.waitFor(String.raw`last key "\u001b[6~"`);
		await app.press('a', 'b');
		await app.waitFor('last key "b"');
		await app.type('xyz');
		await app.waitFor(/last key "z"$/m);
		await app.press(keys.enter);
		await app.waitFor(screen => screen.includes(String.raw`last key "\r"`));
	});

	it('holds the first key until the program reads raw keys', async () => {
		const app = startProgram(fixture, ['late-raw']);
		await app.waitFor('fixture ready');

		// Written at once, these would be echoed and then read as one chunk "ab".
		await app.press('a', 'b');
		await app.waitFor('last key "b"');
		expect(app.rawOutput()).not.toContain('last key "ab"');
	});

	it('waits for a busy program to read each key before writing the next', async () => {
		const app = startProgram(fixture, ['busy']);
		await app.waitFor('fixture ready');

		await app.press('a', 'b', 'c');
		await app.waitFor('reads 3');
		expect(app.screen()).toContain('last key "c"');
	});

	it('waits for the screen to change after a key, but not forever', async () => {
		const app = startProgram(fixture);
		await app.waitFor('last key (none)');

		await app.pressAndWait(['x']);
		await app.waitFor('last key "x"', {timeout: 100});

		// A key that changes nothing: it gives up after the timeout.
		const started = Date.now();
		await app.pressAndWait(['i'], {timeout: 200});
		expect(Date.now() - started).toBeGreaterThanOrEqual(150);
	});

	it('resizes the pty and the screen together', async () => {
		const app = startProgram(fixture, [], {cols: 80, rows: 24});
		await app.waitFor('size 80x24');

		app.resize(50, 12);
		await app.waitFor('size 50x12');
		expect(app.screen().split('\n')).toHaveLength(12);
	});

	it('sees the terminal restored when the program quits', async () => {
		const app = startProgram(fixture);
		await app.waitFor('fixture ready');

		await app.press('q');
		const exit = await app.waitForExit();

		expect(exit.exitCode).toBe(0);
		expect(app.isAlternateScreen()).toBe(false);
		expect(app.cursorHidden()).toBe(false);
		expect(app.screen()).toContain('normal buffer before start');
		expect(app.screen()).toContain('bye');
	});

	it('delivers Ctrl+C as a byte in raw mode', async () => {
		const app = startProgram(fixture);
		await app.waitFor('fixture ready');

		await app.press(keys.ctrlC);
		expect((await app.waitForExit()).exitCode).toBe(130);
		expect(app.screen()).toContain('interrupted');
		expect(app.isAlternateScreen()).toBe(false);
	});

	it('sends signals to the program', async () => {
		const app = startProgram(fixture);
		await app.waitFor('fixture ready');

		app.kill('SIGTERM');
		expect((await app.waitForExit()).exitCode).toBe(143);
		expect(app.screen()).toContain('terminated');
		expect(app.cursorHidden()).toBe(false);
	});

	it('rejects with the current screen when the text never appears', async () => {
		const app = startProgram(fixture);
		await app.waitFor('fixture ready');

		const failure = app.waitFor('no such text', {timeout: 300});
		await expect(failure).rejects.toThrow(/Timed out after 300 ms waiting for "no such text"/);
		await expect(failure).rejects.toThrow(/fixture ready/);
	});

	it('rejects at once when the program exits before the text appears', async () => {
		const app = startProgram(fixture, ['exit-early']);

		const started = Date.now();
		await expect(app.waitFor('fixture ready', {timeout: 4000})).rejects.toThrow(/exited \(code 3[^]*leaving at once/);
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('kills a program that is still running on dispose', async () => {
		const app = startProgram(fixture);
		await app.waitFor('fixture ready');

		await app.dispose();
		const exit = await app.exited;
		expect(exit.signal).toBeDefined();
		expect(() => process.kill(app.pid, 0)).toThrow();
	});
});
