/** How much of the terminal a slide body may use. */

/** Longer lines are hard to read; wider terminals get margins instead. */
export const MAX_BODY_WIDTH = 80;

/** Below this, the app should show its "terminal too small" message instead of a slide. */
export const MIN_BODY_WIDTH = 20;

/**
Rows a page needs at least: the repeated title, one line of the slide and the
`more ↓` marker. Below this the app should show "terminal too small".
*/
export const MIN_BODY_HEIGHT = 3;

/** Columns of margin, both sides together, around a slide body narrower than `MAX_BODY_WIDTH`. */
export const TERMINAL_MARGINS = 4;

/** Columns for the slide body: two columns of margin each side, at most `MAX_BODY_WIDTH`. The caller centres it. */
export function bodyWidth(terminalColumns: number): number {
	return Math.max(1, Math.min(terminalColumns - TERMINAL_MARGINS, MAX_BODY_WIDTH));
}
