/**
The room quiz's state and the commands that change it, as data, and the
question a state has on screen. The reducer (room-state.ts) moves between the
phases; the counts (room-counts.ts) are typed in and set.
*/
import type {PresentedQuestion} from '../quiz/shuffle.js';
import type {CountField} from './fields.js';

export type RoomQuestion = {
	readonly presented: PresentedQuestion;
	readonly fields: readonly CountField[];
	/** Hands per field; `undefined` until a count is given. */
	readonly counts: ReadonlyArray<number | undefined>;
	/** Devices per field (phones that answered), apart from the typed hand `counts`; absent until one answers. */
	readonly votes?: ReadonlyArray<number>;
	/** Once revealed, a question stays revealed: going back to it shows the answer. */
	readonly revealed: boolean;
	/** When it was first shown: the countdown runs from here. Absent until then. */
	readonly shownAt?: number;
};

/** A count being typed: `A 7` before its Enter. */
export type CountEntry = {
	readonly field: number;
	readonly digits: string;
};

/**
- `intro`: the quiz's title, waiting for the presenter to start;
- `question`: one question on screen, answer hidden until revealed;
- `summary`: how the room did.
*/
export type RoomPhase = 'intro' | 'question' | 'summary';

export type RoomState = {
	readonly phase: RoomPhase;
	readonly questions: readonly RoomQuestion[];
	readonly index: number;
	readonly entry?: CountEntry;
	/** A slide (1-based) shown over a revealed question. */
	readonly viewing?: number;
	/** `--countdown`: milliseconds each question gets; absent when off. */
	readonly countdownMs?: number;
	/**
	The presenter chose to show the room the counts before the reveal; until
	then they are the presenter's alone, so that hands already counted do not
	sway the ones still up. For the whole quiz, once chosen.
	*/
	readonly countsShown?: true;
	/** Phones following the quiz: how many joined, and how many answered the question on screen. */
	readonly audience?: {readonly joined: number; readonly answered: number};
	readonly startedAt?: number;
	readonly endedAt?: number;
	readonly exit?: 'quit' | 'interrupted';
};

/**
Commands may name the question they were meant for (`question`, its id): one
that arrives after the room has moved on is then dropped instead of
revealing the next question early.
*/
export type RoomCommand =
	| {readonly type: 'start'; readonly now: number}
	| {readonly type: 'reveal'; readonly now: number; readonly question?: string}
	| {readonly type: 'next'; readonly now: number; readonly question?: string}
	/** A clicker's one button: reveal, or go on once revealed. */
	| {readonly type: 'advance'; readonly now: number; readonly question?: string}
	| {readonly type: 'previous'; readonly now: number}
	/** Straight to the summary. */
	| {readonly type: 'end'; readonly now: number}
	/** Start typing a count for a field (committing one being typed). */
	| {readonly type: 'edit-count'; readonly field: number}
	| {readonly type: 'next-field'}
	| {readonly type: 'previous-field'}
	| {readonly type: 'digit'; readonly digit: number}
	| {readonly type: 'erase'}
	| {readonly type: 'commit'}
	| {readonly type: 'cancel'}
	/** A whole count at once; `undefined` takes it back. */
	| {readonly type: 'set-count'; readonly question: string; readonly field: number; readonly count: number | undefined}
	/** Show the room the counts before the reveal, or hide them again. */
	| {readonly type: 'show-counts'; readonly shown: boolean}
	/** The phones' answers to a question, tallied by the room's web server. */
	| {readonly type: 'audience'; readonly question: string; readonly joined: number; readonly answered: number; readonly votes: readonly number[]}
	| {readonly type: 'view-slide'}
	| {readonly type: 'close-slide'}
	| {readonly type: 'quit'; readonly now: number}
	| {readonly type: 'interrupt'; readonly now: number};

/** The question on screen, if the phase shows one. */
export function currentRoomQuestion(state: RoomState): RoomQuestion | undefined {
	return state.phase === 'question' ? state.questions[state.index] : undefined;
}

/** The state with question `index` changed; the same state when nothing changed. */
export const replaceQuestion = (state: RoomState, index: number, change: (question: RoomQuestion) => RoomQuestion): RoomState => {
	const question = state.questions[index];
	if (!question) {
		return state;
	}

	const changed = change(question);
	return changed === question ? state : {...state, questions: state.questions.map((each, at) => (at === index ? changed : each))};
};
