/**
The presenter console following a room quiz, in a fake terminal: the
question the room sees with its answer marked before the room sees it, the
keys sent as room commands, and what it says when it cannot follow.
*/
import {describe, expect, it} from 'vitest';
import {deckFingerprint} from '../../../source/core/protocol/deck-info.js';
import type {Message} from '../../../source/core/protocol/protocol.js';
import {roomSnapshot} from '../../../source/core/protocol/room-snapshot.js';
import {roomReducer, startRoom} from '../../../source/core/room/room-state.js';
import {type RoomCommand, type RoomState} from '../../../source/core/room/room-model.js';
import {PresenterApp, type ShowSource} from '../../../source/ui/presenter/PresenterApp.js';
import {RoomConsole} from '../../../source/ui/room/RoomConsole.js';
import type {Connect} from '../../../source/ui/presenter/use-presenter-link.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameChange, press, readingKeys} from '../../helpers/frames.js';
import {enter, space} from '../../helpers/keys.js';
import {giveItTimeToMisbehave} from '../../helpers/wait.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();
const path = '/talks/facts.md';
const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);
const asking = run(startRoom(deck.quiz.questions, {seed: 7}), {type: 'start', now: 0});

function fakeChannel() {
	let handlers: Parameters<Connect>[0] | undefined;
	const sent: Message[] = [];
	const connect: Connect = given => {
		handlers = given;
		return {
			send(message) {
				sent.push(message);
				return true;
			},
			close() {},
		};
	};

	const source: ShowSource = {kind: 'channel', connect, deck: {path}, log() {}};
	return {source, sent, onMessage: (message: Message) => handlers?.onMessage(message), onStatus: (status: 'connected' | 'waiting') => handlers?.onStatus(status)};
}

const hello = (quizHash = deck.quiz.hash): Message => ({v: 1, type: 'room-hello', deck: {path, fingerprint: deckFingerprint(deck), quizHash}});
const state = (room: RoomState): Message => ({v: 1, type: 'room-state', room: roomSnapshot(room)});

async function open(columns: number, rows: number) {
	const channel = fakeChannel();
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<PresenterApp roomConsole={RoomConsole} deck={deck} source={channel.source} plan={{}} deckArgument="facts.md" clock={() => 0}/>
		</ThemeContext>,
		{columns, rows},
	);
	keep(app);
	await readingKeys(app);
	const tell = (...messages: Message[]) => {
		for (const message of messages) {
			channel.onMessage(message);
		}
	};

	/** Says the messages, then waits for the frame they change (a loaded machine draws late). */
	const say = async (...messages: Message[]) => {
		const before = app.lastFrame();
		tell(...messages);
		await frameChange(app, before, 2000);
	};

	const status = async (given: 'connected' | 'waiting') => {
		const before = app.lastFrame();
		channel.onStatus(given);
		await frameChange(app, before, 2000);
	};

	return {app, tell, say, status, sent: channel.sent};
}

describe.each([[80, 24], [120, 40]] as const)('following a room quiz at %i×%i', (columns, rows) => {
	it('shows the question with its answer and explanation marked, and says the room does not see them yet', async () => {
		const {app, say} = await open(columns, rows);
		await say(hello(), state(asking));
		const frame = app.lastFrame();
		expect(frame).toContain('● Following the room quiz');
		const paris = String.fromCodePoint(0x41 + asking.questions[0]!.presented.order.indexOf(1));
		expect(frame).toContain(`The room sees question 1 of 3; the answer, ${paris}, and the counts are hidden`);
		expect(frame).toContain('What is the capital of France?');
		expect(frame).toMatch(/✔ Paris/);
		expect(frame).toContain('Paris has been the capital since 987.');
		expect(frame).toContain('From slide 2: Cities of France');
		for (const line of frame.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(columns);
		}

		expect(frame.split('\n').length).toBeLessThanOrEqual(rows - 1);
	});

	it('follows the room: the reveal, the next question, the summary', async () => {
		const {app, say} = await open(columns, rows);
		const counted = run(asking, {type: 'set-count', question: 'capital', field: asking.questions[0]!.presented.order.indexOf(1), count: 6});
		await say(hello(), state(run(counted, {type: 'reveal', now: 1})));
		expect(app.lastFrame()).toContain('The room sees the answer to question 1 of 3');
		expect(app.lastFrame()).toContain('6 of 6 hands on the right answer (100%).');
		await say(state(run(counted, {type: 'reveal', now: 1}, {type: 'next', now: 2})));
		expect(app.lastFrame()).toContain('Which of these are prime?');
		expect(app.lastFrame()).toMatch(/✔ Two/);
		await say(state(run(counted, {type: 'end', now: 2})));
		expect(app.lastFrame()).toContain('How the room did');
		expect(app.lastFrame()).toContain('The room sees how it did');
	});
});

