/**
The room quiz's web server: the room's phones open a page from the
presenter's own machine, follow the quiz live and answer. An edge over the
room's pure state: the room reducer stays the one truth (the server is told
each state with `update`), the phones' answers are a pure reducer of their
own (core/room/audience.ts), and the server hands the room their tally as an
`audience` command.

Node's own `http` serves the page; each phone then holds one WebSocket (`ws`,
bundled), which carries the room's state to it and its answers back. Beside
server-sent events with answers as POST requests, it held 500 phones with
less memory and delay (see BENCHMARKS.md).

Everything a phone sends is untrusted: the page and the socket need the
room's token, the socket a same-origin `Origin` and a device token; a message
is small JSON, read by a strict parser; each device has one socket and one
answer per question; requests and messages are rate-limited per address and
per device; connections per address, devices in all and slow requests are
bounded, and a phone that stops answering pings is dropped.
*/
import {randomBytes, timingSafeEqual} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type RawData, type WebSocket} from 'ws';
import {audienceMessage, audienceView, phoneReply, readPhoneAnswer} from '../../core/protocol/audience-messages.js';
import {audienceReducer, audienceTally, startAudience, type AudienceState} from '../../core/room/audience.js';
import {currentRoomQuestion, type RoomCommand, type RoomState} from '../../core/room/room-model.js';
import {audiencePage, joinFormPage} from './audience-page.js';

/** The phones' tally for the room reducer. */
export type AudienceCommand = Extract<RoomCommand, {type: 'audience'}>;

export type RoomServerLimits = {
	/** Devices that may join (a phone that rejoins is not counted again); each holds one socket. */
	readonly clients: number;
	/** Bytes of a message from a phone (an answer is under 100); a larger one closes its socket. */
	readonly messageBytes: number;
	/** Open connections from one address. */
	readonly connectionsPerAddress: number;
	/** Requests and messages from one address: a burst of this many, refilled at `addressRate` a second. */
	readonly addressBurst: number;
	readonly addressRate: number;
	/** Answers from one device: a burst, refilled at `deviceRate` a second. */
	readonly deviceBurst: number;
	readonly deviceRate: number;
	/** A request's headers must arrive within this (slow clients), and the whole request within `requestMs`. */
	readonly headersMs: number;
	readonly requestMs: number;
	/** An idle kept-alive connection is closed after this. */
	readonly keepAliveMs: number;
	/** A ping to every phone this often; one that has not answered the last is dropped. */
	readonly heartbeatMs: number;
};

export const defaultLimits: RoomServerLimits = {
	clients: 500,
	messageBytes: 1024,
	connectionsPerAddress: 32,
	addressBurst: 60,
	addressRate: 20,
	deviceBurst: 20,
	deviceRate: 5,
	headersMs: 5000,
	requestMs: 10_000,
	keepAliveMs: 5000,
	heartbeatMs: 20_000,
};

export type RoomServerOptions = {
	/** Addresses to listen on, the primary first. */
	readonly hosts: readonly string[];
	/** 0 or absent: a free port, the same on every host. */
	readonly port?: number;
	/** The room's state when the server starts. */
	readonly snapshot: () => RoomState;
	/** Called with the phones' tally whenever it changes. */
	readonly onAudience: (command: AudienceCommand) => void;
	/** The quiz's title, as the phones show it. */
	readonly title?: string;
	readonly limits?: Partial<RoomServerLimits>;
};

export type RoomServer = {
	/** One URL per host, the token in its path; `urls[0]` is the primary's. */
	readonly urls: string[];
	/** A short code a person can type at the server's root, for the same room. */
	readonly joinCode: string;
	/** Tells the phones the room's new state. */
	update(state: RoomState): void;
	close(): Promise<void>;
};

/** The language of the pages' own words (BCP 47). */
const lang = 'en';

/** Close codes the page acts on: the quiz is over (1001), or this device's newer socket took over (4001); after any other it reconnects. */
export const closeCodes = {ended: 1001, policy: 1008, replaced: 4001} as const;

