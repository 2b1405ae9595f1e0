import {describe, expect, it} from 'vitest';
import {startRoom} from '../../../source/core/room/room-state.js';
import {hintSection} from '../../../source/ui/room/room-lines.js';
import type {KeyFlags} from '../../../source/core/keys/key-tokens.js';
import {type KeyHint, keyHints, readKey} from '../../../source/core/keys/keymap.js';
import {type RoomKeyCommand, roomKeys, type RoomScope, roomSlots} from '../../../source/core/keys/room-keys.js';
import type {CountField} from '../../../source/core/room/fields.js';
import {initialRoomScreen, roomScope, roomScreenReducer, type RoomScreenAction, type RoomScreenContext, type RoomScreenState} from '../../../source/ui/room/room-screen-state.js';
import {makeQuestion} from '../../quiz/make-question.js';

const questions = [makeQuestion('one', 'single', [0], 4, 2), makeQuestion('two', 'multiple', [0, 1], 3), makeQuestion('three', 'card')];
const context: RoomScreenContext = {pageCount: () => 2};
const keys = (input: string, key: KeyFlags = {}, scroll?: RoomScreenContext['scroll']): RoomScreenAction => ({type: 'keys', input, key, now: 0, context: scroll ? {...context, scroll} : context});
const run = (state: RoomScreenState, ...actions: RoomScreenAction[]): RoomScreenState => actions.reduce(roomScreenReducer, state);
const fresh = (): RoomScreenState => initialRoomScreen(startRoom(questions, {seed: 1}));

describe('keys on the room screen', () => {
	it('typed ahead in one chunk, every key still counts', () => {
		const state = run(fresh(), keys(' a12'), keys('', {return: true}));
		expect(state.room.questions[0]!.counts[0]).toBe(12);
		expect(roomScope(state.room)).toBe('asking');
	});

	it('read against the state left by the key before: Space reveals, then goes on', () => {
		const state = run(fresh(), keys('   '));
		expect(state.room.index).toBe(1);
		expect(state.room.questions[0]!.revealed).toBe(true);
	});

	it('Shift+Tab goes back from count to count', () => {
		const state = run(fresh(), keys(' '), keys('\t', {tab: true}), keys('', {tab: true, shift: true}));
		expect(state.room.entry).toEqual({field: 3, digits: ''});
	});

	it('commands from elsewhere go through the same reducer', () => {
		const state = run(fresh(), {type: 'command', command: {type: 'start', now: 5}}, {type: 'command', command: {type: 'set-count', question: 'one', field: 1, count: 4}}, {type: 'command', command: {type: 'reveal', now: 6, question: 'one'}});
		expect(state.room.questions[0]).toMatchObject({revealed: true, counts: [undefined, 4, undefined, undefined]});
	});

	it('page through a slide with ↓, and past its last page return to the question', () => {
		let state = run(fresh(), keys(' '), keys(' '), keys('v'));
		expect(roomScope(state.room)).toBe('slide');
		state = run(state, keys('', {downArrow: true}));
		expect(state).toMatchObject({page: 1, room: {viewing: 2}});
		state = run(state, keys('', {downArrow: true}));
		expect(state.room.viewing).toBeUndefined();
		expect(state.page).toBe(0);
	});

	it('scroll a tall body, and a new body starts at the top', () => {
		const tall = {max: 5, page: 3};
		let state = run(fresh(), keys(' '), keys('', {downArrow: true}, tall), keys('', {downArrow: true}, tall));
		expect(state.scroll).toBe(2);
		state = run(state, keys(' '));
		expect(state.scroll).toBe(0);
	});

	it('are ignored once the quiz has ended', () => {
		const ended = run(fresh(), keys('c', {ctrl: true}));
		expect(roomScope(ended.room)).toBeUndefined();
		expect(run(ended, keys(' '))).toBe(ended);
	});
});

/** The command a key means on a question with these count fields, and the count or digit it names. */
const roomKey = (token: string, scope: RoomScope, fields: readonly CountField[]): {command: RoomKeyCommand; value?: number} | undefined => {
	const {command, value} = readKey(roomKeys, scope, token, {slots: roomSlots(fields)});
	return command === undefined ? undefined : {command, value};
};
const roomHints = (scope: RoomScope, fields: readonly CountField[], include?: (command: RoomKeyCommand) => boolean): KeyHint[] =>
	keyHints(roomKeys, scope, {include, slots: roomSlots(fields)});

describe('the room keymap', () => {
	const fields = startRoom([questions[1]!], {seed: 1}).questions[0]!.fields;

	it('names a count by its letter in either case, or # for the head count', () => {
		expect(roomKey('b', 'asking', fields)).toEqual({command: 'count', value: 1});
		expect(roomKey('C', 'asking', fields)).toEqual({command: 'count', value: 2});
		expect(roomKey('#', 'asking', fields)).toEqual({command: 'count', value: 3});
		expect(roomKey('d', 'asking', fields)).toBeUndefined();
		expect(roomKey('7', 'counting', fields)).toEqual({command: 'digit', value: 7});
		expect(roomKey('7', 'asking', fields)).toBeUndefined();
	});

	it('keeps q and v for themselves; with Shift they name an option', () => {
		expect(roomKey('q', 'asking', fields)).toEqual({command: 'end'});
		expect(roomKey('v', 'revealed', fields)).toEqual({command: 'view-slide'});
		const many = startRoom([makeQuestion('many', 'single', [0], 28)], {seed: 1}).questions[0]!.fields;
		expect(roomKey('q', 'asking', many)).toEqual({command: 'end'});
		expect(roomKey('Q', 'asking', many)).toEqual({command: 'count', value: 16});
		expect(roomKey('V', 'revealed', many)).toEqual({command: 'count', value: 21});
		expect(many.slice(25).map(field => field.label)).toEqual(['Z', 'AA', 'AB']);
	});

	it('writes the hints from the same bindings', () => {
		expect(roomHints('asking', fields)).toContainEqual({keys: 'A–C/#', description: 'then a number: hands for it'});
		expect(roomHints('asking', fields)).toContainEqual({keys: 'Tab/Shift+Tab', description: 'from count to count'});
		expect(roomHints('counting', fields).map(hint => hint.keys)).toEqual(expect.arrayContaining(['0–9', 'Enter', 'Esc', 'Backspace']));
		expect(roomHints('revealed', fields, command => command !== 'view-slide').map(hint => hint.description)).not.toContain('open the slide');
	});

	it('packs the hints into lines that fit', () => {
		const section = hintSection('counting', fields, 40);
		expect(section.lines.length).toBeGreaterThan(1);
		for (const line of section.lines) {
			expect(line.reduce((sum, segment) => sum + segment.text.length, 0)).toBeLessThanOrEqual(40);
		}

		expect(section.label).toMatch(/^Keys: Space\/→\/PgDn reveal the answer, /);
	});
});
