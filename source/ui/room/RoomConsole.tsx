import {Box, Text, useInput, useStdin} from 'ink';
import {useCallback, useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import {currentRoomQuestion, type RoomState} from '../../core/room/room-model.js';
import {questionView} from '../../core/room/room-view.js';
import {summarizeRoomState} from '../../core/room/summary.js';
import {plural, slideReference} from '../../core/text/format.js';
import {sanitize} from '../../core/text/sanitize.js';
import {fitScreen, scrollContext} from '../kit/screen/fit-screen.js';
import {QuizFrame} from '../kit/screen/QuizFrame.js';
import {type QuizScreen, spaced, textLines} from '../kit/screen/screen-lines.js';
import {Countdown, countdownRows} from './Countdown.js';
import {roomQuestionScreen} from './question-screen.js';
import {consoleRoomKeys} from '../../core/keys/room-keys.js';
import {hintSection} from './room-lines.js';
import {roomScope} from './room-screen-state.js';
import {roomSummaryScreen} from './room-screens.js';
import {TooSmall} from '../kit/TooSmall.js';
import {textProps} from '../kit/theme.js';
import {useImmediateReducer} from '../kit/use-immediate-reducer.js';
import {useTerminalSize} from '../kit/use-terminal-size.js';
import {useTheme} from '../kit/use-theme.js';
import {ConsoleHeader} from '../kit/console/ConsoleHeader.js';
import {describeLink} from '../kit/console/link-status.js';
import type {RoomConsoleProps} from '../kit/console/room-console-props.js';
import {useConsoleLifecycle} from '../kit/console/use-console-lifecycle.js';
import {sendOutbox} from '../kit/console/outbox.js';
import {consoleRoom, initialRoomConsole, type RoomConsoleContext, roomConsoleReducer, scrollOf} from './room-console-state.js';
import {consoleMinimum} from '../kit/panes/split.js';

type Props = RoomConsoleProps;

// Rows around the screen: the header, what the room sees, the bottom line, one spare so Ink does not clear the terminal.
const chromeRows = 4;

/** What the room's screen shows now, in a line, so the presenter never wonders. */
function roomSees(room: RoomState, deck: Deck): string {
	const question = currentRoomQuestion(room);
	if (room.phase === 'intro') {
		return 'The room sees the quiz\'s title: Space starts the first question';
	}

	if (room.phase === 'summary' || !question) {
		return 'The room sees how it did';
	}

	const number = `question ${room.index + 1} of ${room.questions.length}`;
	if (room.viewing !== undefined) {
		return `The room sees ${sanitize(slideReference(deck, room.viewing))}, behind ${number}`;
	}

	// The letters too, so the answer is in view even where the options scroll.
	const right = questionView(room, 'presenter')?.answer?.right ?? [];
	const answer = right.length === 0 ? 'the answer' : `the answer, ${right.join(', ')},`;
	if (question.revealed) {
		return `The room sees the answer to ${number}`;
	}

	// A card takes no counts before its answer is out.
	if (question.presented.question.kind === 'card') {
		return `The room sees ${number}; ${answer} is hidden from it`;
	}

	return room.countsShown ? `The room sees ${number} and its counts; ${answer} is hidden` : `The room sees ${number}; ${answer} and the counts are hidden`;
}

const noNotices: readonly string[] = [];

/** The console's screen for the room's state now. */
function screenOf(room: RoomState, deck: Deck, width: number, notices: readonly string[]): QuizScreen {
	const view = questionView(room, 'presenter');
	const scope = roomScope(room) ?? 'summary';
	if (room.phase === 'intro') {
		const title = sanitize(deck.quiz === undefined || deck.quiz.title === '' ? deck.meta.title : deck.quiz.title);
		return {
			header: [{lines: textLines(title, width, {role: 'title', bold: true})}],
			body: spaced([
				{lines: textLines(`${plural(room.questions.length, 'question')}, one at a time.`, width)},
				// The room quiz's notices for the presenter (its screen keeps them from the room while a console follows).
				{lines: notices.flatMap(notice => textLines(sanitize(notice), width, {role: 'error'}))},
			]),
			footer: () => [hintSection('intro', [], width, undefined, consoleRoomKeys)],
		};
	}

	if (room.phase === 'summary' || !view) {
		return roomSummaryScreen({summary: summarizeRoomState(room), deck, questionCount: room.questions.length, width, keymap: consoleRoomKeys});
	}

	return roomQuestionScreen({view, deck, width, layout: 'plain', linkUrls: true, scope, keymap: consoleRoomKeys});
}

/** Which body is on screen: a new one starts at the top. */
const bodyOf = (room: RoomState | undefined): string =>
	room ? [room.phase, room.index, currentRoomQuestion(room)?.revealed ?? '', room.viewing ?? ''].join(':') : '';

/**
The presenter console while a room quiz runs: the question the room sees,
with its answer and explanation marked before the room sees them; keys drive
the room screen as its own do.
*/
export function RoomConsole({deck, room, otherQuestions, link, send, deckArgument, banner, notices = noNotices, clock = Date.now}: Props) {
	const theme = useTheme();
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const [state, apply] = useImmediateReducer(roomConsoleReducer, initialRoomConsole);
	const shown = room && consoleRoom(room, state);
	const width = Math.max(1, size.columns - 2);
	const question = shown && currentRoomQuestion(shown);
	const countingDown = question !== undefined && !question.revealed && shown?.countdownMs !== undefined && question.shownAt !== undefined;
	const rows = size.rows - chromeRows - (countingDown ? countdownRows(false) : 0);
	const fitted = useMemo(() => (shown ? fitScreen(screenOf(shown, deck, width, notices), rows) : undefined), [shown, deck, width, rows, notices]);
	const body = bodyOf(room);
	const context = useMemo<RoomConsoleContext>(() => {
		const scroll = fitted && scrollContext(fitted);
		return {body, ...(scroll ? {scroll: {max: scroll.max, page: scroll.page}} : {})};
	}, [fitted, body]);

	const onKeys = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
		// Commands go out from here, before this screen redraws: the shared screen should not wait for it.
		const {outbox} = apply({type: 'keys', input, key, room, context});
		sendOutbox(outbox, item => send(item.command), (seq, delivered) => apply({type: 'sent', seq, delivered}));
	}, [apply, room, context, send]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(onKeys, {isActive: Boolean(isRawModeSupported)});

	const following = link.kind === 'following';
	useConsoleLifecycle(following, state.quit, apply);

	if (size.columns < consoleMinimum.columns || size.rows < consoleMinimum.rows) {
		return <TooSmall size={size} need={consoleMinimum}/>;
	}

	const status = describeLink(link, deckArgument);
	// Once the room quiz has gone, what it last showed is kept below, but the room no longer sees it.
	const sees = shown
		? (following ? roomSees(shown, deck) : 'The room quiz is not on screen now: below is where it was')
		: otherQuestions ? 'This console cannot show the room\'s questions: they are not the ones in its deck' : 'Waiting for the room quiz to say where it is';
	const bottom = state.message ?? banner ?? status.detail ?? ' ';
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows - 1} overflow="hidden">
			<ConsoleHeader title={deck.meta.title} status={status} width={size.columns}/>
			<Box paddingX={1} width={size.columns}>
				<Text {...textProps(question?.revealed === false ? theme.roles.hint : theme.roles.muted)} wrap="truncate-end">{sees}</Text>
			</Box>
			<Box flexDirection="column" paddingX={1} height={size.rows - 1 - 3} overflow="hidden">
				{countingDown && shown ? <Countdown room={shown} clock={clock} width={width} block={false}/> : undefined}
				{fitted ? <QuizFrame fitted={fitted} scroll={scrollOf(state, body)} hyperlinks={false} cursor={0}/> : undefined}
			</Box>
			<Box paddingX={1} width={size.columns}>
				<Text {...textProps(state.message === undefined && banner === undefined && status.detail === undefined ? theme.roles.muted : theme.roles.hint)} wrap="truncate-end">
					{bottom}
				</Text>
			</Box>
		</Box>
	);
}
