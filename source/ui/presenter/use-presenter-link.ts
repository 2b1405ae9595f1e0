import {useCallback, useEffect, useRef, useState} from 'react';
import {completeBudgets, type Plan} from '../../core/talk/budgets.js';
import type {LinkStatus as ChannelStatus} from '../../io/channel/client.js';
import type {DeckInfo, Message, RemoteCommand, ShowState} from '../../core/protocol/protocol.js';
import type {RoomDeckInfo, RoomRemote, RoomSnapshot} from '../../core/protocol/room-messages.js';
import type {LinkStatus} from '../kit/console/link-status.js';
import {heldTalk, type HeldTalk, talkToOffer} from './held-talk.js';

/** What the console needs from a channel: a way to send, and to stop. */
export type Connection = {
	readonly send: (message: Message) => boolean;
	readonly close: () => void;
};

/** Opens the channel with these handlers; throws when it cannot be used at all. */
export type Connect = (handlers: {
	readonly onMessage: (message: Message) => void;
	readonly onStatus: (status: ChannelStatus) => void;
}) => Connection;

/** The screen on the other end, as its last hello described it. */
export type Screen =
	| {readonly kind: 'slideshow'; readonly deck: DeckInfo}
	| {readonly kind: 'room'; readonly deck: RoomDeckInfo};

export type Followed = {
	/** The screen followed now; absent until one of this deck says hello. */
	readonly screen?: Screen;
	readonly show?: ShowState;
	/** A room quiz's state as it last said, while the screen is one. */
	readonly room?: RoomSnapshot;
	readonly plan: Plan;
	readonly link: LinkStatus;
	/** False when no slideshow of this deck is there to take the command. */
	readonly send: (command: RemoteCommand, count: number | undefined) => boolean;
	/** False when no room quiz of this deck is there to take the command. */
	readonly sendRoom: (command: RoomRemote) => boolean;
};

type Connected =
	| {readonly kind: 'waiting'; readonly lost: boolean; readonly finished?: boolean; readonly screen?: Screen['kind']}
	| {readonly kind: 'unavailable'; readonly reason: string}
	| {readonly kind: 'attached'};

type Deck = {
	readonly path: string;
	/** Of the deck this console shows now: it may reload while it follows. */
	readonly fingerprint: string;
	readonly quizHash?: string;
	/** Its slides' slugs: a talk held after the slideshow went away is offered to the next by slug. */
	readonly slugs?: readonly string[];
};

const planOf = (deck: DeckInfo): Plan => {
	const budgets = completeBudgets(deck.budgets.map(seconds => seconds ?? undefined));
	return {...(budgets ? {budgets} : {}), ...(deck.durationSeconds === undefined ? {} : {durationSeconds: deck.durationSeconds})};
};

/** Whether the screen followed shows the same version of the deck as this console. */
const sameVersion = (screen: Screen, deck: Deck): boolean =>
	screen.deck.fingerprint === deck.fingerprint && (screen.kind === 'slideshow' || screen.deck.quizHash === deck.quizHash);

/**
Follows a slideshow or a room quiz over the channel: its deck, its state,
whether it is there. A screen that says it shows another deck file is not
followed. After a slideshow ends, a room quiz of the same deck may answer on
the same channel, and the other way round: the console follows whichever
said hello last.
*/
export function usePresenterLink(connect: Connect, deck: Deck, log: (message: string) => void): Followed {
	const [connected, setConnected] = useState<Connected>({kind: 'waiting', lost: false});
	const [screen, setScreen] = useState<Screen>();
	const [show, setShow] = useState<ShowState>();
	const [room, setRoom] = useState<RoomSnapshot>();
	// Sending asks the channel as it is now, not as the last render saw it.
	const [channel, setChannel] = useState<{readonly send: (message: Message, to: Screen['kind']) => boolean}>();
	const {path} = deck;
	// The deck as it is now, for the effect below, which lives as long as the connection.
	const currentDeck = useRef(deck);
	currentDeck.current = deck;

	useEffect(() => {
		let attached: Screen['kind'] | undefined;
		let screenFingerprint = '';
		let followed: Screen['kind'] | undefined;
		// Whether the screen followed last said it was at its end.
		let atItsEnd = false;
		// The talk as the slideshow followed last told it, and once it has gone mid-talk, the copy held for the next.
		let talk: HeldTalk | undefined;
		let opened: Connection;
		const greet = (next: Screen) => {
			attached = next.deck.path === path ? next.kind : undefined;
			if (attached === undefined) {
				log(`a ${next.kind === 'room' ? 'room quiz' : 'slideshow'} of ${next.deck.path} answered on this deck's channel; not following it`);
				return;
			}

			followed = next.kind;
			atItsEnd = false;
			screenFingerprint = next.deck.fingerprint;
			setConnected({kind: 'attached'});
			setScreen(next);
		};

		try {
			opened = connect({
				onMessage(message) {
					switch (message.type) {
						case 'hello': {
							greet({kind: 'slideshow', deck: message.deck});
							talk = attached === 'slideshow' ? heldTalk.greeted(talk) : talk;
							break;
						}

						case 'room-hello': {
							greet({kind: 'room', deck: message.deck});
							talk = undefined;
							break;
						}

						case 'state': {
							if (attached === 'slideshow') {
								atItsEnd = message.state.atEnd;
								const offer = talkToOffer(talk, message.state, currentDeck.current);
								if (offer) {
									opened.send({v: 1, type: 'talk', talk: offer});
								}

								talk = heldTalk.heard(message.state, Date.now(), screenFingerprint);
								setShow(message.state);
							}

							break;
						}

						case 'room-state': {
							if (attached === 'room') {
								atItsEnd = message.room.phase === 'summary';
								setRoom(message.room);
							}

							break;
						}

						default: {
							break;
						}
					}
				},
				onStatus(status) {
					if (status === 'waiting') {
						// Said again on every retry while nothing answers: only the first, from a slideshow, holds its talk.
						if (attached === 'slideshow') {
							talk = atItsEnd ? undefined : heldTalk.lost(talk);
						}

						attached = undefined;
						setConnected(followed === undefined ? {kind: 'waiting', lost: false} : {kind: 'waiting', lost: true, finished: atItsEnd, screen: followed});
					}
				},
			});
		} catch (error) {
			setConnected({kind: 'unavailable', reason: (error as Error).message});
			return;
		}

		setChannel({
			send: (message, to) => attached === to && opened.send(message),
		});
		return () => {
			opened.close();
		};
	}, [connect, path, log]);

	const send = useCallback((command: RemoteCommand, count: number | undefined) =>
		channel?.send({v: 1, type: 'command', command, ...(count === undefined ? {} : {count})}, 'slideshow') ?? false, [channel]);
	const sendRoom = useCallback((command: RoomRemote) => channel?.send({v: 1, type: 'room-command', command}, 'room') ?? false, [channel]);
	const link: LinkStatus = connected.kind === 'attached' && screen
		? {kind: 'following', screen: screen.kind, otherVersion: !sameVersion(screen, deck)}
		: connected.kind === 'attached' ? {kind: 'waiting', lost: false} : connected;
	return {
		...(screen ? {screen} : {}),
		...(show ? {show} : {}),
		...(screen?.kind === 'room' && room ? {room} : {}),
		plan: screen?.kind === 'slideshow' ? planOf(screen.deck) : {},
		link,
		send,
		sendRoom,
	};
}
