import {Box, useApp, useIsScreenReaderEnabled} from 'ink';
import {useEffect, useMemo, useReducer} from 'react';
import type {Deck, Quiz} from '../../core/deck/types.js';
import type {Subscribe} from '../../core/protocol/listeners.js';
import {roomCommandOf, type RoomRemote} from '../../core/protocol/room-messages.js';
import {qrChoices} from '../../core/room/qr-code.js';
import {startRoom} from '../../core/room/room-state.js';
import {currentRoomQuestion, type RoomState} from '../../core/room/room-model.js';
import {questionView} from '../../core/room/room-view.js';
import {summarizeRoomState} from '../../core/room/summary.js';
import {bodyWidth, type Highlighter} from '../../core/layout/index.js';
import {fitScreen, screenRows, scrollContext, slideRows} from '../kit/screen/fit-screen.js';
import {QuizFrame, SectionView} from '../kit/screen/QuizFrame.js';
import type {QuizScreen} from '../kit/screen/screen-lines.js';
import {SlideView} from '../kit/screen/SlideView.js';
import {createSlidePages} from '../kit/slide-pages.js';
import {MIN_SIZE, TooSmall} from '../kit/TooSmall.js';
import {useTerminalSize} from '../kit/use-terminal-size.js';
import {useKeyDispatch} from '../kit/use-key-dispatch.js';
import {useHold} from '../kit/use-hold.js';
import {Countdown, countdownRows} from './Countdown.js';
import {roomQuestionScreen, type RoomLayout} from './question-screen.js';
import {hintSection} from './room-lines.js';
import {initialRoomScreen, roomHints, roomScope, roomScreenReducer, roomShowsNotices, type RoomScreenAction, type RoomScreenContext, type RoomScreenState} from './room-screen-state.js';
import {roomIntroScreen, roomSummaryScreen} from './room-screens.js';
import {joinCorner, joinSection, type Serving} from './join-lines.js';

/** What a room quiz comes to: its final state, for the caller to keep as a record. */
export type RoomRunResult = {
	readonly room: RoomState;
};

export type RoomAppProps = {
	readonly deck: Deck;
	readonly quiz: Quiz;
	readonly seed: number;
	/** Ask the questions in random order instead of deck order. */
	readonly shuffle: boolean;
	/** `--countdown`, in milliseconds. */
	readonly countdownMs?: number;
	/** `--save-room`: the room's counts are kept when the quiz ends. */
	readonly saveRoom: boolean;
	/** Things the presenter should know first: the store could not be opened, files moved aside. */
	readonly notices: readonly string[];
	readonly hyperlinks: boolean;
	readonly highlighter?: Highlighter;
	readonly now: () => number;
	readonly onDone: (result: RoomRunResult) => void;
	/** Commands from presenter consoles. */
	readonly remote?: Subscribe<RoomRemote>;
	/** Told the room's state after every change, for presenter consoles. */
	readonly onRoomState?: (room: RoomState) => void;
	/** Told how many presenter consoles follow the quiz, whenever that changes. */
	readonly consoles?: Subscribe<number>;
	/** With `consoles`: how long the notices wait off the screen for a console to attach and say them. */
	readonly noticeHoldMs?: number;
	/** The room answers from its phones: where they join, and the QR encoder. Absent when nothing is served. */
	readonly serve?: Serving;
};

const noNotices: readonly string[] = [];

const releaseNotices: RoomScreenAction = {type: 'release-notices'};

/** A projected screen reads better with some width to it, but not across a whole cinema. */
const MAX_ROOM_WIDTH = 120;
/** Below this width block letters leave too little room for the options' text. */
const BLOCK_MIN_COLUMNS = 60;

type Fitted = {readonly fitted: ReturnType<typeof fitScreen>; readonly layout: RoomLayout};

/** The first layout that fits without scrolling; plain text, scrolling if it must, when none does. */
function fitFirst(layouts: readonly RoomLayout[], rows: number, screenFor: (layout: RoomLayout) => QuizScreen, reserved: (layout: RoomLayout) => number): Fitted {
	let last: Fitted | undefined;
	for (const layout of layouts) {
		const fitted = fitScreen(screenFor(layout), rows - reserved(layout));
		last = {fitted, layout};
		if (fitted.bodyLines <= fitted.bodyRows) {
			return last;
		}
	}

	return last!;
}

