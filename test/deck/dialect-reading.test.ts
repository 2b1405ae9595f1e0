import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {aggregateFeatureWarnings, describeSlides} from '../../source/core/deck/feature-warnings.js';
import {formatGoLayout, slidesDate} from '../../source/core/deck/slides-date.js';
import {spansToText} from '../../source/core/deck/inline.js';
import type {Block} from '../../source/core/deck/types.js';

// An image is told by its alt text: what a terminal that cannot draw it shows.
const texts = (blocks: readonly Block[]): string[] => blocks.flatMap(block => ('spans' in block ? [spansToText(block.spans)] : block.kind === 'code' ? [block.text] : block.kind === 'image' ? [block.alt] : []));
const parse = (text: string, today?: Date) => parseDeck(text, today ? {today} : {});
const warnings = (text: string) => parse(text).diagnostics.filter(diagnostic => diagnostic.severity === 'warning').map(diagnostic => diagnostic.message);

describe('patat decks', () => {
	it('split at the slide level, with a title slide for each heading above it', () => {
		const {deck} = parse('---\ntitle: Talk\nauthor: [Ann, Bo]\npatat:\n  wrap: true\n---\n\n# Part one\n\n## First\n\ntext\n\n## Second\n\nmore\n\n# Part two\n\n## Third\n\nend\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['Part one', 'First', 'Second', 'Part two', 'Third']);
		expect(deck.slides.map(slide => slide.titleSlide ?? false)).toEqual([true, false, false, true, false]);
		expect(deck.meta).toMatchObject({title: 'Talk', author: 'Ann, Bo'});
	});

	it('take slideLevel from the patat settings', () => {
		const {deck, diagnostics} = parse('---\npatat:\n  slideLevel: 1\n---\n\n# One\n\n## a\n\nx\n\n# Two\n\ny\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['One', 'Two']);
		expect(diagnostics).toEqual([]);
	});

	it('split only at rules when the deck has them, and pause at `. . .`', () => {
		const {deck} = parse('# A\n\none\n\n. . .\n\ntwo\n\n## B\n\n---\n\n# C\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['A', 'C']);
		expect(deck.slides[0]!.steps).toEqual([2, 4]);
		expect(texts(deck.slides[0]!.blocks)).not.toContain('. . .');
	});
});

describe('mdp decks', () => {
	const deck = '%title: Talk\n%author: Ann\n%date: 2016-02-07\n\n-> # Hello <-\n\n-> centred text <-\n\nplain\n<br>\nafter\n\n---\n\n# Two\n\n    -> code, not centred <-\n';

	it('take the % header as the deck\'s metadata, never as text', () => {
		const {deck: read} = parse(deck);
		expect(read.meta).toMatchObject({title: 'Talk', author: 'Ann', date: '2016-02-07'});
		expect(texts(read.slides[0]!.blocks).join('\n')).not.toMatch(/%|->|<-/);
	});

	it('centre the lines marked `->`/`<-` and pause at `<br>`', () => {
		const {deck: read} = parse(deck);
		const [first, second] = read.slides;
		expect(first!.blocks.filter(block => 'align' in block && block.align === 'center').map(block => ('spans' in block ? spansToText(block.spans) : ''))).toEqual(['Hello', 'centred text']);
		expect(first!.steps.length).toBe(2);
		expect(texts(second!.blocks)).toContain('-> code, not centred <-');
	});

	it('never split at headings', () => {
		expect(parse('# A\n\nx\n\n# B\n\ny\n').deck.slides).toHaveLength(2);
		expect(parse('%title: T\n\n# A\n\nx\n\n# B\n\ny\n').deck.slides).toHaveLength(1);
	});
});

describe('lookatme decks', () => {
	it.each([
		['a blank line after the fence', '---\n\ntitle: Talk\nauthor: Ann\n---\n\n# One\n\nx\n\n---\n\n# Two\n'],
		['indented keys', '---\n  title: Talk\n  author: Ann\n---\n\n# One\n\nx\n\n---\n\n# Two\n'],
		['blank lines before the fence', '\n\n---\ntitle: Talk\nauthor: Ann\nstyles:\n  margin: 1\n---\n\n# One\n\nx\n\n---\n\n# Two\n'],
	])('read front matter with %s as metadata, not as slide 1', (_, text) => {
		const {deck, diagnostics} = parse(text);
		expect(deck.meta).toMatchObject({title: 'Talk', author: 'Ann'});
		expect(deck.slides.map(slide => slide.title)).toEqual(['One', 'Two']);
		expect(diagnostics).toEqual([]);
	});

	it('split at the least heading level under a one-off title, and pause at `<!-- stop -->`', () => {
		const {deck} = parse('# Title\n\nintro\n\n## A\n\none\n\n<!-- stop -->\n\ntwo\n\n## B\n\nthree\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['Title', 'A', 'B']);
		expect(deck.slides[1]!.steps).toHaveLength(2);
	});
});

describe('Marp decks', () => {
	it('hide directives in comments and front matter, and keep other comments as notes', () => {
		const {deck, diagnostics} = parse('---\nmarp: true\ntheme: gaia\npaginate: true\nsize: 16:9\n---\n\n<!-- _class: lead -->\n\n# <!-- fit --> Hello\n\n<!-- Remember to smile -->\n\n---\n\n<!--\nbackgroundColor: #fff\ncolor: black\n-->\n\n## Two\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['Hello', 'Two']);
		expect(deck.slides[0]!.notes).toEqual(['Remember to smile']);
		expect(deck.slides[1]!.notes).toEqual([]);
		expect(diagnostics).toEqual([]);
	});

	it('split at headingDivider', () => {
		const {deck} = parse('---\nmarp: true\nheadingDivider: 2\n---\n\n# A\n\n## B\n\ntext\n\n### c\n\n## D\n');
		expect(deck.slides.map(slide => slide.title)).toEqual(['A', 'B', 'D']);
	});

	it('take `![bg](…)` images out of the text as images, beside it with `bg left`, never a warning; and warn once about `backgroundImage`', () => {
		const text = '---\nmarp: true\n---\n\n# One\n\n![bg](a.png)\n\n---\n\n![bg left](b.png)\n\n---\n\n# Three\n\n![bg](c.png)\n![bg](d.png)\n\nSee ![bg right:40%](e.png) here.\n\n---\n\n<!-- _backgroundImage: url(f.png) -->\n';
		const {deck} = parse(text);
		expect(deck.slides).toHaveLength(4);
		const images = deck.slides.map(slide => slide.blocks.filter(block => block.kind === 'image').map(block => block.kind === 'image' && {src: block.src, placement: block.placement}));
		expect(images).toEqual([
			[{src: 'a.png', placement: 'background'}],
			[{src: 'b.png', placement: 'left'}],
			[{src: 'c.png', placement: 'background'}, {src: 'd.png', placement: 'background'}, {src: 'e.png', placement: 'right'}],
			[],
		]);
		// No `bg` keyword, file name or blank paragraph is left in the text: the file names are the images' own alt text.
		expect(texts(deck.slides[2]!.blocks.filter(block => block.kind !== 'image'))).toEqual(['Three', 'See  here.']);
		expect(texts(deck.slides[3]!.blocks)).toEqual(['[Marp background image]']);
		expect(warnings(text)).toEqual(['Marp `backgroundImage` directives on slide 4 are not shown']);
	});
});

describe('the slides tool\'s decks', () => {
	const deck = '---\ntheme: dark\nauthor: Ann\ndate: MMMM dd, YYYY\npaging: Slide %d of %d\n---\n\n# One\nintro\n---\n# Two\n\n~~~graph-easy --as=boxart\n[ A ] -> [ B ]\n~~~\n';

	it('split at every `---` line, even under text, with no warning about headings', () => {
		const {deck: read} = parse(deck, new Date(2024, 2, 5));
		expect(read.slides.map(slide => slide.title)).toEqual(['One', 'Two']);
		expect(read.meta).toMatchObject({author: 'Ann', date: 'March 5, 2024'});
	});

	it('show a pre-process block as code, with one warning that its command is not run', () => {
		expect(warnings(deck)).toEqual(['the slides tool\'s `~~~` pre-process commands on slide 2 are not run; their input is shown as code']);
	});

	it('render date patterns as Go does', () => {
		const when = new Date(2024, 0, 9, 15, 4, 5);
		expect(slidesDate('YYYY-MM-DD', when)).toBe('2024-01-09');
		expect(slidesDate('dd/mm/YY', when)).toBe('9/1/24');
		expect(slidesDate('MMM DD', when)).toBe('Jan 09');
		expect(slidesDate('Spring talk', when)).toBe('Spring talk');
		expect(formatGoLayout('Monday 15:04:05 3PM _2', when)).toBe('Tuesday 15:04:05 3PM  9');
	});
});

describe('HTML in any deck', () => {
	it('shows <kbd> keys as code, two keys side by side apart', () => {
		const {deck} = parse('# Keys\n\n<kbd>left</kbd> / <kbd>shift</kbd><kbd>space</kbd> go back\n');
		expect(deck.slides[0]!.blocks[1]).toMatchObject({spans: [
			{text: 'left', style: {code: true}}, {text: ' / ', style: {}}, {text: 'shift', style: {code: true}}, {text: ' ', style: {}}, {text: 'space', style: {code: true}}, {text: ' go back', style: {}},
		]});
	});

	it('hides <style> and warns once, naming the slides', () => {
		const text = '# One\n\n<style>\nh1 { color: red; }\n</style>\n\nx\n\n---\n\n# Two\n\n<style scoped>\np { margin: 0 }\n</style>\n';
		const {deck} = parse(text);
		expect(deck.slides.flatMap(slide => texts(slide.blocks)).join(' ')).not.toMatch(/color|margin/);
		expect(warnings(text)).toEqual(['CSS `<style>` sheets on slides 1 and 2 are not applied']);
	});

	it('leaves a muted line for an <iframe> and an HTML-only slide, and an image for a lone <img>, never dropping the slide', () => {
		const text = '# One\n\n---\n\n<iframe src="https://example.com/demo"></iframe>\n\n---\n\n<div class="r-stack">\n</div>\n\n---\n\n<img src="cat.png" alt="A cat">\n\n---\n\n# Five\n';
		const {deck} = parse(text);
		expect(deck.slides).toHaveLength(5);
		expect(texts(deck.slides[1]!.blocks)).toEqual(['[iframe: https://example.com/demo]']);
		expect(deck.slides[1]!.blocks[0]).toMatchObject({spans: [{style: {muted: true}}]});
		expect(texts(deck.slides[2]!.blocks)).toEqual(['[HTML]']);
		// A standalone `<img>` is an image, drawn; its alt text stands in where it cannot be.
		expect(deck.slides[3]!.blocks).toEqual([{kind: 'image', src: 'cat.png', alt: 'A cat', line: 14}]);
		expect(warnings(text)).toContain('HTML `<iframe>` elements on slide 2 are not shown');
	});

	it('keeps the no-heading warnings for briefing-deck\'s own decks that point at slides by title', () => {
		expect(warnings('# A\n\n---\n\ntext\n\n<!-- quiz -->\n\n## Q?\n\n- [x] a\n- [ ] b\n- [ ] c\n')).toContain('slide 2 has no heading, so it has no title');
		expect(warnings('# A\n\nSee [B](#b).\n\n---\n\n# B\n\n---\n\n# B\n')).toContain('slide 3 has the same title as slide 2, so `#b` is ambiguous');
		expect(warnings('# A\n\n<!-- stop -->\n\n---\n\ntext\n\n---\n\n# A\n\n<!-- quiz -->\n\n## Q?\n\n- [x] a\n- [ ] b\n- [ ] c\n')).toEqual([]);
	});

	it('gives a deck with no tool\'s marks, no quiz and no slide links no heading warnings (the slides tool\'s own examples are such decks)', () => {
		expect(warnings('# A\n\n---\n\ntext\n\n---\n\n# A\n')).toEqual([]);
	});
});

describe('feature warnings', () => {
	it('are one per feature, at its first line, naming every slide in order', () => {
		expect(aggregateFeatureWarnings([
			{feature: 'Slidev components', slide: 7, line: 40},
			{feature: 'Marp background images', slide: 3, line: 12},
			{feature: 'Slidev components', slide: 2, line: 9, hint: 'h'},
			{feature: 'Slidev components', slide: 7, line: 41},
		])).toEqual([
			{severity: 'warning', line: 9, column: 1, message: 'Slidev components on slides 2 and 7 are not shown', hint: 'h'},
			{severity: 'warning', line: 12, column: 1, message: 'Marp background images on slide 3 are not shown'},
		]);
	});

	it('name runs of slides as ranges and count a long list', () => {
		expect(describeSlides([1, 2, 3, 5])).toBe('slides 1–3 and 5');
		expect(describeSlides(Array.from({length: 30}, (_, index) => index * 2))).toMatch(/ and 18 more$/);
	});
});

describe('marks', () => {
	it('read a Marp deck by its `paginate:` front matter, and an mdp setext heading without a warning', () => {
		expect(parse('---\npaginate: true\n---\n\n# A\n\n<!-- _class: lead -->\n').diagnostics).toEqual([]);
		expect(warnings('%title: T\n\nHeading\n---\n\ntext\n')).toEqual([]);
	});
});
