/**
The slideshow on a screen a console presents from (or started with
`--present`): nothing private on it, and an end that belongs to the room.
*/
import {describe, expect, it} from 'vitest';
import type {ShowState} from '../../../source/core/protocol/protocol.js';
import {createCommandSource} from '../../../source/core/show/show-state.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {pageDown} from '../../helpers/keys.js';
import {waitUntil} from '../../helpers/wait.js';
import {fiveSlides, renderInTerminal, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const open = async (props: Partial<Parameters<typeof Slideshow>[0]> = {}, size: {columns?: number; rows?: number; screenReader?: boolean} = {}) => {
	const app = renderInTerminal(<Slideshow deck={fiveSlides({quiz: true})} hyperlinks={false} offerQuiz clock={() => 0} {...props}/>, {columns: 120, rows: 30, ...size});
	keep(app);
	await readingKeys(app);
	return app;
};

/** A slideshow a console attaches to once it is on screen. */
const withConsole = async (size: {screenReader?: boolean} = {}) => {
	const remote = createCommandSource();
	const app = await open({remote}, size);
	remote.setConsoles(1);
	return app;
};

describe('a presented slideshow', () => {
	it('does not say that ? lists the keys once a console attaches, nor with --present', async () => {
		const plain = await open();
		expect(plain.lastFrame()).toContain('? keys');
		const app = await withConsole();
		await frameMatching(app, frame => !frame.includes('? keys'));
		const present = await open({present: true});
		expect(present.lastFrame()).toContain('1 / 5');
		expect(present.lastFrame()).not.toContain('? keys');
	});

	it('moves to a match found only in the notes without opening them', async () => {
		const app = await withConsole();
		await frameMatching(app, frame => !frame.includes('? keys'));
		await press(app, '/', 'h', 'e', 'l', 'l', 'o', '\r');
		const frame = await frameMatching(app, '3 / 5');
		// The match is the console's to say, with the notes it is in.
		expect(frame).not.toContain('Match 1 of 1');
		expect(frame).not.toContain('Say hello');
		expect(frame).not.toContain('Notes');
	});

	it('keeps the opening notice off the screen while a console attaches, and tells it to the console', async () => {
		const notice = '--pace-from-rehearsal: no rehearsal of this deck yet; pacing against `duration`';
		const remote = createCommandSource();
		const told: ShowState[] = [];
		const app = renderInTerminal(<Slideshow deck={fiveSlides({quiz: true})} hyperlinks={false} offerQuiz clock={() => 0} notice={notice} remote={remote} onShowState={state => told.push(state)} messageHoldMs={300}/>, {columns: 120, rows: 30});
		keep(app);
		await readingKeys(app);
		remote.setConsoles(1);
		await waitUntil(() => told.at(-1)?.message === notice, 'the notice told to the console');
		// Well past the hold: the note never reaches the shared screen.
		await new Promise(resolve => {
			setTimeout(resolve, 500);
		});
		expect(app.stdout.frames.some(frame => frame.includes('no rehearsal'))).toBe(false);
		expect(app.lastFrame()).toContain('1 / 5');
		await press(app, 'l');
		await waitUntil(() => told.at(-1)?.slide === 1, 'the move told to the console');
		expect(told.at(-1)?.message).toBeUndefined();
	});

	it('says the opening notice on the screen once the hold is over and no console came', async () => {
		const remote = createCommandSource();
		const app = renderInTerminal(<Slideshow deck={fiveSlides({quiz: true})} hyperlinks={false} offerQuiz clock={() => 0} notice="--pace-from-rehearsal: no rehearsal of this deck yet" remote={remote} messageHoldMs={50}/>, {columns: 120, rows: 30});
		keep(app);
		await readingKeys(app);
		await frameMatching(app, 'no rehearsal of this deck yet');
	});

	it('with --present and no console, says a search\'s answer but not the opening notice', async () => {
		const app = await open({present: true, notice: '--pace-from-rehearsal: no rehearsal of this deck yet'});
		expect(app.lastFrame()).not.toContain('no rehearsal');
		await press(app, '/', 'z', 'z', 'z', '\r');
		await frameMatching(app, 'No match for “zzz”');
	});

	it('still opens the notes for such a match when nobody presents from a console', async () => {
		const app = await open();
		await press(app, '/', 'h', 'e', 'l', 'l', 'o', '\r');
		expect(await frameMatching(app, 'Match 1 of 1: slide 3')).toContain('Say hello');
	});

	it('does not read the notes out to a screen reader', async () => {
		const alone = await open({}, {screenReader: true});
		await press(alone, '3', '\r');
		expect(await frameMatching(alone, 'Slide 3 of 5: Charlie')).toContain('Notes: Say hello');
		const app = await withConsole({screenReader: true});
		await press(app, '3', '\r');
		await frameMatching(app, 'Slide 3 of 5: Charlie');
		expect(app.lastFrame()).not.toContain('Say hello');
	});

	it('ends on the room quiz: the end screen says it comes next, with no key hints, and the clicker starts it', async () => {
		const app = await open({present: true});
		await press(app, '5', '\r', pageDown);
		const end = await frameMatching(app, 'End of “Test Deck”');
		expect(end).toContain('Next: the quiz for the room, “Check yourself”, 1 question');
		expect(end).not.toContain('Press');
		expect(end).not.toContain('to start the quiz');
		await press(app, pageDown);
		expect(await app.exited).toEqual({next: 'room'});
	});

	it('offers the person\'s own quiz at the end when nobody presents', async () => {
		const app = await open();
		await press(app, '5', '\r', pageDown);
		expect(await frameMatching(app, 'End of “Test Deck”')).toContain('to start the quiz: Check yourself');
		await press(app, pageDown);
		expect(await app.exited).toEqual({next: 'quiz'});
	});
});
