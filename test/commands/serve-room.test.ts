/*
Where `--serve` listens: without --host on every private-network address
listenAddresses() finds, the primary's URL the one shown and the others
listed; with --host on that one alone; with none found, a message that says
what to do. listenAddresses() is replaced here by a fixed answer, as the
machine running the tests has no private network to rely on; Linux routes
all of 127/8 to loopback, so two loopback addresses stand in for two networks.
*/
import {afterEach, describe, expect, it, vi} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import type {ServedRoom} from '../../source/commands/shared/serve-room.js';
import type {RoomRemote} from '../../source/core/protocol/room-messages.js';
import {hostileDeck} from '../web/hostile-deck.js';
import {deviceToken, join, send} from '../web/phone-client.js';

const found = vi.hoisted(() => ({addresses: {primary: '127.0.0.1', others: ['127.0.0.2']} as {primary?: string; others: string[]}}));
vi.mock('../../source/io/net/addresses.js', () => ({listenAddresses: () => found.addresses}));

const {serveRoom} = await import('../../source/commands/shared/serve-room.js');
const deck = hostileDeck();
const first = startRoom(deck.quiz.questions, {seed: 1});
const served: ServedRoom[] = [];

afterEach(async () => {
	await Promise.all(served.splice(0).map(async room => room.close()));
});

async function serve(options: {host?: string; port?: number}): Promise<ServedRoom> {
	const room = await serveRoom(deck, options, first);
	if (typeof room === 'string') {
		throw new TypeError(room);
	}

	served.push(room);
	return room;
}

describe('serving the room quiz', () => {
	it('without --host, listens on every private address found, shows the primary\'s URL and lists the others', async () => {
		const {serve: shown} = (await serve({})).joinedTo({});
		expect(shown.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Z\d]{12}$/);
		const {port, pathname} = new URL(shown.url);
		expect(shown.others).toEqual([`http://127.0.0.2:${port}${pathname}`]);
		expect(shown.joinCode).toMatch(/^[A-Z\d]{6}$/);
		for (const url of [shown.url, ...shown.others]) {
			expect((await send(url)).status, url).toBe(200);
		}
	});

	it('with --host, listens there alone', async () => {
		const {serve: shown} = (await serve({host: '127.0.0.3'})).joinedTo({});
		expect(shown.url).toMatch(/^http:\/\/127\.0\.0\.3:\d+\/j\//);
		expect(shown.others).toEqual([]);
		await expect(send(shown.url.replace('127.0.0.3', '127.0.0.1'))).rejects.toThrow(/ECONNREFUSED/);
	});

	it('says what to do where the machine has no private-network address', async () => {
		found.addresses = {others: []};
		expect(await serveRoom(deck, {}, first)).toMatch(/no private-network address[\s\S]*--host/);
		found.addresses = {primary: '127.0.0.1', others: ['127.0.0.2']};
	});

	it('hands the phones\' tally to the room screen\'s remote input, beside the consoles\', and each room state to the phones', async () => {
		const room = await serve({host: '127.0.0.1'});
		const told: unknown[] = [];
		const states: unknown[] = [];
		const consoles = new Set<(command: RoomRemote) => void>();
		const inputs = room.joinedTo({
			onRoomState: state => states.push(state),
			remote(listener) {
				consoles.add(listener);
				return () => consoles.delete(listener);
			},
		});
		const stop = inputs.remote!(command => told.push(command));
		expect(consoles.size).toBe(1);
		const phone = await join(inputs.serve.url, deviceToken(1));
		expect(await phone.next()).toMatchObject({phase: 'intro'});
		await vi.waitFor(() => {
			expect(told).toContainEqual(expect.objectContaining({type: 'audience', joined: 1, answered: 0}));
		});
		const started = roomReducer(first, {type: 'start', now: 1});
		inputs.onRoomState!(started);
		expect(states).toEqual([started]);
		expect(await phone.next()).toMatchObject({phase: 'question', question: {id: 'one'}});
		phone.close();
		stop();
		expect(consoles.size).toBe(0);
	});
});
