/*
The room quiz's web server under 500 phones, on loopback, each phone from its
own 127.x address: how long they take to join and answer, how long from an
answer to the tally handed to the room, how long a new question takes to
reach every phone, and the server's memory. Run for both ways of sending
live updates, server-sent events (what the server uses) and WebSocket (`ws`),
the server in a child process of its own so its memory is its alone.

	node .tmp/phones-bench.js [--phones N] [--json]      (bench/run.js builds it: --only phones)
*/
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import http from 'node:http';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {WebSocket, WebSocketServer} from 'ws';
import {parseDeck} from '../source/core/deck/parse.js';
import {audienceMessage, audienceView} from '../source/core/protocol/audience-messages.js';
import {audienceReducer, startAudience} from '../source/core/room/audience.js';
import {roomReducer, startRoom} from '../source/core/room/room-state.js';
import type {RoomState} from '../source/core/room/room-model.js';
import {startRoomServer} from '../source/io/web/room-server.js';

type Transport = 'sse' | 'ws';

const deckSource = ['---', 'title: Bench', '---', '', '# Slide', '', '<!-- quiz -->', '', '# Bench quiz', '', '## Which one?', '<!-- id: q1 -->', '', '- [ ] One', '- [x] Two', '- [ ] Three', '', 'Because two.', ''].join('\n');

function firstRoom(): RoomState {
	const {deck} = parseDeck(deckSource);
	return startRoom(deck.quiz!.questions, {seed: 1});
}

const addressOf = (n: number): string => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
const deviceOf = (n: number): string => (n + 1).toString(16).padStart(32, '0');

/** The child: a server of one transport, driven by lines on standard input. */
async function serve(transport: Transport): Promise<void> {
	let room = firstRoom();
	let answered = 0;
	const say = (value: unknown): void => {
		process.stdout.write(`${JSON.stringify(value)}\n`);
	};

	const memory = (): unknown => {
		(globalThis as {gc?: () => void}).gc?.();
		const {rss, heapUsed} = process.memoryUsage();
		return {rss, heapUsed};
	};

	let update: (state: RoomState) => void;
	if (transport === 'sse') {
		const server = await startRoomServer({
			hosts: ['127.0.0.1'],
			snapshot: () => room,
			onAudience(command) {
				answered = command.answered;
			},
			limits: {clients: 1000},
		});
		update = state => {
			server.update(state);
		};

		say({url: server.urls[0]});
	} else {
		let audience = startAudience(room);
		const sockets = new Set<WebSocket>();
		const server = http.createServer((_request, response) => response.end());
		const wss = new WebSocketServer({server, maxPayload: 1024});
		wss.on('connection', (socket, request) => {
			const device = new URL(request.url ?? '/', 'http://x').searchParams.get('device') ?? '';
			audience = audienceReducer(audience, {type: 'join', device}, room).state;
			sockets.add(socket);
			socket.send(audienceMessage(audienceView(room, 'Bench quiz')));
			socket.on('message', data => {
				const {question, choice} = JSON.parse(String(data)) as {question: string; choice: number[]};
				const result = audienceReducer(audience, {type: 'answer', device, question, choice}, room);
				audience = result.state;
				answered = [...audience.devices.values()].filter(answers => answers.has(question)).length;
				socket.send(JSON.stringify(result.refused ? {error: result.refused} : {ok: true}));
			});
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>(resolve => {
			server.listen(0, '127.0.0.1', resolve);
		});
		update = state => {
			const message = audienceMessage(audienceView(state, 'Bench quiz'));
			for (const socket of sockets) {
				socket.send(message);
			}
		};

		say({url: `ws://127.0.0.1:${(server.address() as {port: number}).port}/`});
	}

	for await (const line of createInterface({input: process.stdin})) {
		if (line === 'start') {
			room = roomReducer(room, {type: 'start', now: Date.now()});
			update(room);
			say({started: true});
		} else if (line === 'memory') {
			say(memory());
		} else if (line === 'answered') {
			say({answered});
		}
	}

	process.exit(0);
}

/** A phone: joins, and hands each state it is sent to `onState`; `answer` sends an answer and resolves when the server has taken it. */
type Phone = {answer(question: string, choice: number[]): Promise<number>; close(): void};

async function sseJoin(url: string, n: number, onState: (state: {phase: string; question?: {id: string}}) => void): Promise<Phone> {
	const agent = new http.Agent({keepAlive: true, maxSockets: 1, localAddress: addressOf(n)});
	return new Promise((resolve, reject) => {
		const request = http.get(`${url}/events?device=${deviceOf(n)}`, {localAddress: addressOf(n)}, response => {
			let buffer = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				buffer += chunk;
				let end;
				while ((end = buffer.indexOf('\n\n')) !== -1) {
					const event = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					if (event.startsWith('data: ')) {
						onState(JSON.parse(event.slice(6)) as {phase: string});
					}
				}
			});
			resolve({
				async answer(question, choice) {
					const sent = performance.now();
					return new Promise((done, fail) => {
						const post = http.request(`${url}/answer`, {method: 'POST', agent, headers: {'Content-Type': 'application/json'}}, reply => {
							reply.resume();
							reply.on('end', () => (reply.statusCode === 200 ? done(performance.now() - sent) : fail(new Error(`answer refused: ${reply.statusCode}`))));
						});
						post.on('error', fail);
						post.end(JSON.stringify({device: deviceOf(n), question, choice}));
					});
				},
				close() {
					request.destroy();
					agent.destroy();
				},
			});
		});
		request.on('error', reject);
	});
}

