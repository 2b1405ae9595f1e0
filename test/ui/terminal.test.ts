import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {
	CURSOR_HOME,
	ENTER_ALTERNATE_SCREEN,
	enterTerminal,
	HIDE_CURSOR,
	LEAVE_ALTERNATE_SCREEN,
	SHOW_CURSOR,
} from '../../source/io/terminal/terminal.js';

const setUp = (isTTY = true) => {
	const events: string[] = [];
	const handlers: Array<() => void> = [];
	let removed = 0;
	const monitor = new EventEmitter();
	const session = enterTerminal({
		stdin: {
			isTTY,
			setRawMode(mode: boolean) {
				events.push(`raw ${mode}`);
			},
		},
		stdout: {
			write(data: string) {
				events.push(JSON.stringify(data));
			},
		},
		onExit(handler) {
			handlers.push(handler);
			return () => {
				removed++;
			};
		},
		errorMonitor: monitor as unknown as NodeJS.Process,
		stop() {
			events.push('stopped');
		},
	});
	return {events, handlers, monitor, session, removed: () => removed};
};

describe('enterTerminal', () => {
	it('turns on raw mode, then enters the alternate screen and hides the cursor', () => {
		const {events} = setUp();
		expect(events).toEqual(['raw true', JSON.stringify(ENTER_ALTERNATE_SCREEN + HIDE_CURSOR)]);
	});

	it('restores exactly what it changed, once, however often it is asked', () => {
		const {events, session, removed, monitor} = setUp();
		session.restore();
		session.restore();
		expect(events.slice(2)).toEqual([JSON.stringify(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN), 'raw false']);
		expect(removed()).toBe(1);
		expect(monitor.listenerCount('uncaughtExceptionMonitor')).toBe(0);
	});

	it('restores from the exit handler it registers (signals, process exit)', () => {
		const {events, handlers} = setUp();
		expect(handlers).toHaveLength(1);
		handlers[0]!();
		expect(events.at(-2)).toBe(JSON.stringify(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN));
	});

	it('restores before an uncaught error is printed', () => {
		const {events, monitor} = setUp();
		monitor.emit('uncaughtExceptionMonitor', new Error('boom'));
		expect(events).toContain(JSON.stringify(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN));
	});

	it('leaves raw mode alone when input is not a terminal', () => {
		const {events, session} = setUp(false);
		session.restore();
		expect(events.some(event => event.startsWith('raw'))).toBe(false);
	});
});

describe.skipIf(process.platform === 'win32')('suspend and resume', () => {
	const given = JSON.stringify(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	const taken = JSON.stringify(ENTER_ALTERNATE_SCREEN + HIDE_CURSOR);

	it('gives the terminal back before stopping, on Ctrl+Z or a SIGTSTP from elsewhere', () => {
		for (const how of ['ctrl+z', 'SIGTSTP'] as const) {
			const {events, session, monitor} = setUp();
			if (how === 'ctrl+z') {
				session.suspend();
			} else {
				monitor.emit('SIGTSTP');
			}

			expect(events.slice(2)).toEqual([given, 'raw false', 'stopped']);
		}
	});

	it('takes the terminal again on continue and asks for a redraw', () => {
		const {events, session, monitor} = setUp();
		let redraws = 0;
		session.onResume(() => {
			redraws++;
		});
		session.suspend();
		monitor.emit('SIGCONT');
		expect(events.slice(5)).toEqual(['raw true', taken, JSON.stringify(CURSOR_HOME)]);
		expect(redraws).toBe(1);
	});

	it('stops listening once restored', () => {
		const {session, monitor} = setUp();
		session.restore();
		expect(monitor.listenerCount('SIGTSTP') + monitor.listenerCount('SIGCONT')).toBe(0);
	});
});
