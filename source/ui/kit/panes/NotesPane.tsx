import {keysOf} from '../../../core/keys/keymap.js';
import {slideshowKeys} from '../../../core/keys/slideshow-keys.js';
import {Overlay} from '../Overlay.js';
import {Lines} from './Lines.js';
import {type NotesLayout, notesTop} from './notes-layout.js';

type Props = {
	readonly layout: NotesLayout;
	/** Lines scrolled from where the current step's notes start. */
	readonly scroll: number;
	readonly width: number;
	readonly height: number;
};

/** Border, title and footnote. */
export const notesChrome = 4;

/** Columns the notes are laid out in, inside the pane's border and padding. */
export const notesWidth = (paneWidth: number): number => Math.max(1, paneWidth - 4);

/** The rows of notes a pane of this height shows. */
export const notesRows = (paneHeight: number): number => Math.max(1, paneHeight - notesChrome);

/** The speaker notes, the current step's marked, scrolled so they are in view. */
export function NotesPane({layout, scroll, width, height}: Props) {
	const rows = notesRows(height);
	const top = notesTop(layout, rows, scroll);
	const total = layout.lines.length;
	const shown = layout.lines.slice(top, top + rows);
	const scrollable = total > rows;
	const footnote = scrollable
		? `${top > 0 ? '↑ ' : '  '}lines ${top + 1}–${top + shown.length} of ${total}${top + rows < total ? ' ↓' : ''} · ${keysOf(slideshowKeys, 'notes-up').join('')} ${keysOf(slideshowKeys, 'notes-down').join('')} scroll`
		: ' ';
	return (
		<Overlay title="Notes" width={width} height={height} footnote={footnote}>
			<Lines lines={shown} empty="No speaker notes on this slide."/>
		</Overlay>
	);
}
