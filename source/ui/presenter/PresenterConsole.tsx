import {Box, Text, useInput, useStdin} from 'ink';
import {useCallback, useEffect, useMemo} from 'react';
import type {Deck} from '../../core/deck/types.js';
import type {RemoteCommand, ShowState} from '../../core/protocol/protocol.js';
import type {Plan} from '../../core/talk/budgets.js';
import {idleTimer} from '../../core/talk/timer.js';
import {describeKeys, keysOf} from '../../core/keys/keymap.js';
import {type SlideshowCommand, slideshowKeys} from '../../core/keys/slideshow-keys.js';
import type {Highlighter} from '../../core/layout/index.js';
import {HelpOverlay, helpLayout} from '../kit/HelpOverlay.js';
import {useImagesNote} from '../kit/images.js';
import {TooSmall} from '../kit/TooSmall.js';
import {sanitize} from '../../core/text/sanitize.js';
import {textProps} from '../kit/theme.js';
import type {Clock} from '../kit/use-elapsed.js';
import {useImmediateReducer} from '../kit/use-immediate-reducer.js';
import {useTerminalSize} from '../kit/use-terminal-size.js';
import {useTheme} from '../kit/use-theme.js';
import {type ConsoleContext, consoleReducer, initialConsoleState} from './console-state.js';
import {ConsoleHeader} from '../kit/console/ConsoleHeader.js';
import {ConsoleTiming} from './ConsoleTiming.js';
import {nextOf} from '../kit/panes/next-step.js';
import {NextPane} from '../kit/panes/NextPane.js';
import {layoutNotes, notesOf, notesTop} from '../kit/panes/notes-layout.js';
import {NotesPane, notesRows, notesWidth} from '../kit/panes/NotesPane.js';
import {describeLink, type LinkStatus} from '../kit/console/link-status.js';
import {useConsoleLifecycle} from '../kit/console/use-console-lifecycle.js';
import {NowPane} from './NowPane.js';
import {sendOutbox} from '../kit/console/outbox.js';
import {consoleLayout, consoleMinimum} from '../kit/panes/split.js';

type Props = {
	readonly deck: Deck;
	/** Where the show is; before any slideshow has said, the console shows the opening slide. */
	readonly show?: ShowState;
	readonly plan: Plan;
	readonly link: LinkStatus;
	/** Sends a command to the show; false when there is no show to take it. */
	readonly send: (command: RemoteCommand, count: number | undefined) => boolean;
	/** How the deck was named on the command line, for the hint to start a slideshow. */
	readonly deckArgument?: string;
	readonly clock?: Clock;
	readonly tickInterval?: number;
	readonly highlighter?: Highlighter;
	/** What is wrong with the deck file now (`--watch`), said on the bottom line. */
	readonly banner?: string;
	/** A word on the bottom line as the console opens, until the first key. */
	readonly notice?: string;
};

/** The keys the bottom line names while nothing else is said there; `?` lists them all. */
const hintLine: ReadonlyArray<readonly [SlideshowCommand, string]> = [['next', 'next'], ['previous', 'back'], ['timer', 'timer'], ['help', 'keys'], ['quit', 'quit']];

/** The bottom line while the shared screen is black. */
const blackedOut = 'The shared screen is black: any key brings the slide back';

const opening: ShowState = {slide: 0, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: idleTimer, slideStartedMs: 0, pacedFrom: 0};

