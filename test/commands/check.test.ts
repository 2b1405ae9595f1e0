import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {checkDecks, uncoveredSlides} from '../../source/commands/check/check-report.js';
import {listDecks} from '../../source/commands/decks/decks-table.js';
import {loadDeck} from '../../source/io/deck/load.js';
import {parseDeck} from '../../source/core/deck/parse.js';
import {fixture, md} from '../deck/helpers.js';

/** A fixture deck loaded by a path relative to the working directory, as a user would type it. */
const load = (name: string) => loadDeck(path.relative(process.cwd(), fixture(name)));
const shown = (name: string) => path.relative(process.cwd(), fixture(name));

describe('check: text output', () => {
	it('a clean deck: one summary line, exit 0', () => {
		const output = checkDecks([load('valid.md')]);
		expect(output).toEqual({stdout: `${shown('valid.md')}: 2 slides, 2 questions; 0 errors, 0 warnings\n`, exitCode: 0});
	});

	it('an error: `path:line:col: error: message`, an indented hint line, then the summary; exit 1', () => {
		const output = checkDecks([load('broken-link.md')]);
		expect(output.exitCode).toBe(1);
		expect(output.stdout.split('\n')).toEqual([
			`${shown('broken-link.md')}:7:16: error: link to \`#slide-on\` does not match any slide`,
			'  hint: did you mean `#slide-one` (slide 1)?',
			`${shown('broken-link.md')}: 2 slides, 0 questions; 1 error, 0 warnings`,
			'',
		]);
	});

	it('warnings alone exit 0', () => {
		const output = checkDecks([load('unknown-key.md')]);
		expect(output.exitCode).toBe(0);
		expect(output.stdout).toContain(`${shown('unknown-key.md')}:3:1: warning: unknown front matter key \`colour\``);
		expect(output.stdout).toContain('1 slide, 0 questions; 0 errors, 1 warning\n');
	});

	it('every problem of a deck, in line order', () => {
		const output = checkDecks([load('many-problems.md')]);
		const located = output.stdout.split('\n').filter(line => /:\d+:\d+: /.test(line)).map(line => line.replace(`${shown('many-problems.md')}:`, '').split(': ').slice(0, 2).join(': '));
		expect(located).toEqual([
			'3:1: warning',
			'4:1: error',
			'10:1: warning',
			'12:14: error',
			'16:1: warning',
			'20:4: warning',
			'26:7: error',
			'29:4: error',
			'31:7: warning',
		]);
		expect(output.stdout).toContain('3 slides, 2 questions; 4 errors, 5 warnings');
		expect(output.exitCode).toBe(1);
	});

	it('a file that is not a deck says so, and exit 1', () => {
		const output = checkDecks([loadDeck('no/such/deck.md')]);
		expect(output).toEqual({stdout: 'no/such/deck.md:1:1: error: file not found\nno/such/deck.md: not a deck; 1 error, 0 warnings\n', exitCode: 1});
	});

	it('several decks: each reported; exit 1 when any has an error', () => {
		const output = checkDecks([load('valid.md'), load('wrong-type.md'), load('same-title.md')]);
		expect(output.exitCode).toBe(1);
		const summaries = output.stdout.split('\n').filter(line => line.includes('; '));
		expect(summaries).toEqual([
			`${shown('valid.md')}: 2 slides, 2 questions; 0 errors, 0 warnings`,
			`${shown('wrong-type.md')}: 1 slide, 0 questions; 1 error, 0 warnings`,
			`${shown('same-title.md')}: 3 slides, 0 questions; 0 errors, 1 warning`,
		]);
		expect(checkDecks([load('valid.md'), load('same-title.md')]).exitCode).toBe(0);
	});
});

