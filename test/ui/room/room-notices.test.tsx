/**
The room quiz's notices for the presenter (the room's counts cannot be kept,
store files set aside): on the room's screen when nobody follows from a
console; with a console, on the console's intro and never on the room's
screen, not even in the moment before the console attaches.
*/
import {describe, expect, it} from 'vitest';
import {deckFingerprint} from '../../../source/core/protocol/deck-info.js';
import {createListeners} from '../../../source/core/protocol/listeners.js';
import type {Message} from '../../../source/core/protocol/protocol.js';
import {decodeMessage} from '../../../source/core/protocol/protocol.js';
import type {RoomRemote} from '../../../source/core/protocol/room-messages.js';
import {roomSnapshot} from '../../../source/core/protocol/room-snapshot.js';
import {startRoom} from '../../../source/core/room/room-state.js';
import {PresenterApp, type ShowSource} from '../../../source/ui/presenter/PresenterApp.js';
import type {Connect} from '../../../source/ui/presenter/use-presenter-link.js';
import {RoomApp} from '../../../source/ui/room/RoomApp.js';
import {RoomConsole} from '../../../source/ui/room/RoomConsole.js';
import {initialRoomScreen, roomScreenReducer, roomShowsNotices} from '../../../source/ui/room/room-screen-state.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameMatching, readingKeys} from '../../helpers/frames.js';
import {giveItTimeToMisbehave} from '../../helpers/wait.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();
const notice = 'The room\'s counts will not be kept: cannot write /home/ana/.local/share/briefing-deck';

describe('whether the room\'s screen says the notices', () => {
	const fresh = startRoom(deck.quiz.questions, {seed: 1});

	it('says them at once when no channel is open, and after the hold when no console came', () => {
		expect(roomShowsNotices(initialRoomScreen(fresh))).toBe(true);
		const held = initialRoomScreen(fresh, {holdNotices: true});
		expect(roomShowsNotices(held)).toBe(false);
		expect(roomShowsNotices(roomScreenReducer(held, {type: 'release-notices'}))).toBe(true);
	});

	it('never once a console has followed, even after it goes', () => {
		const held = initialRoomScreen(fresh, {holdNotices: true});
		const followed = roomScreenReducer(held, {type: 'consoles', count: 1});
		const gone = roomScreenReducer(roomScreenReducer(followed, {type: 'release-notices'}), {type: 'consoles', count: 0});
		expect(gone).toMatchObject({consoles: 0, consoled: true, noticesHeld: false});
		expect(roomShowsNotices(gone)).toBe(false);
	});
});

const openRoom = async (consoles?: ReturnType<typeof createListeners<number>>) => {
	const remote = createListeners<RoomRemote>();
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<RoomApp
				deck={deck}
				quiz={deck.quiz}
				seed={11}
				shuffle={false}
				saveRoom
				notices={[notice]}
				hyperlinks={false}
				now={() => 5000}
				onDone={() => undefined}
				remote={remote.subscribe}
				{...(consoles ? {consoles: consoles.subscribe, noticeHoldMs: 200} : {})}
			/>
		</ThemeContext>,
		{columns: 100, rows: 30},
	);
	keep(app);
	await readingKeys(app);
	return app;
};

describe('the room\'s screen', () => {
	it('says the notices in its intro when nobody can follow from a console', async () => {
		const app = await openRoom();
		expect(app.lastFrame()).toContain('counts will not be kept');
	});

	it('keeps them off while a console attaches, and says them once the hold is over with no console', async () => {
		const consoles = createListeners<number>();
		const app = await openRoom(consoles);
		consoles.emit(1);
		await giveItTimeToMisbehave(400);
		expect(app.stdout.frames.some(frame => frame.includes('will not be kept'))).toBe(false);
		expect(app.lastFrame()).toContain('one at a time');

		const alone = await openRoom(createListeners<number>());
		expect(alone.lastFrame()).not.toContain('will not be kept');
		await frameMatching(alone, 'counts will not be kept');
	});
});

describe('the console following the room quiz', () => {
	it('says the notices the room quiz sent with its hello, in its intro', async () => {
		let handlers: Parameters<Connect>[0] | undefined;
		const connect: Connect = given => {
			handlers = given;
			return {send: () => true, close() {}};
		};

		const path = '/talks/facts.md';
		const source: ShowSource = {kind: 'channel', connect, deck: {path}, log() {}};
		const app = renderInTerminal(
			<ThemeContext value={themes.none}>
				<PresenterApp roomConsole={RoomConsole} deck={deck} source={source} plan={{}} deckArgument="facts.md" clock={() => 0}/>
			</ThemeContext>,
			{columns: 100, rows: 30},
		);
		keep(app);
		await readingKeys(app);
		// As it comes over the wire: read back from its line.
		const hello = decodeMessage(JSON.stringify({v: 1, type: 'room-hello', deck: {path, fingerprint: deckFingerprint(deck), quizHash: deck.quiz.hash, notices: [notice]}}));
		expect(hello.ok).toBe(true);
		const messages: Message[] = [hello.ok ? hello.message : ({} as Message), {v: 1, type: 'room-state', room: roomSnapshot(startRoom(deck.quiz.questions, {seed: 7}))}];
		for (const message of messages) {
			handlers?.onMessage(message);
		}

		const frame = await frameMatching(app, 'Following the room quiz');
		expect(frame).toContain('counts will not be kept');
	});
});
