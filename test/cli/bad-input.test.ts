/**
The bad-input matrix: every kind of file a person or an attacker might hand
to `check` and `print`, one test each, against the built CLI in its own
process. Each must end promptly with a clear `path:line:col` message (or a
clean run), never a stack trace, a hang, or a raw control byte.
*/
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, it} from 'vitest';
import {MAX_DECK_BYTES} from '../../source/io/deck/load.js';
import {cliIsBuilt, cliPath, repoRoot} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';

const {freshDir} = temporaryDirectories('bad-input', 'all');

type Run = {readonly status: number | null; readonly stdout: string; readonly stderr: string; readonly ms: number};

/** Far more than any of these needs; a hang ends here and fails the test. */
const timeoutMs = 15_000;

/** The CLI and where it runs from; `wrapper` runs it as another user. */
type Cli = {readonly path: string; readonly cwd: string; readonly wrapper: readonly string[]};

const builtCli: Cli = {path: cliPath, cwd: repoRoot, wrapper: []};

function run(args: readonly string[], {path: cli, cwd, wrapper}: Cli = builtCli): Run {
	const started = Date.now();
	const [command, ...prefix] = wrapper.length > 0 ? wrapper : [process.execPath];
	const result = spawnSync(command!, [...prefix, ...(wrapper.length > 0 ? [process.execPath] : []), cli, ...args], {
		cwd,
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1'},
		input: '',
		timeout: timeoutMs,
		killSignal: 'SIGKILL',
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started};
}

const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const stackFrame = /^\s+at /m;

/** What every case must show: it ended by itself, in time, with no stack trace and nothing raw. */
function expectOrderly(result: Run): void {
	expect(result.status, `timed out or killed after ${result.ms} ms`).not.toBeNull();
	expect(result.stdout + result.stderr).not.toMatch(stackFrame);
	expect(result.stdout + result.stderr).not.toMatch(rawControl);
}

/** `check` and `print` of the file: both refuse it with `message` at `line:col`. */
function expectRefused(file: string, message: string | RegExp, location: string | RegExp = '1:1'): void {
	const check = run(['check', file]);
	expectOrderly(check);
	expect(check.status).toBe(1);
	expect(check.stdout).toMatch(new RegExp(`:${typeof location === 'string' ? location : location.source}: error: `));
	expect(check.stdout).toMatch(message);
	const print = run(['print', file]);
	expectOrderly(print);
	expect(print.status).toBe(1);
	expect(print.stderr).toMatch(message);
}

/** `check` passes it (perhaps with warnings) and `print` prints it. */
function expectAccepted(file: string): Run {
	const check = run(['check', file]);
	expectOrderly(check);
	expect(check.stdout).toMatch(/; 0 errors/);
	expect(check.status).toBe(0);
	const print = run(['print', file]);
	expectOrderly(print);
	expect(print.status).toBe(0);
	return print;
}

const write = (name: string, content: string | Uint8Array): string => {
	const file = path.join(freshDir(), name);
	fs.writeFileSync(file, content);
	return file;
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canDropPrivileges = isRoot && fs.existsSync('/usr/bin/setpriv');
const asNobody = ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

/**
The built CLI as nobody can run it, or why nobody cannot. The clone may sit
where nobody cannot enter (under /root, or in a private temporary
directory), so dist/ is copied, with the package.json and decks/ it looks
for beside itself, into a directory anyone can read. Node itself must be
where nobody can run it: that cannot be copied around.
*/
function cliForNobody(): Cli | {readonly reason: string} {
	const node = spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, '-e', '0'], {encoding: 'utf8'});
	if (node.status !== 0) {
		return {reason: `nobody cannot run ${process.execPath} (${(node.stderr || String(node.error)).trim()})`};
	}

	const root = freshDir();
	fs.chmodSync(root, 0o755);
	const packageRoot = path.dirname(path.dirname(cliPath));
	for (const name of ['dist', 'decks', 'package.json']) {
		fs.cpSync(path.join(packageRoot, name), path.join(root, name), {recursive: true});
	}

	return {path: path.join(root, 'dist', path.basename(cliPath)), cwd: root, wrapper: asNobody};
}

