/**
How the presenter's screens share the terminal. Pure, so every size can be
checked without drawing: the slideshow's `p` layout (the slide with notes and
the next step beside it, or under it when the terminal is narrow) and the
presenter console (the slide now and next on the left, the notes on the right).
*/
import {bodyWidth, slideWidth} from '../../../core/layout/index.js';

export type Box = {readonly width: number; readonly height: number};

export type SideBySide = {
	readonly direction: 'row' | 'column';
	readonly slide: Box;
	/** Notes and the next step. */
	readonly panel: Box;
};

/** Columns between the slide and the panel. */
export const gap = 2;

/** Terminals at least this wide get the panel beside the slide. */
export const sideBySideColumns = 100;

/**
`columns` is the terminal's width, `height` the rows the slide body has.
Beside: the panel takes two fifths (30 to 70 columns), the slide the rest (at
most `maxWidth`). Under: the panel takes a little under half the rows, at
least enough for a few lines of notes.
*/
export function splitForNotes(columns: number, height: number, maxWidth?: number): SideBySide {
	const usable = Math.max(1, columns - 4);
	if (columns >= sideBySideColumns) {
		const panel = Math.min(70, Math.max(30, Math.floor(usable * 0.4)));
		const slide = Math.max(1, Math.min(maxWidth ?? Number.POSITIVE_INFINITY, usable - panel - gap));
		return {direction: 'row', slide: {width: slide, height}, panel: {width: panel, height}};
	}

	const panelRows = Math.min(height - 3, Math.max(8, Math.floor(height * 0.45)));
	return {
		direction: 'column',
		slide: {width: slideWidth(columns, maxWidth), height: Math.max(1, height - panelRows)},
		panel: {width: bodyWidth(columns), height: Math.max(0, panelRows)},
	};
}

/** Rows of a panel given to the next step; the notes get the rest. */
export function nextRows(panelHeight: number): number {
	return Math.min(10, Math.max(4, Math.floor(panelHeight * 0.35)));
}

export type ConsoleLayout = {
	readonly now: Box;
	readonly next: Box;
	readonly notes: Box;
};

/** The smallest terminal the console draws in; below it, it says what it needs. */
export const consoleMinimum = {columns: 60, rows: 16} as const;

/** Rows around the panes: the title line, and the timing and status lines under them. */
export const consoleChrome = 3;

/** The console's panes in a terminal of `columns` × `rows` (one row is kept free, as in the slideshow). */
export function consoleLayout(columns: number, rows: number): ConsoleLayout {
	const height = Math.max(6, rows - 1 - consoleChrome);
	// Notes wider than about a hundred columns are hard to read at a glance; the slides get the rest.
	const left = Math.max(Math.min(90, Math.max(28, Math.floor(columns * 0.42))), columns - 104);
	const nextHeight = Math.max(4, Math.floor(height * 0.4));
	return {
		now: {width: left, height: height - nextHeight},
		next: {width: left, height: nextHeight},
		notes: {width: Math.max(20, columns - left), height},
	};
}
