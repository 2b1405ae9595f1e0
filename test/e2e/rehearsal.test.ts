/**
Rehearsals as a person meets them: a run quit after the opening, then the
talk it paces; the console alone timing a run; and what is said around a
run, naming the deck it is about.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, startApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {at, fixtureDeck, flat} from './screen.js';
import {presentingSession} from './session.js';

const {freshDir} = temporaryDirectories('rehearsal-e2e');

afterEach(async () => {
	await disposeAll();
});

const session = () => presentingSession(freshDir);

const slow = {timeout: 15_000};

/** A deck without `duration`: its pacing comes from its rehearsals. A short opening, a long second slide. */
const undatedDeck = (): string => {
	const file = path.join(freshDir(), 'no duration.md');
	fs.writeFileSync(file, [
		'# Opening',
		'',
		'Hello.',
		'',
		'---',
		'',
		'## The long middle',
		'',
		'The part of the talk with the most to say about the plan, the numbers behind it, and the questions the room is likely to ask about the budget and the schedule.',
		'',
		'---',
		'',
		'## Close',
		'',
		'Thanks.',
		'',
	].join('\n'));
	return file;
};

const rehearsalsJson = (deck: string, env: Record<string, string>) => {
	const listed = spawnSync(process.execPath, [cliPath, 'rehearsals', deck, '--json'], {env: {...process.env, ...env}, encoding: 'utf8'});
	expect(listed.status).toBe(0);
	return JSON.parse(listed.stdout) as {rehearsals: Array<{slides: Array<{title: string; shown: boolean; seconds?: number}>}>};
};

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('rehearsals that tell the truth', () => {
	it('a rehearsal quit on the opening keeps no time for the rest, and the next talk paces them by the budgets rule', async () => {
		const env = session();
		const deck = undatedDeck();
		const rehearsal = startApp([deck, '--rehearse'], {env});
		await rehearsal.waitFor(at(1, 3), slow);
		// Two seconds of the opening, read off the footer's clock.
		await rehearsal.waitFor(/00:0[2-9]/, slow);
		await rehearsal.press('q');
		expect((await rehearsal.waitForExit()).exitCode).toBe(0);
		const printed = flat(rehearsal.rawOutput());
		expect(printed).toMatch(/2 The long middle – – – not shown/);
		expect(printed).toMatch(/Total of the slides shown 00:0\d 100%/);

		const json = rehearsalsJson(deck, env);
		expect(json.rehearsals[0]?.slides.map(slide => slide.shown)).toEqual([true, false, false]);
		expect(json.rehearsals[0]?.slides[1]).not.toHaveProperty('seconds');

		// The talk: on to the long slide, and talk on it for eleven seconds.
		const talk = startApp([deck], {env, cols: 120, rows: 30});
		await talk.waitFor(at(1, 3), slow);
		await talk.waitForRawMode();
		await talk.press(keys.right);
		await talk.waitFor(at(2, 3), slow);
		await talk.press('p');
		await talk.waitFor('Pacing:', slow);
		const eleven = await talk.waitFor(/00:1[1-9]/, {timeout: 20_000});
		// The slide's budget is its share at the opening's pace, not the 0 s it was never shown.
		expect(eleven).toContain('Pacing: ● on time');
		expect(eleven).not.toContain('▼');
	}, 60_000);

	it('presenter --solo --rehearse times the run and keeps it, as the slideshow\'s --rehearse does', async () => {
		const env = session();
		const deck = fixtureDeck('presenting.md');
		const presenter = startApp(['presenter', deck, '--solo', '--rehearse'], {env, cols: 100, rows: 30});
		await presenter.waitFor('Solo rehearsal: timing each slide', slow);
		await presenter.waitForRawMode();
		await presenter.press(keys.right, keys.right);
		await presenter.waitFor('Now: slide 2/4, step 2/2', slow);
		await presenter.press('q');
		expect((await presenter.waitForExit()).exitCode).toBe(0);
		const printed = flat(presenter.rawOutput());
		expect(printed).toContain('Rehearsal of “Presenting Drill”');
		expect(printed).toMatch(/3 Plain Slide – – 00:\d\d not shown/);
		expect(printed).toContain(`Kept: \`briefing-deck rehearsals ${deck}\` lists it`);

		const json = rehearsalsJson(deck, env);
		expect(json.rehearsals).toHaveLength(1);
		expect(json.rehearsals[0]?.slides.map(slide => slide.shown)).toEqual([true, true, false, false]);
	});

	it('after a rehearsal of a bundled deck, the hint names that deck', async () => {
		const env = session();
		const rehearsal = startApp(['example', '--rehearse'], {env});
		await rehearsal.waitFor(/ 1 \/ \d+/, slow);
		await rehearsal.waitForRawMode();
		await rehearsal.press('q');
		expect((await rehearsal.waitForExit()).exitCode).toBe(0);
		expect(flat(rehearsal.rawOutput())).toContain('Kept: `briefing-deck rehearsals example` lists it');
	});

	it('--pace-from-rehearsal with no rehearsal says so as the show opens, and again when it ends', async () => {
		const env = session();
		const deck = fixtureDeck('presenting.md');
		const show = startApp([deck, '--pace-from-rehearsal'], {env});
		const opening = await show.waitFor('--pace-from-rehearsal', slow);
		expect(flat(opening)).toContain('no rehearsal of this deck yet; pacing against `duration`');
		await show.waitForRawMode();
		await show.press('q');
		expect((await show.waitForExit()).exitCode).toBe(0);
		expect(flat(show.rawOutput())).toContain('briefing-deck: --pace-from-rehearsal: no rehearsal of this deck yet; pacing against `duration`');

		const presenter = startApp(['presenter', deck, '--solo', '--pace-from-rehearsal'], {env, cols: 100, rows: 30});
		await presenter.waitFor('--pace-from-rehearsal: no rehearsal of this deck yet', slow);
		await presenter.waitForRawMode();
		await presenter.press('q');
		expect((await presenter.waitForExit()).exitCode).toBe(0);
		expect(flat(presenter.rawOutput())).toContain('briefing-deck: --pace-from-rehearsal: no rehearsal of this deck yet; pacing against `duration`');
	});
});
