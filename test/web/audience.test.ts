import {describe, expect, it} from 'vitest';
import {audienceMessage, audienceView, phoneReply, readPhoneAnswer} from '../../source/core/protocol/audience-messages.js';
import {audienceReducer, audienceTally, startAudience, type AudienceState, type DeviceCommand} from '../../source/core/room/audience.js';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import type {RoomCommand, RoomState} from '../../source/core/room/room-model.js';
import {hostileDeck, hostileMarkup, secretWords} from './hostile-deck.js';

const deck = hostileDeck();
const intro = startRoom(deck.quiz.questions, {seed: 7});
const room = (...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, intro);
const asking = room({type: 'start', now: 1});
const revealed = room({type: 'start', now: 1}, {type: 'reveal', now: 2});
const onMany = room({type: 'start', now: 1}, {type: 'reveal', now: 2}, {type: 'next', now: 3});
const onCard = room({type: 'start', now: 1}, {type: 'reveal', now: 2}, {type: 'next', now: 3}, {type: 'reveal', now: 4}, {type: 'next', now: 5});
const cardRevealed = roomReducer(onCard, {type: 'reveal', now: 6});
const ended = roomReducer(cardRevealed, {type: 'end', now: 7});

const alice = 'a'.repeat(32);
const bob = 'b'.repeat(32);

function apply(state: AudienceState, at: RoomState, ...commands: DeviceCommand[]): AudienceState {
	return commands.reduce((each, command) => audienceReducer(each, command, at).state, state);
}

const joined = apply(startAudience(intro), intro, {type: 'join', device: alice}, {type: 'join', device: bob});

describe('the phones\' answers', () => {
	it('counts a device once however often it joins', () => {
		const again = apply(joined, asking, {type: 'join', device: alice});
		expect(audienceTally(again, 'one')).toEqual({joined: 2, answered: 0, votes: [0, 0, 0]});
	});

	it('takes one answer per device, which it may change until the reveal', () => {
		let state = apply(joined, asking, {type: 'answer', device: alice, question: 'one', choice: [0]});
		state = apply(state, asking, {type: 'answer', device: alice, question: 'one', choice: [2]}, {type: 'answer', device: bob, question: 'one', choice: [2]});
		expect(audienceTally(state, 'one')).toEqual({joined: 2, answered: 2, votes: [0, 0, 2]});
		expect(state.devices.get(alice)?.get('one')).toEqual([2]);
	});

	it('counts a replayed answer once, and leaves the state as it was', () => {
		const once = apply(joined, asking, {type: 'answer', device: alice, question: 'one', choice: [1]});
		const replayed = audienceReducer(once, {type: 'answer', device: alice, question: 'one', choice: [1]}, asking);
		expect(replayed).toEqual({state: once});
		expect(replayed.state).toBe(once);
		expect(audienceTally(once, 'one').votes).toEqual([0, 1, 0]);
	});

	it('refuses answers after the reveal, for another question, from unknown devices, and ones it cannot read', () => {
		const answered = apply(joined, asking, {type: 'answer', device: alice, question: 'one', choice: [1]});
		const cases: Array<[DeviceCommand, RoomState, string]> = [
			[{type: 'answer', device: alice, question: 'one', choice: [0]}, revealed, 'revealed'],
			[{type: 'answer', device: alice, question: 'many', choice: [0]}, asking, 'other-question'],
			[{type: 'answer', device: 'c'.repeat(32), question: 'one', choice: [0]}, asking, 'not-joined'],
			[{type: 'answer', device: alice, question: 'one', choice: [0]}, intro, 'not-asking'],
			[{type: 'answer', device: alice, question: 'one', choice: [0, 1]}, asking, 'invalid'],
			[{type: 'answer', device: alice, question: 'one', choice: [3]}, asking, 'invalid'],
			[{type: 'answer', device: alice, question: 'one', choice: []}, asking, 'invalid'],
			[{type: 'answer', device: alice, question: 'one', choice: [0.5]}, asking, 'invalid'],
			[{type: 'answer', device: alice, question: 'card', choice: [0]}, onCard, 'not-revealed'],
		];
		for (const [command, at, refused] of cases) {
			const result = audienceReducer(answered, command, at);
			expect(result.refused, JSON.stringify(command)).toBe(refused);
			expect(result.state).toBe(answered);
		}

		expect(audienceTally(answered, 'one').votes).toEqual([0, 1, 0]);
	});

	it('counts the people who answered a choose-all question in its head-count field, never as a choice', () => {
		const state = apply(joined, onMany, {type: 'answer', device: alice, question: 'many', choice: [1, 0]}, {type: 'answer', device: bob, question: 'many', choice: [1]});
		expect(audienceTally(state, 'many')).toEqual({joined: 2, answered: 2, votes: [1, 2, 0, 2]});
		expect(audienceReducer(state, {type: 'answer', device: alice, question: 'many', choice: [3]}, onMany).refused).toBe('invalid');
		expect(audienceReducer(state, {type: 'answer', device: alice, question: 'many', choice: [0, 0]}, onMany).refused).toBe('invalid');
	});

	it('takes a card\'s verdict only once its answer is shown', () => {
		const state = apply(joined, cardRevealed, {type: 'answer', device: alice, question: 'card', choice: [0]}, {type: 'answer', device: bob, question: 'card', choice: [1]});
		expect(audienceTally(state, 'card')).toEqual({joined: 2, answered: 2, votes: [1, 1]});
	});
});

