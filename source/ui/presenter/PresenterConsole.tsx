import {Box, Text, useApp, useInput, useStdin} from 'ink';
import {useCallback, useEffect, useMemo} from 'react';
import type {Deck} from '../../deck/types.js';
import type {RemoteCommand, ShowState} from '../../present/protocol.js';
import {idleTimer} from '../../present/timer.js';
import {sanitize} from '../../text/sanitize.js';
import {describeKeys, keysFor} from '../keymap.js';
import type {Highlighter} from '../layout/index.js';
import {segment} from '../layout/segments.js';
import {HelpOverlay, helpLayout} from '../slideshow/HelpOverlay.js';
import {Overlay} from '../slideshow/Overlay.js';
import {TooSmall} from '../slideshow/TooSmall.js';
import {textProps} from '../theme.js';
import type {Clock} from '../use-elapsed.js';
import {useImmediateReducer} from '../use-immediate-reducer.js';
import {useTerminalSize} from '../use-terminal-size.js';
import {useTheme} from '../use-theme.js';
import {compactSlide} from './compact-slide.js';
import {type ConsoleContext, consoleReducer, initialConsoleState} from './console-state.js';
import {ConsoleTiming} from './ConsoleTiming.js';
import {Lines} from './Lines.js';
import {nextOf} from './next-step.js';
import {NextPane} from './NextPane.js';
import {layoutNotes, notesOf, notesTop} from './notes-layout.js';
import {NotesPane, notesRows, notesWidth} from './NotesPane.js';
import {consoleLayout, consoleMinimum} from './split.js';

/** How the console gets the show's state: that is all the screen needs to know about it. */
export type LinkStatus =
	| {readonly kind: 'solo'}
	/** `otherVersion`: the slideshow shows a different version of the deck file. */
	| {readonly kind: 'following'; readonly otherVersion: boolean}
	/** `lost`: a slideshow was followed and has gone. */
	| {readonly kind: 'waiting'; readonly lost: boolean}
	/** The channel cannot be used at all (a directory that is not private, say). */
	| {readonly kind: 'unavailable'; readonly reason: string};

export type Plan = {
	/** Seconds per slide, when every slide has a budget. */
	readonly budgets?: readonly number[];
	readonly durationSeconds?: number;
};

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
};

const opening: ShowState = {slide: 0, step: 0, page: 0, pageCount: 1, atEnd: false, blackout: false, timer: idleTimer, slideStartedMs: 0, pacedFrom: 0};

/** The header's word on the link, and what to do about it for the line at the bottom. */
const describeLink = (link: LinkStatus, deckArgument: string | undefined): {header: string; detail?: string; warn: boolean} => {
	switch (link.kind) {
		case 'solo': {
			return {header: 'Solo rehearsal', warn: false};
		}

		case 'following': {
			return link.otherVersion
				? {header: 'Following the slideshow', detail: 'The slideshow shows another version of this deck: restart it or this console', warn: true}
				: {header: 'Following the slideshow', warn: false};
		}

		case 'waiting': {
			const start = `Start \`briefing-deck${deckArgument === undefined ? '' : ` ${deckArgument}`}\` in another terminal, or use --solo`;
			return link.lost
				? {header: 'The slideshow has gone: waiting for it', detail: start, warn: true}
				: {header: 'No slideshow of this deck yet: waiting', detail: start, warn: true};
		}

		case 'unavailable': {
			return {header: 'Cannot reach a slideshow', detail: link.reason, warn: true};
		}
	}
};