/** The presenter console: the slide now and next, the notes, the time, driving the show from a second terminal. */
export function PresenterConsole({deck, show = opening, plan, link, send, deckArgument, clock = Date.now, tickInterval, highlighter, banner, notice}: Props) {
	const theme = useTheme();
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const [state, apply] = useImmediateReducer(consoleReducer, notice === undefined ? initialConsoleState : {...initialConsoleState, message: notice});
	const panes = consoleLayout(size.columns, size.rows);
	const slide = deck.slides[show.slide];
	const step = show.atEnd ? 0 : show.step;
	// A search on the shared screen that matched only these notes: marked here, as the shared screen keeps them closed.
	const {notesHit} = show;
	const notes = useMemo(
		() => (slide ? layoutNotes(notesOf(slide), step, notesWidth(panes.notes.width), {...(notesHit === undefined ? {} : {highlight: notesHit})}) : {lines: [], auto: 0}),
		[slide, step, panes.notes.width, notesHit],
	);
	const rows = notesRows(panes.notes.height);
	const helpRows = useMemo(() => describeKeys(slideshowKeys, ['console']), []);
	const helpSize = {width: size.columns, height: panes.notes.height};
	const imagesNote = useImagesNote();
	const helpPageCount = useMemo(() => helpLayout(helpRows, helpSize.width, helpSize.height, imagesNote).pageCount, [helpRows, helpSize.width, helpSize.height, imagesNote]);
	const context = useMemo<ConsoleContext>(() => ({
		slideCount: deck.slides.length,
		notesRange: {auto: notesTop(notes, rows, 0), max: Math.max(0, notes.lines.length - rows)},
		notesPage: Math.max(1, rows - 2),
		helpPageCount,
		roomQuizNext: show.atEnd && show.endOffer === 'room-quiz',
	}), [deck, notes, rows, helpPageCount, show.atEnd, show.endOffer]);
	const onKeys = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
		// Commands go out from here, before this screen redraws: the shared screen should not wait for it.
		const {outbox} = apply({type: 'keys', input, key, context});
		sendOutbox(outbox, item => send(item.command, item.count), (seq, delivered) => apply({type: 'sent', seq, delivered}));
	}, [apply, context, send]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(onKeys, {isActive: Boolean(isRawModeSupported)});

	useEffect(() => {
		apply({type: 'moved'});
	}, [apply, show.slide, show.step]);

	useEffect(() => {
		apply({type: 'blackout', on: show.blackout});
	}, [apply, show.blackout]);

	const following = link.kind === 'following';
	useConsoleLifecycle(following, state.quit, apply);

	if (size.columns < consoleMinimum.columns || size.rows < consoleMinimum.rows) {
		return <TooSmall size={size} need={consoleMinimum}/>;
	}

	const stepCount = Math.max(1, slide?.steps.length ?? 1);
	const status = describeLink(link, deckArgument);
	const hint = hintLine.map(([command, what]) => `${keysOf(slideshowKeys, command)[0]} ${what}`).join(' · ');
	const frameHeight = size.rows - 1;
	// The slideshow's note for the presenter, kept off the shared screen: said here while this console follows it.
	const showNote = following && show.message !== undefined ? sanitize(show.message) : undefined;

	return (
		<Box flexDirection="column" width={size.columns} height={frameHeight} overflow="hidden">
			<ConsoleHeader title={deck.meta.title} status={status} width={size.columns}/>
			{state.help ? (
				<HelpOverlay rows={helpRows} width={helpSize.width} height={helpSize.height} page={state.helpPage} footnote={imagesNote}/>
			) : (
				<Box flexDirection="row" height={panes.notes.height}>
					<Box flexDirection="column" width={panes.now.width}>
						<NowPane slide={show.atEnd ? undefined : slide} show={show} slideCount={deck.slides.length} width={panes.now.width} height={panes.now.height} highlighter={highlighter}/>
						<NextPane deck={deck} preview={nextOf(deck, {...show, step})} width={panes.next.width} height={panes.next.height} highlighter={highlighter}/>
					</Box>
					<NotesPane layout={notes} scroll={state.scroll} width={panes.notes.width} height={panes.notes.height}/>
				</Box>
			)}
			<Box paddingX={1} width={size.columns}>
				<ConsoleTiming
					timer={show.timer}
					durationSeconds={plan.durationSeconds}
					budgets={plan.budgets}
					slide={show.slide}
					atEnd={show.atEnd}
					slideStartedMs={show.slideStartedMs}
					pacedFrom={show.pacedFrom}
					slideCount={deck.slides.length}
					step={step}
					stepCount={stepCount}
					clock={clock}
					tickInterval={tickInterval}
				/>
			</Box>
			<Box paddingX={1} width={size.columns}>
				<Text {...textProps(state.message === undefined && status.detail === undefined && banner === undefined && showNote === undefined ? theme.roles.muted : theme.roles.hint)} wrap="truncate-end">
					{state.message ?? (/^\d+$/.test(state.pending.join('')) ? `Go to slide ${state.pending.join('')}: Enter or G` : banner ?? status.detail ?? (state.blackout ? blackedOut : showNote ?? (notesHit === undefined ? hint : `Search: “${sanitize(notesHit)}” is in this slide's notes only (marked)`)))}
				</Text>
			</Box>
		</Box>
	);
}
