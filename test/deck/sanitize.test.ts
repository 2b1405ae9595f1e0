import {describe, expect, it} from 'vitest';
import {formatDiagnostic} from '../../source/core/deck/format-diagnostic.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {hasUnsafeCharacters, sanitize} from '../../source/core/text/sanitize.js';
import {slideAt, strings} from './helpers.js';

const ESC = '\u001B';
const CSI = '\u009B';
const BEL = '\u0007';
const BS = '\u0008';
const CR = '\r';
const DEL = '\u007F';
const RLO = '\u202E';
const LRI = '\u2066';

/** Every byte a terminal could act on: C0 but tab and newline, DEL, C1, and the bidi controls. */
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** What may never reach a terminal in plain output. */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
A payload with one of each: colour, clipboard write (OSC 52), clear screen via
C1 CSI, bell, backspace, DEL, a bidi override and isolate. No CR: in Markdown a
lone CR ends the line (tested on its own below).
*/
const payload = (label: string) => `${label}${ESC}[31mred${ESC}]52;c;aGk=${BEL}${CSI}2J${BS}x${DEL}${RLO}txt${LRI}end`;

const frontMatter = [
	'---',
	// YAML double-quoted escapes: \e is ESC, \x9b is CSI, \a is BEL, \b backspace, \r CR.
	String.raw`title: "Title \e[2J\x9b\a\b\r\x7f\u202Eend"`,
	String.raw`subtitle: "Sub \e]0;pwned\a"`,
	String.raw`author: "Au\e[1mthor"`,
	String.raw`date: "2026\e[0m-05-19"`,
	// presenterm's key: the deck is presenterm's, so its front matter is an intro slide too.
	String.raw`event: "Con\e[2Jf"`,
	String.raw`id: "deck\e[31m"`,
	String.raw`"unknown\e[5m": 1`,
	'---',
	'',
];

const body = [
	`# ${payload('Heading')}`,
	'',
	`Paragraph ${payload('para')} **${payload('bold')}** \`${payload('code span')}\` [${payload('link')}](https://example.com/${ESC}[31m) ![${payload('alt')}](x.png)`,
	'',
	`\`\`\`${payload('lang')}`,
	`code ${payload('code')}`,
	'\tTabbed code line',
	'```',
	'',
	`| ${payload('head')} | b |`,
	'| --- | --- |',
	`| ${payload('cell')} | d |`,
	'',
	`> ${payload('quote')}`,
	'',
	`- ${payload('item')}`,
	`  - [x] ${payload('task')}`,
	'',
	`<!-- ${payload('note')} -->`,
	'',
	`<!-- speaker_note: ${payload('speaker')} -->`,
	'',
	`<div>${payload('html')}</div>`,
	'',
	`Inline <!-- ${payload('inline note')} --> comment.`,
	'',
	'<!-- quiz -->',
	'',
	`# ${payload('Quiz title')}`,
	'',
	`## ${payload('Prompt')}`,
	`<!-- id: ${payload('id')} -->`,
	'',
	`- [x] ${payload('right')}`,
	'',
	`  ${payload('feedback')}`,
	'',
	`- [ ] ${payload('wrong')}`,
	`  ${payload('next-line feedback')}`,
	'',
	`${payload('explanation')} See [the slide](#1).`,
	'',
	`## ${payload('Card')}`,
	'',
	`${payload('answer')}`,
];

const deckText = [...frontMatter, ...body].join('\n') + '\n';

