/**
The talk's clock as the slideshow keeps it: the timer paused, resumed or
reset by key, started by the first move off the opening slide, each slide's
own start for pacing, and a rehearsal's time per slide.
*/
import type {SlideshowCommand} from '../keys/slideshow-keys.js';
import {observe} from '../talk/rehearsal.js';
import {elapsedMs, idleTimer, startTimer, toggleTimer} from '../talk/timer.js';
import {normalize, type Position} from './navigation.js';
import type {SlideshowContext, SlideshowState} from './slideshow-types.js';

type TimerCommand = Extract<SlideshowCommand, 'timer' | 'timer-reset'>;

/** The slide a position stands for; the end screen counts as one past the last. */
const slideIndex = (position: Position): number => position.slide + (position.atEnd ? 1 : 0);

export function timerCommand(state: SlideshowState, command: TimerCommand, now: number): SlideshowState {
	switch (command) {
		case 'timer': {
			const timer = toggleTimer(state.timer, now);
			// Started by hand: pacing counts from this slide.
			return state.timer.state === 'idle' ? {...state, timer, pacedFrom: slideIndex(state.position), slideStartedMs: 0} : {...state, timer};
		}

		case 'timer-reset': {
			return {...state, timer: idleTimer, slideStartedMs: 0};
		}
	}
}

/** The slide a rehearsal is timing: not during blackout or help, nor while the timer is paused. */
const countingSlide = (state: SlideshowState): number | undefined =>
	state.timer.state === 'running' && state.overlay !== 'blackout' && state.overlay !== 'help' && !state.position.atEnd
		? state.position.slide
		: undefined;

/**
What follows from a change: on a new slide the timer starts (if it waits),
the slide's own clock restarts and the resume hint goes; a new step brings its
notes into view; a rehearsal notes which slide is timed now.
*/
export const settle = (before: SlideshowState, after: SlideshowState, context: SlideshowContext, now: number): SlideshowState => {
	if (after === before) {
		return before;
	}

	let next: SlideshowState = {...after, position: normalize(after.position, context)};
	const newSlide = slideIndex(next.position) !== slideIndex(before.position);
	if (newSlide) {
		const timer = startTimer(next.timer, now);
		next = {
			...next,
			timer,
			pacedFrom: next.timer.state === 'idle' ? slideIndex(next.position) : next.pacedFrom,
			slideStartedMs: elapsedMs(timer, now),
			resumeHint: false,
		};
	}

	if (newSlide || next.position.step !== before.position.step) {
		next = {...next, notesScroll: 0};
	}

	if (next.rehearsal) {
		const rehearsal = observe(next.rehearsal, countingSlide(next), now);
		next = rehearsal === next.rehearsal ? next : {...next, rehearsal};
	}

	return next;
};
