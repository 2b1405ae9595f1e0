/**
Every key of the slideshow and of the presenter console that drives it, as
data for the keymap engine (keymap.ts). The slideshow's and the console's
reducers read keys only through these bindings, and their help and hints are
generated from them, so help cannot drift from what the keys do.
*/
import type {Keymap} from './keymap.js';

/** Where keys are read: the slides, the end screen, an overlay, or the presenter console. */
export type SlideshowScope = 'slides' | 'end' | 'help' | 'overview' | 'console';

export type SlideshowCommand =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'goto'
	| 'start-quiz'
	| 'resume'
	| 'afresh'
	| 'overview'
	| 'search'
	| 'search-next'
	| 'search-previous'
	| 'blackout'
	| 'reveal'
	| 'footer'
	| 'timer'
	| 'timer-reset'
	| 'presenter'
	| 'notes-down'
	| 'notes-up'
	| 'overview-up'
	| 'overview-down'
	| 'overview-open'
	| 'help'
	| 'close'
	| 'quit';

const deck: readonly SlideshowScope[] = ['slides', 'end'];
/** The slides, the end screen and the presenter console, which drives them. */
const driven: readonly SlideshowScope[] = [...deck, 'console'];

export const slideshowKeys: Keymap<SlideshowCommand, SlideshowScope> = [
	{command: 'next', keys: ['right', 'down', 'space', 'enter', 'pagedown', 'l', 'j'], description: 'Next step, page or slide', scopes: ['slides', 'help', 'console']},
	// Clickers send PgDn (some Space or →): the same click that went through the slides starts the quiz.
	{command: 'start-quiz', keys: ['enter', 'pagedown', 'space', 'right'], description: 'Start the quiz (end screen)', scopes: ['end']},
	{command: 'previous', keys: ['left', 'up', 'backspace', 'pageup', 'h', 'k'], description: 'Previous step, page or slide', scopes: [...driven, 'help']},
	{command: 'first', keys: ['g g', 'home'], description: 'First slide', scopes: [...driven, 'overview']},
	{command: 'last', keys: ['G', 'end'], description: 'Last slide', scopes: [...driven, 'overview']},
	// The console has no overview: its help, read from its own scope, says only what works there.
	{command: 'goto', keys: ['<number> enter', '<number> G'], description: 'Go to slide <n> (in the overview too)', scopes: [...deck, 'overview']},
	{command: 'goto', keys: ['<number> enter', '<number> G'], description: 'Go to slide <n>', scopes: ['console']},
	{command: 'resume', keys: ['r'], description: 'Resume where you left off', scopes: driven},
	// The console says the pick-up on a presented show, so its `R` must do what it says.
	{command: 'afresh', keys: ['R'], description: 'After a talk is picked up: start afresh', scopes: driven},
	{command: 'overview', keys: ['o'], description: 'Overview: pick a slide', scopes: [...deck, 'overview']},
	{command: 'overview-up', keys: ['up', 'k'], description: 'Overview: highlight the slide above', scopes: ['overview']},
	{command: 'overview-down', keys: ['down', 'j'], description: 'Overview: highlight the slide below', scopes: ['overview']},
	{command: 'overview-open', keys: ['enter'], description: 'Overview: go to the highlighted slide', scopes: ['overview']},
	{command: 'search', keys: ['/'], description: 'Search all slides and notes (Enter runs, Esc cancels)', scopes: deck},
	{command: 'search-next', keys: ['n'], description: 'Next search match', scopes: deck},
	{command: 'search-previous', keys: ['N'], description: 'Previous search match', scopes: deck},
	{command: 'reveal', keys: ['s'], description: 'Reveal all steps of the slide', scopes: ['slides', 'console']},
	{command: 'presenter', keys: ['p'], description: 'Speaker notes and what comes next, beside the slide', scopes: deck},
	{command: 'notes-down', keys: [']'], description: 'Scroll the notes down', scopes: driven},
	{command: 'notes-up', keys: ['['], description: 'Scroll the notes up', scopes: driven},
	{command: 'timer', keys: ['t'], description: 'Pause or resume the timer (or start it now)', scopes: driven},
	{command: 'timer-reset', keys: ['T'], description: 'Reset the timer: it starts again with the next slide', scopes: driven},
	{command: 'blackout', keys: ['b', '.'], description: 'Blackout (any key returns)', scopes: driven},
	{command: 'footer', keys: ['f'], description: 'Hide or show the footer', scopes: deck},
	{command: 'help', keys: ['?'], description: 'This help', scopes: [...driven, 'help']},
	{command: 'close', keys: ['escape'], description: 'Close an overlay, clear the search', scopes: [...deck, 'help', 'overview']},
	// The console's one overlay is its help; its search and overview are the slideshow's.
	{command: 'close', keys: ['escape'], description: 'Close this help', scopes: ['console']},
	{command: 'quit', keys: ['q', 'ctrl+c'], description: 'Quit', scopes: [...driven, 'help', 'overview']},
];
