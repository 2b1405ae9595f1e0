import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {decodeText, loadDeck, MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import type {Diagnostic} from '../../source/core/deck/types.js';
import {fixture, md} from './helpers.js';

const {sharedDir, writeTemporary} = temporaryDirectories('diagnostics', 'all');

/** The only diagnostic of a deck file; fails when there is not exactly one. */
function onlyDiagnostic(file: string): Diagnostic {
	const {diagnostics} = loadDeck(file);
	expect(diagnostics).toHaveLength(1);
	return diagnostics[0]!;
}

function expectDiagnostic(diagnostic: Diagnostic, severity: Diagnostic['severity'], line: number, column: number, message: string): void {
	expect({severity: diagnostic.severity, line: diagnostic.line, column: diagnostic.column}).toEqual({severity, line, column});
	expect(diagnostic.message).toContain(message);
}

describe('file-level errors', () => {
	it('a missing file', () => {
		const result = loadDeck(path.join(sharedDir(), 'does-not-exist.md'));
		expect(result.deck).toBeUndefined();
		expect(result.diagnostics).toHaveLength(1);
		expectDiagnostic(result.diagnostics[0]!, 'error', 1, 1, 'file not found');
	});

	it('a directory', () => {
		const directory = path.join(sharedDir(), 'a-folder.md');
		fs.mkdirSync(directory);
		const result = loadDeck(directory);
		expect(result.deck).toBeUndefined();
		expectDiagnostic(onlyDiagnostic(directory), 'error', 1, 1, 'is a directory');
	});

	// Root reads any file whatever its mode, so the check only means something for other users.
	it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('an unreadable file', () => {
		const file = writeTemporary('unreadable.md', '# A\n');
		fs.chmodSync(file, 0o000);
		expectDiagnostic(onlyDiagnostic(file), 'error', 1, 1, 'permission denied');
	});

	it('a binary file: the first NUL byte, with its line and column', () => {
		const file = writeTemporary('binary.md', Buffer.from('# Title\n\nab\u0000cd\n'));
		const result = loadDeck(file);
		expect(result.deck).toBeUndefined();
		expectDiagnostic(onlyDiagnostic(file), 'error', 3, 3, 'not a text file (it contains NUL bytes)');
	});

	it('invalid UTF-8: the position of the first bad byte', () => {
		const file = writeTemporary('latin1.md', Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xE9]), Buffer.from(' au lait\n')]));
		const result = loadDeck(file);
		expect(result.deck).toBeUndefined();
		expectDiagnostic(onlyDiagnostic(file), 'error', 3, 4, 'not valid UTF-8');
	});

	it('invalid UTF-8: a sequence cut short at the end of the file', () => {
		const diagnostic = decodeText(Buffer.concat([Buffer.from('# Title\nok '), Buffer.from([0xF0, 0x9F, 0x98])]));
		expect(diagnostic).toEqual({problem: expect.objectContaining({severity: 'error', line: 2, column: 4, message: 'not valid UTF-8 text'})});
	});

	it('invalid UTF-8 after multi-byte characters is still found at its own line', () => {
		const bytes = Buffer.concat([Buffer.from('# ééé\nabc'), Buffer.from([0xFF])]);
		expect(decodeText(bytes)).toEqual({problem: expect.objectContaining({line: 2, column: 4})});
	});

	it('a file larger than the limit, without reading it', () => {
		const file = path.join(sharedDir(), 'huge.md');
		fs.writeFileSync(file, '');
		fs.truncateSync(file, MAX_DECK_BYTES + 1024 * 1024);
		const result = loadDeck(file);
		expect(result.deck).toBeUndefined();
		const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes`;
		expectDiagnostic(onlyDiagnostic(file), 'error', 1, 1, `file is too large (${bytes(MAX_DECK_BYTES + 1024 * 1024)}); decks are limited to ${bytes(MAX_DECK_BYTES)}`);
	});

	it('a file one byte over the limit says so in bytes', () => {
		const file = path.join(sharedDir(), 'just-over.md');
		fs.writeFileSync(file, '');
		fs.truncateSync(file, MAX_DECK_BYTES + 1);
		expect(onlyDiagnostic(file).message).toContain(`(${(MAX_DECK_BYTES + 1).toLocaleString('en-US')} bytes)`);
	});

	it('decodes a valid file and parses it, BOM and all', () => {
		const file = writeTemporary('bom.md', Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from('# Café\n')]));
		const result = loadDeck(file);
		expect(result.diagnostics).toEqual([]);
		expect(result.deck?.slides[0]?.title).toBe('Café');
	});
});

describe('one deck per diagnostic', () => {
	it.each([
		// [fixture, severity, line, column, message]
		['empty.md', 'error', 1, 1, 'the deck is empty'],
		['invalid-yaml.md', 'error', 3, 9, 'the value of `author` opens a `[` that is never closed'],
		['wrong-type.md', 'error', 3, 1, 'front matter `duration` must be a positive number of minutes, not "soon"'],
		['no-right-option.md', 'error', 7, 7, 'question "Which is right?" has no option marked right'],
		['duplicate-ids.md', 'error', 11, 4, 'duplicate question id `same` (first used on line 5)'],
		['broken-link.md', 'error', 7, 16, 'link to `#slide-on` does not match any slide'],
		['too-deep.md', 'error', 5, 1, 'nested more than 100 levels deep'],
		['unknown-key.md', 'warning', 3, 1, 'unknown front matter key `colour`'],
		['setext-under-text.md', 'warning', 4, 1, '`---` directly under a line of text makes that line a heading'],
		['no-heading.md', 'warning', 5, 1, 'slide 2 has no heading'],
		['single-option.md', 'warning', 7, 7, 'question "Only one answer?" has a single option'],
		['same-title.md', 'warning', 9, 4, 'slide 3 has the same title as slide 2'],
	] as const)('%s: %s at %i:%i', (name, severity, line, column, message) => {
		expectDiagnostic(onlyDiagnostic(fixture(name)), severity, line, column, message);
	});

	it('unsupported presenterm directives: one warning per directive name, at its line', () => {
		const {diagnostics} = loadDeck(fixture('unsupported-directive.md'));
		expect(diagnostics.map(d => [d.severity, d.line, d.column, d.message])).toEqual([
			['warning', 4, 1, '`alignment` is not supported; the slide\'s content is shown in order'],
			['warning', 6, 1, '`font_size` is not supported; the slide\'s content is shown in order'],
		]);
	});

	it('an unsupported directive used twice is reported once', () => {
		const {diagnostics} = parseDeck(md('# A', '', '<!-- alignment: center -->', '', 'a', '', '<!-- alignment: left -->'));
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({severity: 'warning', line: 3});
	});

	it('every diagnostic has a hint where the fix is not obvious', () => {
		expect(onlyDiagnostic(fixture('broken-link.md')).hint).toBe('did you mean `#slide-one` (slide 1)?');
		expect(onlyDiagnostic(fixture('no-right-option.md')).hint).toContain('- [x]');
		expect(onlyDiagnostic(fixture('setext-under-text.md')).hint).toContain('blank line');
	});
});

