/**
Live reload in the built CLI, in a real pseudo-terminal, against the real
file system: a deck saved by writing it and by renaming a new file over it,
a broken save under a banner and its fix, a deck that disappears and comes
back, one replaced by a named pipe; a presenter console that reloads with
the slideshow; and quitting, which the watch never holds up.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {at} from './screen.js';

const {freshDir} = temporaryDirectories('watch-e2e');

afterEach(async () => {
	await disposeAll();
});

const slow = {timeout: 10_000};

const deck = (...slides: string[]): string => slides.join('\n\n---\n\n') + '\n';

const opening = '# Watch Drill\n\nOpening words.';
const stepped = (first: string) => `## Stepped\n\n${first}\n\n<!-- pause -->\n\nSecond reveal.`;
const closing = '## Closing\n\nClosing words.';
const broken = `---\ntitle: [never closed\n---\n\n${opening}`;

/** Waits for a frame drawn to its footer (`slide / slides`) that shows `text`. */
const showsOn = async (app: PtyApp, text: string, slide: number, slides: number): Promise<string> =>
	app.waitFor(screen => screen.includes(text) && at(slide, slides).test(screen), slow);

/** A deck file in a directory of its own, and the slideshow watching it, on slide 2 with both steps shown. */
async function watching(extra: string[] = []) {
	const directory = freshDir();
	const file = path.join(directory, 'talk.md');
	fs.writeFileSync(file, deck(opening, stepped('First reveal.'), closing));
	const runtime = freshDir();
	fs.chmodSync(runtime, 0o700);
	const env = {XDG_RUNTIME_DIR: runtime};
	const show = startApp(['talk.md', '--watch', ...extra], {cwd: directory, env});
	await show.waitFor(at(1, 3), slow);
	await show.press(keys.right, keys.right);
	await showsOn(show, 'Second reveal.', 2, 3);
	return {directory, file, show, env};
}

/** Saves as editors that write a temporary file and rename it over the old one do. */
const saveByRename = (file: string, text: string) => {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
	fs.writeFileSync(temporary, text);
	fs.renameSync(temporary, file);
};

