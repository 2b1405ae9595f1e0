/**
Every key of the room quiz and of a presenter console following it, as data
for the keymap engine (keymap.ts): which command a key means on each screen.
The reducers read keys only through these bindings and the on-screen hints
are generated from them, so they cannot drift apart.
*/
import {fieldForKey, type CountField} from '../room/fields.js';
import type {Keymap, Slots} from './keymap.js';

/**
- `asking`: a question, its answer hidden;
- `counting`: a count being typed (`A 7`, before Enter);
- `revealed`: the answer is out;
- `slide`: the slide behind a question, over it.
*/
export type RoomScope = 'intro' | 'asking' | 'counting' | 'revealed' | 'slide' | 'summary';

export type RoomKeyCommand =
	| 'start'
	| 'advance'
	| 'previous'
	| 'end'
	| 'count'
	| 'next-field'
	| 'previous-field'
	| 'digit'
	| 'erase'
	| 'commit'
	| 'cancel'
	| 'view-slide'
	| 'toggle-counts'
	| 'keys'
	| 'more'
	| 'close'
	| 'line-down'
	| 'line-up'
	| 'page-down'
	| 'page-up'
	| 'quit'
	| 'interrupt';

const question: readonly RoomScope[] = ['asking', 'counting', 'revealed'];
const all: readonly RoomScope[] = ['intro', ...question, 'slide', 'summary'];

/** What the scroll bindings say; they are hinted only when there is something to scroll. */
const scrollDescription = 'scroll';

/**
`<digit>` is 0–9, `<field>` a letter (either case) or `#` naming a count of
the question on screen (see `roomSlots`).
*/
export const roomKeys: Keymap<RoomKeyCommand, RoomScope> = [
	{command: 'interrupt', keys: ['ctrl+c'], description: 'leave at once', scopes: all, unhinted: true},
	{command: 'start', keys: ['enter', 'space', 'right', 'pagedown'], description: 'start', scopes: ['intro']},
	// A clicker sends → or PgDn: one button walks the whole quiz, reveal by reveal.
	{command: 'advance', keys: ['space', 'right', 'pagedown'], description: 'reveal the answer', scopes: ['asking', 'counting']},
	{command: 'advance', keys: ['space', 'enter', 'right', 'pagedown'], description: 'next question', scopes: ['revealed']},
	{command: 'digit', keys: ['<digit>'], description: 'hands', scopes: ['counting']},
	{command: 'erase', keys: ['backspace'], description: 'erase', scopes: ['counting']},
	{command: 'commit', keys: ['enter'], description: 'done', scopes: ['counting']},
	{command: 'cancel', keys: ['escape'], description: 'cancel', scopes: ['counting']},
	{command: 'previous', keys: ['left', 'pageup'], description: 'previous question', scopes: question},
	{command: 'previous', keys: ['left', 'backspace'], description: 'back to the questions', scopes: ['summary']},
	{command: 'next-field', keys: ['tab'], description: 'from count to count', scopes: question},
	{command: 'previous-field', keys: ['shift+tab'], description: 'from count to count', scopes: question},
	{command: 'view-slide', keys: ['v'], description: 'open the slide', scopes: ['revealed']},
	{command: 'end', keys: ['q'], description: 'summary', scopes: question},
	// Not a letter: letters name the options' counts.
	{command: 'toggle-counts', keys: ['='], description: 'show or hide the counts', scopes: ['asking', 'counting']},
	{command: 'line-down', keys: ['down'], description: scrollDescription, scopes: ['asking', 'revealed', 'summary']},
	{command: 'line-up', keys: ['up'], description: scrollDescription, scopes: ['asking', 'revealed', 'summary']},
	{command: 'page-down', keys: ['pagedown'], description: scrollDescription, scopes: ['summary']},
	{command: 'page-up', keys: ['pageup'], description: scrollDescription, scopes: ['summary']},
	{command: 'more', keys: ['down', 'pagedown'], description: 'more of the slide', scopes: ['slide']},
	{command: 'close', keys: ['<any>'], description: 'back to the question', scopes: ['slide']},
	{command: 'quit', keys: ['q', 'escape'], description: 'finish', scopes: ['intro', 'summary']},
	// The shared screen shows no key hints unless asked: they are the presenter's, not the room's.
	{command: 'keys', keys: ['?'], description: 'keys', scopes: ['intro', ...question, 'summary']},
	// A named key wins over it: an option whose letter is a key here (q, v) is typed with Shift (Q, V), or reached with Tab, as is one past Z.
	{command: 'count', keys: ['<field>'], description: 'then a number: hands for it', scopes: question},
];

/**
The keys of a presenter console following a room quiz: the room screen's,
sent to the room, except that `q` and `Ctrl+C` leave the console (the quiz
goes on; over a slide too, where any other key closes it), and the summary
and a slide's pages are the room screen's own.
*/
export const consoleRoomKeys: Keymap<RoomKeyCommand, RoomScope> = [
	// A console's hints are always on: `?` is the room screen's.
	...roomKeys.filter(binding => !['quit', 'interrupt', 'end', 'more', 'count', 'keys'].includes(binding.command)),
	{command: 'quit', keys: ['q', 'ctrl+c'], description: 'quit the console', scopes: all},
	// Last in the hints, as on the room screen.
	...roomKeys.filter(binding => binding.command === 'count'),
];

/** The commands that scroll a screen's body. */
export const scrollCommands: ReadonlySet<RoomKeyCommand> = new Set(['line-down', 'line-up', 'page-down', 'page-up']);

/** `A–D`, `A–D/#`: the count keys of a question as hinted. */
const fieldKeys = (fields: readonly CountField[]): string => {
	const letters = fields.filter(field => field.kind !== 'people').map(field => field.label).filter(label => label.length === 1);
	const range = letters.length > 1 ? `${letters[0]}–${letters.at(-1)}` : letters[0] ?? '';
	return fields.some(field => field.kind === 'people') ? `${range}/#` : range;
};

/** The room's slots for a question with these count fields: the digit a key types, the count a key names. */
export function roomSlots(fields: readonly CountField[]): Slots {
	return {
		'<digit>': {read: token => (/^\d$/.test(token) ? Number(token) : undefined), label: () => '0–9'},
		'<field>': {read: token => fieldForKey(fields, token), label: () => fieldKeys(fields)},
	};
}
