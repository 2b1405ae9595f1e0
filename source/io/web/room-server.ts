/**
The room quiz's web server: the room's phones open a page from the
presenter's own machine, follow the quiz live and answer. An edge over the
room's pure state: the room reducer stays the one truth (the server is told
each state with `update`), the phones' answers are a pure reducer of their
own (core/room/audience.ts), and the server hands the room their tally as an
`audience` command.

Node's own `http`, and server-sent events for the live part: one long
response per phone, written to on each change, which needs no library and
held 500 phones with less memory than `ws` did (see BENCHMARKS.md).

Everything a phone sends is untrusted: every path carries the room's token,
bodies are small and JSON, each device has one answer per question, requests
are rate-limited per address and per device, and connections per address,
in all, and slow ones are bounded.
*/
import {randomBytes, timingSafeEqual} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {audienceMessage, audienceView} from '../../core/protocol/audience-messages.js';
import {audienceReducer, audienceTally, startAudience, type AudienceRefusal, type AudienceState} from '../../core/room/audience.js';
import {currentRoomQuestion, type RoomCommand, type RoomState} from '../../core/room/room-model.js';
import {audiencePage, joinFormPage} from './audience-page.js';

/** The phones' tally for the room reducer. */
export type AudienceCommand = Extract<RoomCommand, {type: 'audience'}>;

export type RoomServerLimits = {
	/** Devices that may join (a phone that rejoins is not counted again). */
	readonly clients: number;
	/** Bytes of a request body. */
	readonly bodyBytes: number;
	/** Open connections from one address. */
	readonly connectionsPerAddress: number;
	/** Requests from one address: a burst of this many, refilled at `addressRate` a second. */
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
	/** A comment on every live stream this often, so a dead phone's connection is found and closed. */
	readonly heartbeatMs: number;
};

export const defaultLimits: RoomServerLimits = {
	clients: 500,
	bodyBytes: 1024,
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
	/** The page's language (BCP 47); `en` when the deck does not say. */
	readonly lang?: string;
	readonly limits?: Partial<RoomServerLimits>;
};

export type RoomServer = {
	/** One URL per host, the token in its path; `urls[0]` is the primary's. */
	readonly urls: string[];
	/** A short code a person can type at the server's root, for the same room. */
	readonly joinCode: string;
	readonly token: string;
	/** Tells the phones the room's new state. */
	update(state: RoomState): void;
	close(): Promise<void>;
};

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

const isDevice = (value: unknown): value is string => typeof value === 'string' && /^[\da-f]{32}$/.test(value);
const isQuestionId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

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

const contentSecurityPolicy = (nonce: string): string => [
	'default-src \'none\'',
	`script-src 'nonce-${nonce}'`,
	`style-src 'nonce-${nonce}'`,
	'connect-src \'self\'',
	'form-action \'self\'',
	'base-uri \'none\'',
	'frame-ancestors \'none\'',
].join('; ');

function securityHeaders(nonce: string): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy(nonce),
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

const json = (status: number, value: unknown): Reply => ({status, body: JSON.stringify(value), type: 'application/json; charset=utf-8'});
const text = (status: number, words: string): Reply => ({status, body: `${words}\n`, type: 'text/plain; charset=utf-8'});

