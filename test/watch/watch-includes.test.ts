/**
`--watch` with includes: saving an included file reloads the deck, as does
creating a missing one.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/io/deck/load.js';
import {watchDeck, type WatchedDeck} from '../../source/io/watch/watch-deck.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave, waitUntil} from '../helpers/wait.js';

const {freshDir} = temporaryDirectories('watch-includes');
const open: WatchedDeck[] = [];
afterEach(() => {
	for (const watched of open.splice(0)) {
		watched.close();
	}
});

const textOf = (watched: WatchedDeck): string => JSON.stringify(watched.current().deck.slides);

function watchIn(files: Record<string, string>) {
	const directory = freshDir();
	for (const [name, text] of Object.entries(files)) {
		fs.writeFileSync(path.join(directory, name), text);
	}

	const deckPath = path.join(directory, 'deck.md');
	const watched = watchDeck(deckPath, loadDeck(deckPath).deck!, {quietMs: 40, pollMs: 200});
	open.push(watched);
	return {directory, watched};
}

describe('watching a deck with includes', () => {
	it('reloads when an included file is saved', async () => {
		const {directory, watched} = watchIn({'deck.md': '# Opening\n\n<!-- end_slide -->\n\n<!-- include: part.md -->\n', 'part.md': '# Part\n\nFirst words.\n'});
		expect(textOf(watched)).toContain('First words.');
		// Give the watch a moment to start, as an editor's save would.
		await giveItTimeToMisbehave(50);
		fs.writeFileSync(path.join(directory, 'part.md'), '# Part\n\nSecond words.\n');
		await waitUntil(() => textOf(watched).includes('Second words.'), 'the deck to reload with the included file\'s new text');
	});

	it('reloads when a missing included file is created', async () => {
		const {directory, watched} = watchIn({'deck.md': '# Opening\n\n<!-- end_slide -->\n\n<!-- include: later.md -->\n'});
		expect(textOf(watched)).toContain('Not included');
		await giveItTimeToMisbehave(50);
		fs.writeFileSync(path.join(directory, 'later.md'), '# Later\n\nHere now.\n');
		await waitUntil(() => textOf(watched).includes('Here now.'), 'the deck to reload once the included file exists');
	});
});
