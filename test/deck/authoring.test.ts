/**
The mistakes people make while writing a deck, one at a time: each is
reported with its exact message, at the line where it was made.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDeck} from '../../source/core/deck/parse.js';
import {diagnosticMessages, messageWords} from '../helpers/diagnostic-messages.js';
import {md, repoRoot} from './helpers.js';

const problems = (text: string) => parseDeck(text).diagnostics.map(d => ({severity: d.severity, line: d.line, column: d.column, message: d.message, hint: d.hint}));

describe('an unclosed code fence', () => {
	const deck = md(
		'# Talk', // 1
		'',
		'```js', // 3
		'const x = 1;',
		'',
		'---',
		'',
		'## Later',
		'',
		'<!-- quiz -->',
		'',
		'## Q?',
		'',
		'- [x] yes',
		'- [ ] no',
	);

	it('is an error at the line that opened it, with the hint that the rest became code', () => {
		expect(problems(deck)).toEqual([{
			severity: 'error',
			line: 3,
			column: 1,
			message: 'code block opened here is never closed',
			hint: 'everything after this line became code: close the block with a line of ```',
		}]);
	});

	it('names the fence that was opened, tildes or a longer run of backticks', () => {
		expect(problems(md('# A', '', '  ~~~~', 'x', '~~~', '', '## B'))).toEqual([expect.objectContaining({severity: 'error', line: 3, column: 3, hint: expect.stringContaining('a line of ~~~~') as unknown})]);
	});

	it('is a warning when all it swallowed is code, at the end of the last slide', () => {
		expect(problems(md('# A', '', '```', 'x = 1', '', 'y = 2'))).toEqual([expect.objectContaining({severity: 'warning', line: 3, message: 'code block opened here is never closed'})]);
	});

	it('a closed fence, one closed by a longer fence, and one ending with its list item are fine', () => {
		expect(problems(md('# A', '', '```', 'x', '```'))).toEqual([]);
		expect(problems(md('# A', '', '```', 'x', '`````'))).toEqual([]);
		expect(problems(md('# A', '', '- item', '', '  ```', '  code', '', 'after'))).toEqual([]);
		expect(problems(md('# A', '', '> ```', '> x', '> ```'))).toEqual([]);
	});
});

describe('mistyped directives', () => {
	it('directives are case-insensitive', () => {
		const {deck, diagnostics} = parseDeck(md('# A', '', 'one', '', '<!-- PAUSE -->', '', 'two', '', '<!-- Quiz -->', '', '## Q?', '', '- [x] yes', '- [ ] no'));
		expect(diagnostics).toEqual([]);
		expect(deck.slides[0]?.steps).toEqual([2, 3]);
		expect(deck.slides[0]?.notes).toEqual([]);
		expect(deck.quiz?.questions).toHaveLength(1);
	});

	it('an id directive in capitals still fixes the question id', () => {
		const {deck} = parseDeck(md('# A', '', '<!-- quiz -->', '', '## Q?', '<!-- ID: my-id -->', '', '- [x] yes', '- [ ] no'));
		expect(deck.quiz?.questions[0]?.id).toBe('my-id');
	});

	it.each([
		['puase', 'pause'],
		['quizz', 'quiz'],
		['end-slide', 'end_slide'],
		['endslide', 'end_slide'],
		['paus', 'pause'],
	])('`<!-- %s -->` is a note, with "did you mean `%s`"', (typed, meant) => {
		expect(problems(md('# A', '', 'text', '', `<!-- ${typed} -->`, '', 'more'))).toEqual([{
			severity: 'warning',
			line: 5,
			column: 1,
			message: `\`<!-- ${typed} -->\` is not a directive, so it is a speaker note`,
			hint: `did you mean \`<!-- ${meant} -->\`?`,
		}]);
	});

	it('ordinary notes are not mistaken for directives', () => {
		expect(problems(md('# A', '', '<!-- todo -->', '', '<!-- Remember to smile -->', '', '<!-- breathe -->', '', 'text'))).toEqual([]);
	});

	it('a forgotten `<!-- quiz -->`: a ticked task list under a `##` heading is a warning at the heading', () => {
		const text = md(
			'# Talk', // 1
			'',
			'Intro.',
			'',
			'## Which one?', // 5
			'<!-- id: which -->',
			'',
			'- [x] This one',
			'- [ ] That one',
			'',
			'## And this?', // 11
			'',
			'- [ ] no',
			'- [x] yes',
		);
		expect(problems(text)).toEqual([
			{severity: 'warning', line: 5, column: 4, message: 'this looks like a quiz question; the quiz starts with `<!-- quiz -->`', hint: expect.stringContaining('ticked answers are shown') as unknown},
			expect.objectContaining({line: 6, message: 'an `id` directive only means something under a quiz question'}),
		]);
	});

	it('a checklist slide in a deck that has a quiz is fine; a question-like heading is not', () => {
		const quiz = ['', '<!-- quiz -->', '', '## Q?', '', '- [x] yes', '- [ ] no'];
		expect(problems(md('# A', '', '## Done so far', '', '- [x] importer', '- [ ] search', ...quiz))).toEqual([]);
		expect(problems(md('# A', '', '## Is it done?', '', '- [x] importer', '- [ ] search', ...quiz)).map(p => [p.line, p.message])).toEqual([
			[3, 'this looks like a quiz question; the quiz starts with `<!-- quiz -->`'],
		]);
	});
});

describe('quiz structure', () => {
	const quiz = (...lines: string[]) => md('# A', '', '<!-- quiz -->', '', ...lines);

	it('a `###` heading inside a question is a warning at its line: it does not start a question', () => {
		const text = quiz(
			'## First?', // 5
			'',
			'- [x] yes',
			'- [ ] no',
			'',
			'### Second?', // 10
			'',
			'- [x] a',
			'- [ ] b',
		);
		const {deck, diagnostics} = parseDeck(text);
		expect(deck.quiz?.questions).toHaveLength(1);
		expect(diagnostics).toEqual([{
			severity: 'warning',
			line: 10,
			column: 1,
			message: 'a `###` heading does not start a question: it is part of question "First?"',
			hint: 'start each question with a `##` heading',
		}]);
	});

	it('a `###` heading before the first question', () => {
		expect(problems(quiz('### Only?', '', '- [x] a', '- [ ] b')).map(p => [p.severity, p.line, p.message])).toEqual([
			['warning', 5, 'a `###` heading does not start a question, so it is not shown'],
			['warning', 7, 'text in the quiz before its first `##` question is not shown'],
			['warning', 3, 'the quiz has no questions'],
		].sort((a, b) => Number(a[1]) - Number(b[1])));
	});

	it('options written as a numbered list are an error at the list: the question became a card', () => {
		const text = quiz(
			'## Which?', // 5
			'',
			'1. [x] this', // 7
			'2. [ ] that',
		);
		const {deck, diagnostics} = parseDeck(text);
		expect(deck.quiz?.questions[0]?.kind).toBe('card');
		expect(diagnostics).toEqual([{
			severity: 'error',
			line: 7,
			column: 1,
			message: 'the options of question "Which?" are a numbered list, so it became a self-graded card that shows its answer key',
			hint: 'write the options as a bullet list: `- [x]` for a right option, `- [ ]` for a wrong one',
		}]);
	});

	it('a numbered task list in the explanation of a question with options is fine', () => {
		expect(problems(quiz('## Which?', '', '- [x] this', '- [ ] that', '', 'Steps:', '', '1. [x] read', '2. [ ] write'))).toEqual([]);
	});

	it('`- [x]Exactly` is an error at its own line, not at the first option', () => {
		const text = quiz(
			'## Which?', // 5
			'',
			'- [ ] Roughly', // 7
			'- [x]Exactly', // 8
			'- [ ] Never',
		);
		expect(problems(text)).toEqual([{
			severity: 'error',
			line: 8,
			column: 3,
			message: '`[x]` needs a space after it to be a task box, so this option counts as wrong',
			hint: 'write `- [x] Exactly`',
		}]);
	});

	it('an unspaced box on the first option still makes the list the options', () => {
		const {deck, diagnostics} = parseDeck(quiz('## Which?', '', '- [x]Exactly', '- [ ] Roughly'));
		expect(deck.quiz?.questions[0]?.kind).toBe('single');
		expect(diagnostics.map(d => [d.line, d.column, d.message])).toEqual([[7, 3, '`[x]` needs a space after it to be a task box, so this option counts as wrong']]);
	});
});

describe('front matter mistakes', () => {
	it('an unclosed quote is reported at its own line, not where YAML gives up', () => {
		const text = md(
			'---',
			'title: Quarterly update',
			'subtitle: "Where we are', // 3
			'author: Platform team',
			'date: 2026-05-20',
			'duration: 10',
			'id: quarterly',
			'---',
			'',
			'# Quarterly update',
		);
		expect(problems(text)).toEqual([{
			severity: 'error',
			line: 3,
			column: 11,
			message: 'the value of `subtitle` opens a quote that is never closed',
			hint: 'end the value with a closing " on this line',
		}]);
	});

	it('a single quote too', () => {
		expect(problems(md('---', 'title: \'Why now', 'author: me', '---', '', '# A')).map(p => [p.line, p.column, p.message])).toEqual([
			[2, 8, 'the value of `title` opens a quote that is never closed'],
		]);
	});

	it('`title: Why: a talk` says to quote the value', () => {
		expect(problems(md('---', 'title: Why: a talk', '---', '', '# A'))).toEqual([{
			severity: 'error',
			line: 2,
			column: 8,
			message: 'the value of `title` contains `: `, which YAML reads as the start of another key',
			hint: 'quote the value: `title: "Why: a talk"`',
		}]);
	});

	it('a missing closing `---`: an error at the opening, and the first slide is kept', () => {
		const text = md(
			'---', // 1
			'title: My talk',
			'author: Me', // 3
			'',
			'# My talk', // 5
			'',
			'Intro text',
			'',
			'---',
			'',
			'## Second',
		);
		const {deck, diagnostics} = parseDeck(text);
		expect(diagnostics).toEqual([{
			severity: 'error',
			line: 1,
			column: 1,
			message: 'the front matter opened here is never closed',
			hint: 'put a line of `---` after line 3, where the front matter ends',
		}]);
		expect(deck.meta).toMatchObject({title: 'My talk', author: 'Me'});
		expect(deck.slides.map(slide => [slide.title, slide.line])).toEqual([['My talk', 5], ['Second', 11]]);
	});

	it('a missing closing `---` in a deck with no slide breaks at all', () => {
		const {deck, diagnostics} = parseDeck(md('---', 'title: T', '', '# T', '', 'text'));
		expect(diagnostics.map(d => [d.line, d.message])).toEqual([[1, 'the front matter opened here is never closed']]);
		expect(deck.slides.map(slide => slide.title)).toEqual(['T']);
	});

	it('front matter with a blank line and a real YAML error after it is still a YAML error', () => {
		expect(problems(md('---', 'title: T', '', 'author: [a, b', '---', '', '# A')).map(p => [p.line, p.message.split(':')[0]])).toEqual([
			[4, 'the value of `author` opens a `[` that is never closed'],
		]);
	});

	it('a `---` line at the top with Markdown under it is not front matter', () => {
		expect(problems(md('---', '# Title', '', 'Text'))).toEqual([]);
	});
});

describe('a broken `#link`', () => {
	const text = md('# A', '', 'See [the end](#teh-end) and [A](#a).', '', '---', '', '## The end');

	it('is an error for check, marked as one the deck was repaired around', () => {
		expect(parseDeck(text).diagnostics).toEqual([{
			severity: 'error',
			line: 3,
			column: 14,
			message: 'link to `#teh-end` does not match any slide',
			hint: 'did you mean `#the-end` (slide 2)?',
			recovered: true,
		}]);
	});

	it('shows as plain text; a working link stays a link', () => {
		const [paragraph] = parseDeck(text).deck.slides[0]!.blocks.slice(1);
		expect(paragraph).toMatchObject({kind: 'paragraph', spans: [
			{text: 'See the end and ', style: {}},
			{text: 'A', style: {href: '#a'}},
			{text: '.', style: {}},
		]});
	});

	it('in a quiz explanation and in option feedback too', () => {
		const {deck} = parseDeck(md('# A', '', '<!-- quiz -->', '', '## Q?', '', '- [x] yes', '  See [x](#nope).', '- [ ] no', '', 'Read [y](#gone).'));
		const question = deck.quiz!.questions[0]!;
		expect(JSON.stringify(question)).not.toContain('#nope');
		expect(JSON.stringify(question)).not.toContain('#gone');
		expect(question.slide).toBeUndefined();
	});
});

describe('docs/deck-format.md', () => {
	const docs = fs.readFileSync(path.join(repoRoot, 'docs', 'deck-format.md'), 'utf8');
	const diagnosticsSection = docs.slice(docs.indexOf('## Diagnostics'), docs.indexOf('## A complete example'));
	const deckFolders = [path.join(repoRoot, 'source', 'core', 'deck'), path.join(repoRoot, 'source', 'io', 'deck')];
	const deckSources = deckFolders.flatMap(folder => fs.readdirSync(folder).map(name => path.join(folder, name)));
	const found = diagnosticMessages([...deckSources, path.join(repoRoot, 'source', 'commands', 'check', 'check-report.ts')]);

	it('reads every message check can print from the source', () => {
		const words = found.map(message => messageWords(message.parts));
		expect(found.length).toBeGreaterThan(40);
		// One of each way a message is written: a `message:` literal, a front-matter `error(…)`, a `[message, hint]` tuple, a helper's return, a conditional.
		expect(words).toEqual(expect.arrayContaining([
			'code block opened here is never closed',
			'front matter must be a mapping of keys to values',
			'is a directory, not a deck file',
			'is not supported; the code is shown as it is',
			'heading does not start a question, so it is not shown',
		]));
	});

	it.each(found.map(message => [`${path.relative(repoRoot, message.file)}:${message.line}`, messageWords(message.parts)] as const))('lists the message of %s, "%s", with an example', (_, words) => {
		const row = diagnosticsSection.split('\n').find(line => line.startsWith('|') && line.includes(words));
		expect(row, `docs/deck-format.md has no row for "${words}"`).toBeDefined();
		// Message, example, what to do.
		expect(row!.split(/(?<!\\)\|/).filter(cell => cell.trim() !== '')).toHaveLength(3);
	});
});
