import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_DECK} from '../../source/io/deck/bundled.js';
import {compareWithArticle, formatReport} from '../helpers/own-words.js';
import {repoRoot} from './helpers.js';

/**
The article the bundled briefing was written from. It is not part of the
project: it is read where it is, and the test is skipped where it is absent.
*/
const articlePath = path.resolve(repoRoot, '..', 'shared', 'source', 'briefing-article.txt');
const deckPath = path.join(repoRoot, 'decks', `${DEFAULT_DECK}.md`);
const hasArticle = fs.existsSync(articlePath);
if (!hasArticle) {
	console.warn(`own-words: skipped: ${articlePath} is not here, so the bundled deck is not compared with its article.`);
}

describe.skipIf(!hasArticle)('the bundled briefing in its own words (needs ../shared/source/briefing-article.txt)', () => {
	it('shares no unquoted run of 8 or more words with the article, and quotes it word for word', () => {
		const report = compareWithArticle(fs.readFileSync(articlePath, 'utf8'), fs.readFileSync(deckPath, 'utf8'));
		// The whole report on failure says which runs to reword, and where.
		expect(report.meetsTarget, formatReport(report, path.relative(repoRoot, deckPath), articlePath)).toBe(true);
	});
});