describe('what a phone is sent', () => {
	const secrets = Object.values(secretWords);

	it('holds no answer key, explanation or feedback before the reveal', () => {
		for (const state of [intro, asking, onMany, onCard]) {
			const bytes = audienceMessage(audienceView(state, 'Phones Quiz'));
			expect(bytes).not.toMatch(/correct|explanation|feedback|answer/i);
			for (const secret of secrets) {
				expect(bytes).not.toContain(secret);
			}
		}
	});

	it('gives the answer, explanation and feedback once revealed', () => {
		const view = audienceView(revealed, 'Phones Quiz');
		expect(view.phase).toBe('revealed');
		const bytes = audienceMessage(view);
		expect(bytes).toContain(secretWords.explanation);
		expect(bytes).toContain(secretWords.feedback);
		const shown = revealed.questions[0]!.presented.order;
		expect(view.phase === 'revealed' && view.answer.correct).toEqual([shown.indexOf(1)]);
		expect(audienceMessage(audienceView(cardRevealed, 'Phones Quiz'))).toContain(secretWords.card);
	});

	it('shows the options in the room\'s order, with the room\'s letters', () => {
		const view = audienceView(asking, 'Phones Quiz');
		const {order} = asking.questions[0]!.presented;
		expect(view.phase === 'question' && view.question.options).toEqual(order.map((original, position) => ({
			letter: 'ABC'[position],
			text: deck.quiz.questions[0]!.options[original]!.text,
		})));
	});

	it('carries deck markup as JSON text and escape bytes as visible pictures', () => {
		const bytes = audienceMessage(audienceView(asking, 'Phones Quiz'));
		expect(JSON.parse(bytes)).toMatchObject({question: {prompt: expect.stringContaining(hostileMarkup)}});
		expect(bytes).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
		expect(bytes).toContain('␛]0;pwned␇');
	});

	it('lists at the end the questions a phone scores itself on, cards apart', () => {
		expect(audienceView(ended, 'Phones Quiz')).toEqual({phase: 'summary', title: 'Phones Quiz', questionCount: 3, scored: ['one', 'many'], cards: ['card']});
	});
});

describe('what a phone sends over its socket', () => {
	it('reads an answer: its number, the question, the fields chosen', () => {
		expect(readPhoneAnswer('{"id":3,"question":"one","choice":[0,2]}')).toEqual({id: 3, question: 'one', choice: [0, 2]});
	});

	it('takes nothing else: not JSON, other keys (a device named in the message), wrong types, too long', () => {
		for (const text of ['', '{"id":', 'null', '[]', '"one"', '{}', '{"id":1.5,"question":"one","choice":[0]}', '{"id":-1,"question":"one","choice":[0]}', '{"id":1,"question":7,"choice":[0]}',
			'{"id":1,"question":"","choice":[0]}', `{"id":1,"question":"${'q'.repeat(201)}","choice":[0]}`, '{"id":1,"question":"one","choice":"0"}', '{"id":1,"question":"one","choice":[0.5]}',
			`{"id":1,"question":"one","choice":[${Array.from({length: 65}, () => 0).join(',')}]}`, `{"id":1,"question":"one","choice":[0],"device":"${alice}"}`, '{"id":1,"question":"one","choice":[0],"__proto__":{"x":1}}']) {
			expect(readPhoneAnswer(text), text).toBeUndefined();
		}
	});

	it('replies with the answer\'s number, taken or refused and why', () => {
		expect(JSON.parse(phoneReply(3))).toEqual({reply: 3, ok: true});
		expect(JSON.parse(phoneReply(3, 'revealed'))).toEqual({reply: 3, error: 'revealed'});
		expect(JSON.parse(phoneReply(null, 'malformed'))).toEqual({reply: null, error: 'malformed'});
	});
});
