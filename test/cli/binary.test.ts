import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {readCodeCache, writeCodeCache} from '../../source/io/cache/code-cache.js';
import {commandNames} from '../../source/commands/shared/command.js';
import {repoRoot} from '../deck/helpers.js';

/**
The built CLI, run as a user runs it but with stdout and stdin piped (not a
TTY). `BRIEFING_DECK_CLI` points at another build, such as one from `npm pack`.
CI builds before testing; without a build the suite is skipped.
*/
const cliPath = process.env['BRIEFING_DECK_CLI'] ?? path.join(repoRoot, 'dist', 'cli.js');

type Run = {readonly status: number | null; readonly stdout: string; readonly stderr: string};

function run(args: readonly string[], env: Record<string, string> = {}): Run {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env},
		input: '',
		timeout: 20_000,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** No stack trace: Node prints its frames as `    at …` lines. */
const stackFrame = /^\s+at /m;
/** Raw control bytes a terminal would act on (newline and tab are fine). */
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const {sharedDir, writeTemporary} = temporaryDirectories('cli', 'all');

const fixture = (name: string) => path.join('test', 'fixtures', 'decks', name);

describe.skipIf(!fs.existsSync(cliPath))('the built CLI, not in a terminal', () => {
	it('check decks/*.md: every bundled deck is clean, exit 0', () => {
		const decks = fs.readdirSync(path.join(repoRoot, 'decks')).filter(name => name.endsWith('.md')).map(name => path.join('decks', name));
		expect(decks).toContain(path.join('decks', 'karpathy-joins-anthropic.md'));
		const {status, stdout, stderr} = run(['check', ...decks]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(decks.length);
		for (const line of lines) {
			expect(line).toMatch(/; 0 errors, 0 warnings$/);
		}

		expect(stdout).toContain(`${path.join('decks', 'karpathy-joins-anthropic.md')}: 13 slides, `);
	});

	it('check of a broken deck: each problem at its line, exit 1', () => {
		const deck = fixture('many-problems.md');
		const {status, stdout} = run(['check', deck]);
		expect(status).toBe(1);
		for (const location of ['3:1: warning', '4:1: error', '10:1: warning', '12:14: error', '16:1: warning', '20:4: warning', '26:7: error', '29:4: error', '31:7: warning']) {
			expect(stdout).toContain(`${deck}:${location}: `);
		}

		expect(stdout).toContain('  hint: ');
		expect(stdout).toContain(`${deck}: 3 slides, 2 questions; 4 errors, 5 warnings`);
	});

	it('check --json writes JSON only', () => {
		const {status, stdout} = run(['check', '--json', fixture('broken-link.md')]);
		expect(status).toBe(1);
		expect(JSON.parse(stdout).decks[0]).toMatchObject({slides: 2, errors: [{line: 7, column: 16}]});
	});

	describe.each([
		['an empty file', () => writeTemporary('empty.md', ''), 'the deck is empty'],
		['a binary file', () => writeTemporary('binary.md', Buffer.from([0x23, 0x20, 0x41, 0x0A, 0x00, 0xFF, 0x10])), 'not a text file'],
		['invalid UTF-8', () => writeTemporary('latin1.md', Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A])), 'not valid UTF-8'],
		['a missing file', () => path.join(sharedDir(), 'nope.md'), 'file not found'],
		['a directory', () => sharedDir(), 'is a directory'],
	])('%s', (_label, makeDeck, message) => {
		it.each([[[]], [['print']]])('%j: one clear error line, no stack trace, exit 1', command => {
			const deck = makeDeck();
			const {status, stdout, stderr} = run([...command, deck]);
			expect(status).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).not.toMatch(stackFrame);
			const errorLines = stderr.split('\n').filter(line => line !== '' && !line.startsWith('  hint: '));
			expect(errorLines).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(deck)}:\\d+:\\d+: error: ${message}`))]);
		});
	});

	it('a missing deck hints at the bundled decks and the commands', () => {
		const {stderr} = run(['no-such-deck']);
		expect(stderr).toContain('karpathy-joins-anthropic');
		expect(stderr).toContain('check, print, decks');
	});

	it('check of a missing deck name hints at the bundled decks, not the commands, in text and in JSON', () => {
		const text = run(['check', 'no-such-deck']);
		expect(text.stdout).toMatch(/^no-such-deck:1:1: error: file not found\n {2}hint: bundled decks: [^;\n]*karpathy-joins-anthropic[^;\n]*\n/m);
		const json = run(['check', '--json', 'no-such-deck']);
		expect(JSON.parse(json.stdout).decks[0].errors).toEqual([{line: 1, column: 1, message: 'file not found', hint: expect.stringMatching(/^bundled decks: [^;]*$/)}]);
	});

	it('check of a missing file says it is missing, and names a file close to it in that folder', () => {
		const folder = sharedDir();
		fs.writeFileSync(path.join(folder, 'weekly.md'), '# Weekly\n');
		const missing = run(['check', path.join(folder, 'nonexist.md')]);
		expect(missing.stdout).toContain('nonexist.md:1:1: error: file not found\n');
		expect(missing.stdout).not.toContain('hint');
		const near = run(['check', path.join(folder, 'weekyl.md')]);
		expect(near.stdout).toContain(`hint: did you mean \`${path.join(folder, 'weekly.md')}\`?`);
	});

	it('print of a deck with escape bytes writes no raw control bytes', () => {
		const esc = '\u001B';
		const deck = writeTemporary('escapes.md', [
			'---',
			String.raw`title: "Evil \e[2J title"`,
			'---',
			'',
			`# Heading ${esc}[31mred${esc}]0;retitled\u0007 \u009B2J \u202Eright-to-left`,
			'',
			`Paragraph ${esc}]52;c;aGVsbG8=\u0007 clipboard \u0008\u007F`,
			'',
			'```',
			`code ${esc}[1A up`,
			'```',
			'',
			`<!-- note ${esc}[5m blink -->`,
			'',
			'<!-- quiz -->',
			'',
			`## Prompt ${esc}[31m?`,
			'',
			`- [x] right ${esc}[0m`,
			'- [ ] wrong \u009B0m',
			'',
		].join('\n'));
		const {status, stdout, stderr} = run(['print', '--notes', '--answers', deck]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('Heading ␛[31mred');
		expect(stdout).toContain('Prompt ␛[31m?');
		expect(stdout).not.toMatch(rawControl);
		expect(stdout).not.toContain('\u202E');
	});

	it('with stdout piped, plays nothing and prints the transcript of the bundled deck, exit 0', () => {
		const {status, stdout, stderr} = run([]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout.startsWith('Karpathy Joins Anthropic\n')).toBe(true);
		expect(stdout).toContain('Slide 1/13: Karpathy Joins Anthropic');
		expect(stdout).toContain('Slide 13/13: Sources');
		expect(stdout).not.toContain('\u001B');
	});

	it('decks lists the bundled deck', () => {
		const {status, stdout} = run(['decks']);
		expect(status).toBe(0);
		expect(stdout.split('\n')[0]).toMatch(/^NAME\s+TITLE\s+SLIDES\s+QUESTIONS$/);
		expect(stdout).toMatch(/^karpathy-joins-anthropic\s+Karpathy Joins Anthropic\s+13\s+\d+$/m);
	});

	it('an unknown flag exits 2 with a hint, and does nothing else', () => {
		const {status, stdout, stderr} = run(['--bogus']);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('briefing-deck: unknown flag --bogus\n  hint: run `briefing-deck --help` for usage\n');
	});

	it('a flag for another command exits 2', () => {
		const {status, stderr} = run(['print', '--json']);
		expect(status).toBe(2);
		expect(stderr).toContain('--json does not apply to `print`');
	});

	it('quiz of a deck without one quotes its title and points at the format docs where they are installed', () => {
		const {status, stderr} = run(['quiz', writeTemporary('no-quiz.md', '---\ntitle: Just slides\n---\n\n# One\n')]);
		expect(status).toBe(1);
		expect(stderr).toContain('briefing-deck: “Just slides” has no quiz\n');
		const docs = /see (\S+deck-format\.md)$/m.exec(stderr)?.[1];
		expect(docs).toBeDefined();
		expect(path.isAbsolute(docs!)).toBe(true);
		expect(fs.existsSync(docs!)).toBe(true);
	});

	it('presenter needs a terminal, and says so', () => {
		const {status, stdout, stderr} = run(['presenter', 'example']);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('the presenter console needs a terminal');
		// The text it offers instead is of the deck named, not the bundled briefing.
		expect(stderr).toContain('use `briefing-deck print example` for text');
	});

	it('rehearsals of a deck never rehearsed says how to make one, and changes nothing', () => {
		const store = path.join(sharedDir(), 'untouched-store');
		const {status, stdout} = run(['rehearsals', 'example'], {BRIEFING_DECK_STORE: store});
		expect(status).toBe(0);
		expect(stdout).toContain('No rehearsals yet.');
		expect(fs.existsSync(path.join(store, 'rehearsals'))).toBe(false);
		const json = run(['rehearsals', 'example', '--json'], {BRIEFING_DECK_STORE: store});
		expect(JSON.parse(json.stdout)).toMatchObject({deck: {id: 'example'}, rehearsals: [], warnings: []});
	});

	it('a reader that stops early (print | head) ends it quietly: exit 0, no stack trace', async () => {
		const slides = Array.from({length: 2000}, (_, index) => `# Slide ${index + 1}\n\nA line of text on slide ${index + 1}.\n`);
		const deck = writeTemporary('long.md', slides.join('\n---\n\n'));
		for (const command of ['print', 'check']) {
			const {status, stderr} = await readFirstChunkThenClose([command, deck]);
			expect(stderr).not.toMatch(stackFrame);
			expect(stderr).not.toContain('EPIPE');
			expect(status).toBe(0);
		}
	});

	it('--help mentions every command and exits 0', () => {
		const {status, stdout} = run(['--help']);
		expect(status).toBe(0);
		for (const command of commandNames) {
			expect(stdout).toMatch(new RegExp(`briefing-deck ${command}\\b`));
		}
	});

	it('keeps a code cache per command, and a damaged or refused one is compiled past and written again', () => {
		const cacheHome = fs.mkdtempSync(path.join(sharedDir(), 'cache-'));
		const env = {XDG_CACHE_HOME: cacheHome};
		const directory = path.join(cacheHome, 'briefing-deck');
		const deck = path.join('decks', 'karpathy-joins-anthropic.md');
		const first = run(['check', deck], env);
		expect(first.status).toBe(0);
		const [name, ...others] = fs.readdirSync(directory);
		expect(others).toEqual([]);
		expect(name).toMatch(/^app-[\da-f]+-v\d+\.\d+\.\d+-\w+-check\.v8$/);
		const written = readCodeCache(directory, name!);
		expect(written).toBeDefined();

		// Used as it is: not written again.
		const modified = fs.statSync(path.join(directory, name!)).mtimeMs;
		expect(run(['check', deck], env)).toEqual(first);
		expect(fs.statSync(path.join(directory, name!)).mtimeMs).toBe(modified);

		// Damaged on disk: never handed to V8.
		fs.writeFileSync(path.join(directory, name!), 'not a cache');
		expect(run(['check', deck], env)).toEqual(first);
		expect(readCodeCache(directory, name!)).toBeDefined();

		// Intact, but not code V8 made for this bundle: V8 refuses it.
		writeCodeCache(directory, name!, Buffer.from('compiled for some other program'));
		expect(run(['check', deck], env)).toEqual(first);
		expect(readCodeCache(directory, name!)?.length).toBeGreaterThan(1000);
	});

	it('keeps a parsed deck for the slideshow alone, and shows it the same from there', () => {
		const cacheHome = fs.mkdtempSync(path.join(sharedDir(), 'cache-'));
		const env = {XDG_CACHE_HOME: cacheHome};
		const directory = path.join(cacheHome, 'briefing-deck');
		const deck = path.join('decks', 'example.md');
		const decksKept = () => fs.readdirSync(directory).filter(name => name.startsWith('deck-'));
		expect(run(['check', deck], env).status).toBe(0);
		expect(decksKept()).toEqual([]);

		// Piped, the slideshow writes the deck as text: from the parse, then from the cache.
		const first = run([deck], env);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('Slide 1/7');
		expect(decksKept()).toHaveLength(1);
		expect(run([deck], env)).toEqual(first);
	});
});

/** Run the CLI and close its stdout after the first chunk, as `head -c 1` would. */
async function readFirstChunkThenClose(args: readonly string[]): Promise<{status: number | null; stderr: string}> {
	const child = spawn(process.execPath, [cliPath, ...args], {cwd: repoRoot, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdout.once('data', () => {
		child.stdout.destroy();
	});
	const status = await new Promise<number | null>(resolve => {
		child.on('close', code => {
			resolve(code);
		});
	});
	return {status, stderr};
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