/** The refusals a phone can do something about are 409; the rest 400. */
const refusalStatus = (refused: AudienceRefusal): number => (refused === 'invalid' ? 400 : 409);

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
	const limits: RoomServerLimits = {...defaultLimits, ...options.limits};
	const title = options.title ?? 'Room quiz';
	const lang = options.lang ?? 'en';
	const token = randomCode(12);
	const joinCode = randomCode(6);
	let room = options.snapshot();
	let audience: AudienceState = startAudience(room);
	let message = audienceMessage(audienceView(room, title));
	let shownQuestion = currentRoomQuestion(room)?.presented.question.id;
	const streams = new Set<http.ServerResponse>();
	const connections = new Map<string, number>();
	const addressBuckets = new Map<string, Bucket>();
	const deviceBuckets = new Map<string, Bucket>();
	let closed = false;

	const tellRoom = (): void => {
		const question = currentRoomQuestion(room)?.presented.question.id ?? '';
		options.onAudience({type: 'audience', question, ...audienceTally(audience, question)});
	};

	const send = (response: http.ServerResponse, data: string): void => {
		// A phone that stopped reading is not buffered for without end.
		if (response.writableLength > 256 * 1024) {
			response.destroy();
			return;
		}

		response.write(`data: ${data}\n\n`);
	};

	function reply(response: http.ServerResponse, {status, body, type, headers}: Reply, nonce = randomBytes(16).toString('base64')): void {
		if (response.headersSent) {
			response.end();
			return;
		}

		response.writeHead(status, {
			...securityHeaders(nonce),
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

	function openStream(request: http.IncomingMessage, response: http.ServerResponse, device: string): void {
		const known = audience.devices.has(device);
		if (!known && audience.devices.size >= limits.clients) {
			reply(response, text(503, `The room is full (${limits.clients} devices).`));
			return;
		}

		if (!known) {
			audience = audienceReducer(audience, {type: 'join', device}, room).state;
			tellRoom();
		}

		response.writeHead(200, {
			...securityHeaders(randomBytes(16).toString('base64')),
			'Content-Type': 'text/event-stream; charset=utf-8',
			Connection: 'keep-alive',
		});
		// A stream lives as long as the phone listens: no idle timeout, the heartbeat finds the dead ones.
		request.socket.setTimeout(0);
		response.write('retry: 2000\n\n');
		send(response, message);
		streams.add(response);
		response.on('close', () => {
			streams.delete(response);
		});
	}

	function readBody(request: http.IncomingMessage, done: (body: string | undefined) => void): void {
		const declared = Number(request.headers['content-length'] ?? 0);
		if (!Number.isFinite(declared) || declared > limits.bodyBytes) {
			done(undefined);
			return;
		}

		const chunks: Buffer[] = [];
		let size = 0;
		let over = false;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limits.bodyBytes) {
				over = true;
				request.pause();
				done(undefined);
				return;
			}

			chunks.push(chunk);
		});
		request.on('end', () => {
			if (!over) {
				done(Buffer.concat(chunks).toString('utf8'));
			}
		});
	}

	function answer(request: http.IncomingMessage, response: http.ServerResponse): void {
		if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
			reply(response, text(415, 'Answers are sent as JSON.'));
			return;
		}

		readBody(request, body => {
			if (body === undefined) {
				reply(response, {...text(413, `A request body is at most ${limits.bodyBytes} bytes.`), headers: {Connection: 'close'}});
				return;
			}

			let value: unknown;
			try {
				value = JSON.parse(body);
			} catch {
				reply(response, json(400, {error: 'malformed'}));
				return;
			}

			const {device, question, choice} = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
			if (!isDevice(device) || !isQuestionId(question) || !Array.isArray(choice) || choice.length > 64 || !choice.every(field => Number.isInteger(field))) {
				reply(response, json(400, {error: 'malformed'}));
				return;
			}

			if (audience.devices.has(device) && !takeToken(deviceBuckets, device, limits.deviceBurst, limits.deviceRate, Date.now())) {
				reply(response, {...json(429, {error: 'too-fast'}), headers: {'Retry-After': '1'}});
				return;
			}

			const result = audienceReducer(audience, {type: 'answer', device, question, choice: choice as number[]}, room);
			if (result.refused) {
				reply(response, json(refusalStatus(result.refused), {error: result.refused}));
				return;
			}

			const changed = result.state !== audience;
			audience = result.state;
			if (changed) {
				tellRoom();
			}

			reply(response, json(200, {ok: true}));
		});
	}

	function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
		const address = request.socket.remoteAddress ?? '';
		if (!takeToken(addressBuckets, address, limits.addressBurst, limits.addressRate, Date.now())) {
			reply(response, {...text(429, 'Too many requests: wait a moment.'), headers: {'Retry-After': '1'}});
			return;
		}

		let url: URL;
		try {
			url = new URL(request.url ?? '/', 'http://room.invalid');
		} catch {
			reply(response, text(400, 'That is not a path.'));
			return;
		}

		const [, first, given, action, ...rest] = url.pathname.split('/');
		const method = request.method ?? '';
		if (first === '' && given === undefined && method === 'GET') {
			page(response, nonce => joinFormPage({nonce, lang, wrongCode: false}));
			return;
		}

		if (first === 'join' && given === undefined && method === 'GET') {
			const code = (url.searchParams.get('code') ?? '').trim().toUpperCase();
			if (sameSecret(code, joinCode)) {
				reply(response, {...text(303, 'Joining.'), headers: {Location: `/j/${token}`}});
			} else {
				page(response, nonce => joinFormPage({nonce, lang, wrongCode: true}), 403);
			}

			return;
		}

		if (first !== 'j' || given === undefined || rest.length > 0) {
			reply(response, text(404, 'Nothing here.'));
			return;
		}

		if (!sameSecret(given.toUpperCase(), token)) {
			reply(response, text(403, 'That is not this room\'s address.'));
			return;
		}

		if (action === undefined && method === 'GET') {
			page(response, nonce => audiencePage({nonce, lang}));
		} else if (action === 'events' && method === 'GET') {
			const device = url.searchParams.get('device');
			if (isDevice(device)) {
				openStream(request, response, device);
			} else {
				reply(response, text(400, 'A device token is 32 hexadecimal digits.'));
			}
		} else if (action === 'answer' && method === 'POST') {
			answer(request, response);
		} else if (action === undefined || action === 'events' || action === 'answer') {
			reply(response, {...text(405, 'Not with that method.'), headers: {Allow: action === 'answer' ? 'POST' : 'GET'}});
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
		for (const stream of streams) {
			stream.write(': still here\n\n');
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
		for (const stream of streams) {
			stream.end();
		}

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
		token,
		update(state) {
			room = state;
			const next = audienceMessage(audienceView(state, title));
			if (next !== message) {
				message = next;
				for (const stream of streams) {
					send(stream, message);
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
