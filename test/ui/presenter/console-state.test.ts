/**
The presenter console's reducer: its help lists only what its keys do there,
and a blackout of the shared screen ends on any key, as on the slideshow.
*/
import {describe, expect, it} from 'vitest';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {describeKeys} from '../../../source/core/keys/keymap.js';
import {slideshowKeys} from '../../../source/core/keys/slideshow-keys.js';
import {type ConsoleContext, consoleReducer, type ConsoleState, initialConsoleState} from '../../../source/ui/presenter/console-state.js';

const context: ConsoleContext = {slideCount: 5, notesRange: {auto: 0, max: 20}, notesPage: 4, helpPageCount: 2};

const named: Readonly<Record<string, KeyFlags>> = {
	up: {upArrow: true}, down: {downArrow: true}, left: {leftArrow: true}, right: {rightArrow: true},
	pageup: {pageUp: true}, pagedown: {pageDown: true}, home: {home: true}, end: {end: true},
	enter: {return: true}, escape: {escape: true}, tab: {tab: true}, backspace: {backspace: true},
};

/** Presses a key sequence as the keymap writes it (`g g`, `<number> enter`, `ctrl+c`). */
function pressSequence(state: ConsoleState, sequence: string): ConsoleState {
	let next = state;
	for (const token of sequence.split(' ')) {
		const [input, key]: [string, KeyFlags] = token === '<number>' ? ['2', {}]
			: token === 'ctrl+c' ? ['c', {ctrl: true}]
				: token === 'space' ? [' ', {}]
					: named[token] ? ['', named[token]] : [token, {}];
		next = consoleReducer(next, {type: 'keys', input, key, context});
	}

	return next;
}

describe('the console\'s help', () => {
	const rows = describeKeys(slideshowKeys, ['console']);

	it('names nothing that only the slideshow has: no overview, no search', () => {
		const text = rows.map(row => `${row.keys.join(' ')} ${row.description}`).join('\n');
		expect(text).not.toMatch(/overview|search/i);
		expect(rows.map(row => row.command)).not.toContain('overview');
		expect(rows.map(row => row.command)).not.toContain('search');
	});

	it('lists only keys that do something on the console: each of its rows, pressed, sends a command or changes the console', () => {
		for (const row of rows) {
			const binding = slideshowKeys.find(each => each.command === row.command && each.scopes.includes('console'))!;
			for (const sequence of binding.keys) {
				// Esc is for the help: pressed with it open; the notes scroll up from further down.
				const from: ConsoleState = row.command === 'close' ? {...initialConsoleState, help: true} : row.command === 'notes-up' ? {...initialConsoleState, scroll: 8} : initialConsoleState;
				const after = pressSequence(from, sequence);
				expect(after, `${sequence}: ${row.description}`).not.toEqual(from);
			}
		}
	});
});

describe('a blackout driven from the console', () => {
	const blackedOut = consoleReducer(initialConsoleState, {type: 'blackout', on: true});

	it('ends on any key, bound or not, which does only that', () => {
		for (const key of ['x', 'z', '%', 'right', 'q']) {
			const after = pressSequence(blackedOut, key);
			expect(after.outbox.map(item => item.command), key).toEqual(['blackout']);
			expect(after.quit).toBe(false);
			expect(after.blackout).toBe(false);
		}
	});

	it('reads the keys after it as keys again, before the show has said it is back', () => {
		const after = pressSequence(pressSequence(blackedOut, 'x'), 'right');
		expect(after.outbox.map(item => item.command)).toEqual(['blackout', 'next']);
	});

	it('leaves Ctrl+C to quit, and the help, open on the console, its own keys', () => {
		expect(pressSequence(blackedOut, 'ctrl+c').quit).toBe(true);
		const helping = pressSequence({...blackedOut, help: true}, 'right');
		expect(helping.outbox).toEqual([]);
		expect(helping.helpPage).toBe(1);
	});

	it('follows the show: a key is read as usual once the show is no longer blacked out', () => {
		const back = consoleReducer(blackedOut, {type: 'blackout', on: false});
		expect(pressSequence(back, 'x').outbox).toEqual([]);
		expect(pressSequence(back, 'b').outbox.map(item => item.command)).toEqual(['blackout']);
	});
});
