/**
A phone as the server meets it, on loopback: plain requests for the page,
and the one WebSocket that follows the room's state and carries answers,
each from a chosen 127.x address (Linux routes all of 127/8 to the loopback
interface), so per-address limits can be tested with many "phones" on one
machine.
*/
import http from 'node:http';
import {WebSocket} from 'ws';

export type Reply = {readonly status: number; readonly body: string; readonly headers: http.IncomingHttpHeaders};

export async function send(url: string, {method = 'GET', body, headers = {}, from}: {method?: string; body?: string | Buffer; headers?: Record<string, string>; from?: string} = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, {method, headers, agent: false, ...(from ? {localAddress: from} : {})}, response => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				resolve({status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers});
			});
			response.on('error', reject);
		});
		request.setTimeout(10_000, () => request.destroy(new Error(`no reply from ${url} within 10 s`)));
		request.on('error', reject);
		request.end(body);
	});
}

/** The server's reply to one answer. */
export type AnswerReply = {readonly reply: number | null; readonly ok?: true; readonly error?: string};

export type Phone = {
	/** 101 when the socket opened; otherwise the HTTP status the upgrade was refused with. */
	readonly status: number;
	/** The next state the server sends, waiting at most `timeoutMs`. */
	next(timeoutMs?: number): Promise<unknown>;
	/** Sends an answer and waits for its reply. */
	answer(question: string, choice: number[]): Promise<AnswerReply>;
	/** Sends anything, as a hostile client would; `reply` waits for the next reply. */
	raw(data: string | Buffer): void;
	reply(timeoutMs?: number): Promise<AnswerReply>;
	/** The close code once the socket is closed. */
	readonly closed: Promise<number>;
	close(): void;
};

/** The socket's address for a page URL: `…/j/TOKEN` → `ws://…/j/TOKEN/live?device=…`. */
export const liveUrl = (base: string, device: string): string => `${base.replace(/^http/, 'ws')}/live?device=${device}`;

/** A queue of values, taken in order, each waited for at most a while. */
function queue<T>(what: string): {put(value: T): void; take(timeoutMs: number): Promise<T>} {
	const values: T[] = [];
	const takers: Array<(value: T) => void> = [];
	return {
		put(value) {
			const taker = takers.shift();
			if (taker) {
				taker(value);
			} else {
				values.push(value);
			}
		},
		async take(timeoutMs) {
			if (values.length > 0) {
				return values.shift()!;
			}

			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					takers.splice(takers.indexOf(taker), 1);
					reject(new Error(`no ${what} within ${timeoutMs} ms`));
				}, timeoutMs);
				const taker = (value: T): void => {
					clearTimeout(timer);
					resolve(value);
				};

				takers.push(taker);
			});
		},
	};
}

/** Joins as `device` from the page's own origin (or `origin`; `null` sends none), and follows the room's state. */
export async function join(base: string, device: string, {from, origin = new URL(base).origin, url = liveUrl(base, device)}: {from?: string; origin?: string | null; url?: string} = {}): Promise<Phone> {
	const socket = new WebSocket(url, {...(origin === null ? {} : {origin}), maxPayload: 1024 * 1024, ...(from ? {localAddress: from} : {})});
	const states = queue<unknown>('state');
	const replies = queue<AnswerReply>('reply');
	let nextId = 1;
	const closed = new Promise<number>(resolve => {
		socket.once('close', code => {
			resolve(code);
		});
	});
	socket.on('message', data => {
		const value = JSON.parse(String(data)) as {reply?: unknown};
		if ('reply' in value) {
			replies.put(value as AnswerReply);
		} else {
			states.put(value);
		}
	});
	const status = await new Promise<number>((resolve, reject) => {
		socket.once('open', () => {
			resolve(101);
		});
		socket.once('unexpected-response', (request, response) => {
			resolve(response.statusCode ?? 0);
			response.resume();
			request.destroy();
		});
		socket.once('error', reject);
	});
	// Past the handshake, an error is followed by a close, which `closed` reports.
	socket.on('error', () => undefined);
	return {
		status,
		async next(timeoutMs = 5000) {
			return states.take(timeoutMs);
		},
		async answer(question, choice) {
			socket.send(JSON.stringify({id: nextId++, question, choice}));
			return replies.take(5000);
		},
		raw(data) {
			socket.send(data);
		},
		async reply(timeoutMs = 5000) {
			return replies.take(timeoutMs);
		},
		closed,
		close() {
			socket.terminate();
		},
	};
}

/** A device token as the page makes one: 32 hexadecimal digits. */
export const deviceToken = (n: number): string => n.toString(16).padStart(32, '0');
