/**
A deck named the way `scores` lists it: by title or id, as well as by file.
The built CLI against a store that knows two decks called "Weekly sync" (in
two folders) and one called "Budget 2026", with attempts and a rehearsal
kept for them; then files are deleted, and the history is still there.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {identifyDeck} from '../../source/io/store/identities.js';
import {createScoreStore} from '../../source/io/store/score-store.js';
import {cliIsBuilt, runCli} from '../helpers/pty.js';
import {makeAttempt} from '../store/make-attempt.js';
import {makeRehearsal} from '../store/make-rehearsal.js';

const deckText = (title: string): string => `# ${title}

What happened this week.

<!-- quiz -->

## Did the release ship?

- [x] Shipped
- [ ] Slipped
`;

const temporaryDirs: string[] = [];

afterEach(() => {
	for (const dir of temporaryDirs.splice(0)) {
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

/** The three deck files, and a store that has kept history for each under the id it gives them. */
function studied(): {wk1: string; wk2: string; budget: string; store: string; ids: {wk1: string; wk2: string; budget: string}} {
	const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-deck-names-')));
	temporaryDirs.push(root);
	const write = (relative: string, title: string): string => {
		const file = path.join(root, relative);
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, deckText(title));
		return file;
	};

	const files = {wk1: write('wk1/weekly.md', 'Weekly sync'), wk2: write('wk2/weekly.md', 'Weekly sync'), budget: write('budget.md', 'Budget 2026')};
	const store = path.join(root, 'store');
	const locate = (source: string): string | undefined => (fs.existsSync(source) ? source : undefined);
	const idOf = (source: string, title: string, id: string): string =>
		identifyDeck(store, {id, explicit: false, source, title}, {locate}).decision.id;
	const ids = {wk1: idOf(files.wk1, 'Weekly sync', 'weekly-sync'), wk2: idOf(files.wk2, 'Weekly sync', 'weekly-sync'), budget: idOf(files.budget, 'Budget 2026', 'budget-2026')};
	const scores = createScoreStore(store);
	scores.recordAttempt(makeAttempt({deckId: ids.wk1, score: 2, total: 2}));
	scores.recordAttempt(makeAttempt({deckId: ids.wk2, score: 0, total: 2, endedAt: '2026-11-24T02:05:00.000Z'}));
	scores.recordAttempt(makeAttempt({deckId: ids.budget, score: 1, total: 2, endedAt: '2026-11-24T03:05:00.000Z'}));
	scores.recordRehearsal(makeRehearsal({deckId: ids.budget}));
	return {...files, store, ids};
}

type ScoresJson = {deck: {id: string} | null; attempts: Array<{percentage: number}>};
const percentages = (stdout: string): number[] => (JSON.parse(stdout) as ScoresJson).attempts.map(attempt => attempt.percentage);

/** Every file in the store with its size and time: what a read-only command must leave exactly as it was. */
const snapshot = (dir: string): string[] => fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort().map(name => {
	const stats = fs.statSync(path.join(dir, name));
	return `${name} ${stats.size} ${stats.mtimeMs}`;
});

describe.skipIf(!cliIsBuilt())('naming a deck by its title or id', () => {
	it('opens a deck\'s scores by its title, a prefix of it or its id, whatever the case', async () => {
		const {store, ids} = studied();
		expect(percentages((await runCli(['scores', 'Budget 2026', '--json', '--store', store])).stdout)).toEqual([50]);
		expect(percentages((await runCli(['scores', 'budget', '--json', '--store', store])).stdout)).toEqual([50]);
		expect(percentages((await runCli(['scores', ids.wk2, '--json', '--store', store])).stdout)).toEqual([0]);
		expect(ids.wk2).toMatch(/^weekly-sync~[\da-f]{6}$/);
	});

	it('lists the decks a title names twice, with their ids and files, and exits 2 having changed nothing', async () => {
		const {wk1, wk2, store, ids} = studied();
		const before = snapshot(store);
		const ambiguous = await runCli(['scores', 'Weekly sync', '--store', store]);
		expect(ambiguous.code).toBe(2);
		expect(ambiguous.stdout).toBe('');
		expect(ambiguous.stderr).toContain('2 decks are called "Weekly sync"');
		expect(ambiguous.stderr).toContain(`${ids.wk1.padEnd(ids.wk2.length)}  Weekly sync  (${wk1})`);
		expect(ambiguous.stderr).toContain(`${ids.wk2}  Weekly sync  (${wk2})`);
		expect(snapshot(store)).toEqual(before);
	});

	it('keeps the history of a deck whose file is gone within reach by id and title, and says the quiz needs the file', async () => {
		const {budget, wk1, store, ids} = studied();
		fs.rmSync(budget);
		fs.rmSync(wk1);
		const before = snapshot(store);
		const byId = await runCli(['scores', ids.budget, '--json', '--store', store]);
		expect(byId.code).toBe(0);
		expect(percentages(byId.stdout)).toEqual([50]);
		expect(byId.stderr).toContain(`it was at ${budget}`);
		expect(percentages((await runCli(['scores', ids.wk1, '--json', '--store', store])).stdout)).toEqual([100]);
		expect((await runCli(['scores', 'Budget 2026', '--store', store])).stdout).toContain('50%');

		const quiz = await runCli(['quiz', 'Budget 2026', '--store', store]);
		expect(quiz.code).toBe(1);
		expect(quiz.stderr).toContain(`needs its deck file, which is not there now (it was at ${budget})`);
		const review = await runCli(['review', ids.budget, '--store', store]);
		expect(review.code).toBe(1);
		expect(review.stderr).toContain('needs its deck file');
		expect(snapshot(store)).toEqual(before);
	});

	it('resets the attempts of a deck whose file is gone, named by title, and no other deck\'s', async () => {
		const {budget, store, ids} = studied();
		fs.rmSync(budget);
		const reset = await runCli(['scores', '--reset', '--yes', 'Budget 2026', '--store', store]);
		expect(reset.code).toBe(0);
		expect(reset.stdout).toContain('Deleted 1 attempt on “Budget 2026”');
		expect(percentages((await runCli(['scores', ids.budget, '--json', '--store', store])).stdout)).toEqual([]);
		expect(percentages((await runCli(['scores', ids.wk2, '--json', '--store', store])).stdout)).toEqual([0]);
	});

	it('shows the rehearsals of a deck by its title, its file there or gone', async () => {
		const {budget, store} = studied();
		const there = await runCli(['rehearsals', 'Budget 2026', '--store', store]);
		expect(there.code).toBe(0);
		expect(there.stdout).toContain('Rehearsals of “Budget 2026”');
		expect(there.stdout).toContain('1 rehearsal');
		fs.rmSync(budget);
		const gone = await runCli(['rehearsals', 'budget 2026', '--store', store]);
		expect(gone.code).toBe(0);
		expect(gone.stdout).toContain('Rehearsals of “Budget 2026”');
		expect(gone.stdout).toMatch(/Why now +01:40/);
	});

	it('suggests the title a mistyped name is close to', async () => {
		const {store} = studied();
		const missed = await runCli(['scores', 'Budgte 2026', '--store', store]);
		expect(missed.code).toBe(1);
		expect(missed.stderr).toContain('did you mean "Budget 2026"?');
	});
});
