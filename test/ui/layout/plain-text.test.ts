import {describe, expect, test} from 'vitest';
import {parseDeck} from '../../../source/core/deck/parse.js';
import {deckToPlainText} from '../../../source/core/layout/deck-text.js';
import {blocksToPlainText, plainTextLines, spansToPlainText} from '../../../source/core/layout/plain-text.js';
import {bullets, code, heading, item, list, paragraph, quote, rule, span, table, task, texts} from './build.js';

describe('blocksToPlainText', () => {
	test('reads every kind of block as plain text', () => {
		const text = blocksToPlainText([
			heading(2, 'Title'),
			paragraph('one', span('\n'), 'two ', span('chart', {image: true})),
			list([item(paragraph('a'), bullets('nested')), task(true, 'done')]),
			list([item(paragraph('x'))], {ordered: true, start: 3}),
			table(['left', 'right'], ['H1', 'Header 2'], [['c1', 'c2']]),
			code('let x\n  nested'),
			quote(paragraph('said'), paragraph('again')),
			rule,
		]);
		expect(text).toBe([
			'Title',
			'one\ntwo [image: chart]',
			'- a\n  - nested\n- [x] done',
			'3. x',
			'| H1  | Header 2 |\n|-----|----------|\n| c1  |       c2 |',
			'    let x\n      nested',
			'> said\n>\n> again',
			'----',
		].join('\n\n'));
	});

	test('keeps the blank line between the blocks of a loose list item, and none inside a tight one', () => {
		const items = [item(paragraph('a'), paragraph('more')), item(paragraph('b'))];
		expect(blocksToPlainText([list(items, {tight: false})])).toBe('- a\n\n  more\n- b');
		expect(blocksToPlainText([list(items)])).toBe('- a\n  more\n- b');
	});
});

describe('links in plain text', () => {
	const link = (text: string, href: string) => span(text, {href});

	test('follow the text with the URL, once for a link of several runs', () => {
		expect(spansToPlainText(['Read ', link('the ', 'https://example.com/guide'), span('guide', {href: 'https://example.com/guide', bold: true}), '.'].map(part => (typeof part === 'string' ? span(part) : part))))
			.toBe('Read the guide (https://example.com/guide).');
	});

	test('a link to a slide, or one whose text is its URL, gets no URL after it', () => {
		expect(spansToPlainText([link('the numbers', '#signals'), span(' and '), link('https://example.com', 'https://example.com')]))
			.toBe('the numbers and https://example.com');
	});

	test('without `linkUrls`, only the text', () => {
		expect(spansToPlainText([link('the guide', 'https://example.com/guide')], {linkUrls: false})).toBe('the guide');
	});

	test('a screen reader gets the URL as the transcript prints it', () => {
		const {deck} = parseDeck('# Links\n\nRead [the guide](https://example.com/guide) first.\n');
		const lines = texts(plainTextLines(deck.slides[0]!.blocks, 80));
		expect(lines).toContain('Read the guide (https://example.com/guide) first.');
		expect(deckToPlainText(deck)).toContain('\nRead the guide (https://example.com/guide) first.\n');
	});

	test('a quiz option keeps its link in the answer key', () => {
		const {deck} = parseDeck('# Only slide\n\n<!-- quiz -->\n\n## Which guide?\n\n- [x] [The guide](https://example.com/guide)\n- [ ] None\n');
		expect(deckToPlainText(deck, {answers: true})).toContain('   A) The guide (https://example.com/guide)\n');
	});
});
