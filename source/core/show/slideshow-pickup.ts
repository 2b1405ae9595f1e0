/**
Picking up a talk that ended without a quit: the slideshow takes a copy of
it (from the store as it opens, or from a console that held one) while
nothing has moved the show yet, the newer of two copies winning, and `R`
starts afresh instead as long as the show is still on the slide it was picked
up at. A copy of a talk that ended with a quit is no pick-up, but it is news:
a console's older copy of the same talk is refused after it.
*/
import {keysOf} from '../keys/keymap.js';
import {slideshowKeys} from '../keys/slideshow-keys.js';
import {elapsedMs, idleTimer} from '../talk/timer.js';
import {formatDuration} from '../text/format.js';
import {type NavigationContext, normalize, startPosition} from './navigation.js';
import {placeTalk, worthPickingUp} from './talk-copy.js';
import type {SlideshowState, TalkOffer} from './slideshow-types.js';

const afreshKey = (): string => keysOf(slideshowKeys, 'afresh')[0] ?? 'R';

const resumeKey = (): string => keysOf(slideshowKeys, 'resume')[0] ?? 'r';

/** `10:32 in`, `10:32 in, paused`. */
const reading = (state: Pick<SlideshowState, 'timer'>, now: number): string =>
	`${formatDuration(elapsedMs(state.timer, now))} in${state.timer.state === 'paused' ? ', paused' : ''}`;

/** Takes a copy of the last talk if it is newer than any seen and worth picking up; otherwise only notes it was seen. */
export function pickUpTalk(state: SlideshowState, {copy, ended, slugs}: TalkOffer, context: NavigationContext, now: number): SlideshowState {
	const {pickUp} = state;
	if (!pickUp?.open || state.outcome !== undefined || (pickUp.newest !== undefined && copy.savedAt <= pickUp.newest)) {
		return state;
	}

	if (ended || !worthPickingUp(copy, now) || slugs.length === 0) {
		return {...state, pickUp: {...pickUp, newest: copy.savedAt}};
	}

	const placed = placeTalk(copy, slugs);
	const position = normalize(placed.position, context);
	const slide = position.slide + 1;
	const next: SlideshowState = {
		...state,
		position,
		overviewIndex: position.slide,
		timer: placed.timer,
		slideStartedMs: placed.slideStartedMs,
		pacedFrom: placed.pacedFrom,
		notesScroll: 0,
		// `r` would go where the talk is now.
		resumeSlide: undefined,
		resumeHint: false,
		pickUp: {open: true, newest: copy.savedAt, taken: slide},
	};
	const where = placed.bySlug ? `slide ${slide}` : `slide ${slide} (its old slide has left the deck)`;
	return {...next, message: `Picked up the talk at ${where}, ${reading(next, now)}: it ended without a quit · ${afreshKey()} start afresh`};
}

/** `R` after a pick-up: the opening slide, the timer waiting, and `r` to go back to where the talk was. */
export function startAfresh(state: SlideshowState): SlideshowState {
	const taken = state.pickUp?.taken;
	if (taken === undefined) {
		return state;
	}

	return {
		...state,
		position: startPosition(0),
		overviewIndex: 0,
		timer: idleTimer,
		slideStartedMs: 0,
		pacedFrom: 0,
		notesScroll: 0,
		resumeSlide: taken > 1 ? taken : undefined,
		resumeHint: false,
		pickUp: {...state.pickUp, open: false, taken: undefined, afresh: true},
		message: `Started afresh${taken > 1 ? ` · ${resumeKey()} goes back to slide ${taken}` : ''}`,
	};
}

/** The slide a position stands for; the end screen counts as one past the last. */
const slideIndex = (state: SlideshowState): number => state.position.slide + (state.position.atEnd ? 1 : 0);

/**
After a key or a console's command: copies are no longer taken (the show is
being driven), and once it leaves the slide it was picked up at, `R` no longer
undoes the pick-up (it would throw away the talk). Runs after `settle`.
*/
export function closePickUp(before: SlideshowState, after: SlideshowState): SlideshowState {
	const {pickUp} = after;
	if (pickUp?.afresh) {
		// Moving to the opening slide started the timer, as any move does: a fresh talk's waits.
		return {...after, timer: idleTimer, slideStartedMs: 0, pacedFrom: 0, pickUp: {open: false, ...(pickUp.newest === undefined ? {} : {newest: pickUp.newest})}};
	}

	if (!pickUp || (!pickUp.open && pickUp.taken === undefined)) {
		return after;
	}

	const left = pickUp.taken !== undefined && slideIndex(after) !== slideIndex(before);
	return {...after, pickUp: {...pickUp, open: false, taken: left ? undefined : pickUp.taken}};
}

export type InitialPickUp = {
	/** The store's copy of the last talk, if it keeps one. */
	readonly offer?: TalkOffer;
	/** 1-based slide asked for on the command line: it wins over a pick-up. */
	readonly startSlide?: number;
	/** A rehearsal picks up nothing. */
	readonly rehearse: boolean;
	readonly now: number;
};

/** The slideshow as it opens, given the store's copy of the last talk: picked up, or passed over (and why). */
export function openWithPickUp(state: SlideshowState, {offer, startSlide, rehearse, now}: InitialPickUp, context: NavigationContext): SlideshowState {
	if (rehearse) {
		return state;
	}

	if (startSlide === undefined) {
		return offer ? pickUpTalk({...state, pickUp: {open: true}}, offer, context, now) : {...state, pickUp: {open: true}};
	}

	const closed: SlideshowState = {...state, pickUp: {open: false, ...(offer ? {newest: offer.copy.savedAt} : {})}};
	if (!offer || offer.ended || !worthPickingUp(offer.copy, now) || offer.slugs.length === 0) {
		return closed;
	}

	const was = normalize(placeTalk(offer.copy, offer.slugs).position, context).slide + 1;
	if (was === startSlide) {
		return closed;
	}

	return {
		...closed,
		resumeSlide: was,
		resumeHint: false,
		message: `Opened at slide ${startSlide} as --slide asks; the talk that ended without a quit was at slide ${was}: ${resumeKey()} goes there`,
	};
}
