/**
The package as it would be published: `npm pack`, installed from the
tarball into an empty directory outside the project, where none of the
project's `node_modules` can be reached and no network is needed (the package
has no dependencies). Everything runs from there: the bin, the bundled decks,
the settings store and the slideshow in a real terminal.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, repoRoot, startProgram} from '../helpers/pty.js';
import {at} from './screen.js';

const maxTarballBytes = 1.5 * 1024 * 1024;
const bundledDeck = 'karpathy-joins-anthropic';

type Packed = {readonly filename: string; readonly size: number; readonly entryCount: number};

/**
The environment without what `npm test` passes down to its children:
`npm_config_*` would steer the inner npm, and NODE_PATH could reach the
project's modules.
*/
const cleanEnv = (extra: Record<string, string> = {}): Record<string, string> => {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !/^npm_/i.test(key) && key !== 'NODE_PATH') {
			env[key] = value;
		}
	}

	return {...env, NO_COLOR: '1', ...extra};
};

const npm = (args: readonly string[], cwd: string, env: Record<string, string>): string => {
	const result = spawnSync('npm', args, {cwd, env, encoding: 'utf8', timeout: 60_000});
	if (result.status !== 0) {
		throw new Error(`npm ${args.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
	}

	return result.stdout;
};

let work = '';
let installDir = '';
let packed: Packed;
let env: Record<string, string> = {};

const installed = (...parts: string[]): string => path.join(installDir, 'node_modules', 'briefing-deck', ...parts);

const run = (args: readonly string[]) => {
	const result = spawnSync(path.join(installDir, 'node_modules', '.bin', 'briefing-deck'), args, {cwd: installDir, env, encoding: 'utf8', input: '', timeout: 20_000});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};

afterEach(async () => {
	await disposeAll();
});

afterAll(() => {
	if (work) {
		fs.rmSync(work, {recursive: true, force: true});
	}
});

describe.skipIf(!cliIsBuilt() || process.env['BRIEFING_DECK_CLI'] !== undefined)('the packed tarball, installed on its own', () => {
	beforeAll(() => {
		work = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-package-'));
		installDir = path.join(work, 'install');
		fs.mkdirSync(installDir);
		fs.writeFileSync(path.join(installDir, 'package.json'), '{"private": true}\n');
		env = cleanEnv({
			// A cache of its own: nothing the machine has cached can stand in for a missing dependency.
			npm_config_cache: path.join(work, 'npm-cache'),
			BRIEFING_DECK_STORE: path.join(work, 'store'),
			XDG_CONFIG_HOME: path.join(work, 'config'),
			XDG_DATA_HOME: path.join(work, 'data'),
		});
		// The build is already there (`npm test` builds first): no prepare script.
		const output = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot, env);
		const [first] = JSON.parse(output) as Packed[];
		packed = first!;
		npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(work, packed.filename)], installDir, env);
	}, 120_000);

	it('is one small package with no dependencies', () => {
		expect(packed.size).toBeLessThanOrEqual(maxTarballBytes);
		const manifest = JSON.parse(fs.readFileSync(installed('package.json'), 'utf8')) as Record<string, unknown>;
		expect(manifest['dependencies'] ?? {}).toEqual({});
		expect(manifest['optionalDependencies'] ?? {}).toEqual({});
		expect(manifest['peerDependencies'] ?? {}).toEqual({});
		const packages = fs.readdirSync(path.join(installDir, 'node_modules')).filter(name => !name.startsWith('.'));
		expect(packages).toEqual(['briefing-deck']);
	});

	it('is installed where the project\'s own modules cannot be reached', () => {
		expect(path.relative(repoRoot, installDir).startsWith('..')).toBe(true);
		const resolve = createRequire(installed('dist', 'cli.js')).resolve;
		for (const name of ['ink', 'react', 'conf', 'meow']) {
			expect(() => resolve(name), name).toThrow(/Cannot find module/);
		}
	});

	it('--version', () => {
		const {status, stdout} = run(['--version']);
		expect(status).toBe(0);
		const {version} = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string};
		expect(stdout.trim()).toBe(version);
	});

	it('check on the bundled deck', () => {
		const {status, stdout, stderr} = run(['check', bundledDeck]);
		expect(stderr).toBe('');
		expect(stdout).toMatch(new RegExp(`${bundledDeck}\\.md: 13 slides, \\d+ questions; 0 errors, 0 warnings\\n$`));
		expect(status).toBe(0);
	});

	it('print', () => {
		const {status, stdout, stderr} = run(['print']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain('Karpathy Joins Anthropic');
		expect(stdout).toContain('Slide 13/13');
	});

	it('plays the slideshow in a terminal and keeps its place in the settings store', async () => {
		const app = startProgram(installed('dist', 'cli.js'), [], {cwd: installDir, env: {...env, NO_COLOR: undefined}});
		await app.waitFor(at(1, 13), {timeout: 10_000});
		expect(app.screen()).toMatch(/Karpathy Joins Anthropic/);
		await app.press(keys.right);
		await app.waitFor(at(2, 13));
		await app.press('q');
		expect(await app.waitForExit()).toEqual({exitCode: 0, signal: undefined});
		expect(app.isAlternateScreen()).toBe(false);
		const settings = JSON.parse(fs.readFileSync(path.join(work, 'store', 'settings.json'), 'utf8')) as {resume?: Record<string, number>};
		expect(Object.values(settings.resume ?? {})).toEqual([2]);
	});
});
