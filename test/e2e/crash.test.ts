/**
A talk that survives its slideshow being killed: the next slideshow of the
deck opens where the talk was, its clock counting the time it was down, its
pacing from the same slide, whether the copy comes from the store or from a
console that followed the talk; a clean quit still opens on slide 1.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {cliIsBuilt, disposeAll, startApp, type PtyApp} from '../helpers/pty.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {waitUntil} from '../helpers/wait.js';
import {at, fixtureDeck, flat} from './screen.js';
import {presentingSession} from './session.js';

const deck = fixtureDeck('presenting.md');
const total = 4;
/** The deck's `duration: 5`. */
const talkSeconds = 5 * 60;
const {freshDir} = temporaryDirectories('crash-e2e');

afterEach(async () => {
	await disposeAll();
});

const session = () => presentingSession(freshDir);

const slow = {timeout: 10_000};

const startShow = async (env: Record<string, string>, args: string[] = []): Promise<PtyApp> => {
	const app = startApp([deck, ...args], {env, cols: 120, rows: 30});
	await app.waitFor(/\d+ \/ 4/, {timeout: 15_000});
	await app.waitForRawMode();
	return app;
};

const startConsole = async (env: Record<string, string>): Promise<PtyApp> => {
	const app = startApp(['presenter', deck], {env, cols: 100, rows: 30});
	await app.waitFor(/Now: slide 1\/\d/, {timeout: 15_000});
	await app.waitForRawMode();
	await app.waitFor('Following the slideshow', slow);
	return app;
};

/** Seconds the talk has run, read from the time left against its length (which is rounded up). */
const elapsedOn = (screen: string): number | undefined => {
	const match = /(\d\d):(\d\d) left/.exec(screen);
	return match ? talkSeconds - (Number(match[1]) * 60 + Number(match[2])) : undefined;
};

/** The clock on a screen is `seconds` in, give or take the second a clock shows whole. */
const clockNear = (seconds: number) => (screen: string): boolean => {
	const elapsed = elapsedOn(screen);
	return elapsed !== undefined && Math.abs(elapsed - seconds) <= 1.5;
};

const secondsSince = (start: number): number => (Date.now() - start) / 1000;

/** The slide the store's copy of the talk is on, once it has one. */
const keptSlide = (env: {BRIEFING_DECK_STORE: string}): number | undefined => {
	const talks = path.join(env.BRIEFING_DECK_STORE, 'talks');
	try {
		const [name] = fs.readdirSync(talks).filter(each => each.endsWith('.json'));
		return name ? (JSON.parse(fs.readFileSync(path.join(talks, name), 'utf8')) as {slideNumber: number}).slideNumber : undefined;
	} catch {
		return undefined;
	}
};

/** Moves off the title (which starts the timer) to slide 3, and returns when the timer started. */
const talkToSlide3 = async (env: {BRIEFING_DECK_STORE: string}, drive: PtyApp, show: PtyApp): Promise<number> => {
	const started = Date.now();
	await drive.press(keys.right);
	await show.waitFor(at(2, total), slow);
	await drive.press(keys.right);
	await show.waitFor('Second reveal on the slide.', slow);
	await drive.press(keys.right);
	await show.waitFor(at(3, total), slow);
	// The copy is written a moment after the frame: a kill before it would be a kill on slide 2.
	await waitUntil(() => keptSlide(env) === 3, 'the talk kept at slide 3', slow);
	return started;
};