/** Letters and digits that no one reads as another (no 0/O, 1/I/L): a QR code's alphanumeric mode holds them compactly. */
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function randomCode(length: number): string {
	const bytes = randomBytes(length);
	return [...bytes].map(byte => codeAlphabet[byte % codeAlphabet.length]!).join('');
}

/** Equal strings, compared in constant time, so a token cannot be found a character at a time. */
function sameSecret(given: string, secret: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(secret);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** A request's path, read one way for the page and for its socket. */
type Route = {
	readonly url: URL;
	/** The first segment: '' at the root, `join` for a typed code, `j` for the room's own address. */
	readonly first: string | undefined;
	readonly given: string | undefined;
	readonly action: string | undefined;
	/** `/j/<token>` or `/j/<token>/<action>` and nothing after it. */
	readonly roomPath: boolean;
	/** A room path whose token is this room's. */
	readonly ours: boolean;
};

/** The route `path` asks for; undefined when it is no path at all (`//[`, which `URL` throws on): every caller refuses such a one. */
function readRoute(path: string | undefined, token: string): Route | undefined {
	let url: URL;
	try {
		url = new URL(path ?? '/', 'http://room.invalid');
	} catch {
		return undefined;
	}

	const [, first, given, action, ...rest] = url.pathname.split('/');
	const roomPath = first === 'j' && given !== undefined && rest.length === 0;
	return {url, first, given, action, roomPath, ours: roomPath && sameSecret(given.toUpperCase(), token)};
}

const isDevice = (value: unknown): value is string => typeof value === 'string' && /^[\da-f]{32}$/.test(value);

/** A token bucket: `burst` requests at once, refilled at `rate` a second. */
type Bucket = {tokens: number; at: number};

function takeToken(buckets: Map<string, Bucket>, key: string, burst: number, rate: number, now: number): boolean {
	const bucket = buckets.get(key) ?? {tokens: burst, at: now};
	bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
	bucket.at = now;
	buckets.set(key, bucket);
	if (bucket.tokens < 1) {
		return false;
	}

	bucket.tokens -= 1;
	return true;
}

/** A Host header as a browser sends it (a name or address, a port): only such a one is named in the policy. */
const plainHost = /^(?:[\w.-]+|\[[\da-f:.]+\])(?::\d{1,5})?$/i;

/**
`connect-src 'self'` covers the page's own `ws:` origin in browsers that
follow CSP 3, and the explicit `ws://host` in those that do not.
*/
const contentSecurityPolicy = (nonce: string, host: string | undefined): string => [
	'default-src \'none\'',
	`script-src 'nonce-${nonce}'`,
	`style-src 'nonce-${nonce}'`,
	`connect-src 'self'${host !== undefined && plainHost.test(host) ? ` ws://${host}` : ''}`,
	'form-action \'self\'',
	'base-uri \'none\'',
	'frame-ancestors \'none\'',
].join('; ');

function securityHeaders(nonce: string, host?: string): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy(nonce, host),
		'Referrer-Policy': 'no-referrer',
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Cross-Origin-Resource-Policy': 'same-origin',
		'Cache-Control': 'no-store',
	};
}

const hostInUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** Listens on `host`, or says in words why it cannot. */
async function listen(server: http.Server, host: string, port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const failed = (error: NodeJS.ErrnoException): void => {
			const where = `${hostInUrl(host)}:${port}`;
			const reason = error.code === 'EADDRINUSE'
				? `port ${port} is already in use on ${hostInUrl(host)}; choose another with --port, or leave it out for a free one`
				: (error.code === 'EADDRNOTAVAIL' ? `${host} is not an address of this machine` : (error.code === 'EACCES' ? `not allowed to listen on ${where} (ports below 1024 need privileges)` : `cannot listen on ${where}: ${error.message}`));
			reject(new Error(reason));
		};

		server.once('error', failed);
		server.listen({host, port, exclusive: true}, () => {
			server.off('error', failed);
			resolve((server.address() as AddressInfo).port);
		});
	});
}

type Reply = {readonly status: number; readonly body: string; readonly type?: string; readonly headers?: Record<string, string>};