const banner = /talk\.md:\d+:\d+: error: /;

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('--watch in a real terminal', () => {
	it('shows a deck saved by writing it, then by renaming over it, on the same slide and step', async () => {
		const {file, show} = await watching();
		fs.writeFileSync(file, deck(opening, stepped('First reveal, written in place.'), closing));
		expect(await showsOn(show, 'First reveal, written in place.', 2, 3)).toContain('Second reveal.');

		// A slide added before it: the show follows its slide by slug.
		saveByRename(file, deck(opening, '## Added\n\nA new slide.', stepped('First reveal, renamed over.'), closing));
		expect(await showsOn(show, 'First reveal, renamed over.', 3, 4)).toContain('Second reveal.');

		// vim: the old file renamed aside, a new one written, the old one removed.
		fs.renameSync(file, `${file}~`);
		fs.writeFileSync(file, deck(opening, '## Added\n\nA new slide.', stepped('First reveal, saved by vim.'), closing));
		fs.rmSync(`${file}~`);
		await showsOn(show, 'First reveal, saved by vim.', 3, 4);
	});

	it('keeps the last good slide under a one-line banner while the file is broken, and drops the banner once fixed', async () => {
		const {file, show} = await watching();
		saveByRename(file, broken);
		// Drawn to the footer: a frame half drawn is not yet the screen.
		const screen = await show.waitFor(shown => banner.test(shown) && at(2, 3).test(shown), slow);
		expect(screen).toContain('First reveal.');
		expect(screen).toContain('Second reveal.');
		expect(screen.split('\n').filter(line => banner.test(line))).toHaveLength(1);

		fs.writeFileSync(file, deck(opening, stepped('First reveal, fixed.'), closing));
		expect(await showsOn(show, 'First reveal, fixed.', 2, 3)).not.toMatch(banner);
	});

	it('picks up a deck that disappears and comes back, and refuses one replaced by a named pipe', async () => {
		const {file, show} = await watching();
		fs.rmSync(file);
		expect(await showsOn(show, 'talk.md:1:1: error: file not found', 2, 3)).toContain('Second reveal.');
		fs.writeFileSync(file, deck(opening, stepped('First reveal, back again.'), closing));
		expect(await showsOn(show, 'First reveal, back again.', 2, 3)).not.toMatch(banner);

		fs.rmSync(file);
		expect(spawnSync('mkfifo', [file]).status).toBe(0);
		expect(await showsOn(show, 'talk.md:1:1: error: is a named pipe (FIFO), not a regular file', 2, 3)).toContain('First reveal, back again.');
		// Still drawing and reading keys: nothing waits on the pipe.
		await show.press(keys.right);
		await show.waitFor('Closing words.', slow);
		fs.rmSync(file);
		fs.writeFileSync(file, deck(opening, stepped('First reveal.'), closing));
		await show.waitFor(screen => !banner.test(screen) && at(3, 3).test(screen), slow);
	});

	it('started on an empty file, waits under its error for the first good save, then plays it', async () => {
		const directory = freshDir();
		const file = path.join(directory, 'talk.md');
		fs.writeFileSync(file, '');
		const show = startApp(['talk.md', '--watch'], {cwd: directory});
		const waiting = await show.waitFor(screen => screen.includes('Waiting for the first good save') && /talk\.md:1:1: error: the deck is empty.*waiting for the first good save/.test(screen), slow);
		expect(waiting.split('\n').filter(line => banner.test(line))).toHaveLength(1);

		// A broken save on the way: its error replaces the first.
		saveByRename(file, broken);
		await show.waitFor(screen => screen.includes('Waiting for the first good save') && screen.includes('talk.md:2:8: error: the value of `title` opens a `[`'), slow);
		fs.writeFileSync(file, deck(opening, closing));
		expect(await showsOn(show, 'Opening words.', 1, 2)).not.toMatch(banner);

		// The watch goes on from there.
		saveByRename(file, deck(opening, '## Added\n\nA new slide.', closing));
		await show.waitFor(at(1, 3), slow);
		await quits(show);
	});

	it('quits from the waiting screen with q, and refuses a file that is not there, saying how to make it', async () => {
		const directory = freshDir();
		fs.writeFileSync(path.join(directory, 'talk.md'), broken);
		const show = startApp(['talk.md', '--watch'], {cwd: directory});
		await show.waitFor('Waiting for the first good save', slow);
		await quits(show);

		const missing = startApp(['notes.md', '--watch'], {cwd: directory});
		const {exitCode} = await missing.waitForExit({timeout: 5000});
		expect(exitCode).toBe(1);
		expect(missing.screen()).toContain('notes.md:1:1: error: file not found');
		expect(missing.screen()).toContain('touch notes.md');
	});

	it('a solo console with --watch waits for the first good save too', async () => {
		const directory = freshDir();
		const file = path.join(directory, 'talk.md');
		fs.writeFileSync(file, '');
		const presenter = startApp(['presenter', 'talk.md', '--solo', '--watch'], {cwd: directory, cols: 100, rows: 30});
		await presenter.waitFor('Waiting for the first good save', slow);
		saveByRename(file, deck(opening, closing));
		await presenter.waitFor(screen => screen.includes('On its own: no slideshow') && screen.includes('Now: slide 1/2'), slow);
		await quits(presenter);
	});

	it('a presenter console reloads with the slideshow, and neither is held open by the watch', async () => {
		const {directory, file, show, env} = await watching();
		const presenter = startApp(['presenter', 'talk.md'], {cwd: directory, env, cols: 100, rows: 30});
		await presenter.waitFor('Following the slideshow', slow);
		await presenter.waitFor('Now: slide 2/3, step 2/2', slow);
		saveByRename(file, deck(opening, '## Added\n\nA new slide.', stepped('First reveal, for both.'), closing));
		await show.waitFor('First reveal, for both.', slow);
		await presenter.waitFor(screen => screen.includes('Now: slide 3/4, step 2/2') && screen.includes('First reveal, for both.'), slow);
		expect(presenter.screen()).not.toContain('another version');

		await presenter.press('q');
		expect((await presenter.waitForExit()).exitCode).toBe(0);
		await quits(show);
	});

	it('a solo console with --watch reloads on its own, with the banner on its bottom line', async () => {
		const directory = freshDir();
		const file = path.join(directory, 'talk.md');
		fs.writeFileSync(file, deck(opening, stepped('First reveal.'), closing));
		const presenter = startApp(['presenter', 'talk.md', '--solo', '--watch'], {cwd: directory, cols: 100, rows: 30});
		await presenter.waitFor('On its own: no slideshow', slow);
		await presenter.press(keys.right);
		await presenter.waitFor('Now: slide 2/3, step 1/2', slow);
		saveByRename(file, deck(opening, '## Added\n\nA new slide.', stepped('First reveal, rehearsed.'), closing));
		await presenter.waitFor(screen => screen.includes('Now: slide 3/4, step 1/2') && screen.includes('First reveal, rehearsed.'), slow);
		saveByRename(file, broken);
		await presenter.waitFor(screen => banner.test(screen) && screen.includes('Now: slide 3/4'), slow);
		saveByRename(file, deck(opening, stepped('First reveal.'), closing));
		await presenter.waitFor(screen => !banner.test(screen) && screen.includes('Now: slide 2/3'), slow);
		await quits(presenter);
	});
});

async function quits(app: PtyApp): Promise<void> {
	await app.press('q');
	expect((await app.waitForExit({timeout: 3000})).exitCode).toBe(0);
	expect(app.isAlternateScreen()).toBe(false);
}
