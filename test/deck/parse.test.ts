import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {blockAt, md, parseClean, questionAt, slideAt, textOf} from './helpers.js';

describe('front matter', () => {
	it('reads every field', () => {
		const deck = parseClean(md(
			'---',
			'title: My Talk',
			'subtitle: A subtitle',
			'author: Ada',
			'date: 2026-05-19',
			'duration: 15',
			'id: my-talk-2026',
			'---',
			'',
			'# First slide',
		));
		expect(deck.meta).toEqual({title: 'My Talk', subtitle: 'A subtitle', author: 'Ada', date: '2026-05-19', duration: 15, id: 'my-talk-2026', idOrigin: {id: 'my-talk-2026', explicit: true, line: 7}});
	});

	it('takes the id from the slug of the title by default', () => {
		const deck = parseClean(md('---', 'title: "Why Now? The 2026 Plan!"', '---', '', '# Hello'));
		expect(deck.meta.id).toBe('why-now-the-2026-plan');
		expect(deck.meta).not.toHaveProperty('duration');
		expect(deck.meta).not.toHaveProperty('author');
	});

	it('without front matter, takes the title from the first heading', () => {
		const deck = parseClean(md('Some words first.', '', '## The Real Title', '', 'Text.'));
		expect(deck.meta).toEqual({title: 'The Real Title', id: 'the-real-title', idOrigin: {id: 'the-real-title', explicit: false, line: 3}});
	});

	it('falls back to the file name when nothing has a title', () => {
		const {deck} = parseDeck('Just a paragraph.\n', {fileName: 'notes'});
		expect(deck.meta.title).toBe('notes');
		expect(deck.meta.id).toBe('notes');
	});

	it('keeps the line numbers of the body as lines of the file', () => {
		const deck = parseClean(md('---', 'title: T', 'author: A', '---', '', '# One', '', 'Text.'));
		expect(slideAt(deck, 1).line).toBe(6);
		expect(slideAt(deck, 1).blocks.map(block => block.line)).toEqual([6, 8]);
	});

	it('accepts presenterm\'s `sub_title` spelling', () => {
		const deck = parseClean(md('---', 'title: T', 'sub_title: Sub', '---', '', '# One'));
		expect(deck.meta.subtitle).toBe('Sub');
	});
});

describe('text encoding details', () => {
	it('strips a BOM, so the first heading is still a heading', () => {
		const deck = parseClean('\uFEFF# Hello\n\nText.\n');
		expect(slideAt(deck, 1).title).toBe('Hello');
		expect(slideAt(deck, 1).blocks[0]?.kind).toBe('heading');
		expect(deck.meta.title).toBe('Hello');
	});

	it('strips a BOM before front matter', () => {
		const deck = parseClean('\uFEFF---\ntitle: Front\n---\n\n# Hello\n');
		expect(deck.meta.title).toBe('Front');
	});

	it('reads CRLF line endings like LF, with the same line numbers', () => {
		const lf = md('---', 'title: T', '---', '', '# One', '', 'Text', 'more.', '', '---', '', '## Two', '', '```js', 'x();', '```');
		const crlf = lf.replaceAll('\n', '\r\n');
		const a = parseClean(lf);
		const b = parseClean(crlf);
		expect(b).toEqual(a);
		expect(b.slides).toHaveLength(2);
		expect(blockAt(slideAt(b, 2).blocks, 1, 'code').text).toBe('x();');
		expect(textOf(blockAt(slideAt(b, 1).blocks, 1, 'paragraph').spans)).toBe('Text more.');
	});
});

