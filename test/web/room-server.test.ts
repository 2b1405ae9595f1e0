import net from 'node:net';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import type {RoomCommand, RoomState} from '../../source/core/room/room-model.js';
import {closeCodes, startRoomServer, type AudienceCommand, type RoomServer, type RoomServerLimits} from '../../source/io/web/room-server.js';
import {hostileDeck, hostileMarkup, secretWords} from './hostile-deck.js';
import {deviceToken, join as joinAs, liveUrl, send, type Phone} from './phone-client.js';

const deck = hostileDeck();

type Served = {
	server: RoomServer;
	base: string;
	port: number;
	tallies: AudienceCommand[];
	move(...commands: RoomCommand[]): RoomState;
};

const running: RoomServer[] = [];
const phones: Phone[] = [];
const rawSockets: net.Socket[] = [];

async function serve(limits: Partial<RoomServerLimits> = {}): Promise<Served> {
	let room = startRoom(deck.quiz.questions, {seed: 7});
	const tallies: AudienceCommand[] = [];
	const server = await startRoomServer({hosts: ['127.0.0.1'], snapshot: () => room, onAudience: command => tallies.push(command), title: 'Phones Quiz', limits});
	running.push(server);
	return {
		server,
		base: server.urls[0]!,
		port: Number(new URL(server.urls[0]!).port),
		tallies,
		move(...commands) {
			room = commands.reduce(roomReducer, room);
			server.update(room);
			return room;
		},
	};
}

async function join(base: string, device: string, options: Parameters<typeof joinAs>[2] = {}): Promise<Phone> {
	const phone = await joinAs(base, device, options);
	phones.push(phone);
	return phone;
}

/** A TCP connection to the server, written to by hand; its reply, and when it closed. */
function rawConnection(port: number, from = '127.0.0.1'): {socket: net.Socket; reply(): string; closed: Promise<number>} {
	const started = Date.now();
	const socket = net.connect({port, host: '127.0.0.1', localAddress: from});
	rawSockets.push(socket);
	let reply = '';
	socket.on('data', chunk => {
		reply += chunk.toString('latin1');
	});
	socket.on('error', () => undefined);
	const closed = new Promise<number>(resolve => {
		socket.on('close', () => {
			resolve(Date.now() - started);
		});
	});
	return {socket, reply: () => reply, closed};
}

afterEach(async () => {
	for (const phone of phones.splice(0)) {
		phone.close();
	}

	for (const socket of rawSockets.splice(0)) {
		socket.destroy();
	}

	await Promise.all(running.splice(0).map(async server => server.close()));
});

const last = (tallies: readonly AudienceCommand[]) => tallies.at(-1);

