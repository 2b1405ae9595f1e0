import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {describeImageProtocol, protocolFromEnvironment, readReplies} from '../../source/core/images/protocol.js';
import {detectGraphics} from '../../source/io/terminal/detect-graphics.js';
import {swallowReplies} from '../../source/io/terminal/swallow-replies.js';

/** A terminal that answers the queries as `reply` says, after `delayMs`; what it was asked is kept. */
const fakeTerminal = (reply: string | undefined, delayMs = 0) => {
	const stdin = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
	stdin.isTTY = true;
	const asked: string[] = [];
	const stdout = {
		isTTY: true,
		write(data: string) {
			asked.push(data);
			if (reply !== undefined) {
				setTimeout(() => stdin.write(reply), delayMs);
			}

			return true;
		},
	} as unknown as NodeJS.WriteStream;
	return {stdin, stdout, asked};
};

const DA1_SIXEL = '\u001B[?63;1;2;4;6;9;15;22c';
const DA1_PLAIN = '\u001B[?62;22c';

describe('which protocol the environment names', () => {
	test.each([
		[{TERM: 'xterm-kitty'}, 'kitty'],
		[{KITTY_WINDOW_ID: '1', TERM: 'xterm-256color'}, 'kitty'],
		[{TERM_PROGRAM: 'ghostty'}, 'kitty'],
		[{TERM_PROGRAM: 'iTerm.app'}, 'iterm2'],
		[{LC_TERMINAL: 'iTerm2'}, 'iterm2'],
		[{TERM_PROGRAM: 'WezTerm'}, 'iterm2'],
		[{TERM: 'foot'}, 'sixel'],
		[{TERM: 'mlterm'}, 'sixel'],
		[{TERM: 'xterm-256color'}, undefined],
	] as const)('%o: %s', (env, protocol) => {
		expect(protocolFromEnvironment(env)).toBe(protocol);
	});
});

describe('the terminal\'s replies', () => {
	test('kitty\'s OK, sixel in the device attributes, the cell size', () => {
		expect(readReplies(`\u001B_Gi=31;OK\u001B\\\u001B[6;17;8t${DA1_PLAIN}`)).toEqual({kitty: true, sixel: false, cell: {width: 8, height: 17}, complete: true});
		expect(readReplies(DA1_SIXEL)).toEqual({kitty: false, sixel: true, complete: true});
		expect(readReplies('\u001B_Gi=31;ENOTSUPPORTED:\u001B\\')).toEqual({kitty: false, sixel: false, complete: false});
		// xterm's sixel area (XTSMGRAPHICS), which it answers where it keeps `CSI 16 t` to itself.
		expect(readReplies(`\u001B[?2;0;600;390S${DA1_SIXEL}`)).toEqual({kitty: false, sixel: true, sixelArea: {width: 600, height: 390}, complete: true});
		// 64 is not 4.
		expect(readReplies('\u001B[?64;22c').sixel).toBe(false);
	});
});

