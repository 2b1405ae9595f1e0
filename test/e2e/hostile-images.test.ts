/**
Hostile images, through the built CLI: a PNG whose header claims 100,000 ×
100,000 pixels, a PNG cut short, a GIF whose screen claims 4 gigapixels, a
symlink to /dev/zero, a path out of the deck's folder with `../`, and a file
name with escape bytes (made inert as the deck is read, so never found). `check` warns of each at its line, with every name
inert; the slideshow plays the deck through, each image its alt text, says on
its status line how many cannot be drawn, and quits, all in bounded time.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {right} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, runCli, startApp} from '../helpers/pty.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-images-'));
const dir = path.join(root, 'talk');
fs.mkdirSync(dir);
afterEach(disposeAll);
afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

/** A PNG of noise, so that cutting it short leaves its header whole and its data broken. */
function noisePng(width: number, height: number): Buffer {
	const png = new PNG({width, height});
	for (let index = 0; index < png.data.length; index++) {
		png.data[index] = index % 4 === 3 ? 255 : (index * 7919) % 251;
	}

	return PNG.sync.write(png);
}

const escapeName = 'logo\u001B[31mred.png';

function writeDeck(): string {
	// 100,000 × 100,000 in the header of a real 1×1 PNG: 10 gigapixels claimed in 70 bytes.
	const huge = noisePng(1, 1);
	huge.writeUInt32BE(100_000, 16);
	huge.writeUInt32BE(100_000, 20);
	fs.writeFileSync(path.join(dir, 'huge.png'), huge);
	const whole = noisePng(200, 100);
	fs.writeFileSync(path.join(dir, 'cut.png'), whole.subarray(0, Math.floor(whole.length / 2)));
	// A GIF whose logical screen is 65,535 × 65,535, with one 1×1 frame.
	fs.writeFileSync(path.join(dir, 'bomb.gif'), Buffer.from([...Buffer.from('GIF89a'), 0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B]));
	fs.symlinkSync('/dev/zero', path.join(dir, 'zero.png'));
	fs.writeFileSync(path.join(root, 'outside.png'), noisePng(10, 10));
	fs.writeFileSync(path.join(dir, escapeName), noisePng(10, 10));
	const slides = [
		'# Hostile pictures\n\n![A huge claim](huge.png)',
		'## Cut short\n\n![A cut picture](cut.png)',
		'## A bomb\n\n![A GIF bomb](bomb.gif)',
		'## Zeros\n\n![Endless zeros](zero.png)',
		'## Outside\n\n![From outside](../outside.png)',
		`## Escapes\n\n![An escaping name](<${escapeName}>)`,
		'## The end\n\nStill standing.',
	];
	const file = path.join(dir, 'deck.md');
	fs.writeFileSync(file, slides.join('\n\n---\n\n') + '\n');
	return file;
}

const deck = writeDeck();

describe.skipIf(!cliIsBuilt())('hostile images', () => {
	it('are each a `check` warning at their line, with the escape bytes in a name made visible, never sent', async () => {
		const {stdout, stderr, code} = await runCli(['check', deck]);
		const output = stdout + stderr;
		expect(code).toBe(0);
		expect(output).not.toContain('\u001B');
		expect(output).toMatch(/deck\.md:3:1: warning: image `huge\.png` is 100,000 × 100,000 pixels, more than the 40 megapixels decoded here/);
		expect(output).toMatch(/deck\.md:9:1: warning: image `cut\.png` is broken or cut short/);
		expect(output).toMatch(/deck\.md:15:1: warning: image `bomb\.gif` is 65,535 × 65,535 pixels/);
		expect(output).toMatch(/deck\.md:21:1: warning: image `zero\.png` is outside the deck's folder/);
		expect(output).toMatch(/deck\.md:27:1: warning: image `\.\.\/outside\.png` is outside the deck's folder/);
		// The name as the deck wrote it, its escape byte shown as the visible ␛.
		expect(output).toContain('deck.md:33:1: warning: image `logo␛[31mred.png` was not found');
		expect(output).toContain('6 warnings');
	}, 20_000);

	it('leave a deck that still plays: each image its alt text, a word on the status line, to the last slide and out', async () => {
		const app = startApp([deck, '--images', 'blocks'], {cols: 100, rows: 30});
		await app.waitFor(screen => screen.includes('[image: A huge claim]') && screen.includes('1 / 7') && screen.includes('5 images shown as their alt text'), {timeout: 10_000});
		const shown = ['A cut picture', 'A GIF bomb', 'Endless zeros', 'From outside', 'An escaping name'];
		for (const [index, alt] of shown.entries()) {
			await app.press(right);
			// The cut picture's header is whole: it is found broken as it is decoded, and then laid out as its alt text.
			await app.waitFor(text => text.includes(`${index + 2} / 7`) && text.includes(`[image: ${alt}]`), {timeout: 5000});
		}

		await app.press(right);
		await app.waitFor(screen => screen.includes('Still standing.'), {timeout: 5000});
		expect(app.rawOutput()).not.toContain('[31mred');
		await app.press('q');
		expect((await app.waitForExit({timeout: 5000})).exitCode).toBe(0);
	}, 30_000);
});
