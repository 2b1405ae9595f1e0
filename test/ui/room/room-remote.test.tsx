/**
The room screen driven from a presenter console: commands arrive as data,
move the same reducer the keys do, and never put the answer on the shared
screen before a reveal; every change is told to the channel.
*/
import {describe, expect, it} from 'vitest';
import {createListeners} from '../../../source/core/protocol/listeners.js';
import type {RoomRemote} from '../../../source/core/protocol/room-messages.js';
import {type RoomState} from '../../../source/core/room/room-model.js';
import {RoomApp} from '../../../source/ui/room/RoomApp.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameChange, readingKeys} from '../../helpers/frames.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();

async function open() {
	const remote = createListeners<RoomRemote>();
	const consoles = createListeners<number>();
	const published: RoomState[] = [];
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<RoomApp
				deck={deck}
				quiz={deck.quiz}
				seed={11}
				shuffle={false}
				saveRoom={false}
				notices={[]}
				hyperlinks={false}
				now={() => 5000}
				onDone={() => undefined}
				remote={remote.subscribe}
				onRoomState={room => {
					published.push(room);
				}}
				consoles={consoles.subscribe}
			/>
		</ThemeContext>,
		{columns: 80, rows: 24},
	);
	keep(app);
	await readingKeys(app);
	const send = async (command: RoomRemote) => {
		const before = app.lastFrame();
		remote.emit(command);
		await frameChange(app, before, 2000);
	};

	const attach = async (count: number) => {
		const before = app.lastFrame();
		consoles.emit(count);
		await frameChange(app, before, 2000);
	};

	return {app, published, send, attach};
}

const answerSigns = [/✔/, /\bWhy\b/, /right answer/, /Paris has been/, /From slide/, /\d+%/];

describe('a room screen driven from a console', () => {
	it('starts, counts and reveals on the console\'s commands; the answer shows only after the reveal', async () => {
		const {app, published, send} = await open();
		expect(published.at(-1)?.phase).toBe('intro');
		await send({type: 'start'});
		expect(app.lastFrame()).toContain('What is the capital of France?');
		const paris = published.at(-1)!.questions[0]!.presented.order.indexOf(1);
		const from = app.stdout.frames.length;
		await send({type: 'set-count', question: 'capital', field: paris, count: 9});
		// Counted, but the room sees the number only with the answer.
		expect(app.lastFrame()).toContain('counted');
		expect(app.lastFrame()).not.toMatch(/\b9\b/);
		// A reveal meant for another question is dropped.
		await send({type: 'reveal', question: 'primes'});
		for (const frame of app.stdout.frames.slice(from)) {
			for (const sign of answerSigns) {
				expect(frame).not.toMatch(sign);
			}
		}

		expect(published.at(-1)?.questions[0]?.revealed).toBe(false);
		await send({type: 'advance', question: 'capital'});
		expect(app.lastFrame()).toMatch(/✔ Paris/);
		expect(app.lastFrame()).toContain('Paris has been the capital since 987.');
		expect(published.at(-1)?.questions[0]).toMatchObject({revealed: true});
		expect(published.at(-1)?.questions[0]?.counts[paris]).toBe(9);
		expect(app.lastFrame()).toContain('9 · 100%');

		await send({type: 'next', question: 'capital'});
		expect(app.lastFrame()).toContain('Which of these are prime?');
		await send({type: 'previous'});
		expect(app.lastFrame()).toContain('What is the capital of France?');
		await send({type: 'view-slide'});
		expect(app.lastFrame()).toContain('The slide behind question 1');
		await send({type: 'close-slide'});
		expect(app.lastFrame()).toContain('What is the capital of France?');
		await send({type: 'end'});
		expect(app.lastFrame()).toContain('How the room did');
		expect(published.at(-1)?.phase).toBe('summary');
	});

	it('shows the room the counts before the reveal only when the console asks, and hides them again', async () => {
		const {app, published, send} = await open();
		await send({type: 'start'});
		const paris = published.at(-1)!.questions[0]!.presented.order.indexOf(1);
		await send({type: 'set-count', question: 'capital', field: paris, count: 9});
		expect(app.lastFrame()).not.toContain('9 hands');
		await send({type: 'show-counts', shown: true});
		expect(app.lastFrame()).toContain('9 hands');
		expect(published.at(-1)?.countsShown).toBe(true);
		expect(app.lastFrame()).not.toMatch(/✔|\d+%/);
		await send({type: 'show-counts', shown: false});
		expect(app.lastFrame()).not.toContain('9 hands');
	});

	it('keeps every key hint off the shared screen while a console follows, `? keys` too', async () => {
		const {app, send, attach} = await open();
		expect(app.lastFrame()).toMatch(/\? keys\s*$/);
		expect(app.lastFrame()).not.toContain('start');
		await attach(1);
		expect(app.lastFrame()).not.toContain('? keys');
		await send({type: 'start'});
		expect(app.lastFrame()).toContain('What is the capital of France?');
		expect(app.lastFrame()).not.toMatch(/\? keys|reveal the answer|Space|PgDn/);
		// The console goes: the presenter at this keyboard can ask for the keys again.
		await attach(0);
		expect(app.lastFrame()).toMatch(/\? keys\s*$/);
	});
});
