import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {it} from 'vitest';

/**
`../shared`, beside the repository: the corpus of decks written for other
presenters and the source article. It is not part of the project (never copy
from it), so a fresh clone elsewhere does not have it; `.ci/run` checks that
CI does.
*/
export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const corpusDir = path.join(sharedDir, 'corpus');

export const hasCorpus = (): boolean => fs.existsSync(corpusDir);

/** Call inside a skipped suite: the skip then shows up with its reason, in the test list and in the run's output. */
export function explainMissingShared(what: string): void {
	console.warn(`skipped: ${what} is not here (${sharedDir}), so these tests do not run; CI provides it.`);
	it.skip(`needs ${what} in ../shared, which is absent here (${sharedDir}); CI provides it`, () => {
		// Nothing to run without it.
	});
}