describe('slide splitting', () => {
	it('splits at a top-level `---` with blank lines around it', () => {
		const deck = parseClean(md('# One', '', 'a', '', '---', '', '# Two', '', 'b', '', '---', '', '# Three'));
		expect(deck.slides.map(slide => [slide.number, slide.title, slide.line])).toEqual([[1, 'One', 1], [2, 'Two', 7], [3, 'Three', 13]]);
	});

	it('does not make an empty slide from a leading, trailing or doubled `---`', () => {
		const deck = parseClean(md('# One', '', '---', '', '---', '', '# Two', '', '---'));
		expect(deck.slides.map(slide => slide.title)).toEqual(['One', 'Two']);
	});

	it('keeps the first slide of a deck that starts with a `---` break', () => {
		const {deck, diagnostics} = parseDeck(md('---', '', '# First', '', '---', '', '# Second'));
		expect(deck.slides.map(slide => slide.title)).toEqual(['First', 'Second']);
		expect(diagnostics).toEqual([]);
	});

	it('never splits at `---` inside a fenced code block', () => {
		const deck = parseClean(md('# One', '', '```yaml', '---', 'a: 1', '---', '```', '', '~~~', '---', '~~~', '', '---', '', '# Two'));
		expect(deck.slides).toHaveLength(2);
		const code = blockAt(slideAt(deck, 1).blocks, 1, 'code');
		expect(code).toEqual({kind: 'code', language: 'yaml', text: '---\na: 1\n---', line: 3, firstLine: 4});
		expect(blockAt(slideAt(deck, 1).blocks, 2, 'code').text).toBe('---');
	});

	it('does not split at a `---` inside a list or quote', () => {
		const deck = parseClean(md('# One', '', '> quoted', '>', '> ---', '>', '> more', '', '- item', '', '  ---', '', '  rest'));
		expect(deck.slides).toHaveLength(1);
		const quote = blockAt(slideAt(deck, 1).blocks, 1, 'quote');
		expect(quote.blocks.map(block => block.kind)).toEqual(['paragraph', 'rule', 'paragraph']);
	});

	it('in a deck with `<!-- end_slide -->`, ends slides there; `---` is a rule and setext headings are titles', () => {
		const deck = parseClean(md(
			'First',
			'===',
			'',
			'Intro text.',
			'',
			'---',
			'',
			'After the rule.',
			'',
			'<!-- end_slide -->',
			'',
			'Second',
			'---',
			'',
			'Body.',
			'',
			'<!-- end_slide -->',
		));
		expect(deck.slides.map(slide => [slide.title, slide.line])).toEqual([['First', 1], ['Second', 12]]);
		expect(slideAt(deck, 1).blocks.map(block => block.kind)).toEqual(['heading', 'paragraph', 'rule', 'paragraph']);
		expect(blockAt(slideAt(deck, 1).blocks, 0, 'heading').level).toBe(1);
		expect(blockAt(slideAt(deck, 2).blocks, 0, 'heading').level).toBe(2);
	});

	it('with no breaks at all, splits at the top heading level when it occurs more than once', () => {
		const deck = parseClean(md('## Alpha', '', '### Detail', '', 'a', '', '## Beta', '', 'b', '', '## Gamma'));
		expect(deck.slides.map(slide => [slide.title, slide.line])).toEqual([['Alpha', 1], ['Beta', 7], ['Gamma', 11]]);
		expect(slideAt(deck, 1).blocks.map(block => block.kind)).toEqual(['heading', 'heading', 'paragraph']);
	});

	it('with a single top-level heading and no breaks, is one slide', () => {
		const deck = parseClean(md('# Only', '', '## Part A', '', 'a', '', '## Part B', '', 'b'));
		expect(deck.slides).toHaveLength(1);
		expect(slideAt(deck, 1).blocks.filter(block => block.kind === 'heading')).toHaveLength(3);
	});

	it('does not split at headings when the deck has any `---` break', () => {
		const deck = parseClean(md('# A', '', '# B', '', '---', '', '# C'));
		expect(deck.slides.map(slide => slide.title)).toEqual(['A', 'C']);
	});

	it('does not split at headings in end_slide mode', () => {
		const deck = parseClean(md('# A', '', '# B', '', '<!-- end_slide -->', '', '# C'));
		expect(deck.slides.map(slide => slide.title)).toEqual(['A', 'C']);
	});
});

describe('titles and slugs', () => {
	it('takes the plain text of the first heading, of any level, as the title', () => {
		const deck = parseClean(md('Intro paragraph.', '', '### The **bold** `code` [link](https://x.example) title', '', '# Later heading'));
		expect(slideAt(deck, 1).title).toBe('The bold code link title');
		expect(slideAt(deck, 1).slug).toBe('the-bold-code-link-title');
	});

	it('makes GitHub-style slugs', () => {
		const deck = parseClean(md(
			'## The recursive bet: Claude training Claude', '', '---', '',
			'## Why pre-training', '', '---', '',
			'## What’s new in 2026?', '', '---', '',
			'## snake_case & Ünïcödé', '', '---', '',
			'## Two  spaces',
		));
		expect(deck.slides.map(slide => slide.slug)).toEqual([
			'the-recursive-bet-claude-training-claude',
			'why-pre-training',
			'whats-new-in-2026',
			'snake_case--ünïcödé',
			'two--spaces',
		]);
	});

	it('gives a slide without a heading an empty title and slug', () => {
		const {deck} = parseDeck(md('# A', '', '---', '', 'No heading here.'));
		expect(slideAt(deck, 2)).toMatchObject({title: '', slug: '', line: 5});
	});
});

