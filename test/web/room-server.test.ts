import net from 'node:net';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import type {RoomCommand, RoomState} from '../../source/core/room/room-model.js';
import {startRoomServer, type AudienceCommand, type RoomServer, type RoomServerLimits} from '../../source/io/web/room-server.js';
import {hostileDeck, hostileMarkup, secretWords} from './hostile-deck.js';
import {answer, deviceToken, follow, send, type Stream} from './phone-client.js';

const deck = hostileDeck();

type Served = {
	server: RoomServer;
	base: string;
	tallies: AudienceCommand[];
	move(...commands: RoomCommand[]): RoomState;
};

const running: RoomServer[] = [];
const streams: Stream[] = [];

async function serve(limits: Partial<RoomServerLimits> = {}): Promise<Served> {
	let room = startRoom(deck.quiz.questions, {seed: 7});
	const tallies: AudienceCommand[] = [];
	const server = await startRoomServer({hosts: ['127.0.0.1'], snapshot: () => room, onAudience: command => tallies.push(command), title: 'Phones Quiz', limits});
	running.push(server);
	return {
		server,
		base: server.urls[0]!,
		tallies,
		move(...commands) {
			room = commands.reduce(roomReducer, room);
			server.update(room);
			return room;
		},
	};
}

async function join(base: string, device: string, from?: string): Promise<Stream> {
	const stream = await follow(base, device, from);
	streams.push(stream);
	return stream;
}

afterEach(async () => {
	for (const stream of streams.splice(0)) {
		stream.close();
	}

	await Promise.all(running.splice(0).map(async server => server.close()));
});

const last = (tallies: readonly AudienceCommand[]) => tallies.at(-1);

