/**
Everything the slideshow screen remembers, changed only by this reducer. Key
events arrive raw (`input`, `key`) and are split and read here, so keys typed
faster than React renders each still count. What a command does is in the
pieces this composes (slideshow-commands.ts hands each to its own):
slideshow-navigation.ts, -search.ts, -overlays.ts, -timer.ts (with what
follows any change), -remote.ts (a console's commands) and -pickup.ts (a
talk picked up after a crash); the shapes they share are in slideshow-types.ts.
*/
import {observe, startRehearsal} from '../talk/rehearsal.js';
import {idleTimer, startTimer} from '../talk/timer.js';
import {type KeyToken, toKeyTokens} from '../keys/key-tokens.js';
import {readKey} from '../keys/keymap.js';
import {slideshowKeys, type SlideshowScope} from '../keys/slideshow-keys.js';
import {normalize, startPosition} from './navigation.js';
import {runCommand} from './slideshow-commands.js';
import {overviewIndexIn} from './slideshow-overlays.js';
import {runRemote} from './slideshow-remote.js';
import {editSearch, searchAgain} from './slideshow-search.js';
import {closePickUp, openWithPickUp, pickUpTalk} from './slideshow-pickup.js';
import {settle} from './slideshow-timer.js';
import type {InitialOptions, SlideshowAction, SlideshowContext, SlideshowState} from './slideshow-types.js';

export function initialState(options: InitialOptions = {}): SlideshowState {
	const start = Math.max(1, options.startSlide ?? 1);
	const resume = options.resumeSlide;
	const resumeSlide = resume !== undefined && resume > 1 && resume !== start ? resume : undefined;
	const {rehearse} = options;
	const opened: SlideshowState = {
		position: startPosition(start - 1),
		overlay: 'none',
		helpPage: 0,
		footer: true,
		pending: [],
		draft: '',
		resumeSlide,
		message: options.message,
		resumeHint: resumeSlide !== undefined,
		pressed: false,
		overviewIndex: start - 1,
		// A rehearsal times the opening slide too.
		timer: rehearse ? startTimer(idleTimer, rehearse.now) : idleTimer,
		slideStartedMs: 0,
		pacedFrom: start - 1,
		presenter: false,
		presented: options.present === true,
		consoled: false,
		messageHeld: options.holdMessage === true,
		notesScroll: 0,
		...(rehearse ? {rehearsal: observe(startRehearsal(rehearse.slideCount, rehearse.now), start - 1, rehearse.now)} : {}),
	};
	const {pickUp} = options;
	return pickUp ? openWithPickUp(opened, {...pickUp, ...(options.startSlide === undefined ? {} : {startSlide: options.startSlide}), rehearse: rehearse !== undefined}, pickUp.context) : opened;
}

/** Where the keymap reads keys now; the search prompt and blackout read them their own way. */
function scopeOf(state: SlideshowState): SlideshowScope | undefined {
	switch (state.overlay) {
		case 'none': {
			return state.position.atEnd ? 'end' : 'slides';
		}

		case 'help':
		case 'overview': {
			return state.overlay;
		}

		default: {
			return undefined;
		}
	}
}

const readToken = (state: SlideshowState, token: KeyToken, context: SlideshowContext, now: number): SlideshowState => {
	if (state.outcome !== undefined) {
		return state;
	}

	// Ctrl+C quits from anywhere, the search prompt and blackout included.
	if (token === 'ctrl+c') {
		return {...state, outcome: 'quit'};
	}

	if (state.overlay === 'blackout') {
		return {...state, overlay: 'none'};
	}

	if (state.overlay === 'search') {
		return editSearch(state, token, context);
	}

	const scope = scopeOf(state);
	if (scope === undefined) {
		return state;
	}

	const {pending, command, value} = readKey(slideshowKeys, scope, token, {pending: state.pending});
	// Keep the same object when nothing changes, so an ignored key re-renders nothing.
	const unchanged = pending.length === 0 && state.pending.length === 0 && state.message === undefined && state.answer === undefined;
	const next: SlideshowState = unchanged ? state : {...state, pending, message: undefined, answer: undefined};
	return command === undefined ? next : runCommand(next, command, value, context, now);
};

export function slideshowReducer(state: SlideshowState, action: SlideshowAction): SlideshowState {
	switch (action.type) {
		case 'keys': {
			const now = action.now ?? 0;
			let next = state.pressed ? state : {...state, pressed: true};
			for (const token of toKeyTokens(action.input, action.key)) {
				next = readToken(next, token, action.context, now);
			}

			// An ignored key keeps the same state object, so nothing re-renders.
			const settled = settle(state, next, action.context, now);
			return settled === state ? state : closePickUp(state, settled);
		}

		case 'command': {
			const now = action.now ?? 0;
			return closePickUp(state, settle(state, runRemote(state, action.command, action.count, action.context, now), action.context, now));
		}

		case 'pick-up': {
			return pickUpTalk(state, action.offer, action.context, action.now);
		}

		case 'hide-resume-hint': {
			return state.resumeHint ? {...state, resumeHint: false} : state;
		}

		case 'consoles': {
			// Presented from the first console on, for the rest of the run; the notes beside the slide close then.
			return action.count > 0 && !state.consoled ? {...state, presented: true, consoled: true, presenter: false} : state;
		}

		case 'release-message': {
			return state.messageHeld ? {...state, messageHeld: false} : state;
		}

		case 'resume-known': {
			const here = state.position.slide + 1;
			const {resumeSlide} = action;
			if (state.pressed || state.resumeSlide !== undefined || resumeSlide <= 1 || resumeSlide === here) {
				return state;
			}

			return {...state, resumeSlide, resumeHint: true};
		}

		case 'reload': {
			const {context} = action;
			return searchAgain({
				...state,
				position: normalize(action.position, context),
				overviewIndex: overviewIndexIn(state.overviewIndex, context),
			}, context);
		}
	}
}
