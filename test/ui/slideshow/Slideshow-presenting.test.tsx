import {describe, expect, it} from 'vitest';
import type {Deck} from '../../../source/core/deck/types.js';
import type {RemoteCommand, ShowState} from '../../../source/core/protocol/protocol.js';
import {createCommandSource} from '../../../source/core/show/show-state.js';
import {Slideshow} from '../../../source/ui/slideshow/Slideshow.js';
import {enter, right} from '../../helpers/keys.js';
import {frameChange, frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {waitUntil} from '../../helpers/wait.js';
import {fiveSlides, makeDeck, renderInTerminal, slide, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const open = async (props: Partial<Parameters<typeof Slideshow>[0]> = {}, size: {columns?: number; rows?: number} = {}) => {
	const app = renderInTerminal(<Slideshow deck={fiveSlides()} hyperlinks={false} offerQuiz={false} clock={() => 0} {...props}/>, size);
	keep(app);
	await readingKeys(app);
	return app;
};

describe('notes beside the slide (p)', () => {
	it('shows the notes and the next step beside the slide in a wide terminal', async () => {
		const app = await open({}, {columns: 120, rows: 30});
		await press(app, 'l', 'l');
		await press(app, 'p');
		const frame = app.lastFrame();
		expect(frame).toContain('Charlie');
		expect(frame).toContain('Notes');
		expect(frame).toContain('▌ Say hello');
		expect(frame).toContain('Next: step 2/3');
		expect(frame).toContain('Step two text');
		// Beside: the slide's title and the notes pane's top share a line.
		expect(frame.split('\n').some(line => line.includes('Charlie') && line.includes('╭'))).toBe(true);
		for (const line of frame.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(120);
		}

		await press(app, 'p');
		expect(app.lastFrame()).not.toContain('Notes');
	});

	it('puts them under the slide in a narrow terminal', async () => {
		const app = await open({}, {columns: 80, rows: 30});
		await press(app, 'l', 'l', 'p');
		const lines = app.lastFrame().split('\n');
		const title = lines.findIndex(line => line.includes('Charlie'));
		const notes = lines.findIndex(line => line.includes('Notes'));
		expect(title).toBeGreaterThan(-1);
		expect(notes).toBeGreaterThan(title);
		expect(app.lastFrame()).toContain('Say hello');
	});

	it('lets someone studying alone read a slide\'s notes, and says when there are none', async () => {
		const app = await open({}, {columns: 120, rows: 30});
		await press(app, 'p');
		expect(app.lastFrame()).toContain('No speaker notes on this slide.');
		expect(app.lastFrame()).toContain('Next: slide 2/5');
	});

	for (const [columns, rows, lines] of [[40, 12, 1], [60, 20, 3], [80, 24, 3]] as const) {
		it(`gives the notes their title and ${lines} whole line${lines > 1 ? 's' : ''} at ${columns}×${rows}, before what comes next`, async () => {
			const long = 'Alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango';
			const deck = makeDeck([slide(1, 'One', ['Body'], {notes: [long, long]}), slide(2, 'Two')]);
			const app = await open({deck}, {columns, rows});
			await press(app, 'p');
			const frame = app.lastFrame().split('\n');
			const title = frame.findIndex(line => /│ Notes +│/.test(line));
			expect(title, app.lastFrame()).toBeGreaterThan(-1);
			expect(frame[title + 1], app.lastFrame()).toMatch(/│ ▌ Alpha/);
			// The footnote on a row of its own, under the notes' lines.
			const footnote = frame.findIndex(line => /│ +lines 1–\d+ of \d+ ↓ · \[ \] scroll +│/.test(line));
			expect(footnote - title - 1, app.lastFrame()).toBeGreaterThanOrEqual(lines);
		});
	}

	it('finds text in the notes with /, and opens them there', async () => {
		const app = await open({}, {columns: 120, rows: 30});
		await press(app, '/', ...'hello', enter);
		await frameMatching(app, 'Match 1 of 1: slide 3, in the notes');
		expect(app.lastFrame()).toContain('Say hello');
		expect(app.lastFrame()).toContain('Notes');
	});

	it('paces against the budgets it is given', async () => {
		let now = 0;
		const app = await open({clock: () => now, tickInterval: 10, budgets: [60, 60, 60, 60, 60]}, {columns: 120, rows: 30});
		// The timer starts on leaving slide 1; slide 2 is left after 20 of its 60 seconds.
		await press(app, 'p', 'l');
		await frameMatching(app, 'Pacing: ● on time');
		now = 20_000;
		await press(app, 'l');
		await frameMatching(app, 'Pacing: ▲ 00:40 ahead');
	});
});

describe('the footer and the status line', () => {
	it('says that ? lists the keys until the first key press', async () => {
		const app = await open();
		expect(app.lastFrame()).toContain('? keys');
		await press(app, 'x');
		expect(app.lastFrame()).not.toContain('? keys');
	});

	it('shows time left against the duration, and warns near the end', async () => {
		let now = 0;
		const deck: Deck = {...fiveSlides(), meta: {title: 'Timed', id: 'timed', duration: 3}};
		const app = await open({deck, clock: () => now, tickInterval: 10});
		expect(app.lastFrame()).toContain('03:00 left');
		await press(app, 'l');
		now = 70_000;
		await frameMatching(app, '! 01:50 left');
		now = 200_000;
		await frameMatching(app, '!! 00:20 over');
		await press(app, 't');
		await frameMatching(app, '03:20 paused');
	});

	it('says when a rehearsal is being timed', async () => {
		expect((await open({rehearse: true})).lastFrame()).toContain('● rehearsing');
		expect((await open()).lastFrame()).not.toContain('rehearsing');
	});

	it('shows the resume hint for a moment on the opening slide only', async () => {
		const app = await open({resumeSlide: 4, resumeHintMs: 150});
		expect(app.lastFrame()).toContain('Press r to resume at slide 4');
		await frameMatching(app, '1 / 5');
		expect(await frameMatching(app, frame => !frame.includes('Press r to resume'))).toContain('1 / 5');
		await press(app, 'r');
		expect(app.lastFrame()).toContain('4 / 5');
	});

	it('hides the resume hint as soon as the show moves', async () => {
		const app = await open({resumeSlide: 4});
		await press(app, right);
		expect(app.lastFrame()).not.toContain('Press r to resume');
		await press(app, 'h');
		expect(app.lastFrame()).not.toContain('Press r to resume');
	});
});

describe('the overview', () => {
	const many = makeDeck(Array.from({length: 15}, (_, index) => slide(index + 1, `Slide title ${index + 1}`)));

	it('takes typed digits as a slide number', async () => {
		const app = await open({deck: many});
		await press(app, 'o', '1', '2');
		expect(app.lastFrame()).toContain('Go to slide 12');
		await press(app, enter);
		expect(app.lastFrame()).toContain('12 / 15');
	});

	it('stays open and says so for a slide that does not exist', async () => {
		const app = await open({deck: many});
		await press(app, 'o', '4', '4', enter);
		expect(app.lastFrame()).toContain('No slide 44: the deck has 15');
		expect(app.lastFrame()).toContain('Slides');
	});

	it('keeps the highlight in view in a long list', async () => {
		const app = await open({deck: many}, {columns: 80, rows: 14});
		await press(app, 'o', 'G');
		expect(app.lastFrame()).toContain('› 15  Slide title 15');
		await press(app, enter);
		expect(app.lastFrame()).toContain('15 / 15');
	});
});

describe('presenter consoles', () => {
	it('drive the slideshow through the same reducer, and are told every change', async () => {
		const remote = createCommandSource();
		const states: ShowState[] = [];
		const app = await open({remote, onShowState: state => states.push(state)});
		const send = async (command: RemoteCommand, count?: number) => {
			const before = app.lastFrame();
			remote.push(command, count);
			await frameChange(app, before, 250);
		};

		await send('next');
		expect(app.lastFrame()).toContain('2 / 5');
		await send('goto', 4);
		expect(app.lastFrame()).toContain('4 / 5');
		await send('blackout');
		expect(app.lastFrame().trim()).toBe('');
		await send('blackout');
		expect(app.lastFrame()).toContain('4 / 5');
		// The state is told after the frame is drawn.
		await waitUntil(() => states.at(-1)?.slide === 3 && !states.at(-1)?.blackout, 'the state after the blackout');
		expect(states.at(0)).toMatchObject({slide: 0, timer: {state: 'idle'}});
		expect(states.at(-1)).toMatchObject({slide: 3, blackout: false, pageCount: 1, timer: {state: 'running'}});
		expect(states.some(state => state.blackout)).toBe(true);
	});
});
