/**
Decks written for other presenters keep what their own tool shows: each
element is laid out as a slide, from the decks themselves in
`../shared/corpus` (never copied into the project).
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDeck} from '../../../source/io/deck/load.js';
import type {Deck} from '../../../source/core/deck/types.js';
import {layoutSlide} from '../../../source/core/layout/slide.js';
import {repoRoot} from '../../deck/helpers.js';
import {texts} from './build.js';

const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const present = fs.existsSync(corpusDir);

const open = (name: string): {deck: Deck; warnings: string[]} => {
	const {deck, diagnostics} = loadDeck(path.join(corpusDir, name));
	return {deck: deck!, warnings: diagnostics.map(diagnostic => diagnostic.message)};
};

const slideTitled = (deck: Deck, title: string) => {
	const slide = deck.slides.find(candidate => candidate.title === title);
	if (!slide) {
		throw new Error(`no slide titled "${title}"`);
	}

	return slide;
};

/** Every line of every page of every step of a slide, at a size. */
const shown = (deck: Deck, title: string, size = {width: 76, height: 29}): string[] => {
	const slide = slideTitled(deck, title);
	return layoutSlide(slide, slide.steps.length - 1, {...size, deckTitle: deck.meta.title, titleMeta: deck.meta}).pages.flatMap(page => texts(page.lines));
};

const blockLetters = /[█▀▄]/;

describe.skipIf(!present)(`corpus decks render what their tool shows${present ? '' : ` (skipped: no corpus at ${corpusDir})`}`, () => {
	describe('presenterm demo.md', () => {
		const {deck, warnings} = present ? open('presenterm/demo.md') : {deck: undefined!, warnings: []};

		it('titles the deck with the text of its Markdown title, for the footer', () => {
			expect(deck.meta.title).toBe('Introducing presenterm');
		});

		it('strikes ~Strikethrough~ through and shows the URL of a link with no text', () => {
			const lines = shown(deck, 'Text formatting');
			expect(lines).toContain('• Strikethrough.');
			expect(lines).toContain('• Links https://example.com/');
			const slide = slideTitled(deck, 'Text formatting');
			expect(JSON.stringify(slide.blocks)).toContain('"text":"Strikethrough","style":{"strike":true}');
		});

		it('draws the `> [!caution]` alert as a labelled callout', () => {
			const lines = shown(deck, 'More markdown');
			const label = lines.indexOf('│ Caution');
			expect(label).toBeGreaterThan(0);
			expect(lines[label + 1]).toBe('│ Github style alerts');
		});

		it('numbers the lines of `+line_numbers` code', () => {
			const lines = shown(deck, 'Dynamic code highlighting');
			expect(lines.some(line => /^│ {2}1 #\[derive\(Clone, Debug\)\] +│$/.test(line))).toBe(true);
			expect(lines.some(line => /^│ 10 \} +│$/.test(line))).toBe(true);
		});

		it('says once that `+exec` and line highlighting are not supported', () => {
			expect(warnings.filter(message => message.includes('+exec'))).toEqual(['`+exec` is not supported; the code is shown, never run']);
			expect(warnings.filter(message => message.startsWith('line highlighting'))).toHaveLength(1);
		});

		it('puts "The end" in the middle of the screen (`jump_to_middle`)', () => {
			const lines = shown(deck, 'The end', {width: 76, height: 21});
			expect(lines.findIndex(line => line.includes('The end'))).toBe(10);
		});

		it('is not a deck with a title slide: its first slide is content', () => {
			expect(shown(deck, 'Customizability').some(line => blockLetters.test(line))).toBe(false);
		});
	});

	it('presenterm columns.md: `incremental_lists` reveals the left column\'s list one item at a time', () => {
		const {deck} = open('presenterm/columns.md');
		const [slide] = deck.slides;
		// The list is in the left column: what stands beside it on a line is the right column's.
		const leftColumn = (line: string): string => line.split(/\s{3,}/)[0]!;
		const steps = slide!.steps.map((_, step) => layoutSlide(slide!, step, {width: 76, height: 29}).pages.flatMap(page => texts(page.lines)).filter(line => line.startsWith('•')).map(line => leftColumn(line)));
		expect(steps.slice(-3)).toEqual([['• Lorem.'], ['• Lorem.', '• Ipsum.'], ['• Lorem.', '• Ipsum.', '• Etcetera.']]);
	});

	it('presenterm custom-intro-slides.md: `new_lines` puts space above the image, and leaves it out on a short screen', () => {
		const {deck} = open('presenterm/custom-intro-slides.md');
		const [first] = deck.slides;
		const tall = texts(layoutSlide(first!, 0, {width: 76, height: 29}).pages[0]!.lines);
		expect(tall.findIndex(line => line === '[image: doge.png]')).toBe(6);
		const short = layoutSlide(first!, 0, {width: 36, height: 7}).pages;
		expect(short).toHaveLength(1);
		expect(texts(short[0]!.lines)[0]).toBe('[image: doge.png]');
	});

	it('lookatme tour.md: the first content slide is an ordinary slide, not block letters', () => {
		const {deck} = open('lookatme/tour.md');
		expect(deck.slides[0]?.titleSlide).toBeUndefined();
		expect(shown(deck, 'Markdown Support: Inline').some(line => blockLetters.test(line))).toBe(false);
	});

	it('lookatme 2019-12-20.md: a first slide of a heading and subtitles is the title slide', () => {
		const {deck} = open('lookatme/2019-12-20.md');
		expect(shown(deck, 'Terminal-Based').some(line => blockLetters.test(line))).toBe(true);
	});
});
