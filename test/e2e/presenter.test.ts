/**
The slideshow and its presenter console as two real processes, each in its
own pseudo-terminal, talking over the private channel: what one terminal's
keys do to the other, what survives a kill, and what never gets in.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, cliPath, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave} from '../helpers/wait.js';
import {at, fixtureDeck} from './screen.js';
import {presentingSession} from './session.js';

const deck = fixtureDeck('presenting.md');
const otherDeck = fixtureDeck('other-deck.md');
const total = 4;
const {freshDir} = temporaryDirectories('presenter-e2e');

afterEach(async () => {
	await disposeAll();
});

const session = () => presentingSession(freshDir);

const startShow = async (env: Record<string, string>, args: string[] = [], deckPath = deck): Promise<PtyApp> => {
	const app = startApp([deckPath, ...args], {env});
	await app.waitFor(at(1, deckPath === deck ? total : 2), {timeout: 15_000});
	await app.waitForRawMode();
	return app;
};

const startConsole = async (env: Record<string, string>, args: string[] = [], deckPath = deck): Promise<PtyApp> => {
	const app = startApp(['presenter', deckPath, ...args], {env, cols: 100, rows: 30});
	await app.waitFor(/Now: slide 1\/\d/, {timeout: 15_000});
	await app.waitForRawMode();
	return app;
};

const following = 'Following the slideshow';

/** Two or three processes on a shared machine: give each hop time. */
const slow = {timeout: 10_000};

