/**
What the quiz screens remember, changed only by this reducer: which screen
shows, the overlays (abandon prompt, a slide), the highlighted option of a
choice question, how far a tall body is scrolled, the save outcome, and the
answers whose review schedules are still to be saved. Quiz progress itself is
the `source/quiz` session reducer, and an exam's the `source/study` one; this
one only decides when to call them. Raw key events arrive here and are split
and read through the quiz keymap, so keys typed faster than React renders
each still count.
*/
import {
	abandon, choose, currentQuestion, isComplete, knew, next, quizReducer, rate, retryMissed, reveal, submit,
	type QuizAction, type QuizState,
} from '../../core/quiz/quiz-state.js';
import {summarize, type QuizSummary} from '../../core/quiz/results.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {ScheduleBook} from '../../core/records/schedule-file.js';
import {type ExamState, remainingMs} from '../../core/quiz/exam-state.js';
import {gradeOf, type Grade} from '../../core/study/scheduler.js';
import {type KeyFlags, toKeyTokens} from '../../core/keys/keymap.js';
import {examCommand, examScope, isExamScope, withExam} from './exam-commands.js';
import {type ScrollCommand, scrolled} from '../kit/screen/fit-screen.js';
import {arm, enterNotYet, follow, isArmed, moveHighlight, noSuchOption} from './highlight.js';
import {type QuizKey, type QuizScope, readQuizKey, scrollCommands} from '../../core/keys/quiz-keymap.js';

export type Screen = 'intro' | 'asking' | 'results' | 'replay' | 'exam' | 'answers';

/** An answered question whose review schedule is still to be saved. */
export type PendingReview = {
	readonly questionId: string;
	readonly grade: Grade;
	/** When it was answered, ms. */
	readonly at: number;
};

/** Why the quiz ended: `quit` from the intro or the results, `abandoned` mid-quiz, Ctrl+C, or on to the next deck of a review. */
export type ExitReason = 'quit' | 'abandoned' | 'interrupted' | 'next-deck';

/** What became of saving the recorded round. */
export type SaveOutcome =
	| {readonly kind: 'saved'; readonly attempt: Attempt}
	| {readonly kind: 'failed'; readonly attempt: Attempt; readonly message: string};

export type QuizScreenState = {
	readonly screen: Screen;
	readonly quiz: QuizState;
	/** The last round that finished: the results show it and `r` re-asks its misses. */
	readonly finished?: QuizState;
	/** The first full round, the one that is recorded. */
	readonly recorded?: QuizSummary;
	readonly save?: SaveOutcome;
	/** Highlighted option (displayed position) on a choice question, moved by ↑↓ and j/k. */
	readonly cursor: number;
	/**
	The question (`questionKey`) on which the person moved the highlight. Enter
	chooses the highlighted option only then: Enter also means "go on" on the
	feedback before it, and a second press from habit (or key repeat) must not
	answer the next question with whatever happens to be highlighted.
	*/
	readonly armed?: string;
	/** First line of the screen's body shown, when the body is taller than the terminal. */
	readonly scroll: number;
	/** "Abandon this quiz? y/n" is showing. */
	readonly confirming: boolean;
	/** A slide (1-based) shown over the quiz by `v`, and the page of it. */
	readonly viewing?: {readonly slide: number; readonly page: number};
	/** Slides behind the misses, shown one by one before they are re-asked. */
	readonly replay?: {readonly slides: readonly number[]; readonly index: number; readonly page: number};
	/** A one-line note ("nothing was missed"), cleared by the next key. */
	readonly message?: string;
	readonly exit?: ExitReason;
	/** The exam (`quiz --exam`): before it starts, while it runs, and once submitted. */
	readonly exam?: ExamState;
	/** Answers whose schedules the app has yet to save, oldest first. */
	readonly pending: readonly PendingReview[];
	/** The deck's schedules as last saved (or read before the quiz). */
	readonly book?: ScheduleBook;
	/** Why schedules could not be saved, or what the store set aside: shown with the results. */
	readonly scheduleNote?: string;
	/** The answer shown while going through a finished exam's answers (`a`), by position. */
	readonly walk?: number;
};

/** How the body of the screen shown now scrolls, from its layout at the current size. */
export type ScrollContext = {
	/** The largest `scroll`: 0 when the body fits. */
	readonly max: number;
	/** Lines one PgDn or PgUp moves. */
	readonly page: number;
	/** The scroll, starting from `scroll`, that shows the whole of an option (displayed position). */
	readonly reveal: (scroll: number, option: number) => number;
};

export type QuizScreenContext = {
	/** Pages a slide (1-based) takes at the current size, to page through a tall one. */
	readonly pageCount: (slide: number) => number;
	/** Absent: the body fits, nothing scrolls. */
	readonly scroll?: ScrollContext;
	/** A review of several decks has another to go on to after these results. */
	readonly nextDeck?: boolean;
};

export type QuizScreenAction =
	| {readonly type: 'keys'; readonly input: string; readonly key: KeyFlags; readonly now: number; readonly context: QuizScreenContext}
	| {readonly type: 'saved'; readonly outcome: SaveOutcome}
	/** The exam's clock: it submits the exam when time runs out. */
	| {readonly type: 'tick'; readonly now: number}
	/** The first `count` pending reviews were saved (or failed: `note`); `book` is the deck's schedules now. */
	| {readonly type: 'reviews-saved'; readonly count: number; readonly book?: ScheduleBook; readonly note?: string};

export type InitialOptions = {
	/** Start an exam instead of a quiz (its clock restarts when the person starts). */
	readonly exam?: ExamState;
	readonly book?: ScheduleBook;
};

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
				const key = scope === undefined ? undefined : readQuizKey(token, scope);
				if (scope !== undefined && key !== undefined) {
					const before = bodyIdentity(result);
					// A scroll key keeps the note on screen: it only moves the body under it.
					const cleared = scrollCommands.has(key.command) ? result : {...result, message: undefined};
					result = runCommand(cleared, scope, key, action.now, action.context);
					if (bodyIdentity(result) !== before && result.scroll !== 0) {
						result = {...result, scroll: 0};
					}
				}
			}

			return result;
		}
	}
}
