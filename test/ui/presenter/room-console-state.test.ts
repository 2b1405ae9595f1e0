/** The console's keys while it follows a room quiz: room commands out, counts typed here and sent whole. */
import {describe, expect, it} from 'vitest';
import type {RoomRemote} from '../../../source/core/protocol/room-messages.js';
import {roomReducer, startRoom} from '../../../source/core/room/room-state.js';
import {type RoomCommand, type RoomState} from '../../../source/core/room/room-model.js';
import {consoleRoomKeys} from '../../../source/core/keys/room-keys.js';
import {hintSection} from '../../../source/ui/room/room-lines.js';
import {consoleRoom, initialRoomConsole, type RoomConsoleState, roomConsoleReducer, scrollOf} from '../../../source/ui/room/room-console-state.js';
import {card, multiple, single} from '../quiz/fixture.js';

const run = (state: RoomState, ...commands: RoomCommand[]): RoomState => commands.reduce(roomReducer, state);
const intro = startRoom([single, multiple, card], {seed: 7});
const asking = run(intro, {type: 'start', now: 0});
const revealed = run(asking, {type: 'reveal', now: 1});

/** Keys as the console reads them: a printable key, or a named one by its Ink flag. */
const named: Record<string, Record<string, boolean>> = {
	enter: {return: true}, right: {rightArrow: true}, left: {leftArrow: true}, tab: {tab: true}, escape: {escape: true}, backspace: {backspace: true}, down: {downArrow: true},
};

const keys = (room: RoomState | undefined, state: RoomConsoleState, ...pressed: string[]): RoomConsoleState => pressed.reduce(
	(each, key) => roomConsoleReducer(each, {type: 'keys', input: named[key] ? '' : key, key: named[key] ?? {}, room, context: {body: 'b', scroll: {max: 10, page: 4}}}),
	state,
);

const sent = (state: RoomConsoleState): RoomRemote[] => state.outbox.map(item => item.command);

describe('the room console\'s keys', () => {
	it('start, reveal, go on and back as room commands naming the question meant', () => {
		expect(sent(keys(intro, initialRoomConsole, ' '))).toEqual([{type: 'start'}]);
		expect(sent(keys(asking, initialRoomConsole, ' ', 'right'))).toEqual([{type: 'advance', question: 'capital'}, {type: 'advance', question: 'capital'}]);
		expect(sent(keys(revealed, initialRoomConsole, 'enter', 'left'))).toEqual([{type: 'advance', question: 'capital'}, {type: 'previous', question: 'capital'}]);
		expect(sent(keys(revealed, initialRoomConsole, 'v'))).toEqual([{type: 'view-slide', question: 'capital'}]);
		const viewing = run(revealed, {type: 'view-slide'});
		expect(sent(keys(viewing, initialRoomConsole, 'x'))).toEqual([{type: 'close-slide'}]);
	});

	it('quits with q or Ctrl+C over a slide too, as its hints say, and closes the slide with any other key', () => {
		const viewing = run(revealed, {type: 'view-slide'});
		for (const key of ['q', '\u0003']) {
			const left = keys(viewing, initialRoomConsole, key);
			expect(left.quit).toBe(true);
			expect(left.outbox).toEqual([]);
		}

		expect(hintSection('slide', [], 80, undefined, consoleRoomKeys).label).toBe('Keys: any key back to the question, q/Ctrl+C quit the console');
		expect(sent(keys(viewing, initialRoomConsole, 'escape'))).toEqual([{type: 'close-slide'}]);
	});

	it('shows the room the counts before the reveal with =, and hides them again, as a state, not a toggle', () => {
		expect(sent(keys(asking, initialRoomConsole, '='))).toEqual([{type: 'show-counts', shown: true}]);
		const shown = run(asking, {type: 'show-counts', shown: true});
		expect(sent(keys(shown, initialRoomConsole, '='))).toEqual([{type: 'show-counts', shown: false}]);
		// A count being typed stays open: `=` is not a digit.
		const typing = keys(asking, initialRoomConsole, 'b', '1', '=', '2');
		expect(consoleRoom(asking, typing).entry).toEqual({field: 1, digits: '12'});
		expect(hintSection('asking', asking.questions[0]!.fields, 200, undefined, consoleRoomKeys).label).toContain('= show or hide the counts');
		// `?` is the room screen's: the console's hints are always on.
		expect(hintSection('asking', asking.questions[0]!.fields, 200, undefined, consoleRoomKeys).label).not.toContain('?');
	});

	it('types a count here and sends it whole on Enter; the room sees nothing of it before', () => {
		const typing = keys(asking, initialRoomConsole, 'b', '1', '2');
		expect(typing.outbox).toEqual([]);
		expect(consoleRoom(asking, typing).entry).toEqual({field: 1, digits: '12'});
		const done = keys(asking, typing, 'enter');
		expect(sent(done)).toEqual([{type: 'set-count', question: 'capital', field: 1, count: 12}]);
		expect(done.entry).toBeUndefined();
	});

	it('keeps a count when moving to another, and before revealing, as the room screen does', () => {
		const state = keys(asking, initialRoomConsole, 'a', '3', 'tab', '4', ' ');
		expect(sent(state)).toEqual([
			{type: 'set-count', question: 'capital', field: 0, count: 3},
			{type: 'set-count', question: 'capital', field: 1, count: 4},
			{type: 'advance', question: 'capital'},
		]);
	});

	it('erases and cancels a count without sending anything; a count for a question the room has left is dropped', () => {
		expect(keys(asking, initialRoomConsole, 'a', '3', 'backspace', 'escape').entry).toBeUndefined();
		expect(keys(asking, initialRoomConsole, 'a', '3', 'backspace', 'escape').outbox).toEqual([]);
		const typing = keys(asking, initialRoomConsole, 'a', '3');
		const moved = run(revealed, {type: 'next', now: 2});
		expect(consoleRoom(moved, typing).entry).toBeUndefined();
		expect(sent(keys(moved, typing, 'enter'))).toEqual([]);
	});

	it('takes no count for a card before its answer is out', () => {
		const cardAsked = run(revealed, {type: 'next', now: 2}, {type: 'reveal', now: 3}, {type: 'next', now: 4});
		expect(keys(cardAsked, initialRoomConsole, 'a', '4').entry).toBeUndefined();
	});

	it('leaves with q, which the room never hears of; scrolls its own screen', () => {
		const state = keys(asking, initialRoomConsole, 'q');
		expect(state.quit).toBe(true);
		expect(state.outbox).toEqual([]);
		expect(keys(undefined, initialRoomConsole, 'q').quit).toBe(true);
		const scrolled = keys(asking, initialRoomConsole, 'down', 'down');
		expect(scrollOf(scrolled, 'b')).toBe(2);
		expect(scrollOf(scrolled, 'another body')).toBe(0);
	});

	it('says when no room quiz took a command', () => {
		const state = keys(asking, initialRoomConsole, ' ');
		const dropped = roomConsoleReducer(state, {type: 'sent', seq: state.seq, delivered: false});
		expect(dropped.outbox).toEqual([]);
		expect(dropped.message).toContain('No room quiz to drive');
	});
});