describe('speaker notes', () => {
	it('takes every plain HTML comment as a note, in order', () => {
		const deck = parseClean(md('# A', '', '<!-- first note -->', '', 'Text.', '', '<!--', 'A note over', 'two lines.', '-->'));
		expect(slideAt(deck, 1).notes).toEqual(['first note', 'A note over\ntwo lines.']);
		expect(slideAt(deck, 1).blocks.map(block => block.kind)).toEqual(['heading', 'paragraph']);
	});

	it('takes presenterm `speaker_note:` comments as notes', () => {
		const deck = parseClean(md('Title', '===', '', '<!-- speaker_note: Say hello. -->', '', 'Text.', '', '<!-- speaker_note: Then this. -->', '', '<!-- end_slide -->', '', 'Next', '==='));
		expect(slideAt(deck, 1).notes).toEqual(['Say hello.', 'Then this.']);
		expect(slideAt(deck, 2).notes).toEqual([]);
	});

	it('takes a comment inside a paragraph as a note and keeps the text around it', () => {
		const deck = parseClean(md('# A', '', 'Before <!-- inline note --> after.'));
		expect(slideAt(deck, 1).notes).toEqual(['inline note']);
		expect(textOf(blockAt(slideAt(deck, 1).blocks, 1, 'paragraph').spans)).toBe('Before  after.');
	});

	it('takes comments inside list items and table cells as notes', () => {
		const deck = parseClean(md('# A', '', '- item <!-- in a list item -->', '', '  <!-- under a list item -->', '', '| a | b |', '|---|---|', '| x <!-- in a cell --> | y |'));
		expect(slideAt(deck, 1).notes).toEqual(['in a list item', 'under a list item', 'in a cell']);
	});

	it('keeps a note with a colon as a note (only known names are directives)', () => {
		const deck = parseClean(md('# A', '', '<!-- Remember: smile -->', '', '<!-- todo: fix this -->'));
		expect(slideAt(deck, 1).notes).toEqual(['Remember: smile', 'todo: fix this']);
	});

	it('keeps notes on the slide they are on', () => {
		const deck = parseClean(md('# A', '', '<!-- note A -->', '', '---', '', '# B', '', '<!-- note B -->'));
		expect(deck.slides.map(slide => slide.notes)).toEqual([['note A'], ['note B']]);
	});

	it('does not take a comment shown inside a code block as a note', () => {
		const deck = parseClean(md('# A', '', '```html', '<!-- not a note -->', '```'));
		expect(slideAt(deck, 1).notes).toEqual([]);
	});
});

describe('pauses', () => {
	it('splits a slide into steps at `<!-- pause -->`', () => {
		const deck = parseClean(md('# A', '', 'one', '', '<!-- pause -->', '', 'two', '', '<!-- pause -->', '', 'three', '', 'four'));
		expect(slideAt(deck, 1).steps).toEqual([2, 3, 5]);
	});

	it('treats lookatme\'s `<!-- stop -->` as a pause', () => {
		const deck = parseClean(md('# A', '', '- one', '', '<!-- stop -->', '', '- two'));
		expect(slideAt(deck, 1).steps).toEqual([2, 3]);
	});

	it('has one step showing every block when there is no pause', () => {
		const deck = parseClean(md('# A', '', 'one', '', 'two'));
		expect(slideAt(deck, 1).steps).toEqual([3]);
	});

	it('ignores a pause at the start or end of a slide, and doubled pauses', () => {
		const deck = parseClean(md('<!-- pause -->', '', '# A', '', 'one', '', '<!-- pause -->', '', '<!-- pause -->', '', 'two', '', '<!-- pause -->'));
		expect(slideAt(deck, 1).steps).toEqual([2, 3]);
	});

	it('numbers an ordered list split by a pause on from its first part', () => {
		const deck = parseClean(md('# A', '', '1. one', '2. two', '', '<!-- pause -->', '', '1. three', '2. four'));
		const slide = slideAt(deck, 1);
		expect(slide.steps).toEqual([2, 3]);
		expect(blockAt(slide.blocks, 1, 'list').start).toBe(1);
		expect(blockAt(slide.blocks, 2, 'list').start).toBe(3);
	});

	it('numbers on across three parts', () => {
		const deck = parseClean(md('# A', '', '1. a', '', '<!-- pause -->', '', '1. b', '', '<!-- pause -->', '', '1. c'));
		expect(slideAt(deck, 1).blocks.map(block => (block.kind === 'list' ? block.start : 0))).toEqual([0, 1, 2, 3]);
	});

	it('keeps the start of a list that deliberately starts at another number', () => {
		const deck = parseClean(md('# A', '', '1. one', '', '<!-- pause -->', '', '7. seven'));
		expect(blockAt(slideAt(deck, 1).blocks, 2, 'list').start).toBe(7);
	});
});

