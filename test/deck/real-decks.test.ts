/**
Real decks written for other presenters (test/fixtures/real-decks, see its
SOURCES.md; and ../shared/corpus where it is present) must open as their own
tool shows them: no errors, the slide count that tool's splitting rule gives,
no directive shown as text, no word of the author's prose lost, and few
warnings.
*/
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/io/deck/load.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {codeLines, codeSpans, directivesShownAsText, escapedDirectiveLines, listRealDecks, proseWords, realDecksDir, wordsOf, type RealDeck} from '../helpers/real-decks.js';
import {referenceSlideCount, tools} from '../helpers/reference-splitters.js';
import {corpusDir, explainMissingShared, hasCorpus} from '../helpers/shared.js';

/** One warning per feature briefing-deck cannot show is fair; more means warnings about things the deck's own tool does not need. */
const MAX_WARNINGS = 5;

function checkDecks(decks: readonly RealDeck[]): void {
	describe.each(decks)('$name', ({tool, file}) => {
		const text = fs.readFileSync(file, 'utf8');
		const result = loadDeck(file);
		const plain = result.deck ? deckToPlainText(result.deck) : '';

		it('loads with no errors', () => {
			expect(result.diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
			expect(result.deck).toBeDefined();
		});

		it(`has the slide count ${tool} shows`, () => {
			expect(result.deck?.slides.length).toBe(referenceSlideCount(tool, text, file));
		});

		// Code blocks, code spans and escaped lines show their text as written, directives included (a deck may teach its own syntax), so only the rest of the prose is searched.
		const code = codeLines(text);
		const spans = [...codeSpans(text), ...escapedDirectiveLines(text)].sort((a, b) => b.length - a.length);
		const prose = plain.split('\n').filter(line => !code.has(line.trim())).map(line => spans.reduce((rest, span) => rest.replaceAll(span, ' '), line)).join('\n');

		it.each(directivesShownAsText)('shows no %s as text', (_what, pattern) => {
			const match = pattern.exec(prose);
			expect(match?.[0], match ? `…${prose.slice(Math.max(0, match.index - 40), match.index + 40)}…` : undefined).toBeUndefined();
		});

		it('loses no word of the prose', () => {
			const shown = new Set(wordsOf(plain));
			const lost = [...new Set(proseWords(text))].filter(word => !shown.has(word));
			expect(lost).toEqual([]);
		});

		it(`gives at most ${MAX_WARNINGS} warnings, none about headings or titles`, () => {
			const warnings = result.diagnostics.filter(diagnostic => diagnostic.severity === 'warning').map(diagnostic => diagnostic.message);
			expect(warnings.filter(message => /heading|title/i.test(message))).toEqual([]);
			expect(warnings.length, warnings.join('\n')).toBeLessThanOrEqual(MAX_WARNINGS);
		});
	});
}

describe('real decks written for other presenters', () => {
	const decks = listRealDecks(realDecksDir);

	it('has at least 22 decks, two or more for each of the seven tools', () => {
		expect(decks.length).toBeGreaterThanOrEqual(22);
		for (const tool of tools) {
			expect(decks.filter(deck => deck.tool === tool).length, tool).toBeGreaterThanOrEqual(2);
		}
	});

	it('keeps every deck under the size a deck may have', () => {
		for (const deck of decks) {
			expect(fs.statSync(deck.file).size, deck.name).toBeLessThanOrEqual(128 * 1024);
		}
	});

	it('names every deck in SOURCES.md', () => {
		const sources = fs.readFileSync(`${realDecksDir}/SOURCES.md`, 'utf8');
		for (const deck of decks) {
			expect(sources, deck.name).toContain(`\`${deck.name}\``);
		}
	});

	checkDecks(decks);
});

if (!hasCorpus()) {
	describe('the shared corpus, read by the same checks', () => {
		explainMissingShared('the corpus of decks');
	});
}

describe.skipIf(!hasCorpus())('the shared corpus, read by the same checks', () => {
	checkDecks(listRealDecks(corpusDir));
});
