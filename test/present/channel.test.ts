import {spawn} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import {afterEach, describe, expect, it} from 'vitest';
import {createChannelLog} from '../../source/io/channel/channel-log.js';
import {channelDirectory, deckChannel, type Channel} from '../../source/io/channel/channel-path.js';
import {connectPresenter, type LinkStatus, type PresenterClient} from '../../source/io/channel/client.js';
import {ChannelError, ensurePrivateDirectory} from '../../source/io/channel/private-directory.js';
import type {Message, RemoteCommand, ShowState} from '../../source/core/protocol/protocol.js';
import {startPresenterServer} from '../../source/io/channel/server.js';
import {temporaryDirectories} from '../helpers/temporary-files.js';
import {giveItTimeToMisbehave, waitUntil} from '../helpers/wait.js';

const {freshDir} = temporaryDirectories('channel');
const uid = process.getuid?.() ?? 0;
const hasUnixSockets = process.platform !== 'win32';

const state = (slide: number): ShowState => ({slide, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: {state: 'idle'}, slideStartedMs: 0, pacedFrom: 0});
const hello: Message = {v: 1, type: 'hello', deck: {path: '/decks/talk.md', slides: 5, fingerprint: 'f', budgets: []}};

const open: Array<{close: () => void}> = [];
afterEach(() => {
	for (const item of open.splice(0)) {
		item.close();
	}
});

const channelIn = (root: string, deck = '/decks/talk.md'): Channel => deckChannel(deck, {env: {}, uid, tmpdir: root});

const serve = async (channel: Channel) => {
	const commands: Array<[RemoteCommand, number | undefined]> = [];
	const counts: number[] = [];
	const server = await startPresenterServer({
		channel,
		uid,
		onMessage(message) {
			if (message.type === 'command') {
				commands.push([message.command, message.count]);
			}
		},
		onConsoleCount(count) {
			counts.push(count);
		},
		log: createChannelLog(channel.log, 'slideshow'),
	});
	open.push(server);
	return {server, commands, counts};
};

const follow = (channel: Channel) => {
	const messages: Message[] = [];
	const statuses: LinkStatus[] = [];
	const client: PresenterClient = connectPresenter({
		channel,
		uid,
		onMessage(message) {
			messages.push(message);
		},
		onStatus(status) {
			statuses.push(status);
		},
		log: createChannelLog(channel.log, 'console'),
		retryMs: 20,
	});
	open.push(client);
	const lastState = () => messages.findLast(message => message.type === 'state');
	return {client, messages, statuses, lastState};
};

describe('where the channel lives', () => {
	it('is a briefing-deck directory in $XDG_RUNTIME_DIR', () => {
		expect(channelDirectory({env: {XDG_RUNTIME_DIR: '/run/user/1000'}, uid: 1000, tmpdir: '/tmp'})).toBe('/run/user/1000/briefing-deck');
	});

	it('else a directory named for the user under the temp dir', () => {
		expect(channelDirectory({env: {}, uid: 1000, tmpdir: '/tmp'})).toBe('/tmp/briefing-deck-1000');
		expect(channelDirectory({env: {XDG_RUNTIME_DIR: ''}, uid: 7, tmpdir: '/tmp'})).toBe('/tmp/briefing-deck-7');
		// A relative runtime dir is invalid by the XDG spec.
		expect(channelDirectory({env: {XDG_RUNTIME_DIR: 'run'}, uid: 7, tmpdir: '/tmp'})).toBe('/tmp/briefing-deck-7');
	});

	it('gives each deck file its own short socket, and one file always the same', () => {
		const place = {env: {}, uid: 1000, tmpdir: '/tmp'};
		const a = deckChannel('/home/me/talks/a.md', place);
		expect(deckChannel('/home/me/talks/a.md', place)).toEqual(a);
		expect(deckChannel('/home/me/talks/b.md', place).socket).not.toBe(a.socket);
		expect(path.dirname(a.socket)).toBe('/tmp/briefing-deck-1000');
		expect(a.log).toBe(a.socket.replace(/\.sock$/, '.log'));
		expect(Buffer.byteLength(deckChannel(`/${'x'.repeat(4000)}.md`, place).socket)).toBeLessThan(100);
	});
});

