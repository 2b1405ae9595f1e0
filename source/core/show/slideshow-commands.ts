/**
One slideshow command, from a key here or from a presenter console: the
open overlay reads it first (help pages, the overview's titles), then the
piece it belongs to runs it.
*/
import type {SlideshowCommand} from '../keys/slideshow-keys.js';
import {navigationCommand} from './slideshow-navigation.js';
import {inOverlay, overlayCommand} from './slideshow-overlays.js';
import {startAfresh} from './slideshow-pickup.js';
import {searchCommand} from './slideshow-search.js';
import {timerCommand} from './slideshow-timer.js';
import type {SlideshowContext, SlideshowState} from './slideshow-types.js';

/** `count` is the number typed before the command (`12 Enter`); `now` the clock the timer reads. */
export function runCommand(state: SlideshowState, command: SlideshowCommand, count: number | undefined, context: SlideshowContext, now: number): SlideshowState {
	const inOverlayNow = inOverlay(state, command, context);
	if (inOverlayNow) {
		return inOverlayNow;
	}

	switch (command) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last':
		case 'reveal':
		case 'goto':
		case 'start-quiz':
		case 'resume': {
			return navigationCommand(state, command, count, context);
		}

		case 'search':
		case 'search-next':
		case 'search-previous': {
			return searchCommand(state, command, context);
		}

		case 'timer':
		case 'timer-reset': {
			return timerCommand(state, command, now);
		}

		case 'afresh': {
			return startAfresh(state);
		}

		case 'quit': {
			return {...state, outcome: 'quit'};
		}

		default: {
			return overlayCommand(state, command, context);
		}
	}
}
