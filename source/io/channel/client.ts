/**
A presenter console's end of the channel: connects to the slideshow's socket,
and when there is none, or it goes away, tries again on its own until one
comes (back). What arrives is decoded here; only valid messages go on.
*/
import net from 'node:net';
import type {Channel} from './channel-path.js';
import {type Log, sampleOf} from './channel-log.js';
import {ensurePrivateDirectory} from './private-directory.js';
import {createLineSplitter, decodeMessage, encodeMessage, type Message} from '../../core/protocol/protocol.js';

export type LinkStatus = 'connecting' | 'connected' | 'waiting';

export type ClientOptions = {
	readonly channel: Channel;
	readonly uid: number;
	readonly onMessage: (message: Message) => void;
	readonly onStatus: (status: LinkStatus) => void;
	readonly log: Log;
	/** Milliseconds between attempts while no slideshow answers. */
	readonly retryMs?: number;
};

export type PresenterClient = {
	/** Sends a message; false when no slideshow is connected. */
	send(message: Message): boolean;
	close(): void;
};

/** Throws `ChannelError` when the channel's directory is not this user's own. */
export function connectPresenter({channel, uid, onMessage, onStatus, log, retryMs = 200}: ClientOptions): PresenterClient {
	ensurePrivateDirectory(channel.directory, {uid});
	let socket: net.Socket | undefined;
	let connected = false;
	let closed = false;
	let retry: NodeJS.Timeout | undefined;

	const attempt = () => {
		retry = undefined;
		if (closed) {
			return;
		}

		const current = net.createConnection(channel.socket);
		socket = current;
		current.setEncoding('utf8');
		const feed = createLineSplitter(line => {
			const decoded = decodeMessage(line);
			if (decoded.ok) {
				onMessage(decoded.message);
			} else {
				log(`ignored ${sampleOf(line)}: ${decoded.reason}`);
			}
		}, () => {
			log('ignored a line longer than the protocol allows');
		});
		current.on('connect', () => {
			connected = true;
			onStatus('connected');
		});
		current.on('data', feed);
		// No slideshow yet (ENOENT), or a stale socket (ECONNREFUSED): wait and try again.
		current.on('error', () => undefined);
		current.on('close', () => {
			if (socket !== current) {
				return;
			}

			socket = undefined;
			if (connected) {
				connected = false;
				log('the slideshow went away; waiting for it');
			}

			if (!closed) {
				onStatus('waiting');
				retry = setTimeout(attempt, retryMs);
			}
		});
	};

	onStatus('connecting');
	attempt();
	return {
		send(message) {
			if (!connected || !socket) {
				return false;
			}

			socket.write(encodeMessage(message));
			return true;
		},
		close() {
			closed = true;
			clearTimeout(retry);
			socket?.destroy();
			socket = undefined;
		},
	};
}
