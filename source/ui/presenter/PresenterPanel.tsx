import {Box} from 'ink';
import type {Deck} from '../../deck/types.js';
import type {Highlighter} from '../layout/index.js';
import type {Clock} from '../use-elapsed.js';
import {nextOf, type Where} from './next-step.js';
import {NextPane} from './NextPane.js';
import type {NotesLayout} from './notes-layout.js';
import {NotesPane} from './NotesPane.js';
import {type PacingFacts, PacingLine} from './PacingLine.js';
import {nextRows} from './split.js';

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

/** Rows the notes pane of a panel this tall gets. */
export const panelNotesHeight = (height: number): number => Math.max(0, height - nextRows(height) - pacingRows);

/** Beside (or under) the slide with `p`: the notes, what comes next, and the pacing. */
export function PresenterPanel({deck, where, notes, scroll, pacing, width, height, clock, tickInterval, highlighter}: Props) {
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<NotesPane layout={notes} scroll={scroll} width={width} height={panelNotesHeight(height)}/>
			<NextPane deck={deck} preview={nextOf(deck, where)} width={width} height={nextRows(height)} highlighter={highlighter}/>
			<PacingLine {...pacing} clock={clock} tickInterval={tickInterval}/>
		</Box>
	);
}
