import {afterEach, expect, it} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import type {RoomCommand, RoomState} from '../../source/core/room/room-model.js';
import {startRoomServer, type AudienceCommand, type RoomServer} from '../../source/io/web/room-server.js';
import {hostileDeck} from './hostile-deck.js';
import {deviceToken, join, type Phone} from './phone-client.js';

const phones = 500;
/** Phone `n`'s own loopback address, 127.0.1.1 to 127.0.2.250: one address each, as on a venue's network. */
const addressOf = (n: number): string => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

let server: RoomServer | undefined;
const phonesJoined: Phone[] = [];
afterEach(async () => {
	for (const phone of phonesJoined.splice(0)) {
		phone.close();
	}

	await server?.close();
});

it(`counts every answer of ${phones} phones from ${phones} addresses exactly once`, async () => {
	const deck = hostileDeck();
	let room: RoomState = startRoom(deck.quiz.questions, {seed: 3});
	const tallies: AudienceCommand[] = [];
	server = await startRoomServer({hosts: ['127.0.0.1'], snapshot: () => room, onAudience: command => tallies.push(command)});
	const base = server.urls[0]!;
	const move = (command: RoomCommand): void => {
		room = roomReducer(room, command);
		server!.update(room);
	};

	const joined = await Promise.all(Array.from({length: phones}, async (_, n) => join(base, deviceToken(n + 1), {from: addressOf(n)})));
	phonesJoined.push(...joined);
	expect(joined.every(phone => phone.status === 101)).toBe(true);
	expect(tallies.at(-1)).toMatchObject({joined: phones});
	await Promise.all(joined.map(async phone => phone.next()));

	move({type: 'start', now: 1});
	// Every phone answers what it is shown, option n mod 3, and half of them send it twice.
	const replies = await Promise.all(joined.map(async (phone, n) => {
		const shown = await phone.next() as {question: {id: string}};
		const first = await phone.answer(shown.question.id, [n % 3]);
		return n % 2 === 0 ? [first, await phone.answer(shown.question.id, [n % 3])] : [first];
	}));
	expect(replies.flat().every(reply => reply.ok === true)).toBe(true);
	const expected = [0, 1, 2].map(option => Array.from({length: phones}, (_, n) => n % 3).filter(each => each === option).length);
	expect(tallies.at(-1)).toEqual({type: 'audience', question: 'one', joined: phones, answered: phones, votes: expected});
	// A tally for each join and each first answer, none for a repeat.
	expect(tallies.filter(tally => tally.question === 'one').length).toBe(phones + 1);
}, 60_000);