describe('the room server, against hostile clients', () => {
	let served: Served;
	let alice: Phone;
	const aliceDevice = deviceToken(1);
	beforeEach(async () => {
		served = await serve({headersMs: 600, requestMs: 1500});
		alice = await join(served.base, aliceDevice);
		served.move({type: 'start', now: 1});
		expect(await alice.answer('one', [1])).toMatchObject({ok: true});
	});

	const countsUnchanged = async () => {
		expect(last(served.tallies)).toMatchObject({question: 'one', joined: 1, answered: 1, votes: [0, 1, 0]});
		// And the server still answers a phone that behaves: the page, and its answer on its socket.
		expect((await send(served.base)).status).toBe(200);
		expect(await alice.answer('one', [1])).toMatchObject({ok: true});
	};

	it('refuses a wrong or missing token on every path, a foreign or missing origin, and a device token it cannot read', async () => {
		const origin = new URL(served.base).origin;
		for (const path of ['/j/WRONGTOKEN12', '/j/WRONGTOKEN12/live', '/j/', '/j', '/j//live', '/live', '/favicon.ico', '/../etc/passwd']) {
			expect((await send(origin + path)).status, path).toBeGreaterThanOrEqual(400);
		}

		const other = deviceToken(2);
		const refused: Array<[string, Parameters<typeof joinAs>[2], number]> = [
			['wrong token', {url: liveUrl(`${origin}/j/WRONGTOKEN12`, other)}, 403],
			['no token', {url: `${origin.replace('http', 'ws')}/j//live?device=${other}`}, 403],
			['no token at all', {url: `${origin.replace('http', 'ws')}/live?device=${other}`}, 404],
			['another site\'s page', {origin: 'http://evil.example'}, 403],
			['no origin', {origin: null}, 403],
			['no device token', {url: `${served.base.replace('http', 'ws')}/live`}, 400],
			['a device token that is not one', {url: liveUrl(served.base, 'Z'.repeat(32))}, 400],
		];
		for (const [what, options, status] of refused) {
			expect((await join(served.base, other, options)).status, what).toBe(status);
		}

		await countsUnchanged();
	});

	it('counts a replayed or duplicated vote once, and a device that joins again once', async () => {
		const before = served.tallies.length;
		const replies = await Promise.all(Array.from({length: 8}, async () => alice.answer('one', [1])));
		expect(replies.every(reply => reply.ok === true)).toBe(true);
		expect(served.tallies.length).toBe(before);
		// The same device on a second socket takes over from the first, which is told why.
		const again = await join(served.base, aliceDevice);
		expect(await alice.closed).toBe(closeCodes.replaced);
		alice = again;
		expect(await again.next()).toMatchObject({phase: 'question'});
		expect(served.tallies.length).toBe(before);
		await countsUnchanged();
	});

	it('refuses a vote after the reveal and one for another question', async () => {
		expect(await alice.answer('many', [0])).toMatchObject({error: 'other-question'});
		served.move({type: 'reveal', now: 2});
		expect(await alice.answer('one', [0])).toMatchObject({error: 'revealed'});
		expect(last(served.tallies)).toMatchObject({question: 'one', joined: 1, answered: 1, votes: [0, 1, 0]});
		expect((await send(served.base)).status).toBe(200);
	});

	it('refuses a 10 MB message or body, declared or streamed, and closes its connection', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024, 'a');
		const mallory = await join(served.base, deviceToken(9));
		mallory.raw(big);
		expect(await mallory.closed).toBe(1009);
		const declared = await send(`${served.base}/live`, {method: 'POST', body: big, headers: {'Content-Type': 'application/json'}}).catch(() => ({status: 413}));
		expect(declared.status).toBe(413);
		const streamed = rawConnection(served.port);
		streamed.socket.write(`POST ${new URL(served.base).pathname}/live HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
		let sent = 0;
		const more = (): void => {
			if (sent < 10 * 1024 * 1024 && !streamed.socket.destroyed) {
				sent += 64 * 1024;
				streamed.socket.write(`10000\r\n${'a'.repeat(64 * 1024)}\r\n`, () => setImmediate(more));
			}
		};

		more();
		await streamed.closed;
		expect(streamed.reply()).toMatch(/^HTTP\/1\.1 413|^$/);
		// Far less than was offered was taken before the connection closed.
		expect(sent).toBeLessThan(10 * 1024 * 1024);
		// Mallory joined, and sent nothing that counts.
		expect(last(served.tallies)).toMatchObject({joined: 2, answered: 1, votes: [0, 1, 0]});
		expect(await alice.answer('one', [1])).toMatchObject({ok: true});
	});

	it('closes a slowloris connection that trickles its headers, for the page or for a socket', async () => {
		for (const first of ['GET / HTTP/1.1\r\nHost: x\r\n', `GET ${new URL(served.base).pathname}/live HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`]) {
			const slow = rawConnection(served.port);
			slow.socket.write(first);
			let sent = 0;
			// Bounded: 10 s of trickling at most, long past the 600 ms the headers are given.
			const trickle = setInterval(() => {
				if (sent++ < 100 && !slow.socket.destroyed) {
					slow.socket.write(`X-Slow-${sent}: a\r\n`);
				}
			}, 100);
			const closedAfter = await slow.closed;
			clearInterval(trickle);
			expect(closedAfter).toBeLessThan(5000);
		}

		await countsUnchanged();
	});

	it('holds 1,000 connections from one client to a few, and still answers the others', async () => {
		const sockets = await Promise.all(Array.from({length: 1000}, async () => new Promise<net.Socket>(resolve => {
			const socket = net.connect({port: served.port, host: '127.0.0.1', localAddress: '127.0.0.9'});
			rawSockets.push(socket);
			// Read whatever comes, so a close from the server is seen.
			socket.resume();
			socket.on('error', () => undefined);
			socket.on('connect', () => resolve(socket));
			socket.on('close', () => resolve(socket));
		})));
		// Wait until the server has closed the ones past its limit (bounded: 5 s).
		const open = () => sockets.filter(socket => !socket.destroyed && socket.readyState === 'open').length;
		for (let tries = 0; tries < 50 && open() > 32; tries++) {
			await new Promise(resolve => setTimeout(resolve, 100));
		}

		expect(open()).toBeLessThanOrEqual(32);
		// That address can open no socket now; another can.
		await expect(joinAs(served.base, deviceToken(3), {from: '127.0.0.9'})).rejects.toThrow();
		expect((await join(served.base, deviceToken(4), {from: '127.0.0.10'})).status).toBe(101);
		for (const socket of sockets) {
			socket.destroy();
		}

		expect(last(served.tallies)).toMatchObject({joined: 2, answered: 1, votes: [0, 1, 0]});
		expect(await alice.answer('one', [1])).toMatchObject({ok: true});
	});

	it('answers malformed messages and requests with a refusal, and changes nothing', async () => {
		const before = served.tallies.length;
		const bad = ['{"id":', '[]', 'null', '"one"', '{"id":1,"question":"one","choice":"0"}', '{"id":-1,"question":"one","choice":[0]}', `{"id":1,"question":"one","choice":[0],"device":"${deviceToken(2)}"}`, '{"id":1,"question":"","choice":[0]}', `{"id":1,"question":"one","choice":[${'0,'.repeat(99)}0]}`];
		for (const message of bad) {
			alice.raw(message);
			expect(await alice.reply(), message).toEqual({reply: null, error: 'malformed'});
		}

		// Answers the room cannot take: a field the question has not, two for a one-answer question.
		expect(await alice.answer('one', [7])).toMatchObject({error: 'invalid'});
		expect(await alice.answer('one', [0, 2])).toMatchObject({error: 'invalid'});
		expect(served.tallies.length).toBe(before);
		// A binary frame is not a message the page sends: the socket is closed.
		const binary = await join(served.base, deviceToken(5));
		binary.raw(Buffer.from([0, 1, 2]));
		expect(await binary.closed).toBe(closeCodes.policy);

		expect((await send(served.base, {method: 'DELETE'})).status).toBe(405);
		expect((await send(`${served.base}/live`)).status).toBe(426);
		const garbage = rawConnection(served.port);
		garbage.socket.write('\u0000\u0001 NOT HTTP \r\n\r\n');
		await garbage.closed;
		expect(garbage.reply()).toMatch(/^HTTP\/1\.1 400/);
		expect(last(served.tallies)).toMatchObject({question: 'one', joined: 2, answered: 1, votes: [0, 1, 0]});
		expect(await alice.answer('one', [1])).toMatchObject({ok: true});
	});

	it('refuses a socket asked for on a path that is no path at all, and closes its connection', async () => {
		const malformed = rawConnection(served.port);
		malformed.socket.write([
			'GET //[ HTTP/1.1',
			`Host: 127.0.0.1:${served.port}`,
			`Origin: http://127.0.0.1:${served.port}`,
			'Upgrade: websocket',
			'Connection: Upgrade',
			'Sec-WebSocket-Version: 13',
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
			'',
			'',
		].join('\r\n'));
		await malformed.closed;
		expect(malformed.reply()).toMatch(/^HTTP\/1\.1 400/);
		// The same path for the page is refused the same way.
		const page = rawConnection(served.port);
		page.socket.write('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
		await page.closed;
		expect(page.reply()).toMatch(/^HTTP\/1\.1 400/);
		await countsUnchanged();
	});

	it('keeps deck markup and escape bytes inert: the page holds no deck text, the socket carries it as JSON text', async () => {
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
		// The page's socket, and nothing else, may be connected to.
		expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${served.port};`);
		expect(csp).not.toMatch(/https?:|wss?:\/\/(?!127\.0\.0\.1:)|unsafe-inline|unsafe-eval|\*/);
		expect(page.body.match(/<script/g)).toHaveLength(1);
		expect(page.body).toContain(`<script nonce="${nonce!}">`);
		expect(page.body).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
		expect(page.headers).toMatchObject({'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY'});
		// A fresh nonce for every page; a Host header that is not a plain host is named nowhere.
		const forged = await send(served.base, {headers: {Host: 'a; script-src *'}});
		expect(String(forged.headers['content-security-policy'])).not.toContain(nonce);
		expect(String(forged.headers['content-security-policy'])).toContain('connect-src \'self\';');
		const phone = await join(served.base, deviceToken(2));
		const state = await phone.next();
		expect(state).toMatchObject({phase: 'question', question: {prompt: expect.stringContaining(hostileMarkup)}});
		expect(JSON.stringify(state)).not.toMatch(/[\u0000-\u001F]/);
		expect(JSON.stringify(state)).not.toContain(secretWords.feedback);
		expect(JSON.stringify(state)).not.toContain(secretWords.explanation);
	});
});

describe('the room server\'s bounds', () => {
	it('takes no more devices than its limit; a device that rejoins is still let in', async () => {
		const {base, tallies} = await serve({clients: 3});
		for (let n = 1; n <= 3; n++) {
			expect((await join(base, deviceToken(n))).status).toBe(101);
		}

		expect((await join(base, deviceToken(4))).status).toBe(503);
		expect((await join(base, deviceToken(2))).status).toBe(101);
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
		expect((await join(base, deviceToken(1), {from: '127.0.0.20'})).status).toBe(429);
		expect((await send(base, {from: '127.0.0.21'})).status).toBe(200);
	});

	it('slows down a device that sends too many answers, and cuts off one that keeps on', async () => {
		const served = await serve({deviceBurst: 5, deviceRate: 1});
		const phone = await join(served.base, deviceToken(1));
		served.move({type: 'start', now: 1});
		const replies = [];
		for (let n = 0; n < 6; n++) {
			replies.push(await phone.answer('one', [n % 3]));
		}

		expect(replies.slice(0, 5).every(reply => reply.ok === true)).toBe(true);
		expect(replies[5]).toEqual({reply: null, error: 'too-fast'});
		// The fifth answer stands.
		expect(last(served.tallies)).toMatchObject({answered: 1, votes: [0, 1, 0]});
		for (let n = 0; n < 20; n++) {
			phone.raw(JSON.stringify({id: 100 + n, question: 'one', choice: [0]}));
		}

		expect(await phone.closed).toBe(closeCodes.policy);
		expect(last(served.tallies)).toMatchObject({answered: 1, votes: [0, 1, 0]});
	});

	it('drops a phone that stops answering pings', async () => {
		const served = await serve({heartbeatMs: 400});
		const quiet = rawConnection(served.port);
		quiet.socket.write([
			`GET ${new URL(served.base).pathname}/live?device=${deviceToken(1)} HTTP/1.1`,
			`Host: 127.0.0.1:${served.port}`,
			`Origin: http://127.0.0.1:${served.port}`,
			'Upgrade: websocket',
			'Connection: Upgrade',
			'Sec-WebSocket-Version: 13',
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
			'',
			'',
		].join('\r\n'));
		// It never answers a ping: within two heartbeats (and at most 5 s) it is cut off.
		const closedAfter = await Promise.race([quiet.closed, new Promise<number>(resolve => setTimeout(() => resolve(Number.POSITIVE_INFINITY), 5000))]);
		expect(quiet.reply()).toMatch(/^HTTP\/1\.1 101/);
		expect(closedAfter).toBeLessThan(5000);
		// A phone that answers its pings stays.
		const awake = await join(served.base, deviceToken(2));
		await new Promise(resolve => setTimeout(resolve, 1200));
		served.move({type: 'start', now: 1});
		expect(await awake.next()).toMatchObject({phase: 'intro'});
		expect(await awake.next()).toMatchObject({phase: 'question'});
	});

	it('sends the new state to every phone when the room moves, and the tally to the room', async () => {
		const served = await serve();
		const joined = await Promise.all([1, 2, 3].map(async n => join(served.base, deviceToken(n))));
		for (const phone of joined) {
			expect(await phone.next()).toMatchObject({phase: 'intro', title: 'Phones Quiz', questionCount: 3});
		}

		served.move({type: 'start', now: 1});
		for (const phone of joined) {
			expect(await phone.next()).toMatchObject({phase: 'question', question: {id: 'one', number: 1, total: 3}});
		}

		const [first, second] = joined as [Phone, Phone, Phone];
		expect(await first.answer('one', [0])).toEqual({reply: 1, ok: true});
		expect(await second.answer('one', [2])).toEqual({reply: 1, ok: true});
		expect(await second.answer('one', [0])).toEqual({reply: 2, ok: true});
		expect(last(served.tallies)).toEqual({type: 'audience', question: 'one', joined: 3, answered: 2, votes: [2, 0, 0]});
		const revealed = served.move({type: 'reveal', now: 2});
		expect(await first.next()).toMatchObject({phase: 'revealed', answer: {explanation: secretWords.explanation}});
		expect(revealed.questions[0]!.revealed).toBe(true);
	});

	it('says clearly when its port is in use', async () => {
		const first = await serve();
		await expect(startRoomServer({hosts: ['127.0.0.1'], port: first.port, snapshot: () => startRoom(deck.quiz.questions, {seed: 1}), onAudience: () => undefined}))
			.rejects.toThrow(`port ${first.port} is already in use on 127.0.0.1`);
	});

	it('tells every phone the quiz has ended, and stops listening, when closed', async () => {
		const {server, base} = await serve();
		const phone = await join(base, deviceToken(1));
		await phone.next();
		await server.close();
		expect(await phone.closed).toBe(closeCodes.ended);
		await expect(send(base)).rejects.toThrow(/ECONNREFUSED/);
	});
});
