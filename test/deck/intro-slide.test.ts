/** presenterm's intro slide: built exactly where presenterm builds one, as slide 1, with a slug no edit moves. */
import {describe, expect, it} from 'vitest';
import {INTRO_SLUG} from '../../source/core/deck/intro-slide.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {layoutSlide} from '../../source/core/layout/slide.js';

const body = '\nFirst\n===\n\nWords.\n\n<!-- end_slide -->\n\nSecond\n===\n\nMore.\n';
const presenterm = (front: string) => parseDeck(`---\n${front}\n---\n${body}`, {fileName: 'talk'});

describe('the intro slide', () => {
	it('is built from any of presenterm\'s keys, and counts as slide 1', () => {
		for (const front of ['title: T', 'sub_title: S', 'event: E', 'location: L', 'date: 2024-01-01', 'author: A', 'authors: [A, B]']) {
			const {deck} = presenterm(`${front}\nevent: Conf`);
			expect(deck.slides.map(slide => slide.number)).toEqual([1, 2, 3]);
			expect(deck.slides[0]).toMatchObject({intro: true, titleSlide: true, slug: INTRO_SLUG});
			expect(deck.slides[1]?.title).toBe('First');
		}
	});

	it('is not built from front matter that has none of them (a theme only)', () => {
		const {deck} = parseDeck(`---\ntheme:\n  name: dark\n---\n${body}`);
		expect(deck.slides.map(slide => slide.title)).toEqual(['First', 'Second']);
	});

	it('is not built for a briefing-deck deck, whose own first slide keeps the byline', () => {
		const {deck} = parseDeck('---\ntitle: My talk\nauthor: Ada\n---\n\n# My talk\n\n---\n\n## Next\n');
		expect(deck.slides).toHaveLength(2);
		expect(deck.slides[0]).toMatchObject({title: 'My talk', titleSlide: true});
		expect(deck.slides[0]?.intro).toBeUndefined();
	});

	it('keeps its slug when the title is edited, and no heading can take it', () => {
		const before = presenterm('title: Old name\nevent: Conf').deck.slides[0]!;
		const after = presenterm('title: New name\nevent: Conf').deck.slides[0]!;
		expect(after.slug).toBe(before.slug);
		const {deck} = parseDeck('---\ntitle: T\nsub_title: S\n---\n\n(intro)\n===\n\n<!-- end_slide -->\n\nIntroduction\n===\n');
		expect(new Set(deck.slides.map(slide => slide.slug)).size).toBe(3);
	});

	it('shows presenterm\'s order: title, sub-title, event, location, date, then every author; in print too', () => {
		const {deck} = presenterm('title: The _big_ talk\nsub_title: A subtitle\nauthor: Ada\nevent: Conf\nlocation: Paris\ndate: 2024-05-06');
		const whole = deckToPlainText({...deck, slides: deck.slides.slice(0, 1)});
		// After the deck's own header, which names the author and date too.
		const text = whole.slice(whole.indexOf('Slide 1/'));
		const at = ['The big talk', 'A subtitle', 'Conf', 'Paris', '2024-05-06', 'Ada'].map(part => text.indexOf(part));
		expect(at.every(index => index >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it('reads to a screen reader in that order too, with nothing said twice', () => {
		const {deck} = presenterm('title: Talk\nauthors: [Ada, Grace]\nevent: Conf');
		const layout = layoutSlide(deck.slides[0]!, 0, {width: 80, height: 24, plain: true, titleMeta: {author: 'Ada, Grace'}});
		const lines = layout.pages.flatMap(page => page.lines).map(line => line.map(segment => segment.text).join('').trim()).filter(line => line !== '');
		expect(lines).toEqual(['Talk', 'Conf', 'Ada', 'Grace']);
	});

	it('is titled "Introduction" when the front matter has no title, and draws none', () => {
		const {deck} = presenterm('author: Ada');
		expect(deck.slides[0]?.title).toBe('Introduction');
		expect(deck.slides[0]?.blocks.some(block => block.kind === 'heading')).toBe(false);
	});

	it('warns when `authors` is not a list, and shows both `author` and `authors` where both are written', () => {
		expect(presenterm('authors: Ada').diagnostics).toContainEqual(expect.objectContaining({severity: 'error', message: expect.stringContaining('list of names')}));
		const both = presenterm('author: Ada\nauthors: [Grace]');
		expect(both.diagnostics).toContainEqual(expect.objectContaining({severity: 'warning', message: expect.stringContaining('both')}));
		expect(deckToPlainText(both.deck)).toMatch(/Ada[\s\S]*Grace/);
	});
});
