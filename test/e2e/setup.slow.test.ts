/**
The README's set-up, as a new user meets it: a fresh clone, the README's
first command run as written (read from the README, so the two cannot drift
apart), the bundled briefing on screen, then `briefing-deck` from another
directory. npm's global folder is a temporary one (`npm_config_prefix`, with
its `bin` on PATH), so the machine's own is never touched; `npm install`
runs offline (`npm_config_offline`), from the npm cache that installed this
checkout: no network is needed, and a package missing from the cache fails
the install instead of being fetched.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {childEnv, type PtyApp, startPty} from '../helpers/pty-driver.js';
import {repoRoot} from '../helpers/pty.js';
import {at} from './screen.js';

/** The first command of the README's first code block, without its comment. */
const readmeFirstCommand = (readme: string): string => {
	const block = /^```sh\n([^\n]*)\n/m.exec(readme);
	if (!block?.[1]) {
		throw new Error('The README does not open with a sh code block');
	}

	return block[1].replace(/\s+#.*$/, '').trim();
};

let work = '';
let clone = '';
let prefix = '';
let env: Record<string, string> = {};

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;

// The clone holds a whole node_modules: removing it can take a while on a busy machine.
afterAll(() => {
	if (work) {
		fs.rmSync(work, {recursive: true, force: true});
	}
}, 120_000);

describe('the README\'s set-up in a fresh clone', () => {
	beforeAll(() => {
		work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-setup-'));
		clone = path.join(work, 'clone');
		prefix = path.join(work, 'prefix');
		// What is committed, as someone cloning the repository gets it.
		const cloned = spawnSync('git', ['clone', '--quiet', repoRoot, clone], {encoding: 'utf8'});
		if (cloned.status !== 0) {
			throw new Error(`git clone failed:\n${cloned.stderr}`);
		}

		// childEnv leaves out the npm_config_* that `npm run` passes down; NODE_PATH could reach this checkout's modules.
		env = childEnv({
			NODE_PATH: undefined,
			PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
			npm_config_prefix: prefix,
			npm_config_offline: 'true',
			npm_config_audit: 'false',
			npm_config_fund: 'false',
			npm_config_update_notifier: 'false',
			BRIEFING_DECK_STORE: path.join(work, 'store'),
			XDG_CONFIG_HOME: path.join(work, 'config'),
			XDG_DATA_HOME: path.join(work, 'data'),
			XDG_STATE_HOME: path.join(work, 'state'),
			XDG_CACHE_HOME: path.join(work, 'cache'),
			XDG_RUNTIME_DIR: fs.mkdtempSync(path.join(work, 'runtime-')),
		});
	});

	it('plays the bundled briefing with the README\'s first command, and leaves `briefing-deck` working from any directory', async () => {
		const command = readmeFirstCommand(fs.readFileSync(path.join(clone, 'README.md'), 'utf8'));
		// The first command installs, then runs the app on the bundled briefing.
		expect(command).toMatch(/^npm install && .*\bbriefing-deck$/);

		let app: PtyApp | undefined;
		try {
			app = startPty('bash', ['-c', command], {cwd: clone, env});
			// npm install builds dist/ first: a fresh install of every development package and a typecheck.
			await app.waitFor(at(1, 13), {timeout: 240_000});
			expect(app.screen()).toMatch(/Karpathy Joins Anthropic/);
			await app.press('q');
			expect(await app.waitForExit()).toEqual({exitCode: 0, signal: undefined});
		} finally {
			await app?.dispose();
		}

		// From a directory that is nothing to do with the clone, by name, through PATH.
		const elsewhere = fs.mkdtempSync(path.join(work, 'elsewhere-'));
		const found = spawnSync('sh', ['-c', 'command -v briefing-deck'], {cwd: elsewhere, env, encoding: 'utf8'});
		expect(found.stdout.trim()).toBe(path.join(prefix, 'bin', 'briefing-deck'));
		expect(fs.realpathSync(found.stdout.trim())).toBe(fs.realpathSync(path.join(clone, 'dist', 'cli.js')));
		const run = spawnSync('briefing-deck', ['--version'], {cwd: elsewhere, env, encoding: 'utf8', input: '', timeout: 20_000});
		expect(run.stderr).toBe('');
		expect(run.stdout.trim()).toBe(version);
		expect(run.status).toBe(0);
	}, 300_000);
});
