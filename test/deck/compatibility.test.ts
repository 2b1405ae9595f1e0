/**
What decks written for other tools use, and what their own tool shows: each
is kept in the deck model, so the slideshow can show it too.
*/
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {md} from './helpers.js';

const spansOf = (markdown: string) => {
	const block = parseDeck(md('# A', '', markdown)).deck.slides[0]!.blocks[1];
	return block?.kind === 'paragraph' ? block.spans : [];
};

describe('strikethrough', () => {
	it('with two tildes, and with one as GFM allows', () => {
		expect(spansOf('~one~ and ~~two~~')).toEqual([
			{text: 'one', style: {strike: true}},
			{text: ' and ', style: {}},
			{text: 'two', style: {strike: true}},
		]);
	});

	it('a lone tilde never pairs with half of a double one, and tildes inside words or spaced out stay text', () => {
		expect(spansOf('a ~b~~ c')).toEqual([{text: 'a ~b~~ c', style: {}}]);
		expect(spansOf('~ not ~')).toEqual([{text: '~ not ~', style: {}}]);
		expect(spansOf('x~y~z')).toEqual([{text: 'x', style: {}}, {text: 'y', style: {strike: true}}, {text: 'z', style: {}}]);
	});
});

describe('links', () => {
	it('a link with no text shows its URL', () => {
		expect(spansOf('Links [](https://example.com/) here')).toEqual([
			{text: 'Links ', style: {}},
			{text: 'https://example.com/', style: {href: 'https://example.com/'}},
			{text: ' here', style: {}},
		]);
	});
});

describe('front matter text', () => {
	it('is read as Markdown, so the title shows as text, not as raw Markdown', () => {
		const {deck} = parseDeck(md('---', 'title: Introducing _presenterm_', 'sub_title: A **fast** tool', 'author: "**Me**"', '---', '', '# A'));
		expect(deck.meta).toMatchObject({title: 'Introducing presenterm', subtitle: 'A fast tool', author: 'Me'});
		// Scores stay under the id they always had.
		expect(deck.meta.id).toBe('introducing-_presenterm_');
	});

	it('a title taken from a slide is its text as it is', () => {
		expect(parseDeck(md('# \\*Not emphasis\\*')).deck.meta.title).toBe('*Not emphasis*');
	});
});

describe('GitHub alerts', () => {
	it.each(['NOTE', 'tip', 'Important', 'WARNING', 'caution'])('`> [!%s]` is a labelled callout', kind => {
		const [, quote] = parseDeck(md('# A', '', `> [!${kind}]`, '> Github style alerts', '>', '> More.')).deck.slides[0]!.blocks;
		expect(quote).toMatchObject({kind: 'quote', alert: kind.toLowerCase(), blocks: [
			{kind: 'paragraph', spans: [{text: 'Github style alerts', style: {}}]},
			{kind: 'paragraph', spans: [{text: 'More.', style: {}}]},
		]});
	});

	it('an ordinary quote, or an unknown marker, stays a quote', () => {
		const [, plain, unknown] = parseDeck(md('# A', '', '> Just a quote', '', '> [!TODO]', '> later')).deck.slides[0]!.blocks;
		expect(plain).not.toHaveProperty('alert');
		expect(unknown).not.toHaveProperty('alert');
	});
});