const text = (status: number, words: string): Reply => ({status, body: `${words}\n`, type: 'text/plain; charset=utf-8'});

/** Refuses a WebSocket upgrade with a plain HTTP answer, and closes the connection once it is sent. */
function refuseUpgrade(socket: Duplex, status: number, words: string): void {
	if (socket.writable) {
		const body = `${words}\n`;
		socket.once('finish', () => socket.destroy());
		socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	} else {
		socket.destroy();
	}
}

/** A phone's socket, and what the server knows of it. */
type Phone = {readonly socket: WebSocket; readonly device: string; readonly address: string; alive: boolean; refusedInARow: number};

/** Bytes waiting to go to one phone before it is taken for gone: a phone that stopped reading is not buffered for without end. */
const MAX_QUEUED_BYTES = 256 * 1024;

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
	const limits: RoomServerLimits = {...defaultLimits, ...options.limits};
	const title = options.title ?? 'Room quiz';
	const token = randomCode(12);
	const joinCode = randomCode(6);
	let room = options.snapshot();
	let audience: AudienceState = startAudience(room);
	let message = audienceMessage(audienceView(room, title));
	let shownQuestion = currentRoomQuestion(room)?.presented.question.id;
	/** Each device's one socket. */
	const phones = new Map<string, Phone>();
	const connections = new Map<string, number>();
	const addressBuckets = new Map<string, Bucket>();
	const deviceBuckets = new Map<string, Bucket>();
	let closed = false;
	const sockets = new WebSocketServer({noServer: true, maxPayload: limits.messageBytes, perMessageDeflate: false, clientTracking: false});

	const tellRoom = (): void => {
		const question = currentRoomQuestion(room)?.presented.question.id ?? '';
		options.onAudience({type: 'audience', question, ...audienceTally(audience, question)});
	};

	const send = (phone: Phone, data: string): void => {
		if (phone.socket.bufferedAmount > MAX_QUEUED_BYTES) {
			phone.socket.terminate();
			return;
		}

		phone.socket.send(data);
	};

	function reply(response: http.ServerResponse, {status, body, type, headers}: Reply, nonce = randomBytes(16).toString('base64')): void {
		response.writeHead(status, {
			...securityHeaders(nonce, response.req.headers.host),
			'Content-Type': type ?? 'text/html; charset=utf-8',
			'Content-Length': String(Buffer.byteLength(body)),
			...headers,
		});
		response.end(body);
	}

	function page(response: http.ServerResponse, build: (nonce: string) => string, status = 200): void {
		const nonce = randomBytes(16).toString('base64');
		reply(response, {status, body: build(nonce)}, nonce);
	}

	/** An answer from a phone's socket: counted once, refused after the reveal or for another question, always replied to. */
	function onMessage(phone: Phone, data: RawData, isBinary: boolean): void {
		if (isBinary) {
			phone.socket.close(closeCodes.policy, 'Text messages only.');
			return;
		}

		const now = Date.now();
		if (!takeToken(addressBuckets, phone.address, limits.addressBurst, limits.addressRate, now) || !takeToken(deviceBuckets, phone.device, limits.deviceBurst, limits.deviceRate, now)) {
			// A page waits when told; a client that keeps sending is cut off.
			if (++phone.refusedInARow > limits.deviceBurst) {
				phone.socket.close(closeCodes.policy, 'Too many messages.');
			} else {
				send(phone, phoneReply(null, 'too-fast'));
			}

			return;
		}

		phone.refusedInARow = 0;
		const answer = readPhoneAnswer(String(data));
		if (!answer) {
			send(phone, phoneReply(null, 'malformed'));
			return;
		}

		const result = audienceReducer(audience, {type: 'answer', device: phone.device, question: answer.question, choice: answer.choice}, room);
		if (!result.refused && result.state !== audience) {
			audience = result.state;
			tellRoom();
		}

		send(phone, phoneReply(answer.id, result.refused));
	}

	function onSocket(socket: WebSocket, device: string, address: string): void {
		// One socket per device: a phone that wakes before its old socket is found dead takes over from it.
		phones.get(device)?.socket.close(closeCodes.replaced, 'This device joined again.');
		const phone: Phone = {socket, device, address, alive: true, refusedInARow: 0};
		phones.set(device, phone);
		if (!audience.devices.has(device)) {
			audience = audienceReducer(audience, {type: 'join', device}, room).state;
			tellRoom();
		}

		socket.on('message', (data, isBinary) => {
			onMessage(phone, data, isBinary);
		});
		socket.on('pong', () => {
			phone.alive = true;
		});
		// A message past `messageBytes` or a broken frame: ws closes the socket, and says so here.
		socket.on('error', () => undefined);
		socket.on('close', () => {
			if (phones.get(device) === phone) {
				phones.delete(device);
			}
		});
		send(phone, message);
	}

	function onUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void {
		const address = request.socket.remoteAddress ?? '';
		if (closed) {
			refuseUpgrade(socket, 503, 'The room quiz has ended.');
			return;
		}

		if (!takeToken(addressBuckets, address, limits.addressBurst, limits.addressRate, Date.now())) {
			refuseUpgrade(socket, 429, 'Too many requests: wait a moment.');
			return;
		}

		const route = readRoute(request.url, token);
		if (!route) {
			refuseUpgrade(socket, 400, 'That is not a path.');
			return;
		}

		if (!route.roomPath || route.action !== 'live') {
			refuseUpgrade(socket, 404, 'Nothing here.');
			return;
		}

		if (!route.ours) {
			refuseUpgrade(socket, 403, 'That is not this room\'s address.');
			return;
		}

		// Only the room's own page may open a socket: a page elsewhere that a phone visits cannot follow or answer for it.
		const {origin, host} = request.headers;
		if (origin === undefined || host === undefined || origin !== `http://${host}`) {
			refuseUpgrade(socket, 403, 'Only the room\'s page may join.');
			return;
		}

		const device = route.url.searchParams.get('device');
		if (!isDevice(device)) {
			refuseUpgrade(socket, 400, 'A device token is 32 hexadecimal digits.');
			return;
		}

		if (!audience.devices.has(device) && audience.devices.size >= limits.clients) {
			refuseUpgrade(socket, 503, `The room is full (${limits.clients} devices).`);
			return;
		}

		sockets.handleUpgrade(request, socket, head, webSocket => {
			onSocket(webSocket, device, address);
		});
	}

	function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
		const address = request.socket.remoteAddress ?? '';
		if (!takeToken(addressBuckets, address, limits.addressBurst, limits.addressRate, Date.now())) {
			reply(response, {...text(429, 'Too many requests: wait a moment.'), headers: {'Retry-After': '1'}});
			return;
		}

		const method = request.method ?? '';
		// Nothing here takes a body: such a request is answered at once and its connection closed, its body never read.
		if (method !== 'GET' && method !== 'HEAD') {
			const large = Number(request.headers['content-length'] ?? 0) > limits.messageBytes || request.headers['transfer-encoding'] !== undefined;
			reply(response, {...text(large ? 413 : 405, large ? 'Nothing here takes a body.' : 'Not with that method.'), headers: {Allow: 'GET', Connection: 'close'}});
			return;
		}

		const route = readRoute(request.url, token);
		if (!route) {
			reply(response, text(400, 'That is not a path.'));
			return;
		}

		const {url, first, given, action} = route;
		if (first === '' && given === undefined) {
			page(response, nonce => joinFormPage({nonce, lang, wrongCode: false}));
			return;
		}

		if (first === 'join' && given === undefined) {
			const code = (url.searchParams.get('code') ?? '').trim().toUpperCase();
			if (sameSecret(code, joinCode)) {
				reply(response, {...text(303, 'Joining.'), headers: {Location: `/j/${token}`}});
			} else {
				page(response, nonce => joinFormPage({nonce, lang, wrongCode: true}), 403);
			}

			return;
		}

		if (!route.roomPath) {
			reply(response, text(404, 'Nothing here.'));
			return;
		}

		if (!route.ours) {
			reply(response, text(403, 'That is not this room\'s address.'));
			return;
		}

		if (action === undefined) {
			page(response, nonce => audiencePage({nonce, lang}));
		} else if (action === 'live') {
			reply(response, {...text(426, 'This address is for the page\'s WebSocket.'), headers: {Upgrade: 'websocket', Connection: 'Upgrade'}});
		} else {
			reply(response, text(404, 'Nothing here.'));
		}
	}

	const onConnection = (socket: Socket): void => {
		const address = socket.remoteAddress ?? '';
		const open = (connections.get(address) ?? 0) + 1;
		if (open > limits.connectionsPerAddress || closed) {
			socket.destroy();
			return;
		}

		connections.set(address, open);
		socket.once('close', () => {
			const left = (connections.get(address) ?? 1) - 1;
			if (left === 0) {
				connections.delete(address);
			} else {
				connections.set(address, left);
			}
		});
	};

	const servers = options.hosts.map(() => {
		const server = http.createServer({
			headersTimeout: limits.headersMs,
			requestTimeout: limits.requestMs,
			keepAliveTimeout: limits.keepAliveMs,
			connectionsCheckingInterval: Math.min(1000, limits.headersMs / 2),
			maxHeaderSize: 8192,
		}, handle);
		server.maxConnections = limits.clients * 2 + 64;
		server.maxRequestsPerSocket = 1000;
		server.on('connection', onConnection);
		server.on('upgrade', onUpgrade);
		// A malformed request line or headers: 400 and the connection closed, nothing else changes.
		server.on('clientError', (_error, socket) => {
			if (socket.writable) {
				socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			}

			socket.destroy();
		});
		return server;
	});

	const heartbeat = setInterval(() => {
		for (const phone of phones.values()) {
			if (!phone.alive) {
				phone.socket.terminate();
				continue;
			}

			phone.alive = false;
			phone.socket.ping();
		}

		// Buckets that are full again are forgotten: they would be made the same.
		const now = Date.now();
		for (const [buckets, burst, rate] of [[addressBuckets, limits.addressBurst, limits.addressRate], [deviceBuckets, limits.deviceBurst, limits.deviceRate]] as const) {
			for (const [key, bucket] of buckets) {
				if (bucket.tokens + ((now - bucket.at) / 1000) * rate >= burst) {
					buckets.delete(key);
				}
			}
		}
	}, limits.heartbeatMs);
	heartbeat.unref();

	async function close(): Promise<void> {
		if (closed) {
			return;
		}

		closed = true;
		clearInterval(heartbeat);
		// Each phone is told the quiz is over, and given a moment to say goodbye before its socket is cut.
		const open = [...phones.values()].map(phone => phone.socket);
		await Promise.race([
			Promise.all(open.map(async socket => new Promise<void>(resolve => {
				socket.once('close', () => {
					resolve();
				});
				socket.close(closeCodes.ended, 'The room quiz has ended.');
			}))),
			new Promise<void>(resolve => {
				setTimeout(resolve, 1000).unref();
			}),
		]);
		for (const socket of open) {
			socket.terminate();
		}

		sockets.close();
		await Promise.all(servers.map(async server => new Promise<void>(resolve => {
			server.close(() => {
				resolve();
			});
			server.closeAllConnections();
		})));
	}

	let port = options.port ?? 0;
	try {
		for (const [index, server] of servers.entries()) {
			port = await listen(server, options.hosts[index]!, port);
		}
	} catch (error) {
		await close();
		throw error;
	}

	return {
		urls: options.hosts.map(host => `http://${hostInUrl(host)}:${port}/j/${token}`),
		joinCode,
		update(state) {
			room = state;
			const next = audienceMessage(audienceView(state, title));
			if (next !== message) {
				message = next;
				for (const phone of phones.values()) {
					send(phone, message);
				}
			}

			const question = currentRoomQuestion(state)?.presented.question.id;
			if (question !== shownQuestion) {
				shownQuestion = question;
				tellRoom();
			}
		},
		close,
	};
}
