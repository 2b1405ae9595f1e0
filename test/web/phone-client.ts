/**
A phone as the server meets it, on loopback: plain requests, and the live
stream of the room's state, each from a chosen 127.x address (Linux routes
all of 127/8 to the loopback interface), so per-address limits can be tested
with many "phones" on one machine.
*/
import http from 'node:http';

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

export async function answer(base: string, fields: {device: string; question: string; choice: number[]}, from?: string): Promise<Reply> {
	return send(`${base}/answer`, {method: 'POST', body: JSON.stringify(fields), headers: {'Content-Type': 'application/json'}, ...(from ? {from} : {})});
}

export type Stream = {
	/** The next state the server sends (JSON), waiting at most `timeoutMs`. */
	next(timeoutMs?: number): Promise<unknown>;
	readonly status: number;
	close(): void;
};

/** Joins as `device` and follows the room's state. */
export async function follow(base: string, device: string, from?: string): Promise<Stream> {
	return new Promise((resolve, reject) => {
		const request = http.get(`${base}/events?device=${device}`, {agent: false, ...(from ? {localAddress: from} : {})}, response => {
			const queue: unknown[] = [];
			const waiting: Array<(value: unknown) => void> = [];
			let buffer = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				buffer += chunk;
				let end;
				while ((end = buffer.indexOf('\n\n')) !== -1) {
					const event = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const data = event.split('\n').filter(line => line.startsWith('data: ')).map(line => line.slice(6)).join('\n');
					if (data !== '') {
						const value: unknown = JSON.parse(data);
						const taker = waiting.shift();
						if (taker) {
							taker(value);
						} else {
							queue.push(value);
						}
					}
				}
			});
			resolve({
				status: response.statusCode ?? 0,
				async next(timeoutMs = 5000) {
					if (queue.length > 0) {
						return queue.shift();
					}

					return new Promise((done, fail) => {
						const timer = setTimeout(() => fail(new Error(`no state within ${timeoutMs} ms`)), timeoutMs);
						waiting.push(value => {
							clearTimeout(timer);
							done(value);
						});
					});
				},
				close() {
					request.destroy();
				},
			});
		});
		request.on('error', reject);
	});
}

/** A device token as the page makes one: 32 hexadecimal digits. */
export const deviceToken = (n: number): string => n.toString(16).padStart(32, '0');
