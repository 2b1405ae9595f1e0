import {Box, useApp} from 'ink';
import {useEffect, useMemo, useReducer} from 'react';
import type {Deck, Question, Quiz} from '../../core/deck/types.js';
import {start} from '../../core/quiz/quiz-state.js';
import {type Attempt} from '../../core/records/attempt.js';
import {attemptFromSummary} from '../../core/quiz/results.js';
import type {ScheduleBook} from '../../core/records/schedule-file.js';
import {missCounts} from '../../core/study/stats.js';
import {startExam, unansweredCount} from '../../core/quiz/exam-state.js';
import {introProgress, nextDueLines} from './progress-lines.js';
import {useExamClock} from './use-exam-clock.js';
import {type RecordReviews, type RestoreSchedule, useSaveReviews} from './use-save-reviews.js';
import {bodyWidth, type Highlighter} from '../../core/layout/index.js';
import {createSlidePages} from '../kit/slide-pages.js';
import {MIN_SIZE, TooSmall} from '../kit/TooSmall.js';
import {useTerminalSize} from '../kit/use-terminal-size.js';
import {useKeyDispatch} from '../kit/use-key-dispatch.js';
import {ConfirmAbandon} from './ConfirmAbandon.js';
import {fitScreen, screenRows, scrollContext, slideRows} from '../kit/screen/fit-screen.js';
import {initialScreenState, quizScreenReducer, scopeOf} from './quiz-screen-state.js';
import {type ExitReason, type QuizScreenContext} from './quiz-screen-types.js';
import {QuizFrame} from '../kit/screen/QuizFrame.js';
import {examRecord, screenOf} from './screen-of.js';
import {SlideView} from '../kit/screen/SlideView.js';

/** What a quiz session comes to, for the caller to print or act on. */
export type QuizRunResult = {
	/** Every question of the first round was answered (abandoning or quitting before that is not). */
	readonly finished: boolean;
	/** How the quiz ended; absent when it never ran. */
	readonly exit?: ExitReason;
	/** A quiz, an exam or a review: each keeps different things, said in its own words. */
	readonly mode?: QuizMode;
	/** Questions of the first round answered, and asked. */
	readonly answered?: number;
	readonly total?: number;
	/** Answers whose review schedules were saved (an exam's, only once submitted). */
	readonly scheduled?: number;
	/** The recorded round, saved or not: the caller can print it as JSON. */
	readonly attempt?: Attempt;
	/** Why the attempt could not be saved. */
	readonly saveError?: string;
};

export type QuizMode = 'quiz' | 'exam' | 'review';

export type QuizAppProps = {
	readonly deck: Deck;
	readonly quiz: Quiz;
	/** `quiz` (feedback after each answer), `exam` (none until submitted) or `review` (the due questions; no attempt recorded). */
	readonly mode?: QuizMode;
	/** The questions to ask, when not the whole quiz: a review's due questions. */
	readonly questions?: readonly Question[];
	/** An exam's time limit. */
	readonly timeLimitMs?: number;
	/** This deck's earlier attempts, oldest first. */
	readonly history: readonly Attempt[];
	/** This deck's review schedules before the quiz. */
	readonly book?: ScheduleBook;
	/** Things the person should know before starting: no store, files moved aside. */
	readonly notices: readonly string[];
	/**
	Saves the recorded attempt and throws when it cannot; absent when there is
	no store, and then `storeError` says why.
	*/
	readonly record?: (attempt: Attempt) => unknown;
	/** Absent when there is no store: schedules are then not kept. */
	readonly recordReviews?: RecordReviews;
	/** Puts an undone answer's schedule back; given with `recordReviews`. */
	readonly restoreSchedule?: RestoreSchedule;
	readonly storeError?: string;
	readonly seed: number;
	/** Shuffle questions instead of asking the most-missed first. */
	readonly shuffle: boolean;
	/** The caller prints the result as JSON on the way out. */
	readonly json: boolean;
	readonly hyperlinks: boolean;
	readonly highlighter?: Highlighter;
	readonly now: () => number;
	readonly onDone: (result: QuizRunResult) => void;
	/** Leave the app when done (the default); a session of several decks carries on instead. */
	readonly exitWhenDone?: boolean;
	/** Where this is in such a session, for the intro. */
	readonly session?: string;
	/** In such a session, the deck whose questions come next: the results go on to it. */
	readonly nextDeck?: string;
	/** The deck as the command line named it, for the commands the screens suggest. */
	readonly deckArgument?: string;
};

