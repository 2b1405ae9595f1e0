/**
The shared screen's end of the presenter channel (the slideshow's, or a room
quiz's): a Unix domain socket that any number of consoles connect to. It
sends each console the deck and the latest state at once, then every new
state; it hands on the commands they send.
Lines that are not valid messages are logged and ignored; a console that
stops reading is dropped rather than buffered without end.
*/
import fs from 'node:fs';
import net from 'node:net';
import process from 'node:process';
import {onExit} from 'signal-exit';
import {errorCode} from '../../core/text/errors.js';
import type {Channel} from './channel-path.js';
import {type Log, sampleOf} from './channel-log.js';
import {ChannelError, ChannelTakenError, ensurePrivateDirectory} from './private-directory.js';
import {type ConsoleMessage, createLineSplitter, decodeMessage, encodeMessage, isConsoleMessage, type Message} from '../../core/protocol/protocol.js';

export type ServerOptions = {
	readonly channel: Channel;
	readonly uid: number;
	/** A console's command; the screen decides what it understands. */
	readonly onMessage: (message: ConsoleMessage) => void;
	/** Told how many consoles are connected whenever one connects or leaves. */
	readonly onConsoleCount?: (count: number) => void;
	readonly log: Log;
};

export type PresenterServer = {
	/** Sends a message to every console, and to each console that connects later (the latest of each type). */
	publish(message: Message): void;
	/** Consoles connected now. */
	consoleCount(): number;
	/** Stops listening, drops the consoles and removes the socket. */
	close(): void;
};

/** Output a console may leave unread before it is dropped. */
const maxUnread = 1024 * 1024;

/** Whether a live slideshow answers on the socket (a stale one, left by a killed process, does not). */
const isAnswered = async (socket: string): Promise<boolean> => new Promise(resolve => {
	const probe = net.createConnection(socket);
	probe.once('connect', () => {
		probe.destroy();
		resolve(true);
	});
	probe.once('error', () => {
		resolve(false);
	});
});

const listen = async (server: net.Server, socket: string): Promise<void> => new Promise((resolve, reject) => {
	const onError = (error: Error) => {
		reject(error);
	};

	server.once('error', onError);
	// The socket file is made by bind(), inside listen(), with the umask's
	// mode: 0177 makes it 0600 from its first moment, not after a chmod.
	const umask = process.umask(0o177);
	try {
		server.listen(socket, () => {
			server.off('error', onError);
			resolve();
		});
	} finally {
		process.umask(umask);
	}
});

/** Takes the socket over from a slideshow that was killed; refuses while one is still running. */
const claim = async (server: net.Server, socket: string): Promise<void> => {
	try {
		await listen(server, socket);
		return;
	} catch (error) {
		if (errorCode(error) !== 'EADDRINUSE') {
			throw new ChannelError(`cannot listen on ${socket}: ${(error as Error).message}`);
		}
	}

	if (await isAnswered(socket)) {
		throw new ChannelTakenError('another slideshow or room quiz of this deck is already running; its presenter consoles follow that one');
	}

	if (!fs.lstatSync(socket).isSocket()) {
		throw new ChannelError(`${socket} is in the way and is not a socket; refusing to remove it`);
	}

	fs.unlinkSync(socket);
	try {
		await listen(server, socket);
	} catch (error) {
		throw new ChannelError(`cannot listen on ${socket}: ${(error as Error).message}`);
	}
};

export async function startPresenterServer({channel, uid, onMessage, onConsoleCount, log}: ServerOptions): Promise<PresenterServer> {
	ensurePrivateDirectory(channel.directory, {uid});
	const consoles = new Set<net.Socket>();
	const latest = new Map<Message['type'], string>();

	const send = (socket: net.Socket, line: string) => {
		if (socket.writableLength > maxUnread) {
			log('a console stopped reading; dropped it');
			socket.destroy();
			return;
		}

		socket.write(line);
	};

	const server = net.createServer(socket => {
		consoles.add(socket);
		onConsoleCount?.(consoles.size);
		socket.setEncoding('utf8');
		const feed = createLineSplitter(line => {
			const decoded = decodeMessage(line);
			if (!decoded.ok) {
				log(`ignored ${sampleOf(line)}: ${decoded.reason}`);
			} else if (isConsoleMessage(decoded.message)) {
				onMessage(decoded.message);
			} else {
				log(`ignored a ${decoded.message.type} message: only a shared screen sends those`);
			}
		}, () => {
			log('ignored a line longer than the protocol allows');
		});
		socket.on('data', feed);
		socket.on('error', error => {
			log(`console connection: ${error.message}`);
		});
		socket.on('close', () => {
			if (consoles.delete(socket)) {
				onConsoleCount?.(consoles.size);
			}
		});
		for (const line of latest.values()) {
			send(socket, line);
		}
	});
	server.on('error', error => {
		log(`server: ${error.message}`);
	});

	await claim(server, channel.socket);
	// Belt and braces: the umask made it 0600 already.
	fs.chmodSync(channel.socket, 0o600);
	const ours = fs.lstatSync(channel.socket).ino;

	let closed = false;
	const removeSocket = () => {
		try {
			// Only our own socket: never one a newer slideshow has put there since.
			if (fs.lstatSync(channel.socket).ino === ours) {
				fs.unlinkSync(channel.socket);
			}
		} catch {
			// Already gone.
		}
	};

	// A SIGTERM or SIGHUP skips `close()`; the socket should not outlive the show even then.
	const removeExitHandler = onExit(removeSocket);

	return {
		publish(message) {
			const line = encodeMessage(message);
			latest.set(message.type, line);
			for (const socket of consoles) {
				send(socket, line);
			}
		},
		consoleCount: () => consoles.size,
		close() {
			if (closed) {
				return;
			}

			closed = true;
			removeExitHandler();
			server.close();
			for (const socket of consoles) {
				socket.destroy();
			}

			removeSocket();
		},
	};
}
