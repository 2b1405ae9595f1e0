/**
`<!-- include: file.md -->`: the expansion on its own (a resolver from a
table), then through the loader against the real file system, with the
includes a hostile deck could write: out of the folder, a link out, a FIFO, a
cycle, a thousand nested, a huge file, a directory. Each is refused with a
warning at its line, a visible warning in its place, and the deck plays.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {wideCodeWarnings} from '../../source/commands/check/check-report.js';
import {formatDiagnostic} from '../../source/core/deck/format-diagnostic.js';
import {judgeItems} from '../../source/core/deck/item-rules.js';
import {expandIncludes, MAX_INCLUDE_DEPTH, type IncludeResolver} from '../../source/core/deck/includes.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {deckToPlainText} from '../../source/core/layout/deck-text.js';
import {loadDeckCached} from '../../source/io/cache/deck-cache.js';
import {loadDeck, MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('includes');

/** A resolver over named texts, keyed by name: targets are taken as they are. */
const tableResolver = (files: Record<string, string>): IncludeResolver => target => {
	const text = files[target];
	return text === undefined ? {ok: false, message: 'is not found'} : {ok: true, file: target, key: target, text};
};

const expand = (text: string, files: Record<string, string>) => expandIncludes(text, tableResolver(files), {rootKey: 'deck.md', maxAddedBytes: MAX_DECK_BYTES});

describe('expanding includes', () => {
	it('puts the file\'s Markdown in place of the line, nested ones too, and leaves code blocks alone', () => {
		const result = expand('# A\n\n<!-- include: b.md -->\n\n```md\n<!-- include: b.md -->\n```\n', {'b.md': 'B text\n<!-- include: c.md -->', 'c.md': 'C text'});
		expect(result.diagnostics).toEqual([]);
		expect(result.included).toBe(2);
		expect(result.text).toContain('B text');
		expect(result.text).toContain('C text');
		expect(result.text).toContain('```md\n<!-- include: b.md -->\n```');
	});

	it('knows where each line came from: the included file\'s own line, and the deck line it stands at', () => {
		const result = expand('# A\n<!-- include: b.md -->\nlast', {'b.md': 'one\ntwo'});
		const lines = result.text.split('\n');
		expect(result.origins[lines.indexOf('two')]).toEqual({file: 'b.md', line: 2, deckLine: 2});
		expect(result.origins[lines.indexOf('last')]).toEqual({line: 3, deckLine: 3});
	});

	it('refuses a cycle, and a file including the deck itself', () => {
		const cycle = expand('<!-- include: a.md -->', {'a.md': '<!-- include: b.md -->', 'b.md': '<!-- include: a.md -->'});
		expect(cycle.diagnostics).toEqual([expect.objectContaining({file: 'b.md', line: 1, message: expect.stringContaining('a cycle')})]);
		const self = expand('<!-- include: deck.md -->', {'deck.md': 'x'});
		expect(self.diagnostics[0]?.message).toContain('a cycle');
	});

	it('refuses an included file with front matter, as presenterm does', () => {
		const result = expand('<!-- include: b.md -->', {'b.md': '---\ntitle: B\n---\n# B'});
		expect(result.diagnostics[0]?.message).toContain('front matter');
		expect(result.text).not.toContain('title: B');
	});

	it('ends a code block the included file leaves open, so the deck after it is not swallowed', () => {
		const {deck} = parseDeck('# A\n\n<!-- include: b.md -->\n\nAfter.\n', {includes: {resolve: tableResolver({'b.md': '```\ncode'}), rootKey: 'deck.md', maxAddedBytes: 1000}});
		expect(deckToPlainText(deck)).toContain('After.');
	});

	it('tells a diagnostic in an included file by that file and its own line', () => {
		const {diagnostics} = parseDeck('# A\n\nText.\n\n<!-- include: part.md -->\n', {includes: {resolve: tableResolver({'part.md': '\n\n## Bad [link](#nowhere)\n'}), rootKey: 'deck.md', maxAddedBytes: 1000}});
		const link = diagnostics.find(diagnostic => diagnostic.message.includes('nowhere'));
		expect(link).toMatchObject({file: 'part.md', line: 3});
		expect(formatDiagnostic('talks/deck.md', link!)).toMatch(/^talks\/part\.md:3:/);
	});

	it('keeps slides at the deck file\'s lines: an included slide is at its include line', () => {
		const {deck} = parseDeck('# A\n\n<!-- end_slide -->\n\n<!-- include: b.md -->\n', {includes: {resolve: tableResolver({'b.md': '\n\n\n\n\n# B'}), rootKey: 'deck.md', maxAddedBytes: 1000}});
		expect(deck.slides.map(slide => [slide.title, slide.line])).toEqual([['A', 1], ['B', 5]]);
	});

	it('keeps what `check` warns about after an include at the deck file\'s lines: code in columns, quiz options, `lint-ignore` lines', () => {
		const text = [
			'# A', // 1
			'',
			'<!-- include: b.md -->', // 3: five lines of text in place of one
			'',
			'<!-- column_layout: [1, 1] -->', // 5
			'<!-- column: 0 -->',
			'',
			'```sh', // 8
			`echo ${'x'.repeat(125)}`, // 9: 130 columns
			'```',
			'',
			'<!-- column: 1 -->',
			'',
			'Right',
			'',
			'<!-- quiz -->', // 16
			'',
			'## Why does pre-training matter?', // 18
			'',
			'- [ ] It is cheap', // 20
			'- [x] It is the costliest phase, and its gains carry into every later model', // 21: the longest option by far
			'- [ ] It is quick',
			'',
			'<!-- lint-ignore: no-such-rule -->', // 24
			'',
		].join('\n');
		const {deck} = parseDeck(text, {includes: {resolve: tableResolver({'b.md': 'One\n\nTwo\n\nThree'}), rootKey: 'deck.md', maxAddedBytes: 1000}});
		expect(wideCodeWarnings(deck, 120).map(warning => warning.line)).toEqual([9]);
		expect(judgeItems(deck.quiz!).map(warning => [warning.line, warning.rule])).toEqual([[21, 'longest-option'], [24, undefined]]);
	});

	it('shows a slide that is only an include, when the text is not a file, as a warning in its place', () => {
		const {deck, diagnostics} = parseDeck('# A\n\n<!-- end_slide -->\n\n<!-- include: other.md -->\n');
		expect(deck.slides).toHaveLength(2);
		expect(deckToPlainText(deck)).toMatch(/Not included: other\.md cannot be read/);
		expect(diagnostics).toContainEqual(expect.objectContaining({line: 5, severity: 'warning', message: expect.stringContaining('other.md')}));
		expect(diagnostics.map(diagnostic => diagnostic.message).join('\n')).not.toContain('shown in order');
	});
});

