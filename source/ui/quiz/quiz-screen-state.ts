/**
What the quiz screens remember, changed only by this reducer: which screen
shows, the overlays (abandon prompt, a slide), the highlighted option of a
choice question, how far a tall body is scrolled, the save outcome, and the
answers whose review schedules are still to be saved. Quiz progress itself is
the `core/quiz` session reducer, and an exam's the `core/quiz/exam-state` one; this
one only decides when to call them. Raw key events arrive here and are split
and read through the quiz keymap, so keys typed faster than React renders
each still count.
*/
import {
	abandon, choose, currentQuestion, isComplete, knew, next, quizReducer, rate, retryMissed, reveal, submit,
	type QuizAction, type QuizState,
} from '../../core/quiz/quiz-state.js';
import {summarize} from '../../core/quiz/results.js';
import {remainingMs} from '../../core/quiz/exam-state.js';
import {gradeOf} from '../../core/study/scheduler.js';
import {toKeyTokens} from '../../core/keys/key-tokens.js';
import {examCommand, examScope, isExamScope, withExam} from './exam-commands.js';
import {type ScrollCommand, type ScrollContext, scrolled} from '../kit/screen/fit-screen.js';
import {arm, enterNotYet, follow, isArmed, moveHighlight, noSuchOption} from './highlight.js';
import {readKey} from '../../core/keys/keymap.js';
import {optionSlots, type QuizCommand, quizKeys, type QuizScope, scrollCommands} from '../../core/keys/quiz-keys.js';
import type {InitialOptions, PendingReview, QuizScreenAction, QuizScreenContext, QuizScreenState} from './quiz-screen-types.js';

/** A command read, with the option a digit or letter named. */
type QuizKey = {readonly command: QuizCommand; readonly option?: number};

export function initialScreenState(quiz: QuizState, {exam, book}: InitialOptions = {}): QuizScreenState {
	return {screen: 'intro', quiz, cursor: 0, scroll: 0, confirming: false, pending: [], ...(exam ? {exam} : {}), ...(book ? {book} : {})};
}

/**
Which screen body shows: a new one starts scrolled to the top. The abandon
prompt and a slide shown over the quiz are not part of it, so closing them
finds the question as it was.
*/
const bodyIdentity = (state: QuizScreenState): string =>
	[state.screen, state.quiz.round, state.quiz.index, state.quiz.phase, state.replay?.index ?? '', state.exam?.view ?? '', state.exam?.index ?? '', state.walk ?? ''].join(':');

function scrollBy(state: QuizScreenState, command: ScrollCommand, scroll: ScrollContext | undefined): QuizScreenState {
	const next = scroll === undefined ? state.scroll : scrolled(state.scroll, command, scroll);
	return next === state.scroll ? state : {...state, scroll: next};
}

/** Where keys are read now; `undefined` once the quiz has ended. */
export function scopeOf(state: QuizScreenState): QuizScope | undefined {
	if (state.exit !== undefined) {
		return undefined;
	}

	if (state.confirming) {
		return 'confirm';
	}

	if (state.viewing !== undefined) {
		return 'slide';
	}

	if (state.screen === 'exam' && state.exam) {
		return examScope(state.exam);
	}

	if (state.screen !== 'asking') {
		return state.screen === 'exam' ? undefined : state.screen;
	}

	const presented = currentQuestion(state.quiz);
	switch (state.quiz.phase) {
		case 'asking': {
			return presented?.question.kind;
		}

		case 'revealed': {
			return 'revealed';
		}

		case 'answered': {
			return 'feedback';
		}

		default: {
			return undefined;
		}
	}
}

const ratingOf = {'rate-again': 'again', 'rate-hard': 'hard', 'rate-good': 'good', 'rate-easy': 'easy'} as const;

const optionCount = (state: QuizScreenState): number => currentQuestion(state.quiz)?.order.length ?? 0;

/** A new answer of the round, to save its review schedule. */
function reviewOf(before: QuizState, after: QuizState, now: number): PendingReview[] {
	const answer = after.answers.length > before.answers.length && after.round === before.round ? after.answers.at(-1) : undefined;
	return answer ? [{questionId: answer.questionId, grade: gradeOf(answer), at: now}] : [];
}

