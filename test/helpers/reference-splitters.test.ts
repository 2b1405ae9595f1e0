import {describe, expect, it} from 'vitest';
import {
	lookatmeSlideCount, marpSlideCount, mdpSlideCount, patatSlideCount, presentermSlideCount, slidesSlideCount, slidevSlideCount,
} from './reference-splitters.js';

const md = (...lines: string[]): string => lines.join('\n') + '\n';

// Counts from each tool's documentation of how it splits a deck.
describe('reference slide splitters', () => {
	it('presenterm: end_slide, the intro slide from front matter, the shorthand and implicit ends', () => {
		expect(presentermSlideCount(md('# a', '<!-- end_slide -->', '# b'))).toBe(2);
		expect(presentermSlideCount(md('# a', '<!-- end_slide -->'))).toBe(1);
		expect(presentermSlideCount(md('---', 'title: Talk', 'author: Me', '---', '', 'a', '<!-- end_slide -->', 'b'))).toBe(3);
		expect(presentermSlideCount(md('---', 'theme:', '  name: dark', '---', '', 'a'))).toBe(1);
		expect(presentermSlideCount(md('a', '', '---', '', 'b'))).toBe(1);
		expect(presentermSlideCount(md('---', 'options:', '  end_slide_shorthand: true', '---', 'a', '', '---', '', 'b'))).toBe(2);
		expect(presentermSlideCount(md('---', 'options:', '  implicit_slide_ends: true', '---', 'One', '---', 'a', '', 'Two', '---', 'b'))).toBe(2);
		expect(presentermSlideCount(md('a', '<!-- end_slide -->', '<!-- skip_slide -->', 'b', '<!-- end_slide -->', 'c'))).toBe(2);
		expect(presentermSlideCount(md('```', '<!-- end_slide -->', '```'))).toBe(1);
	});

	it('Marp: rulers, not front matter, and headingDivider', () => {
		expect(marpSlideCount(md('---', 'marp: true', '---', '', '# a', '', '---', '', '# b'))).toBe(2);
		expect(marpSlideCount(md('# a', '', '***', '', '# b', '', '___', '', 'c'))).toBe(3);
		expect(marpSlideCount(md('---', 'headingDivider: 2', '---', '# a', 'x', '## b', 'y', '### c'))).toBe(2);
		expect(marpSlideCount(md('Title', '---', 'text'))).toBe(1);
	});

	it('Slidev: headmatter, per-slide front matter, hidden slides', () => {
		expect(slidevSlideCount(md('---', 'theme: seriph', '---', '', '# a', '', '---', 'layout: two-cols', '---', '', '# b', '', '---', '', '# c'))).toBe(3);
		expect(slidevSlideCount(md('# a', '', '---', 'hide: true', '---', '', '# b'))).toBe(1);
		expect(slidevSlideCount(md('# a', '', '```md', '---', '```', '', '---', '', '# b'))).toBe(2);
	});

	it('slides: the literal "\\n---\\n" split, the metadata part dropped', () => {
		expect(slidesSlideCount(md('---', 'theme: dark', 'author: Me', '---', '# a', '---', '# b'))).toBe(2);
		expect(slidesSlideCount(md('# a', 'text', '---', '# b', '--- ', '# c'))).toBe(2);
		// A first part that is only a YAML comment parses as (empty) metadata, so slides drops it.
		expect(slidesSlideCount(md('# a', '---', '# b'))).toBe(1);
	});

	it('lookatme: rulers, or else smart splitting at headings', () => {
		expect(lookatmeSlideCount(md('---', 'title: T', '---', '# a', '', '---', '', '# b'))).toBe(2);
		expect(lookatmeSlideCount(md('# a', 'x', '# b', 'y', '# c'))).toBe(3);
		expect(lookatmeSlideCount(md('# Title', '', '## a', 'x', '## b', 'y'))).toBe(3);
	});

	it('patat: slide level detected or set, title slides above it, rulers first', () => {
		expect(patatSlideCount(md('# Part', '', '## a', '', 'x', '', '## b', '', 'y'))).toBe(3);
		expect(patatSlideCount(md('# a', '', 'x', '', '# b', '', 'y'))).toBe(2);
		expect(patatSlideCount(md('---', 'patat:', '  slideLevel: 1', '...', '', '# a', '', '## x', '', 'y', '', '# b', '', 'z'))).toBe(2);
		expect(patatSlideCount(md('# a', '', 'x', '', '---', '', '# b', '', '## c', '', 'y'))).toBe(2);
	});

	it('mdp: % lines are metadata, rulers split, setext underlines do not', () => {
		expect(mdpSlideCount(md('%title: T', '%author: A', '', 'a', '', '---', '', 'b', '', '* * *', '', 'c'))).toBe(3);
		expect(mdpSlideCount(md('heading', '-------', '', 'text'))).toBe(1);
	});
});
