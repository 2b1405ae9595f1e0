/** The room quiz's messages on the channel: what they carry, what is refused, and that none holds an answer. */
import {describe, expect, it} from 'vitest';
import {decodeMessage, encodeMessage, isConsoleMessage, type Message} from '../../source/core/protocol/protocol.js';
import {roomFromSnapshot, roomSnapshot} from '../../source/core/protocol/room-snapshot.js';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import {type RoomCommand, type RoomState} from '../../source/core/room/room-model.js';
import {questionView} from '../../source/core/room/room-view.js';
import {card, deck, multiple, option, single} from '../ui/quiz/fixture.js';

const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);
const started = run(startRoom([single, multiple, card], {seed: 7, countdownMs: 30_000}), {type: 'start', now: 1000});
const counted = run(started, {type: 'set-count', question: 'capital', field: 1, count: 4}, {type: 'edit-count', field: 2}, {type: 'digit', digit: 7});

const messages: Message[] = [
	{v: 1, type: 'room-hello', deck: {path: '/decks/talk.md', fingerprint: 'f1', quizHash: 'q1'}},
	{v: 1, type: 'room-hello', deck: {path: '/decks/talk.md', fingerprint: 'f1', quizHash: 'q1', notices: ['The room\'s counts will not be kept: no store']}},
	{v: 1, type: 'room-state', room: roomSnapshot(counted)},
	{v: 1, type: 'room-state', room: roomSnapshot(startRoom([single], {seed: 1}))},
	{v: 1, type: 'room-command', command: {type: 'advance', question: 'capital'}},
	{v: 1, type: 'room-command', command: {type: 'start'}},
	{v: 1, type: 'room-command', command: {type: 'set-count', question: 'capital', field: 0, count: 12}},
	{v: 1, type: 'room-command', command: {type: 'set-count', question: 'capital', field: 0, count: null}},
	{v: 1, type: 'room-command', command: {type: 'show-counts', shown: true}},
	{v: 1, type: 'room-state', room: roomSnapshot(run(counted, {type: 'show-counts', shown: true}))},
];

describe('room messages', () => {
	it.each(messages.map(message => [message.type, message] as const))('a %s survives encoding and decoding', (_type, message) => {
		expect(decodeMessage(encodeMessage(message).trim())).toEqual({ok: true, message});
	});

	it('keep the protocol version, so a console that does not know them ignores them as unknown types', () => {
		for (const message of messages) {
			expect(message.v).toBe(1);
			expect(['hello', 'state', 'command']).not.toContain(message.type);
		}
	});

	it('only commands come from a console', () => {
		expect(messages.filter(message => isConsoleMessage(message)).map(message => message.type)).toEqual(['room-command', 'room-command', 'room-command', 'room-command', 'room-command']);
	});

	it.each([
		['{"v":1,"type":"room-hello","deck":{"path":"/a.md","fingerprint":"f"}}', 'a room-hello without a valid deck'],
		['{"v":1,"type":"room-hello","deck":{"path":"/a.md","fingerprint":"f","quizHash":"q","notices":[3]}}', 'a room-hello without a valid deck'],
		['{"v":1,"type":"room-state"}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-state","room":{"phase":"asking","index":0,"questions":[]}}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-state","room":{"phase":"question","index":3,"questions":[{"id":"a","order":[0],"counts":[null],"revealed":false}]}}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-state","room":{"phase":"question","index":0,"questions":[{"id":"a","order":[-1],"counts":[null],"revealed":false}]}}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-state","room":{"phase":"question","index":0,"questions":[{"id":"a","order":[0],"counts":[1.5],"revealed":false}]}}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-state","room":{"phase":"question","index":0,"questions":[],"entry":{"field":0,"digits":"12a"}}}', 'a room-state that is not valid'],
		['{"v":1,"type":"room-command"}', 'a room-command without a command'],
		['{"v":1,"type":"room-command","command":{"type":"quit"}}', 'unknown room command "quit"'],
		['{"v":1,"type":"room-command","command":{"type":"reveal","question":7}}', 'a room command whose question is not an id'],
		['{"v":1,"type":"room-command","command":{"type":"set-count","field":0,"count":3}}', 'a set-count without a question, a field and a count'],
		['{"v":1,"type":"room-command","command":{"type":"set-count","question":"a","field":0,"count":-3}}', 'a set-count without a question, a field and a count'],
		['{"v":1,"type":"room-command","command":{"type":"show-counts"}}', 'a show-counts without shown: true or false'],
		['{"v":1,"type":"room-state","room":{"phase":"intro","index":0,"questions":[],"countsShown":"yes"}}', 'a room-state that is not valid'],
	])('ignores %j: %s', (line, reason) => {
		expect(decodeMessage(line)).toEqual({ok: false, reason});
	});

	it('drops fields it does not know', () => {
		const decoded = decodeMessage(JSON.stringify({v: 1, type: 'room-command', command: {type: 'next', question: 'q', now: 5, extra: true}}));
		expect(decoded).toEqual({ok: true, message: {v: 1, type: 'room-command', command: {type: 'next', question: 'q'}}});
	});
});