describe('blocks', () => {
	it('reads headings with their level', () => {
		const deck = parseClean(md('# H1', '## H2', '### H3', '#### H4', '##### H5', '###### H6'));
		expect(slideAt(deck, 1).blocks.map(block => (block.kind === 'heading' ? block.level : 0))).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('gives an image\'s alt text as words, not as Markdown source', () => {
		const {deck} = parseDeck('# T\n\n![A *fancy* `logo` [link](x)](logo.png)\n');
		expect(deck.slides[0]?.blocks[1]).toEqual({kind: 'image', src: 'logo.png', alt: 'A fancy logo link', line: 3});
	});

	it('reads paragraph spans: bold, italic, code, link, strike, image', () => {
		const deck = parseClean(md('# A', '', 'Plain **bold** _italic_ `code` [link](https://example.com) ~~gone~~ ![alt text](pic.png) ***both***'));
		const paragraph = blockAt(slideAt(deck, 1).blocks, 1, 'paragraph');
		expect(paragraph.line).toBe(3);
		expect(paragraph.spans).toEqual([
			{text: 'Plain ', style: {}},
			{text: 'bold', style: {bold: true}},
			{text: ' ', style: {}},
			{text: 'italic', style: {italic: true}},
			{text: ' ', style: {}},
			{text: 'code', style: {code: true}},
			{text: ' ', style: {}},
			{text: 'link', style: {href: 'https://example.com'}},
			{text: ' ', style: {}},
			{text: 'gone', style: {strike: true}},
			{text: ' ', style: {}},
			{text: 'alt text', style: {image: true}},
			{text: ' ', style: {}},
			{text: 'both', style: {bold: true, italic: true}},
		]);
	});

	it('keeps styles inside a link and turns hard breaks into a newline run', () => {
		const deck = parseClean(md('# A', '', '[**bold link**](#a) line  ', 'next<br>last'));
		const paragraph = blockAt(slideAt(deck, 1).blocks, 1, 'paragraph');
		expect(paragraph.spans).toEqual([
			{text: 'bold link', style: {bold: true, href: '#a'}},
			{text: ' line\nnext\nlast', style: {}},
		]);
	});

	it('reads nested lists, ordered and bulleted, tight and loose', () => {
		const deck = parseClean(md('# A', '', '- top', '  1. inner one', '  2. inner two', '     - deepest', '- second', '', '3. three', '', '4. four'));
		const [, outer, loose] = slideAt(deck, 1).blocks;
		expect(outer).toMatchObject({kind: 'list', ordered: false, start: 1, tight: true, line: 3});
		const outerList = blockAt(slideAt(deck, 1).blocks, 1, 'list');
		expect(outerList.items).toHaveLength(2);
		const inner = blockAt(outerList.items[0]!.blocks, 1, 'list');
		expect(inner).toMatchObject({ordered: true, start: 1, line: 4});
		expect(inner.items.map(item => textOf(blockAt(item.blocks, 0, 'paragraph').spans))).toEqual(['inner one', 'inner two']);
		const deepest = blockAt(inner.items[1]!.blocks, 1, 'list');
		expect(textOf(blockAt(deepest.items[0]!.blocks, 0, 'paragraph').spans)).toBe('deepest');
		expect(loose).toMatchObject({kind: 'list', ordered: true, start: 3, tight: false, line: 9});
	});

	it('reads GFM task list items with their state', () => {
		const deck = parseClean(md('# A', '', '- [x] done', '- [ ] to do', '- [X] also done', '- plain'));
		const list = blockAt(slideAt(deck, 1).blocks, 1, 'list');
		expect(list.items.map(item => [item.checked, textOf(blockAt(item.blocks, 0, 'paragraph').spans)])).toEqual([
			[true, 'done'],
			[false, 'to do'],
			[true, 'also done'],
			[undefined, 'plain'],
		]);
		expect(list.items[3]).not.toHaveProperty('checked');
	});

	it('reads tables with their alignment and styled cells', () => {
		const deck = parseClean(md('# A', '', '| Left | Centre | Right | None |', '| :--- | :----: | ----: | ---- |', '| **a** | b | `c` | d |', '| e | | g | h |'));
		const table = blockAt(slideAt(deck, 1).blocks, 1, 'table');
		expect(table.line).toBe(3);
		expect(table.align).toEqual(['left', 'center', 'right', 'left']);
		expect(table.header.map(cell => textOf(cell))).toEqual(['Left', 'Centre', 'Right', 'None']);
		expect(table.rows.map(row => row.map(cell => textOf(cell)))).toEqual([['a', 'b', 'c', 'd'], ['e', '', 'g', 'h']]);
		expect(table.rows[0]![0]).toEqual([{text: 'a', style: {bold: true}}]);
		expect(table.rows[0]![2]).toEqual([{text: 'c', style: {code: true}}]);
	});

	it('reads fenced and indented code with its language', () => {
		const deck = parseClean(md('# A', '', '```rust +line_numbers +no_background', 'fn main() {}', '', '```', '', '~~~', 'plain', '~~~', '', '    indented code'));
		const blocks = slideAt(deck, 1).blocks;
		expect(blocks[1]).toEqual({kind: 'code', language: 'rust', text: 'fn main() {}\n', line: 3, firstLine: 4, lineNumbers: true});
		expect(blocks[2]).toEqual({kind: 'code', language: '', text: 'plain', line: 8, firstLine: 9});
		expect(blocks[3]).toEqual({kind: 'code', language: '', text: 'indented code', line: 12, firstLine: 12});
	});

	it('reads quotes with blocks inside', () => {
		const deck = parseClean(md('# A', '', '> “Quoted” **text**', '>', '> - item'));
		const quote = blockAt(slideAt(deck, 1).blocks, 1, 'quote');
		expect(quote.line).toBe(3);
		expect(quote.blocks.map(block => block.kind)).toEqual(['paragraph', 'list']);
		expect(textOf(blockAt(quote.blocks, 0, 'paragraph').spans)).toBe('“Quoted” text');
	});

	it('reads rules (in end_slide mode, where `---` is not a break)', () => {
		const deck = parseClean(md('# A', '', 'above', '', '---', '', 'below', '', '***', '', '<!-- end_slide -->'));
		expect(slideAt(deck, 1).blocks).toEqual([
			expect.objectContaining({kind: 'heading'}),
			expect.objectContaining({kind: 'paragraph'}),
			{kind: 'rule', line: 5},
			expect.objectContaining({kind: 'paragraph'}),
			{kind: 'rule', line: 9},
		]);
	});

	it('keeps the text of other raw HTML and drops its tags', () => {
		const deck = parseClean(md('# A', '', '<div align="center">', 'Centred', '</div>', '', 'a <span style="color: red">red</span> word'));
		const blocks = slideAt(deck, 1).blocks;
		expect(textOf(blockAt(blocks, 1, 'paragraph').spans)).toBe('Centred');
		expect(textOf(blockAt(blocks, 2, 'paragraph').spans)).toBe('a red word');
	});
});

const quizDeck = md(
	'# Intro', // 1
	'',
	'---',
	'',
	'## Why now', // 5
	'',
	'---',
	'',
	'## The bottom line', // 9
	'',
	'<!-- quiz -->',
	'',
	'# Check yourself', // 13
	'',
	'## Which one is right?', // 15
	'',
	'- [ ] Wrong A', // 17
	'',
	'  Indented feedback for A.',
	'',
	'- [x] Right B', // 21
	'  Feedback on the next line.',
	'- [ ] Wrong C',
	'',
	'Explanation paragraph. See [Why now](#why-now).', // 25
	'',
	'> A quoted explanation.',
	'',
	'## Pick all that apply', // 29
	'<!-- id: pick-all -->',
	'',
	'- [x] One',
	'- [ ] Two',
	'- [x] Three',
	'',
	'Back to [slide three](#3).',
	'',
	'## In your own words: why?', // 38
	'',
	'Because the answer is this card\'s explanation.',
);

describe('quiz', () => {
	const deck = parseClean(quizDeck);
	const quiz = deck.quiz!;

	it('starts at `<!-- quiz -->`: slides end there and the quiz has its `#` title', () => {
		expect(deck.slides.map(slide => slide.title)).toEqual(['Intro', 'Why now', 'The bottom line']);
		expect(quiz.title).toBe('Check yourself');
		expect(quiz.questions.map(question => [question.prompt, question.line])).toEqual([
			['Which one is right?', 15],
			['Pick all that apply', 29],
			['In your own words: why?', 38],
		]);
	});

	it('tells single, multiple and self-graded card questions apart', () => {
		expect(quiz.questions.map(question => question.kind)).toEqual(['single', 'multiple', 'card']);
		expect(questionAt(deck, 0).correct).toEqual([1]);
		expect(questionAt(deck, 1).correct).toEqual([0, 2]);
		expect(questionAt(deck, 2).correct).toEqual([]);
		expect(questionAt(deck, 2).options).toEqual([]);
	});

	it('reads the options, which is right, and their lines', () => {
		expect(questionAt(deck, 0).options.map(option => [option.text, option.correct, option.line])).toEqual([
			['Wrong A', false, 17],
			['Right B', true, 21],
			['Wrong C', false, 23],
		]);
		expect(questionAt(deck, 0).options[1]!.spans).toEqual([{text: 'Right B', style: {}}]);
	});

	it('takes content indented under an option, or on the line under it, as its feedback', () => {
		const [a, b, c] = questionAt(deck, 0).options;
		expect(a!.feedback.map(block => block.kind)).toEqual(['paragraph']);
		expect(textOf(blockAt(a!.feedback, 0, 'paragraph').spans)).toBe('Indented feedback for A.');
		expect(textOf(blockAt(b!.feedback, 0, 'paragraph').spans)).toBe('Feedback on the next line.');
		expect(b!.text).toBe('Right B');
		expect(c!.feedback).toEqual([]);
	});

	it('takes the paragraphs and quotes after the options as the explanation', () => {
		const explanation = questionAt(deck, 0).explanation;
		expect(explanation.map(block => block.kind)).toEqual(['paragraph', 'quote']);
		expect(textOf(blockAt(explanation, 0, 'paragraph').spans)).toBe('Explanation paragraph. See Why now.');
		const card = questionAt(deck, 2);
		expect(textOf(blockAt(card.explanation, 0, 'paragraph').spans)).toBe('Because the answer is this card\'s explanation.');
	});

	it('resolves a link to `#slug` or `#3` to the slide number', () => {
		expect(questionAt(deck, 0).slide).toBe(2);
		expect(questionAt(deck, 1).slide).toBe(3);
		expect(questionAt(deck, 2)).not.toHaveProperty('slide');
	});

	it('takes the id from `<!-- id: x -->`, else the slug of the prompt', () => {
		expect(quiz.questions.map(question => question.id)).toEqual(['which-one-is-right', 'pick-all', 'in-your-own-words-why']);
	});

	it('defaults the quiz title to "Quiz"', () => {
		const plain = parseClean(md('# A', '', '<!-- quiz -->', '', '## Q?', '', '- [x] yes', '- [ ] no'));
		expect(plain.quiz?.title).toBe('Quiz');
		expect(plain.quiz?.questions).toHaveLength(1);
	});

	it('has no quiz without `<!-- quiz -->`', () => {
		expect(parseClean(md('# A')).quiz).toBeUndefined();
	});

	it('has a 16-hex-digit hash that changes when an option changes, not when only the explanation wording does', () => {
		const hashOf = (text: string) => parseClean(text).quiz!.hash;
		expect(quiz.hash).toMatch(/^[\da-f]{16}$/);
		expect(hashOf(quizDeck)).toBe(quiz.hash);
		expect(hashOf(quizDeck.replace('Explanation paragraph.', 'A reworded explanation.'))).toBe(quiz.hash);
		expect(hashOf(quizDeck.replace('Indented feedback for A.', 'Other feedback.'))).toBe(quiz.hash);
		expect(hashOf(quizDeck.replace('- [ ] Wrong C', '- [ ] Wrong D'))).not.toBe(quiz.hash);
		expect(hashOf(quizDeck.replace('- [ ] Two', '- [x] Two'))).not.toBe(quiz.hash);
		expect(hashOf(quizDeck.replace('## Which one is right?', '## Which one is correct?'))).not.toBe(quiz.hash);
	});
});
