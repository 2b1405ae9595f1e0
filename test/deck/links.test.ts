import {describe, expect, it} from 'vitest';
import {closestSlide} from '../../source/core/deck/links.js';
import {parseDeck} from '../../source/core/deck/parse.js';

const slidesTitled = (...titles: string[]) => parseDeck(titles.map(title => `# ${title}\n`).join('\n---\n\n')).deck.slides;

describe('closestSlide: "did you mean" for a mistyped slug', () => {
	it('finds the nearest slug, whatever its length', () => {
		const slides = slidesTitled('Introduction', 'Why now', 'What happened');
		expect(closestSlide('why-nw', slides)?.number).toBe(2);
		expect(closestSlide('why-noww', slides)?.number).toBe(2);
		expect(closestSlide('what-hapened', slides)?.number).toBe(3);
	});

	it('gives equally close slugs to the earlier slide, longer or shorter', () => {
		expect(closestSlide('abcx', slidesTitled('abc', 'abcd'))?.number).toBe(1);
		expect(closestSlide('abcx', slidesTitled('abcd', 'abc'))?.number).toBe(1);
		expect(closestSlide('abcx', slidesTitled('Other', 'abcde', 'abc'))?.number).toBe(3);
	});

	it('suggests nothing when no slug is close', () => {
		expect(closestSlide('missing-slide-12', slidesTitled('Slide 1', 'Slide 2'))).toBeUndefined();
	});
});
