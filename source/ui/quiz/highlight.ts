/**
The highlight of a choice question, shared by the quiz and the exam: moving
it arms Enter on that question only, and keeps the option in view.
*/
import {optionKeys} from '../../core/keys/quiz-keys.js';
import type {QuizScreenState} from './quiz-screen-types.js';
import type {ScrollContext} from '../kit/screen/fit-screen.js';

/** Keeps the highlighted option in view after the highlight moved. */
export const follow = (state: QuizScreenState, scroll: ScrollContext | undefined): QuizScreenState =>
	scroll === undefined ? state : {...state, scroll: scroll.reveal(state.scroll, state.cursor)};

/** Which question of which round (or of the exam) is on screen: the highlight moved there arms Enter there only. */
const questionKey = (state: QuizScreenState): string =>
	(state.screen === 'exam' ? `exam:${state.exam?.index ?? 0}` : `${state.quiz.round}:${state.quiz.index}`);

export const arm = (state: QuizScreenState): QuizScreenState => ({...state, armed: questionKey(state)});

/** ↑ or ↓ on a question of `count` options: the highlight moves round the ends, in view, and arms Enter. */
export const moveHighlight = (state: QuizScreenState, direction: 'up' | 'down', count: number, scroll: ScrollContext | undefined): QuizScreenState =>
	(count === 0 ? state : arm(follow({...state, cursor: (state.cursor + (direction === 'up' ? count - 1 : 1)) % count}, scroll)));

export const isArmed = (state: QuizScreenState): boolean => state.armed === questionKey(state);

/** Said when Enter is pressed on a question before anything was chosen there. */
export const enterNotYet = {
	single: 'Enter answers once you have moved to an option: press its letter or number, or move with ↑↓ first.',
	multiple: 'Tick at least one option (Space, or its letter or number), then press Enter.',
} as const;

/** A room calls out "E" on a question of four: say so rather than do nothing. */
export const noSuchOption = (count: number): string => `No such option: this question has ${count} (${optionKeys(count)}).`;