/**
Runs one session action and moves to the results when the round is over. The
first round is recorded the moment its last question is answered, so a key
pressed on the last feedback (Ctrl+C included) cannot lose it. Only the first
round: see QuizApp for why retakes are practice. Every answer, in any round,
moves its question's review schedule on.
*/
function withQuiz(state: QuizScreenState, action: QuizAction, now: number): QuizScreenState {
	const quiz = quizReducer(state.quiz, action);
	if (quiz === state.quiz) {
		return state;
	}

	const recorded = state.recorded ?? (quiz.round === 1 && isComplete(quiz) ? summarize(quiz) : undefined);
	const kept = {...(recorded ? {recorded} : {}), pending: [...state.pending, ...reviewOf(state.quiz, quiz, now)]};
	if (quiz.phase !== 'finished') {
		return {...state, ...kept, quiz, cursor: quiz.index === state.quiz.index ? state.cursor : 0};
	}

	return {...state, ...kept, screen: 'results', quiz, finished: quiz, cursor: 0};
}

const missedSlides = (finished: QuizState): number[] => {
	const missed = new Set(finished.answers.filter(answer => !answer.right).map(answer => answer.questionId));
	const slides = finished.questions
		.filter(({question}) => missed.has(question.id))
		.map(({question}) => question.slide)
		.filter(slide => slide !== undefined);
	return [...new Set(slides)];
};

function retry(state: QuizScreenState, now: number, message?: string): QuizScreenState {
	const round = state.finished ? retryMissed(state.finished, now) : undefined;
	if (!round) {
		return {...state, screen: 'results', replay: undefined, message: 'Nothing to re-ask: every answer was right.'};
	}

	return {...state, screen: 'asking', quiz: round, cursor: 0, replay: undefined, ...(message ? {message} : {})};
}

function runCommand(state: QuizScreenState, scope: QuizScope, {command, option}: QuizKey, now: number, context: QuizScreenContext): QuizScreenState {
	if (isExamScope(scope)) {
		const handled = examCommand(state, command, option, now, context);
		if (handled) {
			return handled;
		}
	}

	switch (command) {
		case 'interrupt': {
			return {...state, exit: 'interrupted'};
		}

		case 'quit': {
			return {...state, exit: 'quit'};
		}

		case 'start': {
			if (state.quiz.questions.length === 0) {
				return {...state, message: 'This quiz has no questions.'};
			}

			// The clock starts when the person does, not when the intro appeared.
			if (state.exam) {
				return {...state, screen: 'exam', exam: {...state.exam, startedAt: now, shownAt: now, now}};
			}

			return {...state, screen: 'asking', quiz: {...state.quiz, startedAt: now, questionStartedAt: now}};
		}

		case 'pick': {
			if (option === undefined) {
				return state;
			}

			if (option >= optionCount(state)) {
				return {...state, message: noSuchOption(optionCount(state))};
			}

			const moved = scope === 'multiple' ? follow({...state, cursor: option}, context.scroll) : state;
			return withQuiz(arm(moved), choose(option, now), now);
		}

		case 'up':
		case 'down': {
			return moveHighlight(state, command, optionCount(state), context.scroll);
		}

		case 'toggle': {
			return withQuiz(arm(state), choose(state.cursor, now), now);
		}

		case 'choose': {
			return isArmed(state) ? withQuiz(state, choose(state.cursor, now), now) : {...state, message: enterNotYet.single};
		}

		case 'line-down':
		case 'line-up':
		case 'page-down':
		case 'page-up': {
			return scrollBy(state, command, context.scroll);
		}

		case 'submit': {
			return state.quiz.selected.length === 0 ? {...state, message: enterNotYet.multiple} : withQuiz(state, submit(now), now);
		}

		case 'reveal': {
			return withQuiz(state, reveal(), now);
		}

		case 'knew':
		case 'did-not-know': {
			return withQuiz(state, knew(command === 'knew', now), now);
		}

		case 'rate-again':
		case 'rate-hard':
		case 'rate-good':
		case 'rate-easy': {
			return withQuiz(state, rate(ratingOf[command], now), now);
		}

		case 'next': {
			if (scope === 'answers') {
				const walk = (state.walk ?? 0) + 1;
				return walk < (state.finished?.questions.length ?? 0) ? {...state, walk} : {...state, screen: 'results', walk: undefined};
			}

			if (scope === 'replay') {
				const replay = state.replay;
				if (replay && replay.index + 1 < replay.slides.length) {
					return {...state, replay: {...replay, index: replay.index + 1, page: 0}};
				}

				return retry(state, now);
			}

			return withQuiz(state, next(now), now);
		}

		case 'page-on': {
			const scroll = context.scroll;
			if (scroll !== undefined && state.scroll < scroll.max) {
				return scrollBy(state, 'page-down', scroll);
			}

			const then = scope === 'intro' ? 'start' : (scope === 'card' ? 'reveal' : 'next');
			return runCommand(state, scope, {command: then}, now, context);
		}

		case 'view-slide': {
			const slide = scope === 'answers' ? state.finished?.questions[state.walk ?? 0]?.question.slide : currentQuestion(state.quiz)?.question.slide;
			return slide === undefined ? state : {...state, viewing: {slide, page: 0}};
		}

		case 'more': {
			const shown = scope === 'slide' ? state.viewing : state.replay;
			const slide = scope === 'slide' ? state.viewing?.slide : state.replay?.slides[state.replay.index];
			if (shown === undefined || slide === undefined) {
				return state;
			}

			if (shown.page + 1 < context.pageCount(slide)) {
				return scope === 'slide'
					? {...state, viewing: {slide, page: shown.page + 1}}
					: {...state, replay: {...state.replay!, page: shown.page + 1}};
			}

			// Past the last page, ↓ is just another key.
			return runCommand(state, scope, {command: scope === 'slide' ? 'close' : 'next'}, now, context);
		}

		case 'close': {
			return {...state, viewing: undefined};
		}

		case 'stop-review': {
			return {...state, screen: 'results', replay: undefined, message: 'Review stopped; nothing was re-asked.'};
		}

		case 'abandon': {
			// The last answer is in and the attempt recorded: nothing to lose, so no question.
			return state.quiz.round === 1 && state.recorded ? {...state, exit: 'quit'} : {...state, confirming: true};
		}

		case 'answers': {
			return state.finished ? {...state, screen: 'answers', walk: 0} : state;
		}

		case 'next-deck': {
			return context.nextDeck ? {...state, exit: 'next-deck'} : state;
		}

		case 'previous-answer': {
			return {...state, walk: Math.max(0, (state.walk ?? 0) - 1)};
		}

		case 'back': {
			return {...state, screen: 'results', walk: undefined};
		}

		case 'flag':
		case 'sheet':
		case 'next-question':
		case 'previous-question':
		case 'done':
		case 'open-row':
		case 'confirm-submit': {
			// Exam commands outside an exam: nothing to do.
			return state;
		}

		case 'no': {
			return {...state, confirming: false};
		}

		case 'yes': {
			if (state.screen === 'exam' || state.quiz.round === 1) {
				return {...state, confirming: false, quiz: quizReducer(state.quiz, abandon(now)), exit: 'abandoned'};
			}

			// A practice round given up: back to the results it started from.
			return {...state, confirming: false, viewing: undefined, screen: 'results', quiz: state.finished ?? state.quiz, message: 'Practice round abandoned.'};
		}

		case 'retry': {
			return retry(state, now);
		}

		case 'replay': {
			if (!state.finished || state.finished.answers.every(answer => answer.right)) {
				return {...state, message: 'Nothing to review: every answer was right.'};
			}

			const slides = missedSlides(state.finished);
			return slides.length === 0
				? retry(state, now, 'None of the missed questions links to a slide; asking them again.')
				: {...state, screen: 'replay', replay: {slides, index: 0, page: 0}};
		}
	}
}