describe('more parser diagnostics', () => {
	const problems = (text: string) => parseDeck(text).diagnostics.map(d => [d.severity, d.line, d.column, d.message]);

	it('front matter of the wrong type: a list instead of text', () => {
		expect(problems(md('---', 'title: [a, b]', '---', '', '# A'))).toEqual([['error', 2, 1, 'front matter `title` must be text, not a list']]);
	});

	it('front matter that is not a mapping', () => {
		expect(problems(md('---', '- a', '- b', '---', '', '# A'))).toEqual([['error', 2, 1, 'front matter must be a mapping of keys to values']]);
	});

	it('a duplicated front matter key is invalid YAML', () => {
		const [diagnostic] = parseDeck(md('---', 'title: a', 'title: b', '---', '', '# A')).diagnostics;
		expect(diagnostic).toMatchObject({severity: 'error', line: 3, column: 1});
		expect(diagnostic?.message).toContain('Map keys must be unique');
	});

	it('the position in an invalid-YAML message agrees with the diagnostic\'s own', () => {
		const [diagnostic] = parseDeck(md('---', 'title: T', '  bad: indent', '---', '', '# A')).diagnostics;
		expect(diagnostic).toMatchObject({severity: 'error', line: 2, column: 8});
		expect(diagnostic?.message).not.toMatch(/at line \d+, column \d+/);
	});

	it('two YAML errors in one front matter are both reported, each at its own line', () => {
		const found = problems(md('---', 'title: Bad: deck', 'author: [Ada, Grace', 'duration: 5', '---', '', '# A'));
		expect(found.map(([severity, line, column]) => [severity, line, column])).toEqual([['error', 2, 8], ['error', 3, 9]]);
		expect(found[0]?.[3]).toContain('the value of `title` contains `: `');
		expect(found[1]?.[3]).toBe('the value of `author` opens a `[` that is never closed');

		const quoted = problems(md('---', 'title: Bad: deck', 'author: A', 'subtitle: "never closed', 'duration: 5', '---', '', '# A'));
		expect(quoted.map(([severity, line, column]) => [severity, line, column])).toEqual([['error', 2, 8], ['error', 4, 11]]);
	});

	it('the fields after a YAML error are still checked: `title: Bad: deck` does not hide `duration: ten`', () => {
		const found = problems(md('---', 'title: Bad: deck', 'duration: ten', 'tilte: typo', '---', '', '# A'));
		expect(found.map(([severity, line, column]) => [severity, line, column])).toEqual([['error', 2, 8], ['error', 3, 1], ['warning', 4, 1]]);
		expect(found[1]?.[3]).toBe('front matter `duration` must be a positive number of minutes, not "ten"');
		expect(found[2]?.[3]).toBe('unknown front matter key `tilte`');
	});

	it('an error the first one hid is found once the first is set aside: an unclosed list after an unclosed quote', () => {
		const found = problems(md('---', 'subtitle: "open', 'date: [1', 'duration: 0', '---', '', '# A'));
		expect(found.map(([severity, line, column]) => [severity, line, column])).toEqual([['error', 2, 11], ['error', 3, 7], ['error', 4, 1]]);
		expect(found[1]?.[3]).toBe('the value of `date` opens a `[` that is never closed');
	});

	it('a zero duration', () => {
		expect(problems(md('---', 'duration: 0', '---', '', '# A'))).toEqual([['error', 2, 1, 'front matter `duration` must be a positive number of minutes, not number 0']]);
	});

	it('front matter keys of other presenters get a gentler warning', () => {
		// `theme: dark` alone would be the slides tool's deck (one of its glamour styles): a theme no one tool claims stays briefing-deck's.
		expect(problems(md('---', 'theme: gaia', '---', '', '# A'))).toEqual([['warning', 2, 1, 'front matter `theme` belongs to another presenter and is ignored']]);
	});

	it('a deck id that is not a slug is slugified, with a warning', () => {
		const {deck, diagnostics} = parseDeck(md('---', 'id: My Deck', '---', '', '# A'));
		expect(deck.meta.id).toBe('my-deck');
		expect(diagnostics.map(d => [d.severity, d.line, d.column])).toEqual([['warning', 2, 1]]);
	});

	it('a deck of only blank lines, or only front matter, is empty', () => {
		expect(problems('\n\n   \n')).toEqual([['error', 1, 1, 'the deck is empty: it has no slides']]);
		expect(problems(md('---', 'title: T', '---'))).toEqual([['error', 1, 1, 'the deck is empty: it has no slides']]);
	});

	it('a link to a slide number that does not exist', () => {
		expect(problems(md('# A', '', 'See [later](#9).'))).toEqual([['error', 3, 12, 'link to `#9` does not match any slide']]);
	});

	it('a broken link with non-ASCII characters is reported as written, at its column', () => {
		expect(problems(md('# A', '', 'See [this](#what’s-up).'))).toEqual([['error', 3, 11, 'link to `#what’s-up` does not match any slide']]);
	});

	it('a broken link in a quiz explanation or feedback', () => {
		const text = md('# A', '', '<!-- quiz -->', '', '## Q', '', '- [x] yes', '', '  See [here](#nope).', '', '- [ ] no', '', 'Read [this](#gone).');
		expect(problems(text)).toEqual([
			['error', 9, 13, 'link to `#nope` does not match any slide'],
			['error', 13, 12, 'link to `#gone` does not match any slide'],
		]);
	});

	it('a question with an empty prompt', () => {
		expect(problems(md('# A', '', '<!-- quiz -->', '', '## ', '', '- [x] a', '- [ ] b'))).toEqual([['error', 5, 1, 'question has an empty prompt']]);
	});

	it('a pause inside a list is ignored, with a warning at the pause', () => {
		expect(problems(md('# A', '', '- item', '', '  <!-- pause -->', '', '  more'))).toEqual([['warning', 5, 3, 'a pause inside a list or quote is ignored']]);
	});

	it('an id directive outside the quiz', () => {
		expect(problems(md('# A', '', '<!-- id: x -->'))).toEqual([['warning', 3, 1, 'an `id` directive only means something under a quiz question']]);
	});

	it('nesting of 98 quotes is fine; 101 is an error', () => {
		expect(problems(md('# A', '', `${'>'.repeat(98)} deep`))).toEqual([]);
		expect(problems(md('# A', '', `${'>'.repeat(101)} deep`))).toEqual([['error', 3, 1, 'content is nested more than 100 levels deep (lists or quotes) and cannot be shown']]);
	});

	it('nesting of 99 quotes is shown in full and is not an error', () => {
		const {deck, diagnostics} = parseDeck(md('# A', '', `${'>'.repeat(99)} deep`));
		expect(JSON.stringify(deck)).toContain('deep');
		expect(diagnostics).toEqual([]);
	});

	it('lists nested past the limit are an error at the deepest item shown', () => {
		const list = Array.from({length: 60}, (_, index) => `${'  '.repeat(index)}- item ${index}`);
		const diagnostics = parseDeck(md('# A', '', ...list)).diagnostics;
		expect(diagnostics.map(d => [d.severity, d.line])).toEqual([['error', 52]]);
	});
});

describe('a deck with several problems', () => {
	it('reports every problem, sorted by line', () => {
		const {deck, diagnostics} = loadDeck(fixture('many-problems.md'));
		expect(deck?.slides).toHaveLength(3);
		expect(diagnostics.map(d => [d.line, d.column, d.severity, d.message.split(/[,;(]/)[0]])).toEqual([
			[3, 1, 'warning', 'unknown front matter key `colour`'],
			[4, 1, 'error', 'front matter `duration` must be a positive number of minutes'],
			[10, 1, 'warning', '`---` directly under a line of text makes that line a heading'],
			[12, 14, 'error', 'link to `#nowhere` does not match any slide'],
			[16, 1, 'warning', 'slide 2 has no heading'],
			[20, 4, 'warning', 'slide 3 has the same title as slide 1'],
			[26, 7, 'error', 'question "Nothing is right?" has no option marked right'],
			[29, 4, 'error', 'duplicate question id `nothing-is-right` '],
			[31, 7, 'warning', 'question "Nothing is right?" has a single option'],
		]);
		const lines = diagnostics.map(d => d.line);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
	});
});