describe('control characters from a deck file', () => {
	const {deck, diagnostics} = parseDeck(deckText, {fileName: `file${ESC}[31m`});

	it('the test deck really carries them into every construct', () => {
		expect(deckText).toContain(ESC);
		// `event` makes it a presenterm deck, so its front matter is an intro slide too, which the checks below cover.
		expect(deck.slides).toHaveLength(2);
		expect(slideAt(deck, 1).intro).toBe(true);
		expect(deck.quiz?.questions).toHaveLength(2);
		expect(deck.quiz?.questions[0]?.options).toHaveLength(2);
		expect(slideAt(deck, 2).notes).toHaveLength(3);
		expect(slideAt(deck, 2).blocks.map(block => block.kind)).toEqual(['heading', 'paragraph', 'code', 'table', 'quote', 'list', 'paragraph', 'paragraph']);
	});

	it('never reach the deck model raw: every string in it is clean', () => {
		const found = strings(deck).filter(([, text]) => unsafe.test(text));
		expect(found).toEqual([]);
	});

	it('are shown as visible symbols instead, so the text is still there', () => {
		expect(deck.meta.title).toBe('Title ␛[2J\uFFFD␇␈␍␡end');
		expect(slideAt(deck, 1).title).toBe('Title ␛[2J\uFFFD␇␈␍␡end');
		expect(JSON.stringify(slideAt(deck, 1).blocks)).toContain('Con␛[2Jf');
		expect(slideAt(deck, 2).title).toContain('Heading␛[31mred');
		expect(JSON.stringify(deck)).toContain('␛]52;c;aGk=␇');
	});

	it('never reach a diagnostic message raw', () => {
		expect(diagnostics.length).toBeGreaterThan(0);
		expect(strings(diagnostics).filter(([, text]) => unsafe.test(text))).toEqual([]);
		const formatted = diagnostics.map(diagnostic => formatDiagnostic(`deck${ESC}[31m.md`, diagnostic)).join('\n');
		expect(formatted).not.toMatch(unsafe);
	});

	it('never reach a warning that quotes a code block\'s attributes back', () => {
		// Found by the property test: the warning about line highlighting quoted the fence's attribute as it was.
		const {diagnostics: quoted} = parseDeck(`## Code\n\n\`\`\`ts {1-2${ESC}[31m}\nx\n\`\`\`\n\n\`\`\`ts +exec${ESC}[2J\ny\n\`\`\`\n`);
		const messages = quoted.map(diagnostic => diagnostic.message);
		expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('line highlighting'), expect.stringContaining('is not supported; the code is shown')]));
		expect(messages.filter(message => unsafe.test(message))).toEqual([]);
		expect(messages.join('\n')).toContain('{1-2␛[31m}');
		expect(messages.join('\n')).toContain('+exec␛[2J');
	});

	it('never reach the plain-text transcript, with notes and answers', () => {
		const text = deckToPlainText(deck, {notes: true, answers: true});
		expect(text).not.toMatch(rawControl);
		expect(text).not.toMatch(unsafe);
		expect(text).toContain('Quiz');
		expect(text).toContain('Answer: A');
	});

	it('a lone CR in the body ends a line, like a newline, and never reaches the model', () => {
		const result = parseDeck(`# Title${CR}Text after CR${CR}${CR}<!-- note${CR}two -->${CR}`);
		expect(slideAt(result.deck, 1).title).toBe('Title');
		expect(slideAt(result.deck, 1).blocks.map(block => block.kind)).toEqual(['heading', 'paragraph']);
		expect(strings(result.deck).filter(([, text]) => text.includes(CR))).toEqual([]);
	});

	it('keep newlines and tabs', () => {
		const code = slideAt(deck, 2).blocks[2];
		expect(code?.kind === 'code' ? code.text : '').toContain('\n\tTabbed code line');
		const text = deckToPlainText(deck);
		expect(text).toContain('\tTabbed code line');
		expect(text.split('\n').length).toBeGreaterThan(10);
	});
});

describe('sanitize', () => {
	it('turns C0 controls into control pictures, DEL into ␡ and C1 into U+FFFD, and drops bidi controls', () => {
		expect(sanitize(`a${ESC}b${BEL}c${BS}d${CR}e${DEL}f${CSI}g${RLO}h${LRI}i\u2069j\u202Ak`)).toBe('a␛b␇c␈d␍e␡f\uFFFDghijk');
	});

	it('keeps tab, newline and ordinary text, emoji and CJK included', () => {
		const text = 'tab\there\nnew line — “quotes” 日本語 🎉 é';
		expect(sanitize(text)).toBe(text);
		expect(hasUnsafeCharacters(text)).toBe(false);
	});

	it('can be asked whether a text needs it, repeatedly', () => {
		expect(hasUnsafeCharacters(`x${ESC}`)).toBe(true);
		expect(hasUnsafeCharacters(`x${ESC}`)).toBe(true);
		expect(hasUnsafeCharacters('x')).toBe(false);
	});
});
