/**
The import rule (.dependency-cruiser.cjs, run by `npm run lint`): the real
tree passes it, and an import that runs up, one that runs sideways and a
cycle through types alone are each refused, naming the rule. Each case is a
small tree of the same folders in a temporary directory, checked with the
real configuration.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const depcruise = path.join(repoRoot, 'node_modules', '.bin', 'depcruise');
const made: string[] = [];

afterAll(() => {
	for (const directory of made) {
		fs.rmSync(directory, {recursive: true, force: true});
	}
});

type Outcome = {readonly exitCode: number; readonly output: string};

async function cruise(cwd: string, ...targets: string[]): Promise<Outcome> {
	try {
		const {stdout} = await run(depcruise, [...targets, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {cwd});
		return {exitCode: 0, output: stdout};
	} catch (error) {
		const failed = error as {code?: number; stdout?: string; stderr?: string};
		return {exitCode: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`};
	}
}

/** A tree with the project's configuration and the given files (path → text). */
function plant(files: Readonly<Record<string, string>>): string {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-import-rule-'));
	made.push(directory);
	for (const name of ['.dependency-cruiser.cjs', 'tsconfig.json']) {
		fs.copyFileSync(path.join(repoRoot, name), path.join(directory, name));
	}

	fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(directory, 'node_modules'));
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(directory, file)), {recursive: true});
		fs.writeFileSync(path.join(directory, file), text);
	}

	return directory;
}

describe('the import rule', () => {
	it('passes the project as it is', async () => {
		const {exitCode, output} = await cruise(repoRoot, 'source', 'cli.tsx');
		expect(output).toContain('no dependency violations found');
		expect(exitCode).toBe(0);
	}, 60_000);

	it('passes a tree whose imports run down', async () => {
		const tree = plant({
			'source/core/text/words.ts': 'export const words = (text: string): string[] => text.split(\' \');\n',
			'source/io/fs/read.ts': 'import {words} from \'../../core/text/words.js\';\nexport const read = (text: string) => words(text);\n',
			'source/ui/kit/Line.ts': 'import type {read} from \'../../io/fs/read.js\';\nimport {words} from \'../../core/text/words.js\';\nexport type Read = typeof read;\nexport const line = words;\n',
			'source/ui/quiz/Quiz.ts': 'import {line} from \'../kit/Line.js\';\nexport const quiz = line;\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(output).toContain('no dependency violations found');
		expect(exitCode).toBe(0);
	}, 60_000);

	it('refuses an import that runs up, from core to the screens', async () => {
		const tree = plant({
			'source/core/deck/parse.ts': 'import {theme} from \'../../ui/kit/theme.js\';\nexport const parse = () => theme;\n',
			'source/ui/kit/theme.ts': 'export const theme = \'dark\';\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(exitCode).not.toBe(0);
		expect(output).toContain('core-imports-core: source/core/deck/parse.ts → source/ui/kit/theme.ts');
	}, 60_000);

	it('refuses React, Ink and the OS in core', async () => {
		const tree = plant({
			'source/core/layout/draw.ts': 'import {Text} from \'ink\';\nimport fs from \'node:fs\';\nexport const draw = () => [Text, fs];\n',
			'source/core/deck/hash.ts': 'import {createHash} from \'node:crypto\';\nexport const hash = (text: string) => createHash(\'sha1\').update(text).digest(\'hex\');\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(exitCode).not.toBe(0);
		expect(output).toMatch(/core-draws-nothing: source\/core\/layout\/draw\.ts → \S*node_modules\/ink\//);
		expect(output).toContain('core-is-pure: source/core/layout/draw.ts → fs');
		// A hash is pure: node:crypto is allowed.
		expect(output).not.toContain('source/core/deck/hash.ts');
	}, 60_000);

	it('refuses a screen family importing another, and a call into io from a screen', async () => {
		const tree = plant({
			'source/ui/slideshow/Slideshow.ts': 'export const MIN_SIZE = 40;\n',
			'source/ui/quiz/QuizApp.ts': 'import {MIN_SIZE} from \'../slideshow/Slideshow.js\';\nimport {save} from \'../../io/store/save.js\';\nexport const quiz = [MIN_SIZE, save];\n',
			'source/io/store/save.ts': 'export const save = () => true;\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(exitCode).not.toBe(0);
		expect(output).toContain('feature-imports-no-feature: source/ui/quiz/QuizApp.ts → source/ui/slideshow/Slideshow.ts');
		expect(output).toContain('ui-names-io-types-only: source/ui/quiz/QuizApp.ts → source/io/store/save.ts');
	}, 60_000);

	it('refuses a command importing another command', async () => {
		const tree = plant({
			'source/commands/check/check.ts': 'export type CommandOutput = {readonly stdout: string};\n',
			'source/commands/decks/decks.ts': 'import type {CommandOutput} from \'../check/check.js\';\nexport const decks = (): CommandOutput => ({stdout: \'\'});\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(exitCode).not.toBe(0);
		expect(output).toContain('command-imports-no-command: source/commands/decks/decks.ts → source/commands/check/check.ts');
	}, 60_000);

	it('refuses a cycle between two files, even through types alone', async () => {
		const tree = plant({
			'source/core/quiz/state.ts': 'import type {Screen} from \'./screen.js\';\nexport type State = {readonly screen: Screen};\n',
			'source/core/quiz/screen.ts': 'import type {State} from \'./state.js\';\nexport type Screen = {readonly last?: State};\n',
		});
		const {exitCode, output} = await cruise(tree, 'source');
		expect(exitCode).not.toBe(0);
		expect(output).toMatch(/no-circular: source\/core\/quiz\/(state|screen)\.ts → /);
	}, 60_000);
});