describe('asking the terminal', () => {
	test('an xterm -ti vt340 is asked once and draws sixel, at its own cell size', async () => {
		const terminal = fakeTerminal(`\u001B[6;13;6t${DA1_SIXEL}`);
		const graphics = await detectGraphics({...terminal, env: {TERM: 'xterm'}, color: true});
		expect(graphics).toMatchObject({protocol: 'sixel', tmux: false, cell: {width: 6, height: 13}});
		expect(terminal.asked).toEqual(['\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\\u001B[16t\u001B[?2;1;0S\u001B[c']);
	});

	test('an xterm that keeps its cell size to itself (its default) gives it by its sixel area over its cells', async () => {
		const terminal = fakeTerminal(`\u001B[?2;0;600;390S${DA1_SIXEL}`);
		Object.assign(terminal.stdout, {columns: 100, rows: 30});
		expect(await detectGraphics({...terminal, env: {TERM: 'xterm'}, color: true})).toMatchObject({protocol: 'sixel', cell: {width: 6, height: 13}});
	});

	test('a terminal that answers nothing gets half blocks after the short wait; keys typed meanwhile are kept', async () => {
		const terminal = fakeTerminal('j');
		const started = Date.now();
		const graphics = await detectGraphics({...terminal, env: {TERM: 'xterm-256color', COLORTERM: 'truecolor'}, color: true, timeoutMs: 80});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(graphics).toMatchObject({protocol: 'blocks', depth: 3});
		expect(String(terminal.stdin.read())).toBe('j');
	});

	test('replies that come after the wait never reach the app as keys', async () => {
		const terminal = fakeTerminal(`\u001B_Gi=31;OK\u001B\\${DA1_SIXEL}`, 150);
		await detectGraphics({...terminal, env: {}, color: true, timeoutMs: 20});
		const input = swallowReplies(terminal.stdin);
		await new Promise(resolve => {
			setTimeout(resolve, 200);
		});
		terminal.stdin.write('q');
		const read: string[] = [];
		for (let chunk = input.read() as Buffer | null; chunk !== null; chunk = input.read() as Buffer | null) {
			read.push(chunk.toString());
		}

		expect(read.join('')).toBe('q');
	});

	test('inside tmux: passthrough where it is on, else half blocks; tmux is not asked in place of the terminal', async () => {
		const terminal = fakeTerminal(DA1_SIXEL);
		const env = {TMUX: '/tmp/tmux-0/default,1,0', TERM: 'tmux-256color', KITTY_WINDOW_ID: '3'};
		expect(await detectGraphics({...terminal, env, color: true, tmuxPassthrough: () => true})).toMatchObject({protocol: 'kitty', tmux: true});
		expect(await detectGraphics({...terminal, env, color: true, tmuxPassthrough: () => false})).toMatchObject({protocol: 'blocks', tmux: false});
		expect(terminal.asked).toEqual([]);
	});

	test('--images wins; with colour off, half blocks become alt text but pictures still draw', async () => {
		expect(await detectGraphics({...fakeTerminal(DA1_SIXEL), env: {}, color: true, override: 'iterm2'})).toMatchObject({protocol: 'iterm2'});
		expect(await detectGraphics({...fakeTerminal(DA1_PLAIN), env: {}, color: false})).toMatchObject({protocol: 'off'});
		expect(await detectGraphics({...fakeTerminal(DA1_SIXEL), env: {}, color: false})).toMatchObject({protocol: 'sixel'});
	});
});

describe('the line the help shows', () => {
	test('says the protocol and why it was chosen', async () => {
		const xterm = await detectGraphics({...fakeTerminal(DA1_SIXEL), env: {TERM: 'xterm'}, color: true});
		expect(describeImageProtocol(xterm.protocol, xterm.reason, xterm.tmux)).toBe('Images: sixel (the terminal\'s device attributes offer sixel)');
		const wezterm = await detectGraphics({...fakeTerminal(undefined), env: {TERM: 'xterm-256color', TERM_PROGRAM: 'WezTerm'}, color: true});
		expect(describeImageProtocol(wezterm.protocol, wezterm.reason, wezterm.tmux)).toBe('Images: iTerm2 inline images (the environment names the terminal: TERM_PROGRAM=WezTerm)');
		const silent = await detectGraphics({...fakeTerminal(undefined), env: {TERM: 'xterm-256color'}, color: true, timeoutMs: 10});
		expect(describeImageProtocol(silent.protocol, silent.reason, silent.tmux)).toBe('Images: coloured half blocks (the terminal did not answer in time)');
		const tmux = await detectGraphics({...fakeTerminal(undefined), env: {TMUX: '/tmp/tmux', TERM: 'foot'}, color: true, tmuxPassthrough: () => true});
		expect(describeImageProtocol(tmux.protocol, tmux.reason, tmux.tmux)).toBe('Images: sixel through tmux (tmux passthrough, the terminal named by the environment)');
	});
});

describe('--images that needs nothing from the terminal', () => {
	test.each(['blocks', 'off'] as const)('--images %s asks nothing, so the first slide waits for no reply', async override => {
		const terminal = fakeTerminal(undefined);
		const graphics = await detectGraphics({...terminal, env: {TERM: 'xterm'}, color: true, override, timeoutMs: 5000});
		expect(graphics.protocol).toBe(override);
		expect(terminal.asked).toEqual([]);
	});
});
