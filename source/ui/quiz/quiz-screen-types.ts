/** The quiz screen's state and actions: the shapes its reducer and the exam's and highlight's helpers share. */
import type {ExamState} from '../../core/quiz/exam-state.js';
import type {QuizState} from '../../core/quiz/quiz-state.js';
import type {QuizSummary} from '../../core/quiz/results.js';
import type {Attempt} from '../../core/records/attempt.js';
import type {Grade, QuestionSchedule, ScheduleBook} from '../../core/records/schedule-file.js';
import type {KeyFlags, KeyToken} from '../../core/keys/key-tokens.js';
import type {ScrollContext} from '../kit/screen/fit-screen.js';

export type Screen = 'intro' | 'asking' | 'results' | 'replay' | 'exam' | 'answers';

/** An answered question whose review schedule is still to be saved. */
export type PendingReview = {
	readonly questionId: string;
	readonly grade: Grade;
	/** When it was answered, ms. */
	readonly at: number;
};

/** An undone rating whose schedule entry must go back as it was (`undefined`: removed). */
export type PendingRestore = {
	readonly questionId: string;
	readonly restore: QuestionSchedule | undefined;
};

/** What the app has yet to write to the schedules, in order. */
export type PendingWrite = PendingReview | PendingRestore;

/**
The last answer of a review, to undo with `u`: the session as it was before
it, and its review; `before` once that was saved, the question's entry as it
was just before (`unsaved` when saving it failed: nothing to put back).
*/
export type UndoPoint = {
	readonly quiz: QuizState;
	readonly recorded?: QuizSummary;
	readonly review: PendingReview;
	readonly written?: {readonly before: QuestionSchedule | undefined} | 'unsaved';
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
	/** Answers whose schedules the app has yet to save, and undone ones to put back, oldest first. */
	readonly pending: readonly PendingWrite[];
	/** A review: its last answer can be undone. */
	readonly undoable?: boolean;
	readonly undo?: UndoPoint;
	/**
	Answers whose review schedules were saved: what leaving early keeps, said
	in its words (a quiz's answers move their schedules as they come, though
	the attempt is recorded only once complete).
	*/
	readonly scheduled: number;
	/** The start of a key sequence typed so far (the first `g` of `g g` on the answer sheet). */
	readonly typed?: readonly KeyToken[];
	/** The deck's schedules as last saved (or read before the quiz). */
	readonly book?: ScheduleBook;
	/** Why schedules could not be saved, or what the store set aside: shown with the results. */
	readonly scheduleNote?: string;
	/** The answer shown while going through a finished exam's answers (`a`), by position. */
	readonly walk?: number;
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
	/**
	The first `count` pending writes were saved (or failed: `note`); `book` is
	the deck's schedules now; `before`, for saved reviews, each one's entry as
	it was just before, in order.
	*/
	| {readonly type: 'reviews-saved'; readonly count: number; readonly book?: ScheduleBook; readonly before?: ReadonlyArray<QuestionSchedule | undefined>; readonly note?: string};

export type InitialOptions = {
	/** Start an exam instead of a quiz (its clock restarts when the person starts). */
	readonly exam?: ExamState;
	readonly book?: ScheduleBook;
	/** A review, whose last answer `u` undoes. */
	readonly undoable?: boolean;
};