const socketOf = (runtime: string): string => {
	const directory = path.join(runtime, 'briefing-deck');
	const socket = fs.readdirSync(directory).find(name => name.endsWith('.sock'));
	if (!socket) {
		throw new Error(`no socket in ${directory}`);
	}

	return path.join(directory, socket);
};

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('presenting with a console in a second terminal', () => {
	it('a second slideshow of the same deck says at once, as it opens, that the consoles follow the first, and again after quitting', async () => {
		const env = session();
		const first = await startShow(env);
		const second = startApp([deck], {env});
		const opened = await second.waitFor(at(1, total), {timeout: 15_000});
		expect(opened).toContain('Another slideshow or room quiz of this deck is running: consoles follow that one');
		await second.waitForRawMode();
		await second.press('q');
		expect((await second.waitForExit()).exitCode).toBe(0);
		expect(second.rawOutput()).toContain('presenter consoles could not follow this show: another slideshow or room quiz of this deck is already running');
		// The first keeps the channel: a console follows it.
		const presenter = await startConsole(env);
		await presenter.waitFor(following, slow);
		await first.press(keys.right);
		await presenter.waitFor('Now: slide 2/4', slow);
		expect(first.screen()).not.toContain('Another slideshow');
	});

	it('a key in either terminal moves both', async () => {
		const env = session();
		const show = await startShow(env);
		const presenter = await startConsole(env);
		await presenter.waitFor(following, slow);
		expect(presenter.screen()).toContain('Welcome the room');

		await presenter.press(keys.right);
		await show.waitFor(at(2, total), slow);
		await presenter.waitFor('Now: slide 2/4, step 1/2', slow);
		expect(presenter.screen()).toMatch(/▌ Talk about the first reveal/);

		await show.press(keys.right);
		await presenter.waitFor('Now: slide 2/4, step 2/2', slow);
		expect(presenter.screen()).toMatch(/▌ Now the second reveal: slow down/);
		await show.waitFor('Second reveal on the slide.', slow);

		await show.press(keys.right);
		await presenter.waitFor('Now: slide 3/4', slow);
		await presenter.press('4', keys.enter);
		await show.waitFor('Closing words of the presenting drill.', slow);
		expect(show.screen()).toMatch(at(4, total));

		// Blackout from the console: the audience sees nothing, the console says so.
		await presenter.press('b');
		await show.waitFor(screen => screen.trim() === '', slow);
		await presenter.waitFor('BLACKED OUT', slow);
		await presenter.press('b');
		await show.waitFor(at(4, total), slow);
	});

	it('any number of consoles follow one slideshow, and all show the same time', async () => {
		const env = session();
		const show = await startShow(env);
		const first = await startConsole(env);
		const second = await startConsole(env);
		await first.waitFor(following, slow);
		await second.waitFor(following, slow);
		await second.press(keys.right);
		await first.waitFor('Now: slide 2/4', slow);
		await show.waitFor(at(2, total), slow);
		// The timer started with the move; pause it so every screen holds one reading.
		await first.press('t');
		await first.waitFor(/\d\d:\d\d paused/, slow);
		await second.waitFor(/\d\d:\d\d paused/, slow);
		await show.waitFor(/\d\d:\d\d paused/, slow);
		const reading = (app: PtyApp) => /(\d\d:\d\d) paused/.exec(app.screen())?.[1];
		expect(reading(second)).toBe(reading(first));
		expect(reading(show)).toBe(reading(first));
	});

	it('keeps its socket and directory private', async () => {
		const env = session();
		await startShow(env);
		const socket = socketOf(env.XDG_RUNTIME_DIR);
		expect(fs.lstatSync(socket).isSocket()).toBe(true);
		expect(fs.statSync(socket).mode & 0o777).toBe(0o600);
		expect(fs.statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
	});

	it('a console started first waits and says so, then follows the slideshow when it starts', async () => {
		const env = session();
		const presenter = await startConsole(env);
		// The whole frame: its first line can be on screen before its last.
		await presenter.waitFor(screen => screen.includes('No slideshow of this deck yet') && screen.includes('Start `briefing-deck'), slow);
		await startShow(env);
		await presenter.waitFor(following, slow);
	});

	it('survives the slideshow being killed, and follows the next one', async () => {
		const env = session();
		const show = await startShow(env);
		const presenter = await startConsole(env);
		await presenter.waitFor(following, slow);
		await presenter.press(keys.right);
		await show.waitFor(at(2, total), slow);

		show.kill('SIGKILL');
		await show.exited;
		await presenter.waitFor('The slideshow has gone: waiting for it', slow);
		// Still working: keys are answered, on its own screen.
		await presenter.press(keys.right);
		await presenter.waitFor('No slideshow to drive yet', slow);
		await presenter.press(']');

		// The next slideshow picks the talk up where it was (see crash.test.ts), and the console follows it.
		const again = startApp([deck], {env});
		await again.waitFor(at(2, total), {timeout: 15_000});
		await presenter.waitFor(following, slow);
		// Said to the presenter, not to the room.
		await presenter.waitFor(screen => screen.includes('Now: slide 2/4') && screen.includes('Picked up the talk at slide 2'), slow);
		expect(again.screen()).not.toContain('Picked up');
		await presenter.press(keys.right);
		await again.waitFor('Second reveal on the slide.', slow);
	});

	it('the slideshow survives its console being killed, and takes a new one', async () => {
		const env = session();
		const show = await startShow(env);
		const presenter = await startConsole(env);
		await presenter.waitFor(following, slow);
		presenter.kill('SIGKILL');
		await presenter.exited;
		await show.press(keys.right, keys.right);
		await show.waitFor('Second reveal on the slide.', slow);
		await show.press(keys.right);
		await show.waitFor(at(3, total), slow);

		const next = await startConsole(env);
		await next.waitFor(following, slow);
		await next.waitFor('Now: slide 3/4', slow);
		await next.press(keys.left);
		await show.waitFor('Second reveal on the slide.', slow);
	});

	it('a console for another deck never attaches', async () => {
		const env = session();
		await startShow(env);
		const other = await startConsole(env, [], otherDeck);
		await other.waitFor('No slideshow of this deck yet', slow);
		// Time in which it could attach, had it taken the other deck's slideshow.
		await giveItTimeToMisbehave(1000);
		expect(other.screen()).not.toContain(following);
		expect(other.screen()).toContain('Other Deck');
	});

	it('garbage written to the socket changes nothing and is logged', async () => {
		const env = session();
		const show = await startShow(env);
		const socket = socketOf(env.XDG_RUNTIME_DIR);
		const raw = net.createConnection(socket);
		await new Promise(resolve => raw.once('connect', resolve));
		raw.write('\u001B[2J\u001B]0;pwned\u0007 not json\n{"v":1,"type":"command","command":"quit"}\n{"v":1,"type":"command","command":"goto","count":-3}\n[]\n');
		raw.write(`${'x'.repeat(400_000)}\n`);
		// Time in which the garbage could move or clear the shared screen.
		await giveItTimeToMisbehave(500);
		expect(show.screen()).toMatch(at(1, total));
		expect(show.screen()).toContain('Opening words on the shared screen.');
		// The slideshow still answers a real command on the same connection.
		raw.write('{"v":1,"type":"command","command":"next"}\n');
		await show.waitFor(at(2, total), slow);
		raw.destroy();
		const log = fs.readFileSync(socket.replace(/\.sock$/, '.log'), 'utf8');
		expect(log).toContain('not JSON');
		expect(log).toContain('unknown command "quit"');
		expect(log).toContain('longer than the protocol allows');
		expect(log).not.toContain('\u001B');
	});

	it('runs alone with --solo, and keeps no rehearsal without --rehearse', async () => {
		const env = session();
		const presenter = startApp(['presenter', deck, '--solo'], {env, cols: 100, rows: 30});
		await presenter.waitFor('On its own: no slideshow', {timeout: 15_000});
		await presenter.press(keys.right, keys.right, keys.right);
		await presenter.waitFor('Now: slide 3/4', slow);
		await presenter.press('q');
		expect((await presenter.waitForExit()).exitCode).toBe(0);
		expect(presenter.rawOutput()).not.toContain('Rehearsal of');
		expect(fs.existsSync(path.join(env.BRIEFING_DECK_STORE, 'rehearsals'))).toBe(false);
	});
});

describe.skipIf(!cliIsBuilt())('rehearsing', () => {
	it('--rehearse prints each slide\'s time on exit and keeps the run; rehearsals lists it', async () => {
		const env = session();
		// A damaged run from before is moved aside and reported, like a damaged attempt.
		const runs = path.join(env.BRIEFING_DECK_STORE, 'rehearsals', 'presenting-drill');
		fs.mkdirSync(runs, {recursive: true});
		fs.writeFileSync(path.join(runs, 'broken.json'), '{"schema": "briefing-deck/rehearsal",');
		const show = startApp([deck, '--rehearse'], {env});
		await show.waitFor(at(1, total), {timeout: 15_000});
		await show.press(keys.right);
		await show.waitFor(at(2, total), slow);
		await show.press('q');
		expect((await show.waitForExit()).exitCode).toBe(0);
		const printed = show.rawOutput();
		expect(printed).toContain('Rehearsal of “Presenting Drill”');
		expect(printed).toMatch(/2 +Stepped Slide +00:\d\d +\d+% +01:30/);
		expect(printed).toContain(`Kept: \`briefing-deck rehearsals ${deck}\` lists it; \`briefing-deck ${deck} --pace-from-rehearsal\` paces against it.`);
		expect(printed).toMatch(/rehearsal \S*broken\.json is corrupt \(not valid JSON\); moved it to/);

		const files = fs.readdirSync(runs);
		expect(files.filter(name => name.endsWith('.json'))).toHaveLength(1);
		expect(files.filter(name => name.startsWith('broken.json.corrupt-'))).toHaveLength(1);

		const listed = spawnSync(process.execPath, [cliPath, 'rehearsals', deck, '--json'], {env: {...process.env, ...env}, encoding: 'utf8'});
		expect(listed.status).toBe(0);
		const json = JSON.parse(listed.stdout) as {rehearsals: Array<{slides: Array<{title: string; budget?: number}>}>};
		expect(json.rehearsals).toHaveLength(1);
		expect(json.rehearsals[0]?.slides.map(slide => slide.title)).toEqual(['Presenting Drill', 'Stepped Slide', 'Plain Slide', 'Last Slide']);
		expect(json.rehearsals[0]?.slides[1]?.budget).toBe(90);
	});

	it('--slide with a near miss suggests the slide that was meant', async () => {
		const app = startApp([deck, '--slide', 'steped-slide'], {env: session()});
		const exit = await app.waitForExit({timeout: 15_000});
		expect(exit.exitCode).toBe(2);
		expect(app.rawOutput()).toContain('did you mean `stepped-slide` (slide 2)?');
	});
});
