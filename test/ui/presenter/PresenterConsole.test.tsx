import {describe, expect, it} from 'vitest';
import type {Deck} from '../../../source/core/deck/types.js';
import {deckFingerprint} from '../../../source/core/protocol/deck-info.js';
import type {Message, ShowState} from '../../../source/core/protocol/protocol.js';
import {PresenterApp, type ShowSource} from '../../../source/ui/presenter/PresenterApp.js';
import type {RehearsalLog} from '../../../source/core/talk/rehearsal.js';
import {RoomConsole} from '../../../source/ui/room/RoomConsole.js';
import type {Connect} from '../../../source/ui/presenter/use-presenter-link.js';
import {frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {enter, left, right} from '../../helpers/keys.js';
import {giveItTimeToMisbehave} from '../../helpers/wait.js';
import {makeDeck, paragraph, question, renderInTerminal, slide, unmountAfterEach} from '../helpers.js';

const keep = unmountAfterEach();

const longNote = Array.from({length: 60}, (_, index) => `- Talking point number ${index + 1}`).join('\n');

/** Slide 2 has three steps, a note for each, and notes far longer than any screen. */
const deck: Deck = makeDeck([
	slide(1, 'Opening', ['Welcome, everyone'], {notes: ['Smile and *wait* for the room']}),
	{
		...slide(2, 'Three steps', ['First point', 'Second point', 'Third point']),
		steps: [2, 3, 4],
		notes: ['About the **first** point', 'About the second point', longNote],
		noteSteps: [0, 1, 2],
	},
	slide(3, 'Closing', ['Thanks']),
], {title: 'Console Deck'});

const noNotes: Deck = makeDeck([slide(1, 'Bare', ['Nothing to say']), slide(2, 'Also bare', ['Still nothing'])]);

const sizes = [[80, 24], [120, 40], [200, 50]] as const;

const solo: ShowSource = {kind: 'solo'};

const open = async (options: {deck?: Deck; source?: ShowSource; columns?: number; rows?: number; clock?: () => number; tickInterval?: number; durationSeconds?: number; budgets?: readonly number[]} = {}) => {
	const app = renderInTerminal(
		<PresenterApp
			roomConsole={RoomConsole}
			deck={options.deck ?? deck}
			source={options.source ?? solo}
			plan={{durationSeconds: options.durationSeconds, budgets: options.budgets}}
			deckArgument="talk.md"
			clock={options.clock ?? (() => 1_000_000)}
			tickInterval={options.tickInterval}
		/>,
		{columns: options.columns ?? 80, rows: options.rows ?? 24},
	);
	keep(app);
	await readingKeys(app);
	return app;
};

const fits = (frame: string, columns: number, rows: number) => {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(rows - 1);
	for (const line of lines) {
		expect(line.length, line).toBeLessThanOrEqual(columns);
	}
};

describe.each(sizes)('the presenter console at %i×%i', (columns, rows) => {
	it('shows the slide now, the next one, the notes and the time, and fits', async () => {
		const app = await open({columns, rows, durationSeconds: 600});
		const frame = app.lastFrame();
		expect(frame).toContain('Console Deck');
		expect(frame).toContain('Now: slide 1/3');
		expect(frame).toContain('Welcome, everyone');
		expect(frame).toContain('Next: slide 2/3');
		expect(frame).toContain('Three steps');
		expect(frame).toContain('Smile and wait for the room');
		expect(frame).toContain('10:00 left');
		expect(frame).toContain('Slide 1/3');
		fits(frame, columns, rows);
	});

	it('follows the steps: the next step, and the current step\'s notes marked and scrolled into view', async () => {
		const app = await open({columns, rows});
		await press(app, right);
		expect(await frameMatching(app, 'Now: slide 2/3, step 1/3')).toContain('Next: step 2/3');
		expect(app.lastFrame()).toMatch(/▌ About the first point/);
		expect(app.lastFrame()).toMatch(/│ About the second point/);
		await press(app, right, right);
		await frameMatching(app, 'Next: slide 3/3');
		// The long note is the current step's: it starts at the top of the pane.
		expect(app.lastFrame()).toMatch(/▌ • Talking point number 1\b/);
		expect(app.lastFrame()).not.toContain('Talking point number 60');
		fits(app.lastFrame(), columns, rows);
	});

	it('scrolls notes longer than the screen with ] and [', async () => {
		const app = await open({columns, rows});
		await press(app, right, right, right);
		expect(await frameMatching(app, /lines \d+–\d+ of \d+ ↓/)).toMatch(/Talking point number 1\b/);
		for (let presses = 0; presses < 20 && !app.lastFrame().includes('Talking point number 60'); presses++) {
			await press(app, ']');
		}

		await frameMatching(app, 'Talking point number 60');
		expect(app.lastFrame()).not.toMatch(/of \d+ ↓/);
		await press(app, '[');
		await frameMatching(app, /of \d+ ↓/);
		fits(app.lastFrame(), columns, rows);
	});

	it('says so when a slide has no notes', async () => {
		const app = await open({deck: noNotes, columns, rows});
		expect(app.lastFrame()).toContain('No speaker notes on this slide.');
		fits(app.lastFrame(), columns, rows);
	});
});

describe('driving the show from the console', () => {
	it('moves with the slideshow\'s keys, and goes to a slide by number', async () => {
		const app = await open();
		await press(app, right, right, left);
		await frameMatching(app, 'Now: slide 2/3, step 1/3');
		await press(app, '3', enter);
		await frameMatching(app, 'Now: slide 3/3');
		await press(app, 'g', 'g');
		await frameMatching(app, 'Now: slide 1/3');
	});

	it('says on its own screen that a slide does not exist, and stays put', async () => {
		const app = await open();
		await press(app, '9', enter);
		expect(app.lastFrame()).toContain('No slide 9: the deck has 3');
		expect(app.lastFrame()).toContain('Now: slide 1/3');
	});

	it('starts, pauses and resets the timer', async () => {
		let now = 0;
		const app = await open({clock: () => now, tickInterval: 10});
		expect(app.lastFrame()).toContain('00:00 waiting for the next slide');
		await press(app, right);
		now = 90_000;
		await frameMatching(app, '01:30');
		await press(app, 't');
		now = 200_000;
		await frameMatching(app, '01:30 paused');
		// Ticks in which a paused timer must not move.
		await giveItTimeToMisbehave(40);
		expect(app.lastFrame()).toContain('01:30 paused');
		await press(app, 'T');
		expect(app.lastFrame()).toContain('00:00 waiting for the next slide');
	});

	it('warns in words and glyphs in the last two minutes and when over time, and paces against the budgets', async () => {
		let now = 0;
		const app = await open({clock: () => now, tickInterval: 10, durationSeconds: 180, budgets: [60, 60, 60]});
		await press(app, right);
		// Within slide 2's own minute: on time. The first slide's minute was spent before the timer ran.
		now = 20_000;
		await frameMatching(app, /00:20 {3}02:40 left {3}● on time/);
		// Slide 3 reached with forty of slide 2's seconds in hand.
		await press(app, right, right, right);
		await frameMatching(app, 'Now: slide 3/3');
		now = 70_000;
		await frameMatching(app, /01:10 {3}! 01:50 left {3}▲ 00:40 ahead/);
		now = 200_000;
		await frameMatching(app, /03:20 {3}!! 00:20 over {3}▼ 01:20 behind/);
	});

	it('lists its keys in the help, from the keymap', async () => {
		const app = await open({rows: 40});
		await press(app, '?');
		const frame = app.lastFrame();
		for (const text of ['Next step, page or slide', 'Scroll the notes down', 'Pause or resume the timer', 'Blackout', 'Quit']) {
			expect(frame).toContain(text);
		}

		expect(frame).not.toMatch(/search|overview/i);
		expect(frame).toContain('Close this help');
		await press(app, '?');
		expect(app.lastFrame()).toContain('Now: slide 1/3');
	});

	it('quits on q', async () => {
		const app = await open();
		await press(app, 'q');
		await expect(app.exited).resolves.toBeUndefined();
	});

	it('says what size it needs below 60×16', async () => {
		const app = await open({columns: 50, rows: 14});
		expect(app.lastFrame()).toContain('Need 60×16, have 50×14');
	});
});

describe('the console on its own (--solo)', () => {
	it('does not call itself a rehearsal when nothing is timed or kept', async () => {
		const frame = (await open()).lastFrame();
		expect(frame).toContain('On its own: no slideshow');
		expect(frame).not.toMatch(/rehears/i);
	});

	it('with --rehearse, says it is timing, starts the clock at once and hands on each slide\'s time', async () => {
		let now = 1_000_000;
		const logs: RehearsalLog[] = [];
		const app = await open({source: {kind: 'solo', onRehearsal: log => logs.push(log)}, clock: () => now});
		expect(app.lastFrame()).toContain('Solo rehearsal: timing each slide');
		now += 20_000;
		await press(app, right);
		await frameMatching(app, 'Now: slide 2/3');
		now += 5000;
		await press(app, right, right, right);
		await frameMatching(app, 'Now: slide 3/3');
		// The opening had its 20 seconds, the second slide its 5; the third is counting.
		expect(logs.at(-1)?.ms).toEqual([20_000, 5000, undefined]);
		expect(logs.at(-1)?.mark).toEqual({slide: 2, at: 1_025_000});
	});
});

describe('following a slideshow', () => {
	const state = (overrides: Partial<ShowState> = {}): ShowState => ({slide: 0, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: {state: 'idle'}, slideStartedMs: 0, pacedFrom: 0, ...overrides});

	const fakeChannel = () => {
		let handlers: Parameters<Connect>[0] | undefined;
		const sent: Message[] = [];
		let closed = false;
		const connect: Connect = given => {
			handlers = given;
			return {
				send(message) {
					sent.push(message);
					return true;
				},
				close() {
					closed = true;
				},
			};
		};

		const logged: string[] = [];
		const source: ShowSource = {kind: 'channel', connect, deck: {path: '/talks/talk.md'}, log: message => logged.push(message)};
		const say = (message: Message) => {
			handlers?.onMessage(message);
		};

		return {source, sent, logged, say, status: (status: 'connected' | 'waiting') => handlers?.onStatus(status), closed: () => closed};
	};

	const hello = (path = '/talks/talk.md', fingerprint = deckFingerprint(deck)): Message => ({v: 1, type: 'hello', deck: {path, slides: 3, fingerprint, budgets: [60, 60, 60], durationSeconds: 300}});

	it('waits, and says how to start a slideshow, until one says hello', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		expect(app.lastFrame()).toContain('○ No slideshow of this deck yet: waiting');
		expect(app.lastFrame()).toContain('Start `briefing-deck talk.md` in another terminal, or use --solo');
		await press(app, right);
		expect(app.lastFrame()).toContain('No slideshow to drive yet');
		expect(channel.sent).toEqual([]);
	});

	it('stops saying there is no slideshow to drive once one says hello', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		await press(app, right);
		expect(app.lastFrame()).toContain('No slideshow to drive yet');
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state()});
		await frameMatching(app, frame => frame.includes('Following the slideshow') && !frame.includes('No slideshow to drive yet'));
		expect(app.lastFrame()).toContain('→ next · ← back');
	});

	it('shows what the slideshow shows, with its plan, and sends it the keys', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({slide: 1, step: 1})});
		await frameMatching(app, 'Now: slide 2/3, step 2/3');
		expect(app.lastFrame()).toContain('Following the slideshow');
		expect(app.lastFrame()).toContain('05:00 left');
		await press(app, right, 'b', '2', enter);
		expect(channel.sent).toEqual([
			{v: 1, type: 'command', command: 'next'},
			{v: 1, type: 'command', command: 'blackout'},
			{v: 1, type: 'command', command: 'goto', count: 2},
		]);
		// The console moves only when the slideshow says so.
		expect(app.lastFrame()).toContain('Now: slide 2/3, step 2/3');
		channel.say({v: 1, type: 'state', state: state({slide: 2, blackout: true})});
		await frameMatching(app, 'Now: slide 3/3 · BLACKED OUT');
	});

	it('ends a blackout of the shared screen on any key, as the slideshow does, and says so while it lasts', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({slide: 1, blackout: true})});
		await frameMatching(app, 'The shared screen is black: any key brings the slide back');
		// `x` is bound to nothing; it brings the slide back and does nothing else.
		await press(app, 'x');
		expect(channel.sent).toEqual([{v: 1, type: 'command', command: 'blackout'}]);
		channel.say({v: 1, type: 'state', state: state({slide: 1})});
		await frameMatching(app, frame => frame.includes('Now: slide 2/3') && !frame.includes('screen is black'));
		await press(app, 'x');
		expect(channel.sent).toHaveLength(1);
	});

	it('keeps the last state and says so when the slideshow goes, and follows it again when it returns', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({slide: 2})});
		await frameMatching(app, 'Now: slide 3/3');
		channel.status('waiting');
		await frameMatching(app, '○ The slideshow has gone: waiting for it');
		expect(app.lastFrame()).toContain('Now: slide 3/3');
		channel.say(hello());
		await frameMatching(app, 'Following the slideshow');
	});

	it('says the slideshow has finished, not gone, when it closes from its end screen (its quiz may be on next)', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({slide: 2, atEnd: true})});
		await frameMatching(app, 'Now: the end');
		channel.status('waiting');
		await frameMatching(app, '○ The slideshow has finished');
		expect(app.lastFrame()).toContain('running the quiz now');
		expect(app.lastFrame()).not.toContain('has gone');
	});

	it('says on the end screen that the next key brings the room quiz, and starts it from there', async () => {
		const channel = fakeChannel();
		const withQuiz: Deck = {...deck, quiz: {title: 'Check yourself', questions: [question, {...question, id: 'q2'}], hash: 'abc'}};
		const app = await open({deck: withQuiz, source: channel.source, columns: 120, rows: 40});
		channel.say(hello('/talks/talk.md', deckFingerprint(withQuiz)));
		channel.say({v: 1, type: 'state', state: state({slide: 2, endOffer: 'room-quiz'})});
		await frameMatching(app, 'Now: slide 3/3');
		expect(app.lastFrame()).toContain('The end screen, then the room quiz:');
		channel.say({v: 1, type: 'state', state: state({slide: 2, atEnd: true, endOffer: 'room-quiz'})});
		await frameMatching(app, 'Next: the room quiz, 2 questions');
		expect(app.lastFrame()).not.toContain('Next: nothing');
		await press(app, right);
		expect(channel.sent).toEqual([{v: 1, type: 'command', command: 'start-quiz'}]);
	});

	it('says on the end screen that the talk is over when no quiz follows', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({slide: 2, atEnd: true, endOffer: 'none'})});
		await frameMatching(app, 'Next: the end of the talk');
		await press(app, right);
		expect(channel.sent).toEqual([{v: 1, type: 'command', command: 'next'}]);
	});

	it('marks a search hit the slideshow found only in this slide\'s notes', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source, columns: 120, rows: 40});
		channel.say(hello());
		channel.say({v: 1, type: 'state', state: state({notesHit: 'wait'})});
		const frame = await frameMatching(app, 'is in this slide\'s notes only');
		expect(frame).toContain('Search: “wait” is in this slide\'s notes only');
		expect(frame).toContain('Smile and wait for the room');
	});

	it('says the slideshow\'s note for the presenter on its bottom line, sanitized, until the show drops it', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source, columns: 120, rows: 40});
		channel.say(hello());
		const note = 'Picked up the talk at slide 2, 10:32 in: it ended without a quit · R start afresh';
		channel.say({v: 1, type: 'state', state: state({slide: 1, message: `${note}\u001B[2J`})});
		const frame = await frameMatching(app, 'Picked up the talk at slide 2');
		expect(frame).toContain(note);
		expect(frame).not.toContain('\u001B[2J');
		expect(frame).not.toContain('? keys');
		channel.say({v: 1, type: 'state', state: state({slide: 2})});
		await frameMatching(app, frame => frame.includes('Now: slide 3/3') && !frame.includes('Picked up'));
	});

	it('warns when the slideshow shows another version of the deck', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello('/talks/talk.md', 'v2'));
		await frameMatching(app, 'another version of this deck');
	});

	it('does not follow a slideshow of another deck file', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		channel.say(hello('/talks/other.md'));
		channel.say({v: 1, type: 'state', state: state({slide: 2})});
		// Messages of another deck, which the console must not follow.
		await giveItTimeToMisbehave();
		expect(app.lastFrame()).toContain('Now: slide 1/3');
		expect(app.lastFrame()).toContain('No slideshow of this deck yet');
		expect(channel.logged.join('\n')).toContain('/talks/other.md');
	});

	it('closes the channel when it quits', async () => {
		const channel = fakeChannel();
		const app = await open({source: channel.source});
		await press(app, 'q');
		await app.exited;
		app.unmount();
		expect(channel.closed()).toBe(true);
	});

	it('says when the channel cannot be used at all', async () => {
		const source: ShowSource = {kind: 'channel', connect() {
			throw new Error('/tmp/briefing-deck-1000 belongs to another user (uid 0); refusing to use it');
		}, deck: {path: '/t.md'}, log() {}};
		const app = await open({source});
		await frameMatching(app, '○ Cannot reach a slideshow');
		expect(app.lastFrame()).toContain('/tmp/briefing-deck-1000 belongs to another user');
	});
});

describe('the console with notes in Markdown', () => {
	it('draws emphasis and lists as such, not as raw marks', async () => {
		const app = await open({deck: makeDeck([{...slide(1, 'One', []), blocks: [paragraph('x')], notes: ['- a **bold** point\n- `code` here']}])});
		expect(app.lastFrame()).toContain('• a bold point');
		expect(app.lastFrame()).toContain('• code here');
		expect(app.lastFrame()).not.toContain('**');
	});
});
