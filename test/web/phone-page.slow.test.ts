/**
The phones' page in headless Chromium against the room server, with a relay
between them that the test can cut, as a phone's Wi-Fi drops while it
sleeps: the page says it lost the connection, keeps the answer chosen
meanwhile, reconnects with backoff as the same device (the room's count of
phones does not grow), and sends that answer once it is back.
*/
import net from 'node:net';
import type {Browser} from 'playwright-core';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {roomReducer, startRoom} from '../../source/core/room/room-state.js';
import {startRoomServer, type AudienceCommand, type RoomServer} from '../../source/io/web/room-server.js';
import {browserMissing, launchChromium, phonePage} from '../helpers/chromium.js';
import {hostileDeck} from './hostile-deck.js';

if (browserMissing.length > 0) {
	console.warn(`skipped: the phones' page test needs ${browserMissing.join(', ')}`);
}

/** A TCP relay to `port` that can be cut (every connection closed) and held down (new ones refused). */
async function relay(port: number): Promise<{port: number; cut(): void; down: boolean; close(): Promise<void>}> {
	const open = new Set<net.Socket>();
	const state = {down: false};
	const server = net.createServer(client => {
		if (state.down) {
			client.destroy();
			return;
		}

		const upstream = net.connect(port, '127.0.0.1');
		for (const socket of [client, upstream]) {
			open.add(socket);
			socket.on('error', () => undefined);
			socket.on('close', () => {
				open.delete(socket);
				client.destroy();
				upstream.destroy();
			});
		}

		client.pipe(upstream).pipe(client);
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const cut = (): void => {
		for (const socket of open) {
			socket.destroy();
		}
	};

	return {
		port: (server.address() as net.AddressInfo).port,
		cut,
		get down() {
			return state.down;
		},
		set down(value) {
			state.down = value;
		},
		async close() {
			cut();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}

let browser: Browser | undefined;
let server: RoomServer | undefined;
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const step of cleanup.splice(0)) {
		await step();
	}

	await server?.close();
});
afterAll(async () => {
	await browser?.close();
});

describe.skipIf(browserMissing.length > 0)('the phones\' page when the connection drops', () => {
	it('reconnects as the same device and sends the answer chosen while it was away', async () => {
		const deck = hostileDeck();
		let room = roomReducer(startRoom(deck.quiz.questions, {seed: 7}), {type: 'start', now: 1});
		const tallies: AudienceCommand[] = [];
		server = await startRoomServer({hosts: ['127.0.0.1'], snapshot: () => room, onAudience: command => tallies.push(command), title: 'Phones Quiz'});
		const {port, pathname} = new URL(server.urls[0]!);
		const wifi = await relay(Number(port));
		cleanup.push(async () => wifi.close());
		browser = await launchChromium();
		const page = await phonePage(browser);
		await page.goto(`http://127.0.0.1:${wifi.port}${pathname}`);
		await page.getByText('Right option').waitFor();
		await page.getByRole('button', {name: /Right option/}).click();
		await page.getByText(/Your answer is in/).waitFor();
		await vi.waitFor(() => {
			expect(tallies.at(-1)).toMatchObject({joined: 1, answered: 1});
		});
		const chosen = tallies.at(-1)!.votes;

		// The Wi-Fi drops and stays down for a while.
		wifi.down = true;
		wifi.cut();
		await page.getByText('Connection lost: reconnecting…').waitFor();
		await page.getByRole('button', {name: /Another wrong/}).click();
		await page.getByText(/Not sent yet: the connection is down/).waitFor();
		expect(tallies.at(-1)!.votes).toEqual(chosen);

		// It comes back: the page reconnects by itself, as the same device, and its new answer arrives.
		wifi.down = false;
		await vi.waitFor(() => {
			expect(tallies.at(-1)).toMatchObject({joined: 1, answered: 1});
			expect(tallies.at(-1)!.votes).not.toEqual(chosen);
		}, {timeout: 20_000, interval: 100});
		expect(await page.getByText('Connection lost').count()).toBe(0);
		// The room moves on, and the page follows on its new socket.
		room = roomReducer(room, {type: 'reveal', now: 2});
		server.update(room);
		await page.getByText('Not this time.').waitFor();
	}, 60_000);
});