describe.skipIf(!hasUnixSockets)('the private directory', () => {
	it('is created 0700', () => {
		const directory = path.join(freshDir(), 'briefing-deck-1');
		ensurePrivateDirectory(directory, {uid});
		expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
	});

	it('refuses a symbolic link in its place, even to a private directory', () => {
		const root = freshDir();
		const target = path.join(root, 'elsewhere');
		fs.mkdirSync(target, {mode: 0o700});
		const directory = path.join(root, 'briefing-deck-1');
		fs.symlinkSync(target, directory);
		expect(() => {
			ensurePrivateDirectory(directory, {uid});
		}).toThrow(/is not a directory \(a symbolic link\)/);
	});

	it('refuses a directory others can open, a file, and a directory of another user', () => {
		const root = freshDir();
		const open = path.join(root, 'open');
		fs.mkdirSync(open);
		fs.chmodSync(open, 0o755);
		expect(() => {
			ensurePrivateDirectory(open, {uid});
		}).toThrow(/can be opened by other users \(mode 755\)/);
		const file = path.join(root, 'file');
		fs.writeFileSync(file, '');
		expect(() => {
			ensurePrivateDirectory(file, {uid});
		}).toThrow(ChannelError);
		const mine = path.join(root, 'mine');
		expect(() => {
			ensurePrivateDirectory(mine, {uid: uid + 1});
		}).toThrow(/belongs to another user/);
	});
});

