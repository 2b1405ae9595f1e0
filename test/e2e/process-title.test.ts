/**
What `ps` shows for the built CLI: a slideshow and its presenter console, two
real processes of the same program, are told apart by their titles.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliIsBuilt, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {waitUntil} from '../helpers/wait.js';
import {at, fixtureDeck} from './screen.js';

const {freshDir} = temporaryDirectories('process-title-e2e');

afterEach(async () => {
	await disposeAll();
});

/** The command line `ps -o args` shows for a process (NUL-separated in /proc, as it is kept). */
const argsOf = (app: PtyApp): string => fs.readFileSync(`/proc/${app.pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();

describe.skipIf(!cliIsBuilt() || process.platform !== 'linux')('the process title', () => {
	it('names the command and the deck, so the slideshow and its console differ in ps', async () => {
		const runtime = freshDir();
		fs.chmodSync(runtime, 0o700);
		// A copy with a space in its name, named as typed: the title quotes it as a shell would.
		const directory = freshDir();
		fs.copyFileSync(fixtureDeck('navigation.md'), path.join(directory, 'my talk.md'));
		const env = {XDG_RUNTIME_DIR: runtime};
		const show = startApp(['my talk.md'], {env, cwd: directory});
		await show.waitFor(at(1, 8), {timeout: 15_000});
		const console = startApp(['presenter', 'my talk.md'], {env, cwd: directory, cols: 100, rows: 30});
		await console.waitFor(/Now: slide 1\/\d/, {timeout: 15_000});
		await waitUntil(() => argsOf(show).startsWith('briefing-deck'), 'the slideshow\'s title');
		expect(argsOf(show)).toBe('briefing-deck \'my talk.md\'');
		expect(argsOf(console)).toBe('briefing-deck presenter \'my talk.md\'');
		expect(argsOf(show)).not.toBe(argsOf(console));
	});
});
