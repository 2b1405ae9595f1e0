import type {SlideshowState} from '../../core/show/slideshow-types.js';
import {sanitize} from '../../core/text/sanitize.js';

export type Status = {
	readonly text: string;
	readonly role: 'prompt' | 'hint' | 'muted' | 'error';
};

const none: Status = {text: '', role: 'muted'};

/**
The presenter's notes for the status line, most pressing first: a message,
an answer to a key, the deck's problem, the resume hint, the search shown.
They name flags, keys and files, so a presented show tells them to its
consoles (`consoleNoteOf`) rather than showing them to the room.
*/
function noteOf(state: SlideshowState, banner: string | undefined): Status | undefined {
	if (state.message !== undefined) {
		return {text: state.message, role: 'hint'};
	}

	if (state.answer !== undefined) {
		return {text: state.answer, role: 'hint'};
	}

	if (banner !== undefined) {
		return {text: banner, role: 'error'};
	}

	if (state.resumeHint && state.resumeSlide !== undefined) {
		return {text: `Press r to resume at slide ${state.resumeSlide}`, role: 'hint'};
	}

	if (state.search !== undefined) {
		// A search that matched nothing has nowhere for n and N to go.
		return state.search.hits.length === 0
			? {text: `/${state.search.query}: no match, / search again, Esc clear`, role: 'muted'}
			: {text: `/${state.search.query}: n next, N previous, Esc clear`, role: 'muted'};
	}

	return undefined;
}

/** What is being typed at this keyboard: the search prompt, a slide number or a key sequence; on a presented show, without the keys to finish it. */
function typingOf(state: SlideshowState): Status | undefined {
	const keys = !state.presented;
	if (state.overlay === 'search') {
		return {text: `/${state.draft}▏${keys ? '  Enter search · Esc cancel' : ''}`, role: 'prompt'};
	}

	if (state.pending.length > 0) {
		const typed = state.pending.join('');
		return /^\d+$/.test(typed)
			? {text: `Go to slide ${typed}${keys ? ': Enter or G' : ''}`, role: 'prompt'}
			: {text: `${typed}…`, role: 'prompt'};
	}

	return undefined;
}

/**
What the status line of this screen says, most pressing first: the search
being typed, a message, a number being typed, the deck's problem, the resume
hint, the search shown. A presented show keeps the presenter's notes off it:
with a console they go there; with `--present` and no console there is no
presenter's side, and only the answers to keys typed here (a search's
matches, a slide that does not exist) stay, as they name no flag and no key.
While the opening note is held for a console that may attach, the notes wait.
*/
export function statusOf(state: SlideshowState, banner: string | undefined): Status {
	const typing = typingOf(state);
	if (typing && (state.overlay === 'search' || state.presented || (state.message === undefined && state.answer === undefined))) {
		return typing;
	}

	if (!state.presented && !state.messageHeld) {
		return noteOf(state, banner) ?? typing ?? none;
	}

	if (!state.consoled && state.answer !== undefined && state.message === undefined) {
		return {text: state.answer, role: 'hint'};
	}

	return typing ?? none;
}

/**
The note a console shows on its bottom line for this show (sanitized: it
goes out over the channel); `undefined` when there is none. The reminder of
the search shown is left out: its keys are this keyboard's, and the console
says what it needs of a search itself (`notesHit`).
*/
export function consoleNoteOf(state: SlideshowState, banner: string | undefined): string | undefined {
	const note = noteOf({...state, search: undefined}, banner);
	return note === undefined ? undefined : sanitize(note.text);
}
