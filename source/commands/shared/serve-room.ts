/**
The room quiz served to the room's phones (`--serve`): the web server is
started before the room screen, told each room state, and its tally of the
phones' answers is fed to the room reducer through the same remote input
presenter consoles use. The caller closes it when the room quiz ends.
*/
import type {Deck, Quiz} from '../../core/deck/types.js';
import {createListeners, type Subscribe} from '../../core/protocol/listeners.js';
import type {RoomRemote} from '../../core/protocol/room-messages.js';
import type {RoomState} from '../../core/room/room-model.js';
import {listenAddresses} from '../../io/net/addresses.js';
import {startRoomServer, type AudienceCommand} from '../../io/web/room-server.js';
import type {RoomOptions} from './command.js';

type RoomInputs = {
	readonly remote?: Subscribe<RoomRemote>;
	readonly onRoomState?: (room: RoomState) => void;
	readonly consoles?: Subscribe<number>;
};

export type ServedRoom = {
	/** The consoles' inputs with the phones' added, and what the room screen shows of the server. */
	joinedTo(inputs: RoomInputs): RoomInputs & {serve: {url: string; joinCode: string; others: readonly string[]}};
	close(): Promise<void>;
};

/** Starts serving; a problem (a port in use, no private address) comes back as words. */
export async function serveRoom(deck: Deck & {quiz: Quiz}, serve: NonNullable<RoomOptions['serve']>, first: RoomState): Promise<ServedRoom | string> {
	const found = serve.host === undefined ? listenAddresses() : {primary: serve.host, others: []};
	if (found.primary === undefined) {
		return 'this machine has no private-network address (is it on the room\'s network?)\n  hint: give one with --host ADDRESS';
	}

	// The latest tally waits for the room screen to listen, then every one after it.
	const tallies = createListeners<RoomRemote>();
	let latest: AudienceCommand | undefined;
	try {
		const server = await startRoomServer({
			hosts: [found.primary, ...found.others],
			...(serve.port === undefined ? {} : {port: serve.port}),
			snapshot: () => first,
			title: deck.quiz.title === '' ? deck.meta.title : deck.quiz.title,
			onAudience(command) {
				latest = command;
				tallies.emit(command);
			},
		});
		const phones: Subscribe<RoomRemote> = listener => {
			const unsubscribe = tallies.subscribe(listener);
			if (latest) {
				listener(latest);
			}

			return unsubscribe;
		};

		return {
			joinedTo({remote, onRoomState, consoles}) {
				return {
					remote(listener) {
						const fromPhones = phones(listener);
						const fromConsoles = remote?.(listener);
						return () => {
							fromPhones();
							fromConsoles?.();
						};
					},
					onRoomState(room) {
						server.update(room);
						onRoomState?.(room);
					},
					...(consoles ? {consoles} : {}),
					serve: {url: server.urls[0]!, joinCode: server.joinCode, others: server.urls.slice(1)},
				};
			},
			close: async () => server.close(),
		};
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
