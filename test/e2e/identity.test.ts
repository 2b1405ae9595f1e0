/**
Two deck files with one title, in two folders, as a weekly meeting makes
them: each keeps a history of its own. The built CLI in a real terminal: the
quiz of week 1 answered right, the quiz of week 2 wrong, and then what the
second quiz said, what `scores` lists and what `check` warns of.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, runCli, startApp, type PtyApp} from '../helpers/pty.js';
import {flat} from './screen.js';

const weekly = `# Weekly sync

What happened this week.

<!-- quiz -->

## Did the release ship?

- [x] Yes, on Tuesday
- [ ] No, it slipped

## Which day is the demo?

- [x] Friday
- [ ] Monday
- [ ] Wednesday
`;

const temporaryDirs: string[] = [];

afterEach(async () => {
	await disposeAll();
	for (const dir of temporaryDirs.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

/** Two folders with a `weekly.md` each, and an empty store beside them. */
function meetings(): {wk1: string; wk2: string; store: string} {
	const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-identity-')));
	temporaryDirs.push(root);
	const write = (week: string): string => {
		fs.mkdirSync(path.join(root, week));
		const file = path.join(root, week, 'weekly.md');
		fs.writeFileSync(file, weekly);
		return file;
	};

	return {wk1: write('wk1'), wk2: write('wk2'), store: path.join(root, 'store')};
}

/** Answers the question on screen by pressing the digit shown beside the option `text`. */
async function choose(app: PtyApp, number: number, texts: readonly string[]): Promise<void> {
	const screen = await app.waitFor(current => current.includes(`Question ${number} of 2`) && texts.some(text => new RegExp(String.raw`[1-9](?: [A-Z])?\s+${text}`).test(current)));
	const text = texts.find(candidate => new RegExp(String.raw`[1-9](?: [A-Z])?\s+${candidate}`).test(screen))!;
	const digit = new RegExp(String.raw`([1-9])(?: [A-Z])?\s+${text}`).exec(screen)![1]!;
	await app.press(digit);
	await app.waitFor(/✔ Right|✘ Wrong/);
	await app.press(keys.enter);
}

/** Takes a deck's quiz: every answer right, or every answer wrong. Returns the intro screen and the results. */
async function takeQuiz(deck: string, store: string, right: boolean): Promise<{intro: string; results: string}> {
	const app = startApp(['quiz', deck, '--seed', '1', '--store', store], {cols: 240, rows: 40});
	const intro = await app.waitFor('2 questions', {timeout: 10_000});
	await app.press(keys.enter);
	await choose(app, 1, right ? ['Yes, on Tuesday'] : ['No, it slipped']);
	await choose(app, 2, right ? ['Friday'] : ['Monday']);
	const results = await app.waitFor('Saved to your score history.');
	await app.press('q');
	expect((await app.waitForExit()).exitCode).toBe(0);
	return {intro, results};
}

/** Every file in the store with its size and time: what a read-only command must leave exactly as it was. */
const snapshot = (dir: string): string[] => (fs.existsSync(dir)
	? fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort().map(name => {
			const stats = fs.statSync(path.join(dir, name));
			return `${name} ${stats.size} ${stats.mtimeMs}`;
		})
	: []);

describe.skipIf(!cliIsBuilt())('two decks with one title', () => {
	it('keep separate histories, and the second quiz and `check` say why', async () => {
		const {wk1, wk2, store} = meetings();
		await takeQuiz(wk1, store, true);
		const second = await takeQuiz(wk2, store, false);

		// Week 2 starts with no history of its own, and says whose id it met.
		expect(flat(second.intro)).toContain(`another deck, ${wk1}, already uses id \`weekly-sync\`; set \`id:\` to keep them apart`);
		expect(second.intro).not.toMatch(/Best|Last/);
		expect(second.results).toContain('First attempt on this deck.');
		expect(second.results).not.toContain('down 100');

		// `scores` lists two decks, told apart by where they are.
		const listed = await runCli(['scores', '--json', '--store', store]);
		const {decks} = JSON.parse(listed.stdout) as {decks: Array<{id: string; attempts: number; best: {percentage: number}; source: string}>};
		expect(decks.map(deck => [deck.source, deck.attempts, deck.best.percentage])).toEqual(expect.arrayContaining([[wk1, 1, 100], [wk2, 1, 0]]));
		expect(decks).toHaveLength(2);
		expect(decks.find(deck => deck.source === wk1)?.id).toBe('weekly-sync');
		const table = await runCli(['scores', '--store', store]);
		expect(table.stdout).toContain('Weekly sync (wk1/weekly.md)');
		expect(table.stdout).toContain('Weekly sync (wk2/weekly.md)');

		// Each deck's own history, asked for by its file.
		const own = JSON.parse((await runCli(['scores', wk2, '--json', '--store', store])).stdout) as {attempts: Array<{percentage: number}>};
		expect(own.attempts.map(attempt => attempt.percentage)).toEqual([0]);

		// `check` warns at the title's line, keeps its exit code, and changes nothing in the store.
		const before = snapshot(store);
		const checked = await runCli(['check', wk1, wk2, '--store', store]);
		expect(checked.code).toBe(0);
		expect(checked.stdout).toContain(`${wk2}:1:1: warning: another deck, ${wk1}, already uses id \`weekly-sync\`; set \`id:\` to keep them apart`);
		expect(checked.stdout).not.toContain(`${wk1}:1:1: warning`);
		expect(checked.stdout).toContain(`${wk2}: 1 slide, 2 questions; 0 errors, 1 warning`);
		expect(snapshot(store)).toEqual(before);
	}, 60_000);
});
