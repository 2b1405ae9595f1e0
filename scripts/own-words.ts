/*
Reports how far a deck repeats its source article word for word.

	npm run own-words                       the bundled briefing against ../shared/source/briefing-article.txt
	npm run own-words -- [DECK] --article FILE

Exits 1 when the deck misses its target, and 0 with a note when the article is
not there (it is not part of the project; a fresh clone has no ../shared).
*/
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {bundledDecksDirectory, resolveDeckPath} from '../source/io/deck/bundled.js';
import {compareWithArticle, formatReport} from '../test/helpers/own-words.js';

const {values: flags, positionals} = parseArgs({
	options: {article: {type: 'string'}},
	allowPositionals: true,
});
// A deck is a path or a bundled deck's name, as on the command line of the app.
const deckPath = path.resolve(resolveDeckPath(positionals[0]));
const articlePath = flags.article === undefined
	? path.resolve(bundledDecksDirectory(), '..', '..', 'shared', 'source', 'briefing-article.txt')
	: path.resolve(flags.article);
const shown = (file: string) => {
	const relative = path.relative(process.cwd(), file);
	return relative.length > 0 && relative.length < file.length ? relative : file;
};

if (!fs.existsSync(deckPath)) {
	console.error(`own-words: no deck at ${shown(deckPath)}`);
	process.exit(2);
}

if (!fs.existsSync(articlePath)) {
	console.log(`own-words: skipped: the article ${shown(articlePath)} is not here, so there is nothing to compare the deck with.`);
	process.exit(0);
}

const report = compareWithArticle(fs.readFileSync(articlePath, 'utf8'), fs.readFileSync(deckPath, 'utf8'));
process.stdout.write(formatReport(report, shown(deckPath), shown(articlePath)));
process.exitCode = report.meetsTarget ? 0 : 1;
