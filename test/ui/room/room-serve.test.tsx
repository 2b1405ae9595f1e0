/**
The room screen when the room answers from its phones: the intro's QR code
(which a decoder reads back as the URL beside it), the join code and the
count joined; the corner while a question is asked, with no distribution
before the reveal; the chart after it, hands and phones apart and added.
*/
import {describe, expect, it} from 'vitest';
import {createListeners} from '../../../source/core/protocol/listeners.js';
import type {RoomRemote} from '../../../source/core/protocol/room-messages.js';
import {startRoom} from '../../../source/core/room/room-state.js';
import {optionLetter} from '../../../source/core/text/option-letter.js';
import {RoomApp} from '../../../source/ui/room/RoomApp.js';
import {encodeQr} from '../../../source/core/room/qr-encoder.js';
import {themes} from '../../../source/ui/kit/theme.js';
import {ThemeContext} from '../../../source/ui/kit/use-theme.js';
import {frameChange, frameMatching, press, readingKeys} from '../../helpers/frames.js';
import {readQr} from '../../helpers/read-qr.js';
import {enter, space} from '../../helpers/keys.js';
import {renderInTerminal, unmountAfterEach} from '../helpers.js';
import {deck} from '../quiz/fixture.js';

const keep = unmountAfterEach();
const seed = 11;
const serve = {url: 'http://192.168.1.20:8123/j/Xq7vK2mPz9RtWb4N', joinCode: 'KX7-42Q', others: ['10.8.0.5', 'fd12:3456:789a::20'], encodeQr};

async function open(columns: number, rows: number, {screenReader = false, serving = serve}: {screenReader?: boolean; serving?: typeof serve} = {}) {
	const remote = createListeners<RoomRemote>();
	const app = renderInTerminal(
		<ThemeContext value={themes.none}>
			<RoomApp
				deck={deck}
				quiz={deck.quiz}
				seed={seed}
				shuffle={false}
				saveRoom={false}
				notices={[]}
				hyperlinks={false}
				now={() => 5000}
				onDone={() => undefined}
				remote={remote.subscribe}
				serve={serving}
			/>
		</ThemeContext>,
		{columns, rows, screenReader},
	);
	keep(app);
	await readingKeys(app);
	const send = async (command: RoomRemote) => {
		const before = app.lastFrame();
		remote.emit(command);
		await frameChange(app, before, 2000);
	};

	return {app, send};
}

/** The capital question's options as shown: Paris's place, from the seed the app starts with. */
const capital = startRoom(deck.quiz.questions, {seed}).questions[0]!.presented;
const shownAt = (text: string): number => capital.order.findIndex(original => capital.question.options[original]!.text === text);
const parisLetter = optionLetter(shownAt('Paris'));
/** Votes per shown field: 14 phones on Paris, 1 on Lyon. */
const votes = capital.order.map(original => ({Paris: 14, Lyon: 1} as Record<string, number>)[capital.question.options[original]!.text] ?? 0);

describe('the intro, joining from phones', () => {
	it('encodes the QR code once, however often the intro is drawn again as phones join', async () => {
		const levels: string[] = [];
		const counting: typeof serve = {...serve, encodeQr: (text, level) => {
			levels.push(level);
			return encodeQr(text, level);
		}};
		const {app, send} = await open(100, 30, {serving: counting});
		expect(readQr(app.lastFrame())).toBe(serve.url);
		const encoded = levels.length;
		expect(encoded).toBeGreaterThan(0);
		for (const joined of [1, 2, 3]) {
			await send({type: 'audience', question: 'capital', joined, answered: 0, votes: votes.map(() => 0)});
			expect(app.lastFrame()).toContain(`${joined} phone${joined === 1 ? '' : 's'} joined`);
		}

		expect(levels.length).toBe(encoded);
		expect(readQr(app.lastFrame())).toBe(serve.url);
	});

	it.each([[100, 30], [120, 40]])('at %i×%i shows a QR code that decodes to the URL beside it, the join code and how many joined', async (columns, rows) => {
		const {app, send} = await open(columns, rows);
		const frame = app.lastFrame();
		expect(frame).toContain(serve.url);
		expect(frame).toContain('KX7-42Q');
		expect(frame).toContain('0 phones joined');
		expect(frame).toContain('Also on 10.8.0.5, fd12:3456:789a::20');
		expect(readQr(frame)).toBe(serve.url);
		// The whole screen fits: nothing scrolled off, the title still at the top.
		expect(frame.split('\n').length).toBeLessThanOrEqual(rows);
		expect(frame).toContain('Facts quiz');
		await send({type: 'audience', question: 'capital', joined: 23, answered: 0, votes: votes.map(() => 0)});
		expect(app.lastFrame()).toContain('23 phones joined');
		expect(readQr(app.lastFrame())).toBe(serve.url);
	});

	it('too small for a code a camera can read: says so and shows the URL', async () => {
		const {app} = await open(80, 24);
		const frame = app.lastFrame();
		expect(frame).toContain('too small for a QR code');
		expect(frame).toContain(serve.url);
		expect(frame).not.toMatch(/[▀▄]/);
		expect(readQr(frame)).toBeUndefined();
	});

	it('a screen reader gets the URL, the code and the count as text, no QR code', async () => {
		const {app} = await open(120, 40, {screenReader: true});
		const frame = app.lastFrame();
		expect(frame).toContain(serve.url);
		expect(frame).toContain('KX7-42Q');
		expect(frame).toContain('0 phones joined');
		expect(frame).not.toMatch(/[▀▄█]/);
	});
});

describe('asking, then the reveal', () => {
	it('the corner counts joined and answered, never what they chose, until the reveal; then the chart adds hands and phones', async () => {
		const {app, send} = await open(120, 40);
		await press(app, enter);
		await frameMatching(app, 'What is the capital of France?');
		await send({type: 'audience', question: 'capital', joined: 23, answered: 15, votes});
		let frame = app.lastFrame();
		expect(frame).toContain(`${serve.url} · code KX7-42Q · 23 joined · 15 answered`);
		expect(frame).not.toMatch(/phone/);
		expect(frame).not.toMatch(/\d+%/);
		expect(frame).not.toMatch(/\b14\b/);
		// Three hands typed for Paris, two for Lyon.
		await press(app, parisLetter.toLowerCase(), '3', enter);
		await press(app, optionLetter(shownAt('Lyon')).toLowerCase(), '2', enter);
		await press(app, space);
		frame = await frameMatching(app, /the answer/);
		// 17 of 20 on Paris: 3 hands and 14 phones; 3 on Lyon: 2 hands and 1 phone.
		expect(frame).toMatch(/17 · 85% {2}\(3 hands \+ 14 phones\)/);
		expect(frame).toMatch(/3 · 15% {2}\(2 hands \+ 1 phone\)/);
		expect(frame).toContain('17 of 20 answers on the right answer (85%).');
	});

	it('with the counts shown before the reveal, the room sees the phones so far beside the hands', async () => {
		const {app, send} = await open(120, 40);
		await press(app, enter);
		await frameMatching(app, 'What is the capital of France?');
		await send({type: 'audience', question: 'capital', joined: 23, answered: 15, votes});
		await send({type: 'show-counts', shown: true});
		expect(app.lastFrame()).toContain('14 phones');
	});
});