/** The quiz, an exam, or a review: intro, one question a screen, results, retries. The one place it exits. */
export function QuizApp(props: QuizAppProps) {
	const {deck, quiz, mode = 'quiz', history, book, notices, record, recordReviews, restoreSchedule, storeError, seed, shuffle, json, hyperlinks, highlighter, now, onDone, exitWhenDone = true, nextDeck} = props;
	const questions = props.questions ?? quiz.questions;
	const {exit} = useApp();
	const size = useTerminalSize();
	const width = bodyWidth(size.columns);
	const [state, dispatch] = useReducer(quizScreenReducer, undefined, () => {
		// A review asks the longest overdue first, as queued; a quiz or an exam, the most missed.
		const options = {seed, shuffle, ...(mode === 'review' ? {} : {history: missCounts(history)}), now: now()};
		return initialScreenState(start(questions, options), {
			...(mode === 'exam' ? {exam: startExam(questions, {...options, ...(props.timeLimitMs === undefined ? {} : {timeLimitMs: props.timeLimitMs})})} : {}),
			...(book ? {book} : {}),
			...(mode === 'review' ? {undoable: true} : {}),
		});
	});
	const progress = useMemo(() => introProgress(deck, history, book, new Date(now())), [deck, history, book, now]);
	const pages = useMemo(
		() => createSlidePages(deck, {width, height: slideRows(size.rows), highlighter, linkUrls: !hyperlinks}),
		[deck, width, size.rows, highlighter, hyperlinks],
	);
	// Slides are shown with every step revealed: the point is to review them.
	const lastStep = (slide: number): number => pages.stepCount(slide - 1) - 1;
	const scheduleLines = useMemo(() => nextDueLines(questions, state.book, state.scheduleNote, now, props.deckArgument), [questions, state.book, state.scheduleNote, now, props.deckArgument]);
	const screen = useMemo(
		() => screenOf({deck, quiz, mode, history, notices, now: now(), ...(props.session === undefined ? {} : {session: props.session}), ...(nextDeck === undefined ? {} : {nextDeck}), ...(props.deckArgument === undefined ? {} : {deckArgument: props.deckArgument}), progress, scheduleLines, json, hyperlinks, state, width}),
		[deck, quiz, mode, history, notices, now, props.session, nextDeck, props.deckArgument, progress, scheduleLines, json, hyperlinks, state, width],
	);
	const fitted = useMemo(() => (screen ? fitScreen(screen, screenRows(size.rows)) : undefined), [screen, size.rows]);
	const context = useMemo<QuizScreenContext>(() => {
		const scroll = fitted ? scrollContext(fitted) : undefined;
		return {
			pageCount: slide => pages.pageCount(slide - 1, pages.stepCount(slide - 1) - 1),
			...(scroll ? {scroll} : {}),
			...(nextDeck === undefined ? {} : {nextDeck: true}),
		};
	}, [pages, fitted, nextDeck]);
	const scope = scopeOf(state);
	useKeyDispatch(dispatch, context, {isActive: scope !== undefined, now});
	useExamClock(dispatch, {running: state.screen === 'exam' && state.exam?.timeLimitMs !== undefined, now});
	useSaveReviews(dispatch, state.pending, {questions, ...(recordReviews ? {recordReviews} : {}), ...(restoreSchedule ? {restoreSchedule} : {})});

	/*
	Only the first full round is recorded, and never a review (its answers go
	to the schedules). A retry (`r`, `s`) asks just the questions missed,
	right after their answers were shown: recording it would inflate the best
	score, the average and every missed question's accuracy, and a shorter
	round would not compare with a full one. Retries are practice.
	*/
	const {recorded, save} = state;
	const exam = useMemo(() => examRecord(state.exam), [state.exam]);
	useEffect(() => {
		if (recorded === undefined || save !== undefined || mode === 'review') {
			return;
		}

		const attempt = attemptFromSummary({deckId: deck.meta.id, quizHash: quiz.hash, summary: recorded, ...(exam ? {exam} : {})});
		if (record === undefined) {
			dispatch({type: 'saved', outcome: {kind: 'failed', attempt, message: storeError ?? 'there is no score store'}});
			return;
		}

		try {
			record(attempt);
			dispatch({type: 'saved', outcome: {kind: 'saved', attempt}});
		} catch (error) {
			dispatch({type: 'saved', outcome: {kind: 'failed', attempt, message: error instanceof Error ? error.message : String(error)}});
		}
	}, [recorded, save, mode, exam, deck, quiz, record, storeError]);

	// Without a recorded round, the first round (or the exam) is still the one under way.
	const answered = recorded?.answers.length ?? (state.exam && state.screen === 'exam' ? state.exam.questions.length - unansweredCount(state.exam) : state.quiz.answers.length);
	const settled = (recorded === undefined || save !== undefined || mode === 'review') && state.pending.length === 0;
	useEffect(() => {
		// A recorded round and every answer's schedule are saved before leaving, even when the exit came in the same keystrokes.
		if (state.exit === undefined || !settled) {
			return;
		}

		onDone({
			finished: recorded !== undefined,
			exit: state.exit,
			mode,
			answered,
			total: questions.length,
			scheduled: state.scheduled,
			...(save ? {attempt: save.attempt} : {}),
			...(save?.kind === 'failed' ? {saveError: save.message} : {}),
		});
		if (exitWhenDone) {
			exit();
		}
	}, [state.exit, settled, recorded, save, mode, answered, questions, state.scheduled, onDone, exit, exitWhenDone]);

	if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
		return <TooSmall size={size} need={MIN_SIZE}/>;
	}

	let body;
	if (state.confirming) {
		body = <ConfirmAbandon leaving={state.quiz.round > 1 && state.screen !== 'exam' ? 'practice' : mode} scheduled={state.scheduled}/>;
	} else if (state.viewing) {
		const {slide, page} = state.viewing;
		const shown = pages.pagesFor(slide - 1, lastStep(slide));
		const number = (state.screen === 'answers' ? state.walk ?? 0 : state.quiz.index) + 1;
		body = <SlideView deck={deck} slide={slide} page={shown[Math.min(page, shown.length - 1)]!} caption={`The slide behind question ${number}`} scope="slide" width={width} hyperlinks={hyperlinks}/>;
	} else if (state.screen === 'replay' && state.replay) {
		const {slides, index, page} = state.replay;
		const slide = slides[index] ?? 1;
		const shown = pages.pagesFor(slide - 1, lastStep(slide));
		const caption = `Review ${index + 1} of ${slides.length}, then the missed questions again`;
		body = <SlideView deck={deck} slide={slide} page={shown[Math.min(page, shown.length - 1)]!} caption={caption} scope="replay" width={width} hyperlinks={hyperlinks}/>;
	} else if (fitted) {
		body = <QuizFrame fitted={fitted} scroll={state.scroll} hyperlinks={hyperlinks} cursor={state.cursor}/>;
	}

	// As tall as the frame may be (one short of the window, see screenRows), so
	// every frame covers the last: a shorter one leaves lines of a wider,
	// taller frame on screen after the window shrinks.
	return (
		<Box flexDirection="column" paddingX={2} paddingTop={1} width={size.columns} height={size.rows - 1} overflow="hidden">
			{body}
		</Box>
	);
}