describe('the room server, against hostile clients', () => {
	let served: Served;
	const alice = deviceToken(1);
	beforeEach(async () => {
		served = await serve({headersMs: 600, requestMs: 1500});
		await join(served.base, alice);
		served.move({type: 'start', now: 1});
		await answer(served.base, {device: alice, question: 'one', choice: [1]});
	});

	const countsUnchanged = async () => {
		expect(last(served.tallies)).toMatchObject({question: 'one', joined: 1, answered: 1, votes: [0, 1, 0]});
		// And the server still answers a phone that behaves.
		expect((await send(served.base)).status).toBe(200);
	};

	it('refuses a wrong or missing token on every path', async () => {
		const origin = new URL(served.base).origin;
		for (const path of ['/j/WRONGTOKEN12', '/j/WRONGTOKEN12/events?device=' + alice, '/j/', '/j', '/j//answer', '/favicon.ico', '/../etc/passwd']) {
			expect((await send(origin + path)).status, path).toBeGreaterThanOrEqual(400);
		}

		const wrong = await answer(`${origin}/j/WRONGTOKEN12`, {device: alice, question: 'one', choice: [0]});
		expect(wrong.status).toBe(403);
		await countsUnchanged();
	});

	it('counts a replayed or duplicated vote once', async () => {
		const before = served.tallies.length;
		const replies = await Promise.all(Array.from({length: 8}, async () => answer(served.base, {device: alice, question: 'one', choice: [1]})));
		expect(replies.every(reply => reply.status === 200)).toBe(true);
		expect(served.tallies.length).toBe(before);
		await countsUnchanged();
	});

	it('refuses a vote after the reveal and one for another question', async () => {
		expect((await answer(served.base, {device: alice, question: 'many', choice: [0]})).status).toBe(409);
		served.move({type: 'reveal', now: 2});
		const late = await answer(served.base, {device: alice, question: 'one', choice: [0]});
		expect([late.status, JSON.parse(late.body)]).toEqual([409, {error: 'revealed'}]);
		await countsUnchanged();
	});

	it('refuses a 10 MB body, declared or streamed', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024, 'a');
		const declared = await send(`${served.base}/answer`, {method: 'POST', body: big, headers: {'Content-Type': 'application/json'}}).catch(() => ({status: 413}));
		expect(declared.status).toBe(413);
		const streamed = await new Promise<number | string>(resolve => {
			const socket = net.connect(Number(new URL(served.base).port), '127.0.0.1');
			let reply = '';
			socket.on('data', chunk => {
				reply += chunk.toString();
			});
			socket.on('close', () => resolve(reply.split(' ')[1] ?? 'closed'));
			socket.on('error', () => resolve('closed'));
			socket.write(`POST ${new URL(served.base).pathname}/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
			let sent = 0;
			const more = (): void => {
				if (sent >= 10 * 1024 * 1024 || socket.destroyed) {
					return;
				}

				sent += 64 * 1024;
				socket.write(`10000\r\n${'a'.repeat(64 * 1024)}\r\n`, () => setImmediate(more));
			};

			more();
		});
		expect(['413', 'closed']).toContain(String(streamed));
		await countsUnchanged();
	});

	it('closes a slowloris connection that trickles its headers', async () => {
		const started = Date.now();
		const closedAfter = await new Promise<number>(resolve => {
			const socket = net.connect(Number(new URL(served.base).port), '127.0.0.1');
			socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
			let sent = 0;
			const trickle = setInterval(() => {
				// Bounded: 10 s of trickling at most, long past the 600 ms the headers are given.
				if (sent++ < 100 && !socket.destroyed) {
					socket.write(`X-Slow-${sent}: a\r\n`);
				}
			}, 100);
			socket.on('data', () => undefined);
			socket.on('error', () => undefined);
			socket.on('close', () => {
				clearInterval(trickle);
				resolve(Date.now() - started);
			});
		});
		expect(closedAfter).toBeLessThan(5000);
		await countsUnchanged();
	});

	it('holds 1,000 connections from one client to a few, and still answers the others', async () => {
		const port = Number(new URL(served.base).port);
		const sockets = await Promise.all(Array.from({length: 1000}, async () => new Promise<net.Socket>(resolve => {
			const socket = net.connect({port, host: '127.0.0.1', localAddress: '127.0.0.9'});
			// Read whatever comes, so a close from the server is seen.
			socket.resume();
			socket.on('error', () => undefined);
			socket.on('connect', () => resolve(socket));
			socket.on('close', () => resolve(socket));
		})));
		// Wait until the server has closed the ones past its limit (bounded: 5 s).
		const open = async () => sockets.filter(socket => !socket.destroyed && socket.readyState === 'open').length;
		for (let tries = 0; tries < 50 && (await open()) > 32; tries++) {
			await new Promise(resolve => setTimeout(resolve, 100));
		}

		expect(await open()).toBeLessThanOrEqual(32);
		expect((await send(served.base, {from: '127.0.0.10'})).status).toBe(200);
		for (const socket of sockets) {
			socket.destroy();
		}

		await countsUnchanged();
	});

	it('gives malformed requests a 4xx and changes nothing', async () => {
		const bad: Array<[string, Record<string, string>, number]> = [
			['{"device":', {'Content-Type': 'application/json'}, 400],
			['[]', {'Content-Type': 'application/json'}, 400],
			[JSON.stringify({device: 'not-hex', question: 'one', choice: [0]}), {'Content-Type': 'application/json'}, 400],
			[JSON.stringify({device: alice, question: 'one', choice: '0'}), {'Content-Type': 'application/json'}, 400],
			[JSON.stringify({device: alice, question: 'one', choice: [0]}), {'Content-Type': 'text/plain'}, 415],
		];
		for (const [body, headers, status] of bad) {
			expect((await send(`${served.base}/answer`, {method: 'POST', body, headers})).status, body).toBe(status);
		}

		expect((await send(served.base, {method: 'DELETE'})).status).toBe(405);
		const garbage = await new Promise<string>(resolve => {
			const socket = net.connect(Number(new URL(served.base).port), '127.0.0.1');
			let reply = '';
			socket.on('data', chunk => {
				reply += chunk.toString();
			});
			socket.on('close', () => resolve(reply));
			socket.write('\u0000\u0001 NOT HTTP \r\n\r\n');
		});
		expect(garbage).toMatch(/^HTTP\/1\.1 400/);
		await countsUnchanged();
	});

	it('keeps deck markup and escape bytes inert: the page holds no deck text, the stream holds it as JSON text', async () => {
		const page = await send(served.base);
		// Fast on an old phone on a slow network: the whole page, uncompressed.
		expect(Buffer.byteLength(page.body)).toBeLessThanOrEqual(50 * 1024);
		expect(page.body).not.toContain('alert');
		expect(page.body).not.toContain('Phones Quiz');
		const csp = String(page.headers['content-security-policy']);
		const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
		expect(nonce).toBeDefined();
		expect(csp).toContain('default-src \'none\'');
		expect(csp).toContain('frame-ancestors \'none\'');
		expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
		expect(page.body.match(/<script/g)).toHaveLength(1);
		expect(page.body).toContain(`<script nonce="${nonce!}">`);
		expect(page.body).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
		expect(page.headers).toMatchObject({'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY'});
		// A fresh nonce for every page.
		expect(String((await send(served.base)).headers['content-security-policy'])).not.toContain(nonce);
		const stream = await join(served.base, deviceToken(2));
		const state = await stream.next();
		expect(state).toMatchObject({phase: 'question', question: {prompt: expect.stringContaining(hostileMarkup)}});
		expect(JSON.stringify(state)).not.toMatch(/[\u0000-\u001F]/);
		expect(JSON.stringify(state)).not.toContain(secretWords.feedback);
	});
});

describe('the room server\'s bounds', () => {
	it('takes no more devices than its limit; a device that rejoins is still let in', async () => {
		const {base, tallies} = await serve({clients: 3});
		for (let n = 1; n <= 3; n++) {
			expect((await join(base, deviceToken(n))).status).toBe(200);
		}

		expect((await join(base, deviceToken(4))).status).toBe(503);
		expect((await join(base, deviceToken(2))).status).toBe(200);
		expect(last(tallies)).toMatchObject({joined: 3});
	});

	it('slows down an address that sends too many requests', async () => {
		const {base} = await serve({addressBurst: 5, addressRate: 1});
		const statuses = [];
		for (let n = 0; n < 8; n++) {
			statuses.push((await send(base, {from: '127.0.0.20'})).status);
		}

		expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
		expect(statuses.at(-1)).toBe(429);
		expect((await send(base, {from: '127.0.0.21'})).status).toBe(200);
	});

	it('sends the new state to every phone when the room moves, and the tally to the room', async () => {
		const served = await serve();
		const phones = await Promise.all([1, 2, 3].map(async n => join(served.base, deviceToken(n))));
		for (const phone of phones) {
			expect(await phone.next()).toMatchObject({phase: 'intro', title: 'Phones Quiz', questionCount: 3});
		}

		served.move({type: 'start', now: 1});
		for (const phone of phones) {
			expect(await phone.next()).toMatchObject({phase: 'question', question: {id: 'one', number: 1, total: 3}});
		}

		await answer(served.base, {device: deviceToken(1), question: 'one', choice: [0]});
		await answer(served.base, {device: deviceToken(2), question: 'one', choice: [2]});
		await answer(served.base, {device: deviceToken(2), question: 'one', choice: [0]});
		expect(last(served.tallies)).toEqual({type: 'audience', question: 'one', joined: 3, answered: 2, votes: [2, 0, 0]});
		const revealed = served.move({type: 'reveal', now: 2});
		expect(await phones[0]!.next()).toMatchObject({phase: 'revealed', answer: {explanation: secretWords.explanation}});
		expect(revealed.questions[0]!.revealed).toBe(true);
	});

	it('says clearly when its port is in use', async () => {
		const first = await serve();
		const port = Number(new URL(first.base).port);
		await expect(startRoomServer({hosts: ['127.0.0.1'], port, snapshot: () => startRoom(deck.quiz.questions, {seed: 1}), onAudience: () => undefined}))
			.rejects.toThrow(`port ${port} is already in use on 127.0.0.1`);
	});

	it('stops listening and ends every stream when closed', async () => {
		const {server, base} = await serve();
		const phone = await join(base, deviceToken(1));
		await phone.next();
		await server.close();
		await expect(send(base)).rejects.toThrow(/ECONNREFUSED/);
	});
});