describe('the room state on the wire', () => {
	it('holds no answer: no right option, no explanation, no feedback', () => {
		const line = encodeMessage({v: 1, type: 'room-state', room: roomSnapshot(run(counted, {type: 'reveal', now: 2000}))});
		for (const word of ['correct', 'right', 'explanation', 'Paris', 'Lyon is the third', 'two divisors']) {
			expect(line).not.toContain(word);
		}
	});

	it('comes back as the same state from the same questions, answers and all', () => {
		const rebuilt = roomFromSnapshot(roomSnapshot(counted), deck.quiz.questions);
		expect(rebuilt).toEqual(counted);
		expect(questionView(rebuilt!, 'presenter')).toEqual(questionView(counted, 'presenter'));
	});

	it('survives a whole run: every state the room passes through reads back the same', () => {
		const commands: RoomCommand[] = [
			{type: 'show-counts', shown: true}, {type: 'reveal', now: 2000}, {type: 'view-slide'}, {type: 'close-slide'}, {type: 'next', now: 3000},
			{type: 'set-count', question: 'primes', field: 4, count: 9}, {type: 'show-counts', shown: false}, {type: 'reveal', now: 4000}, {type: 'next', now: 5000},
			{type: 'reveal', now: 6000}, {type: 'set-count', question: 'boiling', field: 0, count: 2}, {type: 'next', now: 7000},
		];
		let state = counted;
		for (const command of commands) {
			state = roomReducer(state, command);
			const wire = decodeMessage(encodeMessage({v: 1, type: 'room-state', room: roomSnapshot(state)}).trim());
			expect(wire.ok && wire.message.type === 'room-state' && roomFromSnapshot(wire.message.room, deck.quiz.questions)).toEqual(state);
		}

		expect(state.phase).toBe('summary');
	});

	it('is not read with another version of the questions', () => {
		const snapshot = roomSnapshot(counted);
		expect(roomFromSnapshot(snapshot, [multiple, card])).toBeUndefined();
		const fewerOptions = {...single, options: single.options.slice(0, 3), correct: [1]};
		expect(roomFromSnapshot(snapshot, [fewerOptions, multiple, card])).toBeUndefined();
		const moreOptions = {...single, options: [...single.options, option('Metz', false)]};
		expect(roomFromSnapshot(snapshot, [moreOptions, multiple, card])).toBeUndefined();
		const asCard = {...single, kind: 'card' as const, options: []};
		expect(roomFromSnapshot(snapshot, [asCard, multiple, card])).toBeUndefined();
	});

	it('refuses an option order that is not one of the question\'s', () => {
		const snapshot = roomSnapshot(counted);
		const repeated = {...snapshot, questions: snapshot.questions.map((question, index) => (index === 0 ? {...question, order: [0, 0, 1, 2]} : question))};
		expect(roomFromSnapshot(repeated, deck.quiz.questions)).toBeUndefined();
	});
});

describe('the phones\' tally on the channel', () => {
	const served = run(counted, {type: 'audience', question: 'capital', joined: 30, answered: 12, votes: [2, 8, 1, 1]});

	it('a console follows the phones\' votes and counts, and shows the distribution live, apart from the hands', () => {
		const decoded = decodeMessage(encodeMessage({v: 1, type: 'room-state', room: roomSnapshot(served)}).trim());
		expect(decoded.ok).toBe(true);
		const room = decoded.ok && decoded.message.type === 'room-state' ? roomFromSnapshot(decoded.message.room, deck.quiz.questions) : undefined;
		expect(room?.audience).toEqual({joined: 30, answered: 12});
		const view = questionView(room!, 'presenter')!;
		expect(view.fields.map(field => field.votes)).toEqual([2, 8, 1, 1]);
		expect(view.fields[1]).toMatchObject({count: 4, votes: 8});
		expect(view.chart?.tally).toMatchObject({hands: 4, votes: 12, devices: true});
	});

	it('the room\'s own view holds no votes before the reveal, unless the presenter shows the counts', () => {
		expect(questionView(served, 'room')!.fields.every(field => field.votes === undefined)).toBe(true);
		expect(questionView(served, 'room')!.chart).toBeUndefined();
		expect(questionView(run(served, {type: 'show-counts', shown: true}), 'room')!.fields.map(field => field.votes)).toEqual([2, 8, 1, 1]);
		expect(questionView(run(served, {type: 'reveal', now: 2000}), 'room')!.chart?.tally.votes).toBe(12);
	});

	it('a console cannot send votes: the channel refuses an audience command', () => {
		const forged = JSON.stringify({v: 1, type: 'room-command', command: {type: 'audience', question: 'capital', joined: 1, answered: 1, votes: [9, 9, 9, 9]}});
		expect(decodeMessage(forged).ok).toBe(false);
	});

	it('a snapshot whose votes do not fit the counts is refused', () => {
		const snapshot = roomSnapshot(served);
		const broken = {...snapshot, questions: snapshot.questions.map((question, index) => (index === 0 ? {...question, votes: [1]} : question))};
		expect(decodeMessage(JSON.stringify({v: 1, type: 'room-state', room: broken})).ok).toBe(false);
	});
});
