import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDeck} from '../../source/io/deck/load.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {corpusDir, explainMissingShared, hasCorpus} from '../helpers/shared.js';

/**
Decks that other terminal presenters ship as examples, read where they are
(never copied into the project). See the corpus README for their sources.
*/

/**
The slide count each deck's own tool shows, checked by reading every file:
presenterm ends slides only at `<!-- end_slide -->`; slides and lookatme split
at `---` (a `--- ` with a trailing space inside a code block is how their
examples show the separator without splitting). lookatme's 2019-12-20.md has
no `---` at all, so lookatme splits it at its 23 `#` headings. presenterm opens
a deck whose front matter has a title, sub-title, event, location, date or
author with an intro slide made of them: demo.md has one (`title`, `author`);
code.md and footer.md have only a theme, so none.
*/
const expectedSlides: Record<string, number> = {
	'lookatme/2019-12-20.md': 23,
	'lookatme/progressive.md': 2,
	'lookatme/tour.md': 14,
	'presenterm/code.md': 4,
	'presenterm/columns.md': 1,
	'presenterm/custom-intro-slides.md': 3,
	'presenterm/demo.md': 11,
	'presenterm/footer.md': 2,
	'presenterm/speaker-notes.md': 2,
	'slides/ascii_slides.md': 4,
	'slides/code_blocks.md': 18,
	'slides/custom_theme.md': 1,
	'slides/import.md': 1,
	'slides/metadata.md': 2,
	'slides/preprocess.md': 5,
	'slides/slides.md': 7,
	'slides/tutorial.md': 5,
};

const listDecks = (): string[] =>
	fs.readdirSync(corpusDir, {recursive: true, encoding: 'utf8'})
		.filter(name => name.endsWith('.md') && name !== 'README.md')
		.map(name => name.split(path.sep).join('/'))
		.sort();

if (!hasCorpus()) {
	describe('decks written for other presenters', () => {
		explainMissingShared('the corpus of decks');
	});
}

describe.skipIf(!hasCorpus())('decks written for other presenters', () => {
	// A skipped suite is still collected, so only list the folder when it is there.
	const decks = fs.existsSync(corpusDir) ? listDecks() : [];

	it('has an expected slide count for every deck in the corpus', () => {
		expect(decks).toEqual(Object.keys(expectedSlides).sort());
	});

	describe.each(decks)('%s', name => {
		const result = loadDeck(path.join(corpusDir, name));

		it('loads with no errors (warnings for features briefing-deck does not have are fine)', () => {
			expect(result.diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
			expect(result.deck).toBeDefined();
		});

		it('has the slide count its own tool shows', () => {
			expect(result.deck?.slides).toHaveLength(expectedSlides[name]!);
		});

		it('prints every slide, with its title', () => {
			const deck = result.deck!;
			const text = deckToPlainText(deck, {notes: true});
			for (const slide of deck.slides) {
				expect(text).toContain(`Slide ${slide.number}/${deck.slides.length}`);
				expect(text).toContain(slide.title);
			}
		});
	});

	it('keeps presenterm speaker notes as notes, out of the slide text', () => {
		const deck = loadDeck(path.join(corpusDir, 'presenterm', 'speaker-notes.md')).deck!;
		expect(deck.slides.map(slide => slide.notes)).toEqual([
			['This is a speaker note from slide 1.', 'You can use multiple speaker notes within each slide and interleave them with other markdown.'],
			['This is a speaker note from slide 2.', 'Demonstrate changing slides in the actual presentation.', 'Isn\'t that cool?'],
		]);
		expect(deckToPlainText(deck)).not.toContain('speaker note from slide');
	});

	it('takes setext titles in presenterm decks without warning about them', () => {
		const {deck, diagnostics} = loadDeck(path.join(corpusDir, 'presenterm', 'demo.md'));
		expect(deck?.slides.map(slide => slide.title)).toEqual([
			'Introducing presenterm', 'Customizability', 'Headers', 'Code highlighting', 'Dynamic code highlighting', 'Snippet execution',
			'Images', 'Column layouts', 'Text formatting', 'More markdown', 'The end',
		]);
		expect(diagnostics.filter(diagnostic => diagnostic.message.includes('directly under a line of text'))).toEqual([]);
	});

	it('opens presenterm\'s demo with its intro slide: the title, then the author', () => {
		const deck = loadDeck(path.join(corpusDir, 'presenterm', 'demo.md')).deck!;
		const [intro] = deck.slides;
		expect(intro).toMatchObject({number: 1, intro: true, titleSlide: true, slug: '(intro)'});
		expect(deckToPlainText({...deck, slides: [intro!]})).toMatch(/Introducing presenterm[\s\S]*Matias/);
	});

	it('splits lookatme progressive slides at `<!-- stop -->`', () => {
		const deck = loadDeck(path.join(corpusDir, 'lookatme', 'progressive.md')).deck!;
		expect(deck.slides[1]?.steps).toEqual([2, 3, 4]);
	});

	it('titles the lookatme talk split at its `#` headings', () => {
		const deck = loadDeck(path.join(corpusDir, 'lookatme', '2019-12-20.md')).deck!;
		expect(deck.meta.title).toBe('Markdown Presentation Tool: lookatme');
		expect(deck.slides[0]?.title).toBe('Terminal-Based');
		expect(deck.slides.at(-1)?.title).toBe('FIN');
	});
});
