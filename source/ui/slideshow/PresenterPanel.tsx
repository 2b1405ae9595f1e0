import {Box} from 'ink';
import type {Deck} from '../../core/deck/types.js';
import type {Highlighter} from '../../core/layout/index.js';
import type {Clock} from '../kit/use-elapsed.js';
import {nextOf, type Where} from '../kit/panes/next-step.js';
import {NextPane} from '../kit/panes/NextPane.js';
import type {NotesLayout} from '../kit/panes/notes-layout.js';
import {notesChrome, NotesPane} from '../kit/panes/NotesPane.js';
import {type PacingFacts, PacingLine} from '../kit/panes/PacingLine.js';
import {nextRows} from '../kit/panes/split.js';

type Props = {
	readonly deck: Deck;
	readonly where: Where;
	readonly notes: NotesLayout;
	readonly scroll: number;
	readonly pacing: PacingFacts;
	readonly width: number;
	readonly height: number;
	readonly clock: Clock;
	readonly tickInterval?: number;
	readonly highlighter?: Highlighter;
};

/** The pacing line under the panes. */
const pacingRows = 1;

/** Lines of notes a panel keeps before it gives rows to what comes next, or to the pacing. */
const minNotesLines = 3;

export type PanelRows = {
	readonly notes: number;
	readonly next: number;
	readonly pacing: number;
};

/**
Rows of each part of a panel this tall. The notes come first (someone
studying alone opens the panel for them): what comes next, then the pacing
line, get rows only where the notes keep a few lines, so a short panel never
squeezes the notes pane below its own border and title.
*/
export function panelRows(height: number): PanelRows {
	const next = nextRows(height);
	const wanted = notesChrome + minNotesLines;
	if (height - next - pacingRows >= wanted) {
		return {notes: height - next - pacingRows, next, pacing: pacingRows};
	}

	if (height - pacingRows >= wanted) {
		return {notes: height - pacingRows, next: 0, pacing: pacingRows};
	}

	return {notes: height, next: 0, pacing: 0};
}

/** Rows the notes pane of a panel this tall gets. */
export const panelNotesHeight = (height: number): number => panelRows(height).notes;

/** Beside (or under) the slide with `p`: the notes, what comes next, and the pacing. */
export function PresenterPanel({deck, where, notes, scroll, pacing, width, height, clock, tickInterval, highlighter}: Props) {
	const rows = panelRows(height);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<NotesPane layout={notes} scroll={scroll} width={width} height={rows.notes}/>
			{rows.next > 0 ? <NextPane deck={deck} preview={nextOf(deck, where)} width={width} height={rows.next} highlighter={highlighter}/> : undefined}
			{rows.pacing > 0 ? <PacingLine {...pacing} clock={clock} tickInterval={tickInterval}/> : undefined}
		</Box>
	);
}