const writeDeck = (directory: string, files: Record<string, string>): string => {
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true});
		fs.writeFileSync(path.join(directory, name), text);
	}

	return path.join(directory, 'deck.md');
};

/** A deck of two slides whose second is only an include of `target`. */
const deckIncluding = (target: string) => `# Opening\n\nHello.\n\n<!-- end_slide -->\n\n<!-- include: ${target} -->\n`;

/** Loads the deck, and says it played: no error, both slides there, the second showing a warning in the include's place. */
function expectRefused(deckPath: string, target: string, why: RegExp) {
	const started = performance.now();
	const result = loadDeck(deckPath);
	const elapsed = performance.now() - started;
	expect(result.diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
	const warnings = result.diagnostics.filter(diagnostic => diagnostic.message.includes(target));
	expect(warnings).toEqual([expect.objectContaining({severity: 'warning', line: 7, message: expect.stringMatching(why)})]);
	expect(result.deck?.slides).toHaveLength(2);
	expect(deckToPlainText(result.deck!)).toContain('Not included');
	// Bounded: the refusals here take milliseconds; a hang or a walk of every file would not.
	expect(elapsed).toBeLessThan(5000);
}

describe('includes read from the file system', () => {
	it('includes a file beside the deck, and one in a folder that includes its neighbour relative to itself', () => {
		const deckPath = writeDeck(freshDir(), {
			'deck.md': '# Opening\n\n<!-- end_slide -->\n\n<!-- include: parts/a.md -->\n',
			'parts/a.md': '# Part A\n\nFrom A.\n\n<!-- end_slide -->\n\n<!-- include: b.md -->\n',
			'parts/b.md': '# Part B\n\nFrom B.\n',
		});
		const result = loadDeck(deckPath);
		expect(result.diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
		expect(result.deck?.slides.map(slide => slide.title)).toEqual(['Opening', 'Part A', 'Part B']);
		expect(result.includes?.map(file => path.basename(file.path))).toEqual(['a.md', 'b.md']);
	});

	it('reports a missing include at its line', () => {
		expectRefused(writeDeck(freshDir(), {'deck.md': deckIncluding('gone.md')}), 'gone.md', /not found/);
	});

	it('refuses `../` out of the deck\'s folder', () => {
		const outer = freshDir();
		fs.writeFileSync(path.join(outer, 'secret.md'), '# Secret\n');
		expectRefused(writeDeck(path.join(outer, 'talk'), {'deck.md': deckIncluding('../secret.md')}), '../secret.md', /outside the deck's folder/);
	});

	it('refuses an absolute path elsewhere', () => {
		const outer = freshDir();
		fs.writeFileSync(path.join(outer, 'secret.md'), '# Secret\n');
		expectRefused(writeDeck(freshDir(), {'deck.md': deckIncluding(path.join(outer, 'secret.md'))}), 'secret.md', /outside the deck's folder/);
	});

	it('refuses a symbolic link that leads out of the folder', () => {
		const outer = freshDir();
		fs.writeFileSync(path.join(outer, 'secret.md'), '# Secret\n');
		const deckPath = writeDeck(freshDir(), {'deck.md': deckIncluding('link.md')});
		fs.symlinkSync(path.join(outer, 'secret.md'), path.join(path.dirname(deckPath), 'link.md'));
		expectRefused(deckPath, 'link.md', /link that leads out/);
		expect(deckToPlainText(loadDeck(deckPath).deck!)).not.toContain('Secret');
	});

	it.skipIf(process.platform === 'win32')('refuses a FIFO without waiting on it', () => {
		const deckPath = writeDeck(freshDir(), {'deck.md': deckIncluding('pipe.md')});
		const made = spawnSync('mkfifo', [path.join(path.dirname(deckPath), 'pipe.md')]);
		expect(made.status).toBe(0);
		expectRefused(deckPath, 'pipe.md', /named pipe/);
	});

	it('refuses a directory', () => {
		const deckPath = writeDeck(freshDir(), {'deck.md': deckIncluding('parts'), 'parts/a.md': 'A'});
		expectRefused(deckPath, 'parts', /directory/);
	});

	it('refuses a file past the size the deck has left', () => {
		const deckPath = writeDeck(freshDir(), {'deck.md': deckIncluding('huge.md'), 'huge.md': `${'word '.repeat(MAX_DECK_BYTES / 4)}\n`});
		expectRefused(deckPath, 'huge.md', /too large/);
	});

	it('refuses a cycle a → b → a', () => {
		const deckPath = writeDeck(freshDir(), {'deck.md': deckIncluding('a.md'), 'a.md': '<!-- include: b.md -->\n', 'b.md': '<!-- include: a.md -->\n'});
		const result = loadDeck(deckPath);
		expect(result.diagnostics).toContainEqual(expect.objectContaining({file: 'b.md', line: 1, message: expect.stringContaining('a cycle')}));
		expect(result.deck?.slides).toHaveLength(2);
	});

	it('stops a thousand nested includes at the depth limit, quickly', () => {
		const files: Record<string, string> = {'deck.md': deckIncluding('n0.md')};
		for (let index = 0; index < 1000; index++) {
			files[`n${index}.md`] = `Level ${index}.\n\n<!-- include: n${index + 1}.md -->\n`;
		}

		const started = performance.now();
		const result = loadDeck(writeDeck(freshDir(), files));
		expect(performance.now() - started).toBeLessThan(5000);
		expect(result.diagnostics).toContainEqual(expect.objectContaining({file: `n${MAX_INCLUDE_DEPTH - 1}.md`, message: expect.stringContaining('nested more than')}));
		const text = deckToPlainText(result.deck!);
		expect(text).toContain(`Level ${MAX_INCLUDE_DEPTH - 1}.`);
		expect(text).not.toContain(`Level ${MAX_INCLUDE_DEPTH}.`);
	});
});

describe('the parsed-deck cache with includes', () => {
	it('parses again when an included file changes, though the deck file did not', () => {
		const directory = freshDir();
		const deckPath = writeDeck(directory, {'deck.md': deckIncluding('part.md'), 'part.md': '# Part\n\nFirst version.\n'});
		const cache = {directory: freshDir(), buildId: 'test-build'};
		const first = loadDeckCached(deckPath, cache);
		first.save?.();
		expect(loadDeckCached(deckPath, cache).save).toBeUndefined();
		fs.writeFileSync(path.join(directory, 'part.md'), '# Part\n\nSecond version.\n');
		const after = loadDeckCached(deckPath, cache);
		expect(deckToPlainText(after.result.deck!)).toContain('Second version.');
	});
});