/** The presenter console: the slide now and next, the notes, the time, driving the show from a second terminal. */
export function PresenterConsole({deck, show = opening, plan, link, send, deckArgument, clock = Date.now, tickInterval, highlighter}: Props) {
	const {exit} = useApp();
	const theme = useTheme();
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const [state, apply] = useImmediateReducer(consoleReducer, initialConsoleState);
	const panes = consoleLayout(size.columns, size.rows);
	const slide = deck.slides[show.slide];
	const step = show.atEnd ? 0 : show.step;
	const notes = useMemo(
		() => (slide ? layoutNotes(notesOf(slide), step, notesWidth(panes.notes.width)) : {lines: [], auto: 0}),
		[slide, step, panes.notes.width],
	);
	const rows = notesRows(panes.notes.height);
	const helpRows = useMemo(() => describeKeys(undefined, ['console']), []);
	const helpSize = {width: size.columns, height: panes.notes.height};
	const helpPageCount = useMemo(() => helpLayout(helpRows, helpSize.width, helpSize.height).pageCount, [helpRows, helpSize.width, helpSize.height]);
	const context = useMemo<ConsoleContext>(() => ({
		slideCount: deck.slides.length,
		notesRange: {auto: notesTop(notes, rows, 0), max: Math.max(0, notes.lines.length - rows)},
		notesPage: Math.max(1, rows - 2),
		helpPageCount,
	}), [deck, notes, rows, helpPageCount]);
	const onKeys = useCallback<Parameters<typeof useInput>[0]>((input, key) => {
		// Commands go out from here, before this screen redraws: the shared screen should not wait for it.
		const {outbox} = apply({type: 'keys', input, key, context});
		const last = outbox.at(-1);
		if (last !== undefined) {
			const delivered = outbox.map(item => send(item.command, item.count)).every(Boolean);
			apply({type: 'sent', seq: last.seq, delivered});
		}
	}, [apply, context, send]);
	// `undefined` would still make Ink try raw mode and throw, hence Boolean().
	useInput(onKeys, {isActive: Boolean(isRawModeSupported)});

	useEffect(() => {
		apply({type: 'moved'});
	}, [apply, show.slide, show.step]);

	useEffect(() => {
		if (state.quit) {
			exit();
		}
	}, [state.quit, exit]);

	if (size.columns < consoleMinimum.columns || size.rows < consoleMinimum.rows) {
		return <TooSmall size={size} need={consoleMinimum}/>;
	}

	const stepCount = Math.max(1, slide?.steps.length ?? 1);
	const inner = {width: Math.max(1, panes.now.width - 4), height: Math.max(1, panes.now.height - 3)};
	const nowLines = show.atEnd || !slide
		? [[segment('The end screen: the deck is over.', {role: 'muted'})]]
		: compactSlide(slide, step, {...inner, highlighter});
	const nowTitle = show.atEnd
		? 'Now: the end'
		: `Now: slide ${show.slide + 1}/${deck.slides.length}${stepCount > 1 ? `, step ${step + 1}/${stepCount}` : ''}${show.blackout ? ' · BLACKED OUT' : ''}`;
	const status = describeLink(link, deckArgument);
	const hint = `${keysFor('next')[0]} next · ${keysFor('previous')[0]} back · ${keysFor('timer')[0]} timer · ${keysFor('help')[0]} keys · ${keysFor('quit')[0]} quit`;
	const frameHeight = size.rows - 1;

	return (
		<Box flexDirection="column" width={size.columns} height={frameHeight} overflow="hidden">
			<Box width={size.columns} paddingX={1} columnGap={2}>
				<Text {...textProps(theme.roles.title)} wrap="truncate-end">{sanitize(deck.meta.title)}</Text>
				<Text {...textProps(status.warn ? theme.roles.hint : theme.roles.muted)} wrap="truncate-end">
					{`${status.warn ? '○' : '●'} ${status.header}`}
				</Text>
			</Box>
			{state.help ? (
				<HelpOverlay rows={helpRows} width={helpSize.width} height={helpSize.height} page={state.helpPage}/>
			) : (
				<Box flexDirection="row" height={panes.notes.height}>
					<Box flexDirection="column" width={panes.now.width}>
						<Overlay title={nowTitle} width={panes.now.width} height={panes.now.height}>
							<Lines lines={nowLines}/>
						</Overlay>
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
				<Text {...textProps(state.message === undefined && status.detail === undefined ? theme.roles.muted : theme.roles.hint)} wrap="truncate-end">
					{state.message ?? (/^\d+$/.test(state.pending.join('')) ? `Go to slide ${state.pending.join('')}: Enter or G` : status.detail ?? hint)}
				</Text>
			</Box>
		</Box>
	);
}