/**
The exam's clock moved on: the countdown shows whole seconds, so the state
changes (and the screen redraws) only when the second shown does, or when
time is up.
*/
function tick(state: QuizScreenState, now: number): QuizScreenState {
	const {exam} = state;
	if (state.screen !== 'exam' || !exam || exam.submitted || exam.timeLimitMs === undefined) {
		return state;
	}

	const seconds = (ms: number | undefined): number => Math.ceil((ms ?? 0) / 1000);
	const next = withExam(state, {type: 'tick', now});
	return next.screen === 'exam' && next.exam && seconds(remainingMs(next.exam)) === seconds(remainingMs(exam)) ? state : next;
}

export function quizScreenReducer(state: QuizScreenState, action: QuizScreenAction): QuizScreenState {
	switch (action.type) {
		case 'saved': {
			return {...state, save: action.outcome};
		}

		case 'tick': {
			return tick(state, action.now);
		}

		case 'reviews-saved': {
			return {
				...state,
				pending: state.pending.slice(action.count),
				...(action.book ? {book: action.book} : {}),
				...(action.note === undefined ? {} : {scheduleNote: action.note}),
			};
		}

		case 'keys': {
			// A key after the exam's time ran out finds it submitted.
			let result = tick(state, action.now);
			for (const token of toKeyTokens(action.input, action.key)) {
				const scope = scopeOf(result);
				const {command, value} = scope === undefined ? {} : readKey(quizKeys, scope, token, {slots: optionSlots()});
				if (scope !== undefined && command !== undefined) {
					const before = bodyIdentity(result);
					// A scroll key keeps the note on screen: it only moves the body under it.
					const cleared = scrollCommands.has(command) ? result : {...result, message: undefined};
					result = runCommand(cleared, scope, {command, option: value}, action.now, action.context);
					if (bodyIdentity(result) !== before && result.scroll !== 0) {
						result = {...result, scroll: 0};
					}
				}
			}

			return result;
		}
	}
}
