/**
The slideshow's moves through the deck: a step, page or slide on or back, the
first or the last, every step of the slide at once, a slide by its number,
back to where the last session ended, and on into the quiz after the end.
*/
import type {SlideshowCommand} from '../keys/slideshow-keys.js';
import type {EndOffer} from '../protocol/protocol.js';
import {navigate, type Position} from './navigation.js';
import type {SlideshowContext, SlideshowState} from './slideshow-types.js';

/**
What the end screen offers: a presented show's end belongs to the room, so
its quiz is the room's, never the presenter's own with their history.
*/
export const endOfferOf = (state: Pick<SlideshowState, 'presented'>, context: Pick<SlideshowContext, 'offerQuiz'>): EndOffer => {
	if (!context.offerQuiz) {
		return 'none';
	}

	return state.presented ? 'room-quiz' : 'quiz';
};

type MoveCommand = Extract<SlideshowCommand, 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'goto' | 'start-quiz' | 'resume'>;

export const moveTo = (state: SlideshowState, position: Position): SlideshowState => ({
	...state,
	position,
	// The hint is for getting back to where you were; once there it has done its job.
	resumeSlide: !position.atEnd && position.slide + 1 === state.resumeSlide ? undefined : state.resumeSlide,
});

/** `count` is the slide number typed before `goto`. */
export function navigationCommand(state: SlideshowState, command: MoveCommand, count: number | undefined, context: SlideshowContext): SlideshowState {
	switch (command) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last': {
			return moveTo(state, navigate(state.position, {type: command}, context));
		}

		case 'reveal': {
			return moveTo(state, navigate(state.position, {type: 'reveal-all'}, context));
		}

		case 'goto': {
			const slide = count ?? 1;
			// A slide that does not exist moves nothing: the audience never sees the ending by mistake.
			if (slide < 1 || slide > context.slideCount) {
				return {...state, answer: `No slide ${slide}: the deck has ${context.slideCount}`};
			}

			return {...moveTo(state, navigate(state.position, {type: 'goto', slide: slide - 1}, context)), overlay: state.overlay === 'overview' ? 'none' : state.overlay};
		}

		case 'start-quiz': {
			// Only from the end screen: a console's command can arrive anywhere.
			if (!state.position.atEnd) {
				return state;
			}

			const offer = endOfferOf(state, context);
			return offer === 'none' ? state : {...state, outcome: offer === 'room-quiz' ? 'room' : 'quiz'};
		}

		case 'resume': {
			if (state.resumeSlide === undefined) {
				return state;
			}

			return {
				...state,
				position: navigate(state.position, {type: 'goto', slide: state.resumeSlide - 1}, context),
				resumeSlide: undefined,
			};
		}
	}
}
