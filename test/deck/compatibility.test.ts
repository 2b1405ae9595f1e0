/**
What decks written for other tools use, and what their own tool shows: each
is kept in the deck model, so the slideshow can show it too.
*/
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/deck/parse.js';
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