describe.skipIf(!cliIsBuilt() || os.platform() === 'win32')('a talk that survives a crash', () => {
	it('a slideshow killed mid-talk is picked up at the same slide, its clock counting the time it was down, its pacing from the same slide', async () => {
		const env = session();
		const show = await startShow(env);
		const started = await talkToSlide3(env, show, show);
		// The pacing beside the slide: slide 2 (90 s) is behind us, so the talk is well ahead.
		await show.press('p');
		await show.waitFor(/▲ 01:\d\d ahead/, slow);
		await show.waitFor(screen => (elapsedOn(screen) ?? 0) >= 2, slow);
		show.kill('SIGKILL');
		await show.exited;
		// Down for a while: the talk goes on in the room.
		await waitUntil(() => secondsSince(started) >= 4, 'four seconds into the talk', {timeout: 10_000});

		const again = await startShow(env);
		const screen = await again.waitFor('Picked up the talk at slide 3', slow);
		expect(flat(screen)).toMatch(/it ended without a quit · R start afresh/);
		expect(screen).toMatch(at(3, total));
		expect(clockNear(secondsSince(started))(again.screen())).toBe(true);
		await again.press('p');
		// The same base: with pacing counted from slide 3 only, it would read "on time".
		await again.waitFor(/▲ 01:\d\d ahead/, slow);
	});

	it('R starts afresh instead: slide 1, the timer waiting, and r goes back', async () => {
		const env = session();
		const show = await startShow(env);
		await talkToSlide3(env, show, show);
		show.kill('SIGKILL');
		await show.exited;

		const again = await startShow(env);
		await again.waitFor('Picked up the talk at slide 3', slow);
		await again.press('R');
		await again.waitFor(screen => at(1, total).test(screen) && screen.includes('Started afresh') && elapsedOn(screen) === 0, slow);
		await again.press('r');
		await again.waitFor(at(3, total), slow);
	});

	it('a clean quit opens on slide 1 next time, and r from the console goes back to where it ended', async () => {
		const env = session();
		const show = await startShow(env);
		const presenter = await startConsole(env);
		await talkToSlide3(env, presenter, show);
		await show.press('q');
		expect((await show.waitForExit()).exitCode).toBe(0);

		const again = await startShow(env);
		// The hint is the presenter's: with a console attached, it is said there, not to the room.
		await presenter.waitFor(screen => screen.includes('Press r to resume at slide 3') && screen.includes('Now: slide 1/4'), slow);
		expect(again.screen()).toMatch(at(1, total));
		expect(again.screen()).not.toContain('Picked up');
		expect(again.screen()).not.toContain('Press r');
		await presenter.press('r');
		await again.waitFor(at(3, total), slow);
		await presenter.waitFor('Now: slide 3/4', slow);
	});

	it('with a console attached, its clock goes on from where it was, from the store\'s copy or from its own', async () => {
		const env = session();
		const show = await startShow(env);
		const presenter = await startConsole(env);
		const started = await talkToSlide3(env, presenter, show);
		await presenter.waitFor(screen => (elapsedOn(screen) ?? 0) >= 2, slow);
		show.kill('SIGKILL');
		await show.exited;
		await presenter.waitFor('The slideshow has gone', slow);

		const again = await startShow(env);
		await again.waitFor(at(3, total), slow);
		await presenter.waitFor(screen => screen.includes('Picked up the talk at slide 3') && screen.includes('Now: slide 3/4'), slow);
		expect(again.screen()).not.toContain('Picked up');
		expect(clockNear(secondsSince(started))(presenter.screen())).toBe(true);
		expect(clockNear(secondsSince(started))(again.screen())).toBe(true);

		// Killed again, and this time the store has lost its copy: the console's own is offered.
		again.kill('SIGKILL');
		await again.exited;
		await presenter.waitFor('The slideshow has gone', slow);
		fs.rmSync(path.join(env.BRIEFING_DECK_STORE, 'talks'), {recursive: true, force: true});
		const third = await startShow(env);
		await third.waitFor(at(3, total), slow);
		await presenter.waitFor(screen => screen.includes('Following the slideshow') && screen.includes('Now: slide 3/4') && screen.includes('Picked up the talk at slide 3'), slow);
		expect(flat(third.rawOutput())).not.toContain('Picked up');
		expect(clockNear(secondsSince(started))(third.screen())).toBe(true);
		expect(clockNear(secondsSince(started))(presenter.screen())).toBe(true);
	});

	it('--slide wins over a pick-up, and says so; --rehearse picks nothing up', async () => {
		const env = session();
		const show = await startShow(env);
		await talkToSlide3(env, show, show);
		show.kill('SIGKILL');
		await show.exited;

		const rehearsal = await startShow(env, ['--rehearse']);
		expect(rehearsal.screen()).toMatch(at(1, total));
		expect(rehearsal.screen()).not.toContain('Picked up');
		rehearsal.kill('SIGKILL');
		await rehearsal.exited;

		const told = await startShow(env, ['--slide', '2']);
		const screen = await told.waitFor('as --slide asks', slow);
		expect(screen).toMatch(at(2, total));
		expect(flat(screen)).toContain('the talk that ended without a quit was at slide 3: r goes there');
	});

	it('a second slideshow of the deck, while the first runs, neither picks the talk up nor keeps it', async () => {
		const env = session();
		const first = await startShow(env);
		await talkToSlide3(env, first, first);
		const second = await startShow(env);
		expect(second.screen()).toMatch(at(1, total));
		expect(second.screen()).not.toContain('Picked up');
		await second.press(keys.right);
		await second.waitFor(at(2, total), slow);
		await second.press('q');
		await second.waitForExit();
		first.kill('SIGKILL');
		await first.exited;

		const again = await startShow(env);
		await again.waitFor('Picked up the talk at slide 3', slow);
	});
});