describe('check --json', () => {
	it('has the documented shape', () => {
		const output = checkDecks([load('valid.md'), load('broken-link.md'), load('unknown-key.md'), load('with-include.md')], {json: true});
		expect(output.exitCode).toBe(1);
		expect(output.stdout.endsWith('\n')).toBe(true);
		expect(JSON.parse(output.stdout)).toEqual({
			decks: [
				{path: shown('valid.md'), title: 'A valid deck', slides: 2, steps: 3, questions: 2, errors: [], warnings: []},
				{
					path: shown('broken-link.md'),
					title: 'Slide one',
					slides: 2,
					steps: 2,
					questions: 0,
					errors: [{line: 7, column: 16, message: 'link to `#slide-on` does not match any slide', hint: 'did you mean `#slide-one` (slide 1)?'}],
					warnings: [],
				},
				{
					path: shown('unknown-key.md'),
					title: 'Unknown key',
					slides: 1,
					steps: 1,
					questions: 0,
					errors: [],
					warnings: [{line: 3, column: 1, message: 'unknown front matter key `colour`', hint: 'known keys: title, subtitle, author, authors, date, event, location, duration, id, max_width'}],
				},
				{
					// `file` names the included file a diagnostic is in, relative to the deck's folder; `rule`, the item-writing rule a warning comes from.
					path: shown('with-include.md'),
					title: 'With an include',
					slides: 1,
					steps: 1,
					questions: 1,
					errors: [{file: 'with-include-part.md', line: 3, column: 14, message: 'link to `#the-end` does not match any slide', hint: 'link to a slide as `#slug-of-its-title` or `#number`'}],
					warnings: [{
						line: 11,
						column: 1,
						message: 'a single-choice question with two options is right half the time by guessing: item writers give three or four plausible options, unless the answer is yes or no, true or false (a rule for English text)',
						hint: 'add a plausible wrong option or two with `- [ ]`',
						rule: 'two-options',
					}],
				},
			],
		});
	});

	it('reports a file that is not a deck with a null title and zero counts', () => {
		const output = checkDecks([loadDeck('missing.md')], {json: true});
		expect(JSON.parse(output.stdout)).toEqual({decks: [{path: 'missing.md', title: null, slides: 0, steps: 0, questions: 0, errors: [{line: 1, column: 1, message: 'file not found'}], warnings: []}]});
		expect(output.exitCode).toBe(1);
	});

	it('exits 0 when no deck has an error', () => {
		expect(checkDecks([load('valid.md')], {json: true}).exitCode).toBe(0);
	});

	it('with --coverage, lists the uncovered slides', () => {
		const output = checkDecks([load('valid.md')], {json: true, coverage: true});
		expect(JSON.parse(output.stdout).decks[0].uncovered).toEqual([{slide: 1, title: 'Welcome', line: 6}]);
	});
});

describe('check --coverage', () => {
	it('lists each slide no question links to as an info line', () => {
		const output = checkDecks([load('valid.md')], {coverage: true});
		expect(output.exitCode).toBe(0);
		expect(output.stdout.split('\n')).toEqual([
			`${shown('valid.md')}:6:1: info: no question links to slide 1 “Welcome”`,
			`${shown('valid.md')}: 2 slides, 2 questions; 0 errors, 0 warnings`,
			'',
		]);
	});

	it('counts links from feedback and `#number` links as coverage', () => {
		const deck = loadDeck(fixture('valid.md'));
		expect(uncoveredSlides(deck).map(slide => slide.number)).toEqual([1]);
		const result = {path: 'deck.md', ...parseDeck(md('# One', '', '---', '', '## Two', '', '---', '', '## Three', '', '<!-- quiz -->', '', '## Q?', '', '- [x] a', '', '  See [two](#two).', '', '- [ ] b', '', 'See [the third](#3).'))};
		expect(result.diagnostics).toEqual([]);
		expect(uncoveredSlides(result).map(slide => slide.number)).toEqual([1]);
	});

	it('counts a link to a slide with a non-ASCII title', () => {
		const result = {path: 'deck.md', ...parseDeck(md('# Über uns', '', '---', '', '# Zweite', '', '<!-- quiz -->', '', '## Q?', '', '- [x] a', '', '  Siehe [hier](#über-uns).', '', '- [ ] b', '', 'Siehe [dort](#zweite).'))};
		expect(result.diagnostics).toEqual([]);
		expect(uncoveredSlides(result)).toEqual([]);
	});

	it('info lines never change the exit code', () => {
		expect(checkDecks([load('no-heading.md')], {coverage: true}).exitCode).toBe(0);
	});
});

describe('decks', () => {
	it('lists name, title, slides and questions in aligned columns', () => {
		const output = listDecks([
			{name: 'valid', result: load('valid.md')},
			{name: 'gone', result: loadDeck('missing.md')},
		]);
		expect(output).toEqual({
			stdout: [
				'NAME   TITLE             SLIDES  QUESTIONS',
				'valid  A valid deck      2       2',
				'gone   (cannot be read)  0       0',
				'',
			].join('\n'),
			exitCode: 0,
		});
	});
});
