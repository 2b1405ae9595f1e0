import {useCallback, useEffect, useState} from 'react';
import {completeBudgets} from '../../present/budgets.js';
import type {LinkStatus as ChannelStatus} from '../../present/client.js';
import type {Message, RemoteCommand, ShowState} from '../../present/protocol.js';
import type {LinkStatus} from './link-status.js';
import type {Plan} from './PresenterConsole.js';

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

export type Followed = {
	readonly show?: ShowState;
	readonly plan: Plan;
	readonly link: LinkStatus;
	/** False when no slideshow of this deck is there to take the command. */
	readonly send: (command: RemoteCommand, count: number | undefined) => boolean;
};

/**
Follows a slideshow over the channel: its deck, its state, whether it is
there. A slideshow that says it shows another deck file is not followed.
*/
export function usePresenterLink(connect: Connect, deck: {readonly path: string; readonly fingerprint: string}, log: (message: string) => void): Followed {
	const [link, setLink] = useState<LinkStatus>({kind: 'waiting', lost: false});
	const [show, setShow] = useState<ShowState>();
	const [plan, setPlan] = useState<Plan>({});
	// Sending asks the channel as it is now, not as the last render saw it.
	const [channel, setChannel] = useState<{readonly send: Followed['send']}>();

	useEffect(() => {
		let attached = false;
		let followed = false;
		let opened: Connection;
		try {
			opened = connect({
				onMessage(message) {
					if (message.type === 'hello') {
						attached = message.deck.path === deck.path;
						if (!attached) {
							log(`a slideshow of ${message.deck.path} answered on this deck's channel; not following it`);
							return;
						}

						followed = true;
						setLink({kind: 'following', otherVersion: message.deck.fingerprint !== deck.fingerprint});
						const budgets = completeBudgets(message.deck.budgets.map(seconds => seconds ?? undefined));
						setPlan({...(budgets ? {budgets} : {}), ...(message.deck.durationSeconds === undefined ? {} : {durationSeconds: message.deck.durationSeconds})});
					} else if (message.type === 'state' && attached) {
						setShow(message.state);
					}
				},
				onStatus(status) {
					if (status === 'waiting') {
						attached = false;
						setLink({kind: 'waiting', lost: followed});
					}
				},
			});
		} catch (error) {
			setLink({kind: 'unavailable', reason: (error as Error).message});
			return;
		}

		setChannel({
			send: (command, count) => attached && opened.send({v: 1, type: 'command', command, ...(count === undefined ? {} : {count})}),
		});
		return () => {
			opened.close();
		};
	}, [connect, deck.path, deck.fingerprint, log]);

	const send = useCallback((command: RemoteCommand, count: number | undefined) => channel?.send(command, count) ?? false, [channel]);
	return {show, plan, link, send};
}