describe.skipIf(!cliIsBuilt())('bad input, one test each', () => {
	it('an empty file', () => {
		expectRefused(write('empty.md', ''), 'the deck is empty');
	});

	it('a binary file', () => {
		expectRefused(write('binary.md', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])), 'not a text file (it contains NUL bytes)', '3:1');
	});

	it('invalid UTF-8', () => {
		expectRefused(write('latin1.md', Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xE9]), Buffer.from('\n')])), 'not valid UTF-8 text', '1:6');
	});

	it('UTF-16 with a byte-order mark', () => {
		expectRefused(write('utf16.md', Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('# Title\n', 'utf16le')])), 'the file is UTF-16 text, not UTF-8');
	});

	it('CRLF line endings', () => {
		const print = expectAccepted(write('crlf.md', '# One\r\n\r\nText.\r\n\r\n---\r\n\r\n# Two\r\n'));
		expect(print.stdout).toContain('Slide 2/2: Two');
	});

	it('a file over the size limit, in bytes', () => {
		const file = write('huge.md', '');
		fs.truncateSync(file, MAX_DECK_BYTES + 1);
		expectRefused(file, `file is too large (${(MAX_DECK_BYTES + 1).toLocaleString('en-US')} bytes)`);
	});

	it('a 100,000-character line', () => {
		const print = expectAccepted(write('long-line.md', `# Long\n\n${'word '.repeat(20_000)}\n`));
		expect(print.stdout.length).toBeGreaterThan(100_000);
	});

	it('nesting 1,000 deep', () => {
		// `- - - a` nests a list in each item on one line; by indentation, 1,000 levels would pass the size limit.
		expectRefused(write('deep.md', `# Deep\n\n${'- '.repeat(1000)}a\n`), /nested more than 100 levels deep/, /3:\d+/);
	});

	it('nesting 1,000 quotes deep', () => {
		expectRefused(write('quotes.md', `# Deep\n\n${'> '.repeat(1000)}a\n`), /nested more than 100 levels deep/, /3:\d+/);
	});

	it('an unclosed fence', () => {
		const check = run(['check', write('fence.md', '# Code\n\n```js\nconst open = true;\n')]);
		expectOrderly(check);
		expect(check.status).toBeLessThanOrEqual(1);
		expect(check.stdout).toMatch(/: 1 slide, /);
	});

	it('an unclosed comment', () => {
		const print = expectAccepted(write('comment.md', '# Notes\n\nSeen.\n\n<!-- never closed\n\nhidden\n'));
		expect(print.stdout).toContain('Seen.');
		expect(print.stdout).not.toContain('hidden');
	});

	it('a directory', () => {
		expectRefused(freshDir(), 'is a directory, not a deck file');
	});

	it.skipIf(process.platform === 'win32')('a FIFO with no writer: refused at once, no hang', () => {
		const fifo = path.join(freshDir(), 'pipe.md');
		execFileSync('mkfifo', [fifo]);
		expectRefused(fifo, 'is a named pipe (FIFO), not a regular file');
	});

	it.skipIf(!fs.existsSync('/dev/zero'))('a device, and a link to one: refused, never read', () => {
		expectRefused('/dev/zero', 'is a character device, not a regular file');
		const link = path.join(freshDir(), 'random.md');
		fs.symlinkSync('/dev/urandom', link);
		expectRefused(link, 'is a character device, not a regular file');
	});

	it('a symlink loop', () => {
		const dir = freshDir();
		fs.symlinkSync(path.join(dir, 'b.md'), path.join(dir, 'a.md'));
		fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
		expectRefused(path.join(dir, 'a.md'), 'too many levels of symbolic links');
	});

	it('a missing file', () => {
		expectRefused(path.join(freshDir(), 'missing.md'), 'file not found');
	});

	it.skipIf(process.platform === 'win32' || (isRoot && !canDropPrivileges))('an unreadable file (as an unprivileged user)', context => {
		// Root reads anything: run the CLI as nobody.
		const cli = isRoot ? cliForNobody() : builtCli;
		if ('reason' in cli) {
			context.skip(cli.reason);
			return;
		}

		const dir = freshDir();
		fs.chmodSync(dir, 0o755);
		const file = path.join(dir, 'secret.md');
		fs.writeFileSync(file, '# Secret\n');
		fs.chmodSync(file, 0o000);
		for (const command of ['check', 'print']) {
			const result = run([command, file], cli);
			expectOrderly(result);
			expect(result.status).toBe(1);
			expect(result.stdout + result.stderr).toContain('cannot read the file: permission denied');
		}
	});

	it('a file name with control bytes: quoted, inert, on one line', () => {
		const file = write('evil\u001B]0;pwned\u0007\n\u009B2J\u202Egnp.md', '# Fine\n\n[x](#nope)\n');
		for (const args of [['check', file], ['check', '--coverage', file]]) {
			const check = run(args);
			expectOrderly(check);
			const [first] = check.stdout.split('\n');
			expect(first).toMatch(/^".*":\d+:\d+: error: link to `#nope`/);
			expect(JSON.parse(first!.slice(0, first!.indexOf('":') + 1))).toBe(file);
		}

		const json = run(['check', '--json', file]);
		expectOrderly(json);
		expect((JSON.parse(json.stdout) as {decks: Array<{path: string}>}).decks[0]!.path).toBe(file);
	});
});