describe.skipIf(!hasUnixSockets)('slideshow and consoles over the socket', () => {
	it('makes the socket 0600 in a 0700 directory', async () => {
		const channel = channelIn(freshDir());
		await serve(channel);
		expect(fs.lstatSync(channel.socket).isSocket()).toBe(true);
		expect(fs.statSync(channel.socket).mode & 0o777).toBe(0o600);
		expect(fs.statSync(channel.directory).mode & 0o777).toBe(0o700);
	});

	it('sends a console the deck and the latest state as it connects, then every new state', async () => {
		const channel = channelIn(freshDir());
		const {server} = await serve(channel);
		server.publish(hello);
		server.publish({v: 1, type: 'state', state: state(0)});
		server.publish({v: 1, type: 'state', state: state(1)});
		const viewer = follow(channel);
		await waitUntil(() => viewer.messages.length === 2, 'hello and state');
		expect(viewer.messages).toEqual([hello, {v: 1, type: 'state', state: state(1)}]);
		expect(viewer.statuses.at(-1)).toBe('connected');
		server.publish({v: 1, type: 'state', state: state(2)});
		await waitUntil(() => viewer.messages.length === 3, 'the new state');
		expect(viewer.lastState()).toEqual({v: 1, type: 'state', state: state(2)});
	});

	it('hands on the commands any console sends', async () => {
		const channel = channelIn(freshDir());
		const {server, commands} = await serve(channel);
		const first = follow(channel);
		const second = follow(channel);
		await waitUntil(() => server.consoleCount() === 2, 'two consoles');
		first.client.send({v: 1, type: 'command', command: 'next'});
		second.client.send({v: 1, type: 'command', command: 'goto', count: 4});
		await waitUntil(() => commands.length === 2, 'both commands');
		expect(commands).toEqual(expect.arrayContaining([['next', undefined], ['goto', 4]]));
	});

	it('tells the screen how many consoles are connected as each one comes and goes', async () => {
		const channel = channelIn(freshDir());
		const {counts} = await serve(channel);
		const first = follow(channel);
		await waitUntil(() => counts.at(-1) === 1, 'one console');
		const second = follow(channel);
		await waitUntil(() => counts.at(-1) === 2, 'two consoles');
		first.client.close();
		await waitUntil(() => counts.at(-1) === 1, 'one console left');
		second.client.close();
		await waitUntil(() => counts.at(-1) === 0, 'none left');
		expect(counts).toEqual([1, 2, 1, 0]);
	});

	it('ignores and logs garbage, and goes on working', async () => {
		const channel = channelIn(freshDir());
		const {server, commands} = await serve(channel);
		server.publish(hello);
		const raw = net.createConnection(channel.socket);
		open.push({close: () => raw.destroy()});
		await new Promise(resolve => raw.once('connect', resolve));
		raw.write('not json\n{"v":1,"type":"command","command":"quit"}\n\u001B]0;owned\u0007\n{"v":9,"type":"command","command":"next"}\n');
		raw.write(`${'x'.repeat(300_000)}\n`);
		raw.write('{"v":1,"type":"state","state":{}}\n');
		raw.write('{"v":1,"type":"command","command":"previous"}\n');
		await waitUntil(() => commands.length === 1, 'the one valid command');
		expect(commands).toEqual([['previous', undefined]]);
		const viewer = follow(channel);
		await waitUntil(() => viewer.messages.length === 1, 'a console still served');
		const log = fs.readFileSync(channel.log, 'utf8');
		expect(log).toContain('not JSON');
		expect(log).toContain('unknown command "quit"');
		expect(log).toContain('protocol version 9, not 1');
		expect(log).toContain('ignored a line longer than the protocol allows');
		expect(log).not.toContain('\u001B');
		expect(fs.statSync(channel.log).mode & 0o777).toBe(0o600);
	});

	it('tells a console there is no slideshow yet, and connects once one starts', async () => {
		const channel = channelIn(freshDir());
		const viewer = follow(channel);
		await waitUntil(() => viewer.statuses.includes('waiting'), 'waiting');
		expect(viewer.client.send({v: 1, type: 'command', command: 'next'})).toBe(false);
		const {server} = await serve(channel);
		server.publish(hello);
		await waitUntil(() => viewer.statuses.at(-1) === 'connected' && viewer.messages.length > 0, 'connected');
	});

	it('lets a console reconnect when the slideshow comes back', async () => {
		const channel = channelIn(freshDir());
		const first = await serve(channel);
		const viewer = follow(channel);
		await waitUntil(() => viewer.statuses.at(-1) === 'connected', 'connected');
		first.server.close();
		await waitUntil(() => viewer.statuses.at(-1) === 'waiting', 'waiting after the slideshow quit');
		expect(fs.existsSync(channel.socket)).toBe(false);
		const second = await serve(channel);
		second.server.publish({v: 1, type: 'state', state: state(3)});
		await waitUntil(() => viewer.lastState()?.type === 'state' && viewer.statuses.at(-1) === 'connected', 'reconnected');
		expect(viewer.lastState()).toEqual({v: 1, type: 'state', state: state(3)});
	});

	it('takes over the socket a killed slideshow left behind', async () => {
		const channel = channelIn(freshDir());
		fs.mkdirSync(channel.directory, {mode: 0o700});
		const child = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(channel.socket)}, () => console.log('up'))`]);
		await new Promise(resolve => child.stdout.once('data', resolve));
		child.kill('SIGKILL');
		await new Promise(resolve => child.once('exit', resolve));
		expect(fs.lstatSync(channel.socket).isSocket()).toBe(true);
		const {server} = await serve(channel);
		server.publish(hello);
		const viewer = follow(channel);
		await waitUntil(() => viewer.messages.length === 1 && server.consoleCount() === 1, 'the console on the new slideshow');
	});

	it('refuses a second slideshow of the same deck while the first runs', async () => {
		const channel = channelIn(freshDir());
		await serve(channel);
		await expect(serve(channel)).rejects.toThrow(/another slideshow or room quiz of this deck is already running/);
	});

	it('refuses to remove a file in the socket\'s place that is not a socket', async () => {
		const channel = channelIn(freshDir());
		fs.mkdirSync(channel.directory, {mode: 0o700});
		fs.writeFileSync(channel.socket, 'keep me');
		await expect(serve(channel)).rejects.toThrow(ChannelError);
		expect(fs.readFileSync(channel.socket, 'utf8')).toBe('keep me');
	});

	it('keeps two decks apart', async () => {
		const root = freshDir();
		const {server} = await serve(channelIn(root, '/decks/one.md'));
		server.publish(hello);
		const other = follow(channelIn(root, '/decks/two.md'));
		await waitUntil(() => other.statuses.includes('waiting'), 'waiting');
		// Time in which a message of the other deck could get through.
		await giveItTimeToMisbehave(100);
		expect(other.messages).toEqual([]);
		expect(server.consoleCount()).toBe(0);
	});

	it('drops a console that stops reading instead of buffering for it without end', async () => {
		const channel = channelIn(freshDir());
		const {server} = await serve(channel);
		const raw = net.createConnection(channel.socket);
		open.push({close: () => raw.destroy()});
		await new Promise(resolve => raw.once('connect', resolve));
		raw.pause();
		await waitUntil(() => server.consoleCount() === 1, 'connected');
		const big: Message = {...hello, deck: {...hello.deck, budgets: Array.from({length: 20_000}, () => 1.234_567)}};
		for (let index = 0; index < 200 && server.consoleCount() > 0; index++) {
			server.publish(big);
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}

		await waitUntil(() => server.consoleCount() === 0, 'the stuck console dropped');
	});
});
