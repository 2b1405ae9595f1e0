import {describe, expect, it} from 'vitest';
import {createLineSplitter, decodeMessage, encodeMessage, type Message, type ShowState} from '../../source/core/protocol/protocol.js';

const state: ShowState = {
	slide: 2,
	step: 1,
	page: 0,
	pageCount: 1,
	atEnd: false,
	blackout: false,
	timer: {state: 'running', since: 1_700_000_000_000, banked: 1500},
	slideStartedMs: 900,
	pacedFrom: 1,
};

const messages: Message[] = [
	{v: 1, type: 'hello', deck: {path: '/home/a/talk.md', slides: 7, fingerprint: 'abc123', budgets: [60, null, 30.5], durationSeconds: 600}},
	{v: 1, type: 'hello', deck: {path: '/t.md', slides: 0, fingerprint: '', budgets: []}},
	{v: 1, type: 'state', state},
	{v: 1, type: 'state', state: {...state, timer: {state: 'idle'}}},
	{v: 1, type: 'state', state: {...state, timer: {state: 'paused', banked: 42}, atEnd: true, blackout: true}},
	{v: 1, type: 'command', command: 'next'},
	{v: 1, type: 'command', command: 'goto', count: 12},
	{v: 1, type: 'command', command: 'timer-reset'},
	{v: 1, type: 'command', command: 'start-quiz'},
	{v: 1, type: 'command', command: 'afresh'},
	{v: 1, type: 'state', state: {...state, atEnd: true, endOffer: 'room-quiz'}},
	{v: 1, type: 'state', state: {...state, endOffer: 'none', notesHit: 'aside'}},
	{v: 1, type: 'state', state: {...state, message: 'Picked up the talk at slide 7, 10:32 in: it ended without a quit · R start afresh'}},
];

describe('messages', () => {
	it.each(messages.map(message => [message.type, message] as const))('a %s survives encoding and decoding', (_type, message) => {
		const line = encodeMessage(message);
		expect(line.endsWith('\n')).toBe(true);
		expect(line.slice(0, -1)).not.toContain('\n');
		expect(decodeMessage(line.trim())).toEqual({ok: true, message});
	});

	it.each([
		['', 'not JSON'],
		['{"v":1,"type":"command","command":"next"', 'not JSON'],
		['[1,2]', 'not a JSON object'],
		['null', 'not a JSON object'],
		['"next"', 'not a JSON object'],
		['{"type":"command","command":"next"}', 'protocol version undefined, not 1'],
		['{"v":2,"type":"command","command":"next"}', 'protocol version 2, not 1'],
		['{"v":"1","type":"command","command":"next"}', 'protocol version "1", not 1'],
		['{"v":1,"type":"reload"}', 'unknown message type "reload"'],
		['{"v":1}', 'unknown message type undefined'],
		['{"v":1,"type":"command","command":"quit"}', 'unknown command "quit"'],
		['{"v":1,"type":"command","command":"search"}', 'unknown command "search"'],
		['{"v":1,"type":"command","command":"__proto__"}', 'unknown command "__proto__"'],
		['{"v":1,"type":"command","command":"goto","count":-1}', 'a command count that is not a whole number'],
		['{"v":1,"type":"command","command":"goto","count":1e400}', 'a command count that is not a whole number'],
		['{"v":1,"type":"state","state":{}}', 'a state that is not valid'],
		['{"v":1,"type":"hello","deck":{"path":3}}', 'a hello without a valid deck'],
	])('ignores %j: %s', (line, reason) => {
		expect(decodeMessage(line)).toEqual({ok: false, reason});
	});

	it('rejects states with numbers out of range or of the wrong kind', () => {
		const bad: unknown[] = [
			{...state, slide: -1},
			{...state, step: 1.5},
			{...state, pageCount: 0},
			{...state, atEnd: 'no'},
			{...state, slideStartedMs: Number.NaN},
			{...state, timer: {state: 'running', since: 5}},
			{...state, timer: {state: 'sleeping'}},
			{...state, timer: undefined},
			{...state, endOffer: 'personal'},
			{...state, notesHit: 3},
			{...state, message: ['a note']},
		];
		for (const value of bad) {
			expect(decodeMessage(JSON.stringify({v: 1, type: 'state', state: value})).ok).toBe(false);
		}
	});

	it('drops fields it does not know, so a message is only ever what the types say', () => {
		const decoded = decodeMessage(JSON.stringify({v: 1, type: 'command', command: 'next', extra: {deep: true}}));
		expect(decoded).toEqual({ok: true, message: {v: 1, type: 'command', command: 'next'}});
	});
});

describe('createLineSplitter', () => {
	const collect = (maxLength?: number) => {
		const lines: string[] = [];
		let overflows = 0;
		const feed = createLineSplitter(line => lines.push(line), () => {
			overflows++;
		}, maxLength);
		return {lines, feed, overflows: () => overflows};
	};

	it('joins lines split across chunks and splits chunks holding several lines', () => {
		const {lines, feed} = collect();
		feed('{"a":');
		feed('1}\n{"b":2}\n{"c"');
		feed(':3}\n');
		expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
	});

	it('skips blank lines', () => {
		const {lines, feed} = collect();
		feed('\n\n  \nx\n');
		expect(lines).toEqual(['x']);
	});

	it('drops a line that is too long, up to its newline, and reads on after it', () => {
		const {lines, feed, overflows} = collect(10);
		feed('0123456789ABCDEF');
		feed('more of the same line');
		feed(' still\nok\n');
		expect(lines).toEqual(['ok']);
		expect(overflows()).toBe(1);
	});

	it('drops a too-long line that arrives whole', () => {
		const {lines, feed, overflows} = collect(4);
		feed('12345\nabc\n');
		expect(lines).toEqual(['abc']);
		expect(overflows()).toBe(1);
	});

	it('holds at most one line of memory while a writer never ends its line', () => {
		const {lines, feed, overflows} = collect(100);
		for (let index = 0; index < 1000; index++) {
			feed('x'.repeat(50));
		}

		expect(lines).toEqual([]);
		expect(overflows()).toBe(1);
	});
});
