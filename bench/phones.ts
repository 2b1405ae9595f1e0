/*
The room quiz's web server under 500 phones, on loopback, each phone from its
own 127.x address and holding one WebSocket, as the page does: how long they
take to join and answer, how long from an answer to the tally handed to the
room (the server replies once it has handed it), how long a new question
takes to reach every phone, and the server's memory. The server runs in a
child process of its own so its memory is its alone.

	node .tmp/phones-bench.js [--phones N] [--runs N] [--json]      (bench/run.js builds it: --only phones)
*/
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {WebSocket} from 'ws';
import {parseDeck} from '../source/core/deck/parse.js';
import {roomReducer, startRoom} from '../source/core/room/room-state.js';
import type {RoomState} from '../source/core/room/room-model.js';
import {startRoomServer} from '../source/io/web/room-server.js';

const deckSource = ['---', 'title: Bench', '---', '', '# Slide', '', '<!-- quiz -->', '', '# Bench quiz', '', '## Which one?', '<!-- id: q1 -->', '', '- [ ] One', '- [x] Two', '- [ ] Three', '', 'Because two.', ''].join('\n');

function firstRoom(): RoomState {
	const {deck} = parseDeck(deckSource);
	return startRoom(deck.quiz!.questions, {seed: 1});
}

const addressOf = (n: number): string => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
const deviceOf = (n: number): string => (n + 1).toString(16).padStart(32, '0');

/** The child: the room server, driven by lines on standard input. */
async function serve(): Promise<void> {
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

	const server = await startRoomServer({
		hosts: ['127.0.0.1'],
		snapshot: () => room,
		onAudience(command) {
			answered = command.answered;
		},
	});
	say({url: server.urls[0]});
	for await (const line of createInterface({input: process.stdin})) {
		if (line === 'start') {
			room = roomReducer(room, {type: 'start', now: Date.now()});
			server.update(room);
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

async function join(url: string, n: number, onState: (state: {phase: string; question?: {id: string}}) => void): Promise<Phone> {
	const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/live?device=${deviceOf(n)}`, {localAddress: addressOf(n), origin: new URL(url).origin});
	let acknowledged: (() => void) | undefined;
	socket.on('message', data => {
		const value = JSON.parse(String(data)) as {phase?: string; reply?: number};
		if (value.reply !== undefined) {
			acknowledged?.();
		} else {
			onState(value as {phase: string});
		}
	});
	await new Promise<void>((resolve, reject) => {
		socket.once('open', resolve);
		socket.once('error', reject);
	});
	return {
		async answer(question, choice) {
			const sent = performance.now();
			return new Promise(done => {
				acknowledged = () => done(performance.now() - sent);
				socket.send(JSON.stringify({id: n, question, choice}));
			});
		},
		close() {
			socket.terminate();
		},
	};
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function measure(phones: number): Promise<Record<string, number>> {
	const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--serve'], {stdio: 'pipe'});
	const lines = createInterface({input: child.stdout})[Symbol.asyncIterator]();
	const ask = async (line?: string): Promise<Record<string, unknown>> => {
		if (line !== undefined) {
			child.stdin.write(`${line}\n`);
		}

		const {value, done} = await lines.next();
		if (done) {
			throw new Error('the room server stopped');
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
			const phone: Phone = await join(url, n, state => {
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
			throw new Error(`${answered} of ${phones} answers counted`);
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

const {values: flags} = parseArgs({options: {serve: {type: 'boolean', default: false}, phones: {type: 'string', default: '500'}, runs: {type: 'string', default: '3'}, json: {type: 'boolean', default: false}}});
if (flags.serve) {
	await serve();
} else {
	const phones = Number(flags.phones);
	const results: Array<Record<string, number>> = [];
	for (let run = 0; run < Number(flags.runs); run++) {
		results.push(await measure(phones));
	}

	if (flags.json) {
		console.log(JSON.stringify(results, undefined, 2));
	} else {
		const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
		const rows: Array<[string, string, (figures: Record<string, number>) => number]> = [
			[`${phones} phones join and answer (target ≤ 2000 ms)`, 'ms', figures => figures['joinAndAnswerMs']!],
			['  of which joining', 'ms', figures => figures['joinMs']!],
			['a new question reaches every phone', 'ms', figures => figures['broadcastMs']!],
			['answer → tally handed to the room, median', 'ms', figures => figures['answerMedianMs']!],
			['answer → tally handed to the room, p99 (target ≤ 100 ms)', 'ms', figures => figures['answerP99Ms']!],
			['server memory (RSS) with every phone joined', 'MB', figures => figures['rssMb']!],
			['  RSS per phone', 'KB', figures => figures['rssPerPhoneKb']!],
			['  JavaScript heap per phone', 'KB', figures => figures['heapPerPhoneKb']!],
		];
		console.log(`| ${phones} phones on loopback, one WebSocket each (${flags.runs} runs) | median | min–max |\n| --- | ---: | ---: |`);
		for (const [name, unit, pick] of rows) {
			const values = sorted(results.map(pick));
			console.log(`| ${name} | ${values[Math.floor(values.length / 2)]!.toFixed(1)} ${unit} | ${values[0]!.toFixed(1)}–${values.at(-1)!.toFixed(1)} ${unit} |`);
		}
	}
}