async function wsJoin(url: string, n: number, onState: (state: {phase: string; question?: {id: string}}) => void): Promise<Phone> {
	const socket = new WebSocket(`${url}?device=${deviceOf(n)}`, {localAddress: addressOf(n)});
	let acknowledged: (() => void) | undefined;
	socket.on('message', data => {
		const value = JSON.parse(String(data)) as {phase?: string; ok?: true};
		if (value.phase === undefined) {
			acknowledged?.();
		} else {
			onState(value as {phase: string});
		}
	});
	await new Promise((resolve, reject) => {
		socket.once('open', resolve);
		socket.once('error', reject);
	});
	return {
		async answer(question, choice) {
			const sent = performance.now();
			return new Promise(done => {
				acknowledged = () => done(performance.now() - sent);
				socket.send(JSON.stringify({question, choice}));
			});
		},
		close() {
			socket.terminate();
		},
	};
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function measure(transport: Transport, phones: number): Promise<Record<string, number>> {
	const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--serve', transport], {stdio: 'pipe'});
	const lines = createInterface({input: child.stdout})[Symbol.asyncIterator]();
	const ask = async (line?: string): Promise<Record<string, unknown>> => {
		if (line !== undefined) {
			child.stdin.write(`${line}\n`);
		}

		const {value, done} = await lines.next();
		if (done) {
			throw new Error(`the ${transport} server stopped`);
		}

		return JSON.parse(value as string) as Record<string, unknown>;
	};

	try {
		const {url} = await ask() as {url: string};
		const before = await ask('memory') as {rss: number; heapUsed: number};
		const started = performance.now();
		let reachedAll: () => void;
		const allShown = new Promise<void>(resolve => {
			reachedAll = resolve;
		});
		let shown = 0;
		const answers: Array<Promise<number>> = [];
		const joined = await Promise.all(Array.from({length: phones}, async (_, n) => {
			const phone: Phone = await (transport === 'sse' ? sseJoin : wsJoin)(url, n, state => {
				if (state.phase === 'question' && state.question) {
					answers.push(phone.answer(state.question.id, [n % 3]));
					if (++shown === phones) {
						reachedAll();
					}
				}
			});
			return phone;
		}));
		const joinMs = performance.now() - started;
		const afterJoin = await ask('memory') as {rss: number; heapUsed: number};
		const asked = performance.now();
		await ask('start');
		await allShown;
		const broadcastMs = performance.now() - asked;
		const latencies = (await Promise.all(answers)).sort((a, b) => a - b);
		const answeredMs = performance.now() - asked;
		const {answered} = await ask('answered') as {answered: number};
		if (answered !== phones) {
			throw new Error(`${transport}: ${answered} of ${phones} answers counted`);
		}

		for (const phone of joined) {
			phone.close();
		}

		return {
			joinMs,
			broadcastMs,
			joinAndAnswerMs: joinMs + answeredMs,
			answerMedianMs: quantile(latencies, 0.5),
			answerP99Ms: quantile(latencies, 0.99),
			rssMb: afterJoin.rss / 1024 / 1024,
			rssPerPhoneKb: (afterJoin.rss - before.rss) / 1024 / phones,
			heapPerPhoneKb: (afterJoin.heapUsed - before.heapUsed) / 1024 / phones,
		};
	} finally {
		child.kill();
	}
}

const {values: flags} = parseArgs({options: {serve: {type: 'string'}, phones: {type: 'string', default: '500'}, runs: {type: 'string', default: '3'}, json: {type: 'boolean', default: false}}});
if (flags.serve === 'sse' || flags.serve === 'ws') {
	await serve(flags.serve);
} else {
	const phones = Number(flags.phones);
	const results: Record<string, Array<Record<string, number>>> = {sse: [], ws: []};
	for (let run = 0; run < Number(flags.runs); run++) {
		for (const transport of ['sse', 'ws'] as const) {
			results[transport]!.push(await measure(transport, phones));
		}
	}

	if (flags.json) {
		console.log(JSON.stringify(results, undefined, 2));
	} else {
		const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
		const rows: Array<[string, string, (figures: Record<string, number>) => number]> = [
			['500 phones join and answer (target ≤ 2000 ms)', 'ms', figures => figures['joinAndAnswerMs']!],
			['  of which joining', 'ms', figures => figures['joinMs']!],
			['a new question reaches every phone', 'ms', figures => figures['broadcastMs']!],
			['answer → tally handed to the room, median', 'ms', figures => figures['answerMedianMs']!],
			['answer → tally handed to the room, p99 (target ≤ 100 ms)', 'ms', figures => figures['answerP99Ms']!],
			['server memory (RSS) with every phone joined', 'MB', figures => figures['rssMb']!],
			['  RSS per phone', 'KB', figures => figures['rssPerPhoneKb']!],
			['  JavaScript heap per phone', 'KB', figures => figures['heapPerPhoneKb']!],
		];
		console.log(`| ${phones} phones on loopback (median of ${flags.runs} runs) | server-sent events | ws |\n| --- | ---: | ---: |`);
		for (const [name, unit, pick] of rows) {
			console.log(`| ${name} | ${median(results['sse']!.map(pick)).toFixed(1)} ${unit} | ${median(results['ws']!.map(pick)).toFixed(1)} ${unit} |`);
		}
	}
}
