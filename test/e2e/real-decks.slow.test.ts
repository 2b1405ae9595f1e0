/**
Every real deck written for another presenter (test/fixtures/real-decks, and
../shared/corpus where present) opens in the built slideshow and walks, one
right-arrow at a time, to its last slide.
*/
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp} from '../helpers/pty.js';
import {listRealDecks, realDecksDir} from '../helpers/real-decks.js';
import {corpusDir, explainMissingShared, hasCorpus} from '../helpers/shared.js';
import {slidePosition} from './screen.js';

afterEach(async () => {
	await disposeAll();
});

async function walkToTheEnd(file: string): Promise<void> {
	const app = startApp([file]);
	const first = await app.waitFor(screen => slidePosition(screen)?.slide === 1, {timeout: 10_000});
	const total = slidePosition(first)?.total ?? 0;
	expect(total).toBeGreaterThan(0);
	for (let slide = 2; slide <= total; slide++) {
		// A slide with pauses takes one press per step, so press until the counter moves on.
		for (let presses = 0; slidePosition(app.screen())?.slide !== slide; presses++) {
			expect(presses, `stuck before slide ${slide}`).toBeLessThan(50);
			// Waits until the screen changes (a step or a slide), then until the program is idle.
			await app.pressAndWait([keys.right]);
			await app.waitForIdle();
		}
	}

	expect(slidePosition(app.screen())).toMatchObject({slide: total, total});
	await app.press('q');
	expect((await app.waitForExit()).exitCode).toBe(0);
}

describe.skipIf(!cliIsBuilt())('real decks in a real terminal', () => {
	it.each(listRealDecks(realDecksDir))('walks $name to its last slide', async ({file}) => walkToTheEnd(file), 120_000);
});

if (!hasCorpus()) {
	describe('the shared corpus in a real terminal', () => {
		explainMissingShared('the corpus of decks');
	});
}

describe.skipIf(!cliIsBuilt() || !hasCorpus())('the shared corpus in a real terminal', () => {
	it.each(listRealDecks(corpusDir))('walks $name to its last slide', async ({file}) => walkToTheEnd(file), 120_000);
});
