/**
The end-to-end tests' way to run a program in a real pseudo-terminal: the
pty driver (pty-driver.js, shared with the benchmarks) started from this
repository, the built CLI with a store of its own, and every program still
running disposed of after each test.
*/
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {type PtyApp, type StartOptions, startPty} from './pty-driver.js';

export type {Exit, Matcher, PtyApp, StartOptions, WaitOptions} from './pty-driver.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
The built CLI; it exists only after `npm run build`. `BRIEFING_DECK_CLI`
points the tests at another build, such as one installed from `npm pack`.
*/
export const cliPath = process.env['BRIEFING_DECK_CLI'] ?? path.join(repoRoot, 'dist', 'cli.js');

export const cliIsBuilt = (): boolean => existsSync(cliPath);

const execFileAsync = promisify(execFile);

/**
The built CLI without a terminal, for what it prints: its output, errors and
exit code. The store is the one `args` names (`--store`), never the
environment's.
*/
export async function runCli(args: readonly string[]): Promise<{stdout: string; stderr: string; code: number}> {
	const env = {...process.env, BRIEFING_DECK_STORE: undefined, CI: 'false', FORCE_COLOR: '0'};
	try {
		const {stdout, stderr} = await execFileAsync(process.execPath, [cliPath, ...args], {cwd: repoRoot, env});
		return {stdout, stderr, code: 0};
	} catch (error) {
		const failed = error as {stdout: string; stderr: string; code: number};
		return {stdout: failed.stdout, stderr: failed.stderr, code: failed.code};
	}
}

const live = new Set<PtyApp>();

/** Starts `node <script> ...args`, kept until it is disposed of; `cleanUp` runs after. */
function launch(script: string, args: readonly string[], options: StartOptions, cleanUp: () => void): PtyApp {
	const app = startPty(process.execPath, [script, ...args], {...options, cwd: options.cwd ?? repoRoot});
	const dispose = app.dispose;
	const tracked: PtyApp = {
		...app,
		async dispose() {
			live.delete(tracked);
			await dispose();
			cleanUp();
		},
	};
	live.add(tracked);
	return tracked;
}

/** Run `node <script> ...args` in a pseudo-terminal. */
export function startProgram(script: string, args: readonly string[] = [], options: StartOptions = {}): PtyApp {
	return launch(script, args, options, () => undefined);
}

/**
Run the built CLI (`node dist/cli.js ...args`). Its config and data go to a
fresh temporary directory, so a test never touches the real user's files.
*/
export function startApp(args: readonly string[] = [], options: StartOptions = {}): PtyApp {
	const home = mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-e2e-'));
	const env = {
		// The store honours this before XDG_DATA_HOME; a value set in the shell must not leak in.
		BRIEFING_DECK_STORE: path.join(home, 'store'),
		XDG_CONFIG_HOME: path.join(home, 'config'),
		XDG_DATA_HOME: path.join(home, 'data'),
		XDG_STATE_HOME: path.join(home, 'state'),
		XDG_CACHE_HOME: path.join(home, 'cache'),
		...options.env,
	};
	return launch(cliPath, args, {...options, env}, () => {
		rmSync(home, {recursive: true, force: true});
	});
}

/** Dispose every program still running; call it from `afterEach`. */
export async function disposeAll(): Promise<void> {
	await Promise.all([...live].map(async app => app.dispose()));
}