/** The quiz for a room: intro, one question a screen with its show of hands, the summary. The one place it exits. */
export function RoomApp({deck, quiz, seed, shuffle, countdownMs, saveRoom, notices, hyperlinks, highlighter, now, onDone, remote, onRoomState, consoles, noticeHoldMs = 1000, serve}: RoomAppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const screenReader = useIsScreenReaderEnabled();
	const width = Math.max(1, Math.min(size.columns - 4, MAX_ROOM_WIDTH));
	const rows = screenRows(size.rows);
	const [state, dispatch] = useReducer(roomScreenReducer, undefined, (): RoomScreenState =>
		initialRoomScreen(startRoom(quiz.questions, {seed, shuffle, ...(countdownMs === undefined ? {} : {countdownMs})}), {holdNotices: consoles !== undefined && notices.length > 0}));
	const {room} = state;
	const slideWidth = bodyWidth(size.columns);
	const pages = useMemo(
		() => createSlidePages(deck, {width: slideWidth, height: slideRows(size.rows), highlighter, linkUrls: !hyperlinks}),
		[deck, slideWidth, size.rows, highlighter, hyperlinks],
	);
	// Screen readers get plain text: block letters would be read out as shapes.
	const plainOnly = screenReader || size.columns < BLOCK_MIN_COLUMNS;
	// Encoded once for the serve: the intro is drawn again for every phone that joins, and at each size the fit only chooses.
	const qrCodes = useMemo(() => (serve && !screenReader ? qrChoices(serve.encodeQr, serve.url) : []), [serve, screenReader]);
	const question = currentRoomQuestion(room);
	const countingDown = question !== undefined && !question.revealed && room.countdownMs !== undefined;

	const hints = roomHints(state);
	// The store's notices are the presenter's: a console says them, and the terminal does after the quiz.
	const noticesShown = roomShowsNotices(state) ? notices : noNotices;
	const shown = useMemo((): Fitted => {
		const layouts: readonly RoomLayout[] = plainOnly ? ['plain'] : ['block', 'compact', 'plain'];
		const scope = roomScope(room) ?? 'summary';
		// The room's screen keeps its key hints to itself until the presenter asks for them.
		const fields = currentRoomQuestion(room)?.fields ?? [];
		const hinted = (screen: QuizScreen): QuizScreen => (hints === 'all' ? screen : {
			...screen,
			footer: () => (hints === 'ask' ? [hintSection(scope, fields, width, command => command === 'keys')] : []),
		});
		if (room.phase === 'intro') {
			// Serving, the QR code needs the rows a block-letter title would take.
			const titleRows = plainOnly || serve ? 0 : Math.min(7, Math.floor(rows / 3));
			const join = serve ? (joinRows: number) => joinSection({serve, qrCodes, ...(room.audience ? {audience: room.audience} : {}), width, rows: joinRows, plainOnly: screenReader}) : undefined;
			const screen = roomIntroScreen({title: quiz.title === '' ? deck.meta.title : quiz.title, questionCount: quiz.questions.length, ...(countdownMs === undefined ? {} : {countdownMs}), saveRoom, notices: noticesShown, width, titleRows, ...(join ? {join, rows} : {})});
			return {fitted: fitScreen(hinted(screen), rows), layout: 'plain'};
		}

		const view = questionView(room, 'room');
		if (room.phase === 'summary' || !view) {
			return {fitted: fitScreen(hinted(roomSummaryScreen({summary: summarizeRoomState(room), deck, questionCount: quiz.questions.length, saveRoom, width})), rows), layout: 'plain'};
		}

		const corner = serve ? joinCorner({serve, ...(room.audience ? {audience: room.audience} : {})}, width) : undefined;
		return fitFirst(layouts, rows, layout => hinted(roomQuestionScreen({view, deck, width, layout, linkUrls: !hyperlinks, scope, ...(corner ? {corner} : {})})), layout => (countingDown ? countdownRows(layout !== 'plain') : 0));
	}, [room, plainOnly, rows, quiz, deck, countdownMs, saveRoom, noticesShown, width, hyperlinks, countingDown, hints, serve, qrCodes, screenReader]);

	const context = useMemo<RoomScreenContext>(() => {
		const scroll = scrollContext(shown.fitted);
		return {
			pageCount: slide => pages.pageCount(slide - 1, pages.stepCount(slide - 1) - 1),
			...(scroll ? {scroll: {max: scroll.max, page: scroll.page}} : {}),
		};
	}, [pages, shown]);
	useKeyDispatch(dispatch, context, {isActive: roomScope(room) !== undefined, now});

	// Consoles drive the same reducer; what they may see is their own affair (the channel carries no answers).
	useEffect(() => remote?.(command => {
		dispatch({type: 'command', command: roomCommandOf(command, now())});
	}), [remote, now]);

	useEffect(() => {
		onRoomState?.(room);
	}, [room, onRoomState]);

	useEffect(() => consoles?.(count => {
		dispatch({type: 'consoles', count});
	}), [consoles]);

	useHold(dispatch, state.noticesHeld, noticeHoldMs, releaseNotices);

	useEffect(() => {
		if (room.exit !== undefined) {
			onDone({room});
			exit();
		}
	}, [room, onDone, exit]);

	if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
		return <TooSmall size={size} need={MIN_SIZE}/>;
	}

	let body;
	if (room.viewing === undefined) {
		body = (
			<>
				{countingDown && question.shownAt !== undefined ? (
					<Countdown room={room} clock={now} width={width} block={shown.layout !== 'plain'} interval={screenReader ? 5000 : 250}/>
				) : undefined}
				<QuizFrame fitted={shown.fitted} scroll={state.scroll} hyperlinks={hyperlinks} cursor={0}/>
			</>
		);
	} else {
		const slide = room.viewing;
		// Every step of the slide at once: the point is to go over it.
		const slidePages = pages.pagesFor(slide - 1, pages.stepCount(slide - 1) - 1);
		const page = slidePages[Math.min(state.page, slidePages.length - 1)]!;
		const slideHints = hintSection('slide', [], slideWidth, command => hints === 'all' && (command !== 'more' || page.more));
		body = (
			<SlideView
				deck={deck}
				slide={slide}
				page={page}
				caption={`The slide behind question ${room.index + 1}`}
				scope="slide"
				width={slideWidth}
				hyperlinks={hyperlinks}
				hints={<SectionView section={slideHints} hyperlinks={false}/>}
			/>
		);
	}

	return (
		<Box flexDirection="column" paddingX={2} paddingTop={1} width={size.columns}>
			{body}
		</Box>
	);
}
