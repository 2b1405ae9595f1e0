/**
How much of the terminal a slide may use. Prose keeps a readable measure;
code blocks and tables (and so the diagrams drawn in code blocks) may use the
terminal's whole width but for its margins, since wrapping them breaks what
they show. A slide is laid out in a region as wide as its widest block needs,
centred, with its prose wrapped at the measure and left-aligned with the rest.
*/

/** Longer lines of prose are hard to read: the measure prose wraps at, however wide the terminal. */
export const PROSE_MEASURE = 80;

/** Below this, the app should show its "terminal too small" message instead of a slide. */
export const MIN_BODY_WIDTH = 20;

/**
Rows a page needs at least: the repeated title, one line of the slide and the
`more ↓` marker. Below this the app should show "terminal too small".
*/
export const MIN_BODY_HEIGHT = 3;

/** Columns of margin, both sides together, around a slide in the terminal. */
export const TERMINAL_MARGINS = 4;

/** Columns for prose that fills the screen (a quiz question, the help): the terminal less its margins, at most `PROSE_MEASURE`. The caller centres it. */
export function bodyWidth(terminalColumns: number): number {
	return Math.max(1, Math.min(terminalColumns - TERMINAL_MARGINS, PROSE_MEASURE));
}

/**
Columns a slide may take: the terminal less its margins, at most `maxWidth`
(`--max-width`, the deck's `max_width`) when one is set. Its prose still
wraps at `PROSE_MEASURE`; only wide code and tables use the rest.
*/
export function slideWidth(terminalColumns: number, maxWidth?: number): number {
	const cap = maxWidth === undefined ? Number.POSITIVE_INFINITY : Math.max(MIN_BODY_WIDTH, maxWidth);
	return Math.max(1, Math.min(terminalColumns - TERMINAL_MARGINS, cap));
}
