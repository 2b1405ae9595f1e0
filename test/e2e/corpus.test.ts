/**
Decks written for other presenters (`../shared/corpus`, never copied here)
must open and walk to their last slide without a crash.
*/
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, repoRoot, startApp} from '../helpers/pty.js';
import {slidePosition} from './screen.js';

const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');

const corpusDecks = (): string[] => {
	if (!existsSync(corpusDir)) {
		return [];
	}

	return readdirSync(corpusDir, {withFileTypes: true})
		.filter(entry => entry.isDirectory())
		.flatMap(folder => readdirSync(path.join(corpusDir, folder.name))
			.filter(name => name.endsWith('.md'))
			.map(name => `${folder.name}/${name}`))
		.sort();
};

const decks = corpusDecks();
if (!existsSync(corpusDir)) {
	console.warn(`corpus: skipped: ${corpusDir} is not here, so decks written for other presenters are not walked.`);
}

afterEach(async () => {
	await disposeAll();
});

describe.skipIf(!cliIsBuilt() || !existsSync(corpusDir))('compatibility corpus in a real terminal', () => {
	it('finds the corpus', () => {
		expect(decks.length, `no decks under ${corpusDir}`).toBeGreaterThan(0);
	});

	it.each(decks)('walks %s to its last slide', async deck => {
		const app = startApp([path.join(corpusDir, deck)]);
		const first = await app.waitFor(screen => slidePosition(screen)?.slide === 1, {timeout: 10_000});
		const total = slidePosition(first)?.total ?? 0;
		expect(total).toBeGreaterThan(0);

		await app.press(keys.end);
		await app.waitFor(screen => {
			const position = slidePosition(screen);
			return position?.slide === total && position.total === total;
		});

		// Still running: only q ends it.
		await app.press('q');
		expect((await app.waitForExit()).exitCode).toBe(0);
		expect(app.isAlternateScreen()).toBe(false);
	});
});