describe('presenterm directives', () => {
	it('`skip_slide` leaves the slide out of the show, and the slides after it are numbered on', () => {
		const {deck, diagnostics} = parseDeck(md('# A', '', '<!-- end_slide -->', '', '<!-- skip_slide -->', '', '## Hidden', '', '<!-- end_slide -->', '', '## C'));
		expect(diagnostics).toEqual([]);
		expect(deck.slides.map(slide => [slide.number, slide.title])).toEqual([[1, 'A'], [2, 'C']]);
	});

	it('`incremental_lists: true` reveals a list item by item, after what comes before it and before what follows', () => {
		const {deck, diagnostics} = parseDeck(md('## A', '', 'Intro', '', '<!-- incremental_lists: true -->', '', '* one', '* two', '* three', '', 'After'));
		expect(diagnostics).toEqual([]);
		const [slide] = deck.slides;
		expect(slide?.steps).toEqual([2, 3, 4, 5, 6]);
		expect(slide?.blocks.slice(2, 5)).toMatchObject([
			{kind: 'list', items: [{blocks: [{spans: [{text: 'one'}]}]}]},
			{kind: 'list', continues: true, items: [{blocks: [{spans: [{text: 'two'}]}]}]},
			{kind: 'list', continues: true, items: [{blocks: [{spans: [{text: 'three'}]}]}]},
		]);
		expect(slide?.blocks[2]).not.toHaveProperty('continues');
	});

	it('a numbered incremental list keeps counting, and `incremental_lists: false` stops it', () => {
		const {deck} = parseDeck(md('## A', '', '<!-- incremental_lists: true -->', '', '1. one', '2. two', '', '<!-- incremental_lists: false -->', '', '- all', '- at once'));
		const [slide] = deck.slides;
		expect(slide?.blocks.map(block => (block.kind === 'list' ? [block.start, block.items.length] : block.kind))).toEqual(['heading', [1, 1], [2, 1], [1, 2]]);
		expect(slide?.steps).toEqual([1, 2, 3, 4]);
	});

	it('`jump_to_middle` marks where the middle of the screen starts', () => {
		const {deck} = parseDeck(md('<!-- end_slide -->', '', '<!-- jump_to_middle -->', '', 'The end', '---'));
		expect(deck.slides[0]).toMatchObject({title: 'The end', middle: 0});
	});

	it('`new_lines: N`, `newlines: N`, `new_line` and `newline` are blank lines', () => {
		const {deck, diagnostics} = parseDeck(md('## A', '', '<!-- new_lines: 3 -->', '', 'x', '', '<!-- newline -->', '', '<!-- NEWLINES: 1000 -->'));
		expect(diagnostics).toEqual([]);
		expect(deck.slides[0]?.blocks.filter(block => block.kind === 'space').map(block => block.kind === 'space' && block.lines)).toEqual([3, 1, 50]);
	});

	it('blank lines alone make no slide', () => {
		const {deck} = parseDeck(md('# A', '', '<!-- end_slide -->', '', '<!-- new_lines: 4 -->', '', '<!-- end_slide -->', '', '## B'));
		expect(deck.slides.map(slide => slide.title)).toEqual(['A', 'B']);
	});
});

describe('the title slide', () => {
	it('is the first slide when its `#` heading is the front matter title', () => {
		expect(parseDeck(md('---', 'title: Talk', '---', '', '# Talk', '', 'A long first paragraph.', '', '- and a list')).deck.slides[0]?.titleSlide).toBe(true);
	});

	it('or when it holds only a heading and subtitle headings', () => {
		expect(parseDeck(md('# Terminal-Based', '## Markdown', '### Presentations')).deck.slides[0]?.titleSlide).toBe(true);
	});

	it('but not a first slide of content, as lookatme decks start', () => {
		expect(parseDeck(md('---', 'title: lookatme Tour', '---', '', '# Markdown Support: Inline', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', '---', '', '# Next')).deck.slides[0]?.titleSlide).toBeUndefined();
		expect(parseDeck(md('# This is a normal slide', '', 'With some content.')).deck.slides[0]?.titleSlide).toBeUndefined();
		expect(parseDeck(md('## Subtitle first', '', 'text')).deck.slides[0]?.titleSlide).toBeUndefined();
	});
});

describe('presenterm code attributes', () => {
	it('`+line_numbers` is kept; what is not supported is a warning once per deck, at its first use', () => {
		const {deck, diagnostics} = parseDeck(md(
			'## A', // 1
			'',
			'```rust +exec +line_numbers', // 3
			'fn main() {}',
			'```',
			'',
			'```python +exec', // 7
			'print(1)',
			'```',
			'',
			'```rust {1-4|6-10|all} +render', // 11
			'x',
			'```',
		));
		expect(deck.slides[0]?.blocks[1]).toMatchObject({kind: 'code', language: 'rust', lineNumbers: true});
		expect(diagnostics.map(d => [d.line, d.column, d.message])).toEqual([
			[3, 9, '`+exec` is not supported; the code is shown, never run'],
			[11, 9, 'line highlighting `{1-4|6-10|all}` is not supported; all of the code is shown at once'],
			[11, 24, '`+render` is not supported; the code is shown as it is'],
		]);
	});
});