describe('the room console\'s keys', () => {
	it('drive the room quiz; a count typed here shows here and goes out on Enter', async () => {
		const {app, say, sent} = await open(80, 24);
		await say(hello(), state(asking));
		await press(app, 'c', '5');
		expect(app.lastFrame()).toContain('5_');
		expect(sent).toEqual([]);
		await press(app, enter, space);
		expect(sent).toEqual([
			{v: 1, type: 'room-command', command: {type: 'set-count', question: 'capital', field: 2, count: 5}},
			{v: 1, type: 'room-command', command: {type: 'advance', question: 'capital'}},
		]);
		await press(app, 'q');
		await app.exited;
	});

	it('say the room quiz has finished, not gone, when it closes from its summary', async () => {
		const {app, say, status} = await open(80, 24);
		await say(hello(), state(run(asking, {type: 'end', now: 2})));
		await status('waiting');
		expect(app.lastFrame()).toContain('The room quiz has finished');
		expect(app.lastFrame()).not.toContain('has gone');
		// The room's screen has closed: the console no longer says what the room sees.
		expect(app.lastFrame()).not.toContain('The room sees');
		expect(app.lastFrame()).toContain('The room quiz is not on screen now');
	});

	it('say there is no room quiz to drive while it is gone, and stop saying so once it is back', async () => {
		const {app, say, status} = await open(80, 24);
		await say(hello(), state(asking));
		await status('waiting');
		expect(app.lastFrame()).toContain('The room quiz has gone');
		await press(app, space);
		expect(app.lastFrame()).toContain('No room quiz to drive');
		await say(hello(), state(asking));
		expect(app.lastFrame()).toContain('Following the room quiz');
		expect(app.lastFrame()).not.toContain('No room quiz to drive');
	});
});

describe('when it cannot follow', () => {
	it('says the room quiz runs another version of the questions, and shows none of them', async () => {
		const {app, say} = await open(80, 24);
		await say(hello('another-hash'), state(asking));
		expect(app.lastFrame()).toContain('The room quiz runs another version of this deck');
		const {app: other, say: sayOther} = await open(80, 24);
		await sayOther({v: 1, type: 'room-hello', deck: {path, fingerprint: deckFingerprint(deck), quizHash: deck.quiz.hash}}, {v: 1, type: 'room-state', room: {...roomSnapshot(asking), questions: roomSnapshot(asking).questions.map(question => ({...question, id: `x-${question.id}`}))}});
		expect(other.lastFrame()).toContain('This console cannot show the room\'s questions');
		expect(other.lastFrame()).not.toContain('What is the capital');
	});

	it('does not follow a room quiz of another deck file', async () => {
		const {app, tell} = await open(80, 24);
		tell({v: 1, type: 'room-hello', deck: {path: '/elsewhere.md', fingerprint: deckFingerprint(deck), quizHash: deck.quiz.hash}}, state(asking));
		// Messages of another deck, which the console must not draw.
		await giveItTimeToMisbehave();
		expect(app.lastFrame()).toContain('No slideshow of this deck yet');
		expect(app.lastFrame()).not.toContain('What is the capital');
	});
});
