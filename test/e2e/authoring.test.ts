/**
Decks with an author's loose ends, played from the built CLI in a real
terminal: a broken link does not stop the talk, and a deck that is only a
quiz opens on its quiz.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp} from '../helpers/pty.js';
import {at, flat} from './screen.js';

const made: string[] = [];

const deckFile = (name: string, text: string): string => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-authoring-e2e-'));
	made.push(dir);
	const file = path.join(dir, name);
	fs.writeFileSync(file, text);
	return file;
};

afterEach(async () => {
	await disposeAll();
	for (const dir of made.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

describe.skipIf(!cliIsBuilt())('authoring mistakes in a real terminal', () => {
	it('a broken #link: the slideshow opens with a one-line warning, and the link is plain text', async () => {
		const deck = deckFile('talk.md', '# Talk\n\nSee [the end](#teh-end) later.\n\n---\n\n## The end\n');
		const store = path.dirname(deck);
		const app = startApp([deck, '--store', store]);
		const screen = await app.waitFor(at(1, 2), {timeout: 10_000});
		expect(flat(screen)).toContain('See the end later.');
		// A slideshow that could have a console holds its opening notice a moment
		// (a waiting console attaches within it, and then the notice is the console's).
		await app.waitFor(shown => flat(shown).includes('1 broken link shown as plain text'));
		await app.press(keys.right);
		await app.waitFor(at(2, 2));
		expect(app.screen()).not.toContain('broken link');
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
	});

	it('a deck that is only a quiz opens on the quiz, not on an empty `1 / 0`', async () => {
		const deck = deckFile('drill.md', '<!-- quiz -->\n\n# Drill\n\n## Which?\n\n- [x] This\n- [ ] That\n');
		const app = startApp([deck, '--store', path.dirname(deck)]);
		const screen = await app.waitFor('1 question', {timeout: 10_000});
		expect(screen).toContain('Drill');
		expect(screen).not.toMatch(/\d+ \/ 0/);
	});
});
